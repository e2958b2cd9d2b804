// The file edge of the prompt: entries → workspace files → bytes → text → messages, then
// templating and the cap on what will be sent. Everything after reading the bytes is pure.
import { FileError } from '../errors.js';
import { decode, readBounded, resolveFiles, type FileRules } from '../files/workspace.js';
import { estimateTokens } from './estimate.js';
import { parsePrompt } from './formats.js';
import { contentTooLarge, MAX_CONTENT_BYTES, MAX_PROMPT_BYTES } from './limits.js';
import type { Message, Messages, Role } from './messages.js';
import { render, type Source, type Vars } from './template.js';

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
  /** Every model a file names, in file order (applyModelRules() decides what they mean). */
  readonly models: readonly { readonly id: string; readonly file: string }[];
  /** vars no placeholder used (likely a typo). */
  readonly unusedVars: readonly string[];
}

export interface LoadOptions {
  readonly workspace: string;
  readonly role: Role;
  /** Set when the vars input is: placeholders are then filled, and must all have a value. */
  readonly vars?: Vars;
  /** The input that names the files, for errors (default prompt-file). */
  readonly input?: string;
}

/** Read every file `entries` names (paths or patterns, in order) into one validated message list. */
export async function loadPrompt(entries: readonly string[], options: LoadOptions): Promise<Prompt> {
  const rules: FileRules = { workspace: options.workspace, input: options.input ?? 'prompt-file', noun: 'Prompt file' };
  const files = await resolveFiles(entries, rules);
  const sources: Source[] = [];
  const described: PromptFile[] = [];
  const models: { id: string; file: string }[] = [];
  let total = 0;
  for (const found of files) {
    const file = found.shown;
    const bytes = await readBounded(found, MAX_PROMPT_BYTES, rules);
    total += bytes.length;
    if (total > MAX_PROMPT_BYTES)
      throw new FileError(file, `brings the prompt over the ${MAX_PROMPT_BYTES / 1048576} MiB limit`, 'Cache fewer or smaller files');
    const text = decode(bytes, file);
    const parsed = await parsePrompt(text, file, options.role);
    if (parsed.model !== undefined) models.push({ id: parsed.model, file });
    sources.push({ file, text, messages: parsed.messages, lineOf: parsed.lineOf });
    described.push({ file, bytes: bytes.length, messages: parsed.messages.length, ignoredKeys: parsed.ignoredKeys });
  }
  const { messages, unused } = options.vars
    ? render(sources, options.vars, MAX_CONTENT_BYTES)
    : { messages: sources.flatMap((s) => s.messages), unused: [] };
  const bytes = contentBytes(messages, sources, options.vars !== undefined);
  return { files: described, messages, bytes, estimatedTokens: estimateTokens(messages), models, unusedVars: unused };
}

/** The UTF-8 size of every content, checked against the cap before anything is serialised. */
function contentBytes(messages: readonly Message[], sources: readonly Source[], vars: boolean): number {
  let bytes = 0;
  let source = 0;
  let end = sources[0]?.messages.length ?? 0;
  for (let i = 0; i < messages.length; i++) {
    while (i >= end) end += sources[++source]!.messages.length;
    bytes += Buffer.byteLength(messages[i]!.content);
    if (bytes > MAX_CONTENT_BYTES) throw contentTooLarge(sources[source]!.file, vars);
  }
  return bytes;
}
