// The message list a cache is made of: OpenAI-shaped {role, content}, validated before anything
// is sent. Pure.
import { z } from 'zod';
import { PromptError } from '../errors.js';
import { ROLES, type Role } from '../settings.js';

export interface Message {
  readonly role: Role;
  readonly content: string;
}
export type Messages = readonly Message[];

const MessageSchema = z.object({
  role: z.enum(ROLES as [Role, ...Role[]]),
  content: z.string().refine((s) => s.trim() !== '', 'is empty')
});

/** The JSON shapes a prompt file may take: a bare array, or an object with `messages`. */
export function messagesOf(value: unknown): unknown {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object' && 'messages' in value) return (value as { messages: unknown }).messages;
  return undefined;
}

/**
 * Check a parsed value is a non-empty list of valid messages. `lineOf(i)` says where message i
 * starts, when the format knows, so the error can be pinned to that line.
 */
export function validateMessages(list: unknown, file: string, lineOf: (index: number) => number | undefined = () => undefined): Message[] {
  if (!Array.isArray(list))
    throw new PromptError(
      file,
      'holds no message list',
      'Write a JSON array of {"role": …, "content": …} objects, or an object with a "messages" array'
    );
  if (list.length === 0)
    throw new PromptError(file, 'has an empty message list', 'Add at least one {"role": "system", "content": "…"} message');
  return list.map((item, i) => {
    const parsed = MessageSchema.safeParse(item);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0]!;
    const fieldName = issue.path[0];
    const what =
      fieldName === 'role'
        ? `role ${JSON.stringify((item as { role?: unknown }).role)} is not one of ${ROLES.join(', ')}`
        : fieldName === 'content'
          ? typeof (item as { content?: unknown }).content === 'string'
            ? 'content is empty'
            : 'content is not a string'
          : 'is not a {role, content} object';
    throw new PromptError(file, `message ${i + 1} ${what}`, `Each message needs a role (${ROLES.join(', ')}) and non-empty text content`, {
      line: lineOf(i)
    });
  });
}
