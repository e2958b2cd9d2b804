// The slice of @actions/core this action uses, taken from the toolkit's own modules.
//
// Why not `import * as core from '@actions/core'`: its entry point also loads @actions/http-client
// and undici 6 (for OIDC tokens we never ask for). Bundled and run on Node 24 that costs ~80 ms on
// every run, more than node itself takes to start. These modules are the toolkit's real command
// encoders (escaping, heredoc delimiters, summary buffer); the functions below mirror
// @actions/core's wrappers of the same names. The package's `exports` map hides lib/, hence the
// relative path; the lockfile pins the version and the end-to-end tests run the result.
import { issueCommand } from '../node_modules/@actions/core/lib/command.js';
import { issueFileCommand, prepareKeyValueMessage } from '../node_modules/@actions/core/lib/file-command.js';
import { toCommandProperties } from '../node_modules/@actions/core/lib/utils.js';
import type { Annotation } from './errors.js';

export { summary } from '../node_modules/@actions/core/lib/summary.js';

/** An input as the runner passes it: INPUT_<NAME> (spaces → `_`, hyphens kept), trimmed. */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Mask a value (and, on the runner, each of its lines) in every later log line. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function setOutput(name: string, value: string): void {
  if (process.env['GITHUB_OUTPUT']) issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
  else issueCommand('set-output', { name }, value);
}

export function exportVariable(name: string, value: string): void {
  process.env[name] = value;
  if (process.env['GITHUB_ENV']) issueFileCommand('ENV', prepareKeyValueMessage(name, value));
  else issueCommand('set-env', { name }, value);
}

export function isDebug(): boolean {
  return process.env['RUNNER_DEBUG'] === '1';
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function info(message: string): void {
  process.stdout.write(`${message}\n`);
}

export function warning(message: string, where: Annotation = {}): void {
  issueCommand('warning', toCommandProperties(where), message);
}

export function error(message: string, where: Annotation = {}): void {
  issueCommand('error', toCommandProperties(where), message);
}

/** Report an error and make the step fail (exit code 1) without throwing. */
export function setFailed(message: string, where: Annotation = {}): void {
  process.exitCode = 1;
  error(message, where);
}

/** What modules below main.ts log through, so tests can pass a silent or recording one. */
export interface Log {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, where?: Annotation): void;
}

export const runnerLog: Log = { debug, info, warning };
