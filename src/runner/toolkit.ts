// The runner's commands and files, as the rest of the action uses them: a thin layer over
// `#core`, which package.json maps to the public @actions/core (node, tsx, jest, and
// @github/local-action, whose stub of @actions/core then masks and captures outputs) and, in the
// ncc bundle, to core-commands.ts (the same functions without the OIDC client's start-up cost).
import * as core from '#core';
import { ActionError, type Annotation } from '../errors.js';
import type { Log } from '../log.js';
import { forAnnotation } from '../escape.js';

/** The annotation's title (and file) kept free of line separators and bidi overrides. */
function safe(where: Annotation): Annotation {
  return where.title === undefined ? where : { ...where, title: forAnnotation(where.title) };
}

/** The runner's environment is not what a JavaScript action needs (a command file is missing). */
export class RunnerError extends ActionError {}

type CommandFile = 'GITHUB_OUTPUT' | 'GITHUB_ENV';
const PURPOSE: Record<CommandFile, string> = { GITHUB_OUTPUT: 'step outputs', GITHUB_ENV: 'environment variables for later steps' };

/**
 * Refuse to run where the runner's command files are missing, rather than fall back to the
 * ::set-output/::set-env commands GitHub disabled in 2020 (@actions/core still does). Call it
 * before sending anything, so a missing file cannot strand a cache that was already created.
 */
export function checkCommandFiles(
  files: readonly CommandFile[] = ['GITHUB_OUTPUT', 'GITHUB_ENV'],
  env: NodeJS.ProcessEnv = process.env
): void {
  // Only a real runner must have them: a local run (npx @github/local-action) captures outputs
  // from the workflow commands core falls back to, and sets no GITHUB_ACTIONS.
  if (env['GITHUB_ACTIONS'] !== 'true') return;
  const missing = files.filter((name) => !env[name]);
  if (missing.length === 0) return;
  const what = missing.map((name) => `${name} (${PURPOSE[name]})`).join(' and ');
  throw new RunnerError(
    `${what} ${missing.length > 1 ? 'are' : 'is'} not set, so this action cannot hand anything on to later steps`,
    'Run it on a GitHub Actions runner (v2.327.1 or newer), which sets them; this action does not fall back to the ::set-output/::set-env commands GitHub disabled in 2020. Running it by hand? Point both at writable files (see .env.example).'
  );
}

/** An input as the runner passes it: INPUT_<NAME> (spaces → `_`, hyphens kept), trimmed. */
export function getInput(name: string): string {
  // trimWhitespace: local-action's stub trims only when asked; @actions/core trims unless told not to.
  return core.getInput(name, { trimWhitespace: true });
}

/** Mask a value (and, on the runner, each of its lines) in every later log line. */
export function setSecret(secret: string): void {
  core.setSecret(secret);
}

export function setOutput(name: string, value: string): void {
  checkCommandFiles(['GITHUB_OUTPUT']);
  core.setOutput(name, value);
}

export function exportVariable(name: string, value: string): void {
  checkCommandFiles(['GITHUB_ENV']);
  core.exportVariable(name, value);
}

export function debug(message: string): void {
  core.debug(forAnnotation(message));
}

export function info(message: string): void {
  core.info(forAnnotation(message));
}

export function warning(message: string, where: Annotation = {}): void {
  core.warning(forAnnotation(message), safe(where));
}

export function notice(message: string, where: Annotation = {}): void {
  core.notice(message, where);
}

export function error(message: string, where: Annotation = {}): void {
  core.error(forAnnotation(message), safe(where));
}

/** Report an error and make the step fail (exit code 1) without throwing. */
export function setFailed(message: string, where: Annotation = {}): void {
  // @actions/core's setFailed takes no annotation; this is its body with one.
  process.exitCode = 1;
  core.error(forAnnotation(message), safe(where));
}

export const summary = core.summary;

/** The engines' Log, as workflow commands. */
export const runnerLog: Log = { info, warning, debug };
