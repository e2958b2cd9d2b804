// What `#core` resolves to in the bundle (package.json "imports", condition "production", which
// ncc's resolver sets and node, tsx, jest and @github/local-action do not): the slice of
// @actions/core this action uses, built from the toolkit's own command modules.
//
// Why: @actions/core's entry point also loads @actions/http-client, undici and @actions/exec (for
// OIDC tokens and platform details we never ask for), which costs tens of milliseconds on every
// run. Everywhere else `#core` is the public @actions/core, so local-action's stub of it applies.
// Each function below copies @actions/core 3's wrapper of the same name; the contract test
// (__tests__/integration/toolkit-contract.test.ts) runs both side by side and compares every byte
// they write. The package's `exports` map hides lib/, hence the relative paths; the lockfile pins
// the version.
import { EOL } from 'node:os';
import type { AnnotationProperties, InputOptions } from '@actions/core';
import { issueCommand } from '../../node_modules/@actions/core/lib/command.js';
import { issueFileCommand, prepareKeyValueMessage } from '../../node_modules/@actions/core/lib/file-command.js';
import { toCommandProperties, toCommandValue } from '../../node_modules/@actions/core/lib/utils.js';

export { summary } from '../../node_modules/@actions/core/lib/summary.js';

export function getInput(name: string, options?: InputOptions): string {
  const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
  if (options?.required && !val) throw new Error(`Input required and not supplied: ${name}`);
  if (options?.trimWhitespace === false) return val;
  return val.trim();
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

// Unlike @actions/core, no fallback to the ::set-output/::set-env commands GitHub disabled in 2020:
// without the file, issueFileCommand throws (toolkit.ts says why in plain words before it gets here).
export function setOutput(name: string, value: unknown): void {
  issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
}

export function exportVariable(name: string, value: unknown): void {
  process.env[name] = toCommandValue(value);
  issueFileCommand('ENV', prepareKeyValueMessage(name, value));
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}

export function notice(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}

export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
