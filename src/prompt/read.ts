// The file edge of the prompt: patterns → files → bytes → text → messages, then templating.
// Everything after reading the bytes is pure.
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, parse, relative, resolve, sep } from 'node:path';
import { InputError, PromptError } from '../errors.js';
import { estimateTokens } from './estimate.js';
import { parsePrompt } from './formats.js';
import { expandGlob, isGlob } from './glob.js';
import type { Messages, Role } from './messages.js';
import { render, type Source, type Vars } from './template.js';

export const MAX_PROMPT_BYTES = 32 * 1024 * 1024;

export interface PromptFile {
  /** As shown to the user: relative to the workspace, '/'-separated (absolute when outside it). */
  readonly file: string;
  readonly bytes: number;
  readonly messages: number;
  /** Top-level keys the file has that we do not use. */
  readonly ignoredKeys: string[];
}

export interface Prompt {
  readonly files: readonly PromptFile[];
  readonly messages: Messages;
  /** UTF-8 size of the message contents as they will be sent. */
  readonly bytes: number;
  readonly estimatedTokens: number;
  /** Every model a file names, in file order (settle() decides what they mean). */
  readonly models: readonly { readonly id: string; readonly file: string }[];
  /** vars no placeholder used (likely a typo). */
  readonly unusedVars: readonly string[];
}

export interface LoadOptions {
  readonly workspace: string;
  readonly role: Role;
  /** Set when the vars input is: placeholders are then filled, and must all have a value. */
  readonly vars?: Vars;
}

/** Read every file `entries` names (paths or patterns, in order) into one validated message list. */
export async function loadPrompt(entries: readonly string[], options: LoadOptions): Promise<Prompt> {
  const files = await resolveEntries(entries, options.workspace);
  const sources: Source[] = [];
  const described: PromptFile[] = [];
  const models: { id: string; file: string }[] = [];
  let total = 0;
  for (const file of files) {
    const bytes = await readPromptFile(file, options.workspace);
    total += bytes.length;
    if (total > MAX_PROMPT_BYTES)
      throw new PromptError(file, `brings the prompt over the ${MAX_PROMPT_BYTES / 1048576} MiB limit`, 'Cache fewer or smaller files');
    const text = decode(bytes, file);
    const parsed = await parsePrompt(text, file, options.role);
    if (parsed.model !== undefined) models.push({ id: parsed.model, file });
    sources.push({ file, text, messages: parsed.messages, lines: parsed.lines });
    described.push({ file, bytes: bytes.length, messages: parsed.messages.length, ignoredKeys: parsed.ignoredKeys });
  }
  const { messages, unused } = options.vars ? render(sources, options.vars) : { messages: sources.flatMap((s) => s.messages), unused: [] };
  const bytes = messages.reduce((n, m) => n + Buffer.byteLength(m.content), 0);
  return { files: described, messages, bytes, estimatedTokens: estimateTokens(messages), models, unusedVars: unused };
}

/** Paths stay in the order given; a pattern expands in sorted order; a file named twice is read once. */
async function resolveEntries(entries: readonly string[], workspace: string): Promise<string[]> {
  const files: string[] = [];
  for (const raw of entries) {
    // Windows runners take either separator; elsewhere '\' is part of a name.
    const entry = process.platform === 'win32' ? raw.replace(/\\/g, '/') : raw;
    let matches: string[];
    if (isGlob(entry) && !(await exists(entry, workspace))) {
      const root = isAbsolute(entry) ? parse(entry).root : workspace;
      const pattern = isAbsolute(entry) ? entry.slice(root.length) : entry;
      matches = (await expandGlob(pattern, root)).map((m) => resolve(root, m));
      if (matches.length === 0)
        throw new InputError(
          'prompt-file',
          `${JSON.stringify(raw)} matches no file`,
          `Check the pattern; it is matched relative to the repository root (${workspace}). Did a checkout step run before this one?`
        );
    } else matches = [resolve(workspace, entry)];
    for (const path of matches) {
      const shown = display(path, workspace);
      if (!files.includes(shown)) files.push(shown);
    }
  }
  return files;
}

/** Relative to the workspace with '/' separators; absolute when outside it. */
function display(path: string, workspace: string): string {
  const rel = relative(workspace, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/');
}

async function exists(entry: string, workspace: string): Promise<boolean> {
  return (await stat(resolve(workspace, entry)).catch(() => undefined)) !== undefined;
}

async function readPromptFile(file: string, workspace: string): Promise<Buffer> {
  const path = resolve(workspace, file);
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new InputError(
        'prompt-file',
        `${JSON.stringify(file)} does not exist`,
        `Check the path; it is read relative to the repository root (${workspace}). Did a checkout step run before this one?`
      );
    throw unreadable(file, e);
  }
  if (info.isDirectory()) throw new PromptError(file, 'is a directory', `Name the files inside it, e.g. ${file.replace(/\/$/, '')}/*.md`);
  if (!info.isFile())
    throw new PromptError(file, 'is not a regular file', 'Point prompt-file at a text, Markdown, JSON, JSONL or YAML file');
  if (info.size > MAX_PROMPT_BYTES)
    throw new PromptError(
      file,
      `is ${(info.size / 1048576).toFixed(1)} MiB, over the ${MAX_PROMPT_BYTES / 1048576} MiB limit`,
      'Split the prompt or trim it'
    );
  return readFile(path).catch((e: unknown) => {
    throw unreadable(file, e);
  });
}

function unreadable(file: string, e: unknown): PromptError {
  const code = (e as { code?: string }).code ?? 'error';
  return new PromptError(file, `cannot be read (${code})`, 'Check the file’s permissions: the runner’s user must be able to read it');
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
