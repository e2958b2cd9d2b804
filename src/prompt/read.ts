// The file edge of the prompt: resolve, stat, read and decode. Everything after is pure.
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { PromptError } from '../errors.js';
import type { Role } from '../settings.js';
import { estimateTokens } from './estimate.js';
import { parsePrompt } from './formats.js';
import type { Messages } from './messages.js';

export const MAX_PROMPT_BYTES = 32 * 1024 * 1024;

export interface Prompt {
  readonly file: string;
  readonly bytes: number;
  readonly messages: Messages;
  readonly estimatedTokens: number;
}

/** Read `file` (relative to `workspace` unless absolute) into validated messages. */
export async function loadPrompt(file: string, options: { workspace: string; role: Role }): Promise<Prompt> {
  const path = isAbsolute(file) ? file : resolve(options.workspace, file);
  const info = await stat(path).catch(() => undefined);
  if (!info)
    throw new PromptError(
      file,
      'does not exist',
      `Check the path; it is read relative to the repository root (${options.workspace}). Did a checkout step run before this one?`
    );
  if (info.isDirectory()) throw new PromptError(file, 'is a directory', 'Name a file inside it, e.g. prompts/system.md');
  if (!info.isFile()) throw new PromptError(file, 'is not a regular file', 'Point prompt-file at a text, Markdown or JSON file');
  if (info.size > MAX_PROMPT_BYTES)
    throw new PromptError(
      file,
      `is ${(info.size / 1048576).toFixed(1)} MiB, over the ${MAX_PROMPT_BYTES / 1048576} MiB limit`,
      'Split the prompt or trim it; the gateway rejects requests this large'
    );

  const text = decode(await readFile(path), file);
  const messages = parsePrompt(text, file, options.role);
  return { file, bytes: info.size, messages, estimatedTokens: estimateTokens(messages) };
}

/** Strict UTF-8: a BOM is dropped; invalid bytes or a NUL byte mean this is not a text prompt. */
export function decode(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new PromptError(file, 'is not valid UTF-8 (it looks binary)', 'Save it as UTF-8 text');
  }
  if (text.includes('\0')) throw new PromptError(file, 'contains a NUL byte (it looks binary)', 'Save it as UTF-8 text');
  return text;
}
