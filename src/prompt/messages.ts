// The message list a cache is made of: OpenAI-shaped {role, content}, validated before anything
// is sent, and the document shapes that carry it (a bare list, or an object with `messages`).
// Pure.
import { FileError } from '../errors.js';
import { forLog } from '../escape.js';

export type Role = 'system' | 'user' | 'assistant';
export const ROLES: readonly Role[] = ['system', 'user', 'assistant'];

export interface Message {
  readonly role: Role;
  readonly content: string;
}
export type Messages = readonly Message[];

/** What one prompt file holds once parsed. */
export interface ParsedPrompt {
  readonly messages: Message[];
  /** The line message i starts on, where the format can tell (for annotations). Computed on demand. */
  readonly lineOf: LineOf;
  /** The model the file names (object shape only). */
  readonly model?: string;
  /** Top-level keys we read past (name, description, modelParameters, …): logged, never an error. */
  readonly ignoredKeys: string[];
}

/** Where message i starts in the file, when the format can tell. Only asked on demand. */
export type LineOf = (index: number) => number | undefined;

const NONE: LineOf = () => undefined;
const SHAPE_HINT = 'Write a list of {role, content} messages, or an object with a "messages" list (and optionally "model")';

/** A parsed JSON/YAML document → messages: a bare list, or an object with `messages` (and `model`). */
export function readDocument(value: unknown, file: string, lineOf: LineOf = NONE): ParsedPrompt {
  if (Array.isArray(value)) return { messages: validateMessages(value, file, lineOf), lineOf, ignoredKeys: [] };
  if (!value || typeof value !== 'object' || !('messages' in value)) throw new FileError(file, 'holds no message list', SHAPE_HINT);
  const { messages, model, ...rest } = value as Record<string, unknown>;
  if (model !== undefined && (typeof model !== 'string' || model.trim() === ''))
    throw new FileError(
      file,
      `"model" is ${show(model)}, not a model id`,
      'Set "model" to a model id such as gemini-2.5-flash, or remove it'
    );
  return {
    messages: validateMessages(messages, file, lineOf),
    lineOf,
    model: typeof model === 'string' ? model.trim() : undefined,
    ignoredKeys: Object.keys(rest)
  };
}

/** Check a value is a non-empty list of valid messages; errors point at message N and its line. */
function validateMessages(list: unknown, file: string, lineOf: LineOf = NONE): Message[] {
  if (!Array.isArray(list)) throw new FileError(file, 'holds no message list', SHAPE_HINT);
  if (list.length === 0)
    throw new FileError(file, 'has an empty message list', 'Add at least one {"role": "system", "content": "…"} message');
  const messages = new Array<Message>(list.length);
  for (let i = 0; i < list.length; i++) messages[i] = validateMessage(list[i], i, file, lineOf);
  return messages;
}

/** Only role and content are kept (other keys are not sent). `\S` is trim()'s whitespace, without trim()'s copy. */
export function validateMessage(item: unknown, i: number, file: string, lineOf: LineOf): Message {
  const it = (typeof item === 'object' && item !== null && !Array.isArray(item) ? item : undefined) as
    { role?: unknown; content?: unknown } | undefined;
  const role = it?.role;
  const content = it?.content;
  if (it && isRole(role) && typeof content === 'string' && /\S/.test(content)) return { role, content };
  const what = !it
    ? 'is not a {role, content} object'
    : !isRole(role)
      ? `role ${role === undefined ? 'is missing and' : show(role)} is not one of ${ROLES.join(', ')}`
      : typeof content === 'string'
        ? 'content is empty'
        : 'content is not a string';
  throw new FileError(file, `message ${i + 1} ${what}`, `Each message needs a role (${ROLES.join(', ')}) and non-empty text content`, {
    line: lineOf(i)
  });
}

function isRole(role: unknown): role is Role {
  return role === 'system' || role === 'user' || role === 'assistant';
}

/** A value from the file, for an error: a scalar as JSON (escaped, clipped), a list or mapping by kind only (no deep walk). */
function show(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'a mapping';
  return forLog(JSON.stringify(value) ?? typeof value, 100);
}
