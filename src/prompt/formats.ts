// Prompt text → messages, by the file's extension. Pure: the text is already read and decoded.
import { extname } from 'node:path';
import { PromptError } from '../errors.js';
import type { Role } from '../settings.js';
import { messagesOf, validateMessages, type Message } from './messages.js';

export function parsePrompt(text: string, file: string, role: Role): Message[] {
  if (text.trim() === '') throw new PromptError(file, 'is empty', 'Put the prompt text in the file; an empty cache cannot be created');
  switch (extname(file).toLowerCase()) {
    case '.json':
      return parseJsonPrompt(text, file);
    default:
      return [{ role, content: text }];
  }
}

function parseJsonPrompt(text: string, file: string): Message[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const at = jsonErrorPosition(text, e);
    const where = at ? ` at line ${at.line}, column ${at.column}` : '';
    throw new PromptError(
      file,
      `is not valid JSON${where}: ${jsonErrorReason(e)}`,
      'Fix the syntax (a JSON linter helps), or rename the file to .txt/.md to send it as plain text',
      at ?? {}
    );
  }
  const list = messagesOf(value);
  return validateMessages(list, file, (i) => lineOfArrayItem(text, i));
}

/** Node reports JSON errors "at position N" (20) or "(line L column C)" (22+): normalise to line/column. */
export function jsonErrorPosition(text: string, e: unknown): { line: number; column: number } | undefined {
  const message = e instanceof Error ? e.message : '';
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  if (pos) return lineColumnAt(text, Number(pos[1]));
  if (/end of JSON input/.test(message)) return lineColumnAt(text, text.length);
  return undefined;
}

function jsonErrorReason(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  // Drop node's echo of the source (it can be long) and the position we already gave.
  return message
    .replace(/, "[\s\S]*" is not valid JSON$/, '')
    .replace(/\s*(in JSON )?at position \d+.*$/, '')
    .replace(/\s*\(line \d+ column \d+\)$/, '');
}

export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * The line where the i-th message object starts, found by scanning for the i-th '{' at depth
 * one of the message array. Good enough to pin an annotation; undefined when unsure.
 */
function lineOfArrayItem(text: string, index: number): number | undefined {
  let depth = 0;
  let inString = false;
  let arrayDepth = -1;
  let seen = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      if (c === '[' && arrayDepth < 0 && (depth === 0 || text.lastIndexOf('"messages"', i) >= 0)) arrayDepth = depth + 1;
      depth++;
      if (c === '{' && depth === arrayDepth + 1 && ++seen === index) return lineColumnAt(text, i).line;
    } else if (c === ']' || c === '}') depth--;
  }
  return undefined;
}
