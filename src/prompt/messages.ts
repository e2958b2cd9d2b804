// The message list a cache is made of: OpenAI-shaped {role, content}, validated before anything
// is sent, and the document shapes that carry it (a bare list, or an object with `messages`).
// Pure.
import { z } from 'zod';
import { PromptError } from '../errors.js';

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
  /** The line each message starts on, where the format can tell (for annotations). */
  readonly lines: (number | undefined)[];
  /** The model the file names (object shape only). */
  readonly model?: string;
  /** Top-level keys we read past (name, description, modelParameters, …): logged, never an error. */
  readonly ignoredKeys: string[];
}

/** Where message i starts in the file, when the format can tell. Only asked on demand. */
export type LineOf = (index: number) => number | undefined;

const MessageSchema = z.object({
  role: z.enum(ROLES as [Role, ...Role[]]),
  content: z.string().refine((s) => s.trim() !== '', 'is empty')
});

const SHAPE_HINT = 'Write a list of {role, content} messages, or an object with a "messages" list (and optionally "model")';

/** A parsed JSON/YAML document → messages: a bare list, or an object with `messages` (and `model`). */
export function readDocument(value: unknown, file: string, lineOf: LineOf = () => undefined): ParsedPrompt {
  if (Array.isArray(value)) return withLines({ messages: validateMessages(value, file, lineOf), ignoredKeys: [] }, lineOf);
  if (!value || typeof value !== 'object' || !('messages' in value)) throw new PromptError(file, 'holds no message list', SHAPE_HINT);
  const { messages, model, ...rest } = value as Record<string, unknown>;
  if (model !== undefined && (typeof model !== 'string' || model.trim() === ''))
    throw new PromptError(
      file,
      `"model" is ${JSON.stringify(model)}, not a model id`,
      'Set "model" to a model id such as gemini-2.5-flash, or remove it'
    );
  return withLines(
    {
      messages: validateMessages(messages, file, lineOf),
      model: typeof model === 'string' ? model.trim() : undefined,
      ignoredKeys: Object.keys(rest)
    },
    lineOf
  );
}

function withLines(parsed: Omit<ParsedPrompt, 'lines'>, lineOf: LineOf): ParsedPrompt {
  return { ...parsed, lines: parsed.messages.map((_, i) => lineOf(i)) };
}

/** Check a value is a non-empty list of valid messages; errors point at message N and its line. */
export function validateMessages(list: unknown, file: string, lineOf: LineOf = () => undefined): Message[] {
  if (!Array.isArray(list)) throw new PromptError(file, 'holds no message list', SHAPE_HINT);
  if (list.length === 0)
    throw new PromptError(file, 'has an empty message list', 'Add at least one {"role": "system", "content": "…"} message');
  return list.map((item, i) => validateMessage(item, i, file, lineOf));
}

export function validateMessage(item: unknown, i: number, file: string, lineOf: LineOf): Message {
  const parsed = MessageSchema.safeParse(item);
  if (parsed.success) return parsed.data;
  const field = parsed.error.issues[0]!.path[0];
  const it = (item ?? {}) as { role?: unknown; content?: unknown };
  const what =
    field === 'role'
      ? `role ${JSON.stringify(it.role) ?? 'is missing and'} is not one of ${ROLES.join(', ')}`
      : field === 'content'
        ? typeof it.content === 'string'
          ? 'content is empty'
          : 'content is not a string'
        : 'is not a {role, content} object';
  throw new PromptError(file, `message ${i + 1} ${what}`, `Each message needs a role (${ROLES.join(', ')}) and non-empty text content`, {
    line: lineOf(i)
  });
}
