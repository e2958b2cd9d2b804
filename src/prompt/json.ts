// JSON and JSON Lines prompt files, with errors pinned to line and column. Pure.
import { PromptError } from '../errors.js';
import { readDocument, validateMessage, type ParsedPrompt } from './messages.js';

const SYNTAX_HINT = 'Fix the syntax (a JSON linter helps), or rename the file to .txt/.md to send it as plain text';

export function parseJson(text: string, file: string): ParsedPrompt {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const at = lineColumnAt(text, syntaxErrorOffset(text));
    throw new PromptError(file, `is not valid JSON at line ${at.line}, column ${at.column}: ${jsonErrorReason(e)}`, SYNTAX_HINT, at);
  }
  let lines: number[] | undefined;
  return readDocument(value, file, (i) => (lines ??= linesAt(text, messageOffsets(text)))[i]);
}

/** One message object per non-empty line (LF or CRLF). */
export function parseJsonLines(text: string, file: string): ParsedPrompt {
  const messages = [];
  const lines: number[] = [];
  const rows = text.split('\n');
  for (let n = 0; n < rows.length; n++) {
    const row = rows[n]!.replace(/\r$/, '');
    if (row.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(row);
    } catch (e) {
      const column = syntaxErrorOffset(row) + 1;
      throw new PromptError(
        file,
        `line ${n + 1} is not valid JSON at column ${column}: ${jsonErrorReason(e)}`,
        'Write one JSON message object per line',
        {
          line: n + 1,
          column
        }
      );
    }
    messages.push(validateMessage(value, messages.length, file, () => n + 1));
    lines.push(n + 1);
  }
  if (messages.length === 0) throw new PromptError(file, 'has no messages', 'Write one {"role": …, "content": …} object per line');
  return { messages, lines, ignoredKeys: [] };
}

/** V8's reason, without its echo of the source (which can be long) or a position we give ourselves. */
function jsonErrorReason(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message
    .replace(/,\s*(\.\.\.)?"[\s\S]*"\s*is not valid JSON$/, '')
    .replace(/\s*(in JSON )?at position \d+[\s\S]*$/, '')
    .replace(/\s*\(line \d+ column \d+\)$/, '');
}

/** The line of each of `offsets` (ascending), in one pass. */
function linesAt(text: string, offsets: number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let from = 0;
  for (const offset of offsets) {
    for (let i = from; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
    from = offset;
    lines.push(line);
  }
  return lines;
}

export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Where JSON.parse gave up, found by a small scanner of our own: V8 gives no position for the
 * commonest mistakes (a trailing comma, an unquoted value). Only called on text that failed.
 */
export function syntaxErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    for (const c of word) {
      if (text[i] !== c) fail();
      i++;
    }
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '' || m[0] === '-') fail();
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') return container('}', true);
    if (c === '[') return container(']', false);
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    fail();
  };
  const container = (close: string, keyed: boolean) => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      if (keyed) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
      }
      value();
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === close) return void i++;
      fail();
    }
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
  } catch (at) {
    if (typeof at === 'number') return Math.min(at, text.length);
    throw at;
  }
  return text.length;
}

/**
 * Where each item of the message list starts: the top-level array, or the array under the
 * top-level "messages" key. One pass; items are counted by commas at list depth, so a non-object
 * item is counted too.
 */
function messageOffsets(text: string): number[] {
  const offsets: number[] = [];
  let depth = 0;
  let inString = false;
  let stringStart = -1;
  let lastKey = '';
  let listDepth = -1;
  let expectItem = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') {
        inString = false;
        lastKey = text.slice(stringStart + 1, i);
      }
      continue;
    }
    if (' \t\r\n'.includes(c)) continue;
    if (expectItem && c !== ']') {
      offsets.push(i);
      expectItem = false;
    }
    if (c === '"') {
      inString = true;
      stringStart = i;
    } else if (c === '[' || c === '{') {
      // The list: the document itself, or the value of a "messages" key in the top-level object.
      if (c === '[' && listDepth < 0 && (depth === 0 || (depth === 1 && lastKey === 'messages'))) {
        listDepth = depth + 1;
        expectItem = true;
      }
      depth++;
    } else if (c === ']' || c === '}') {
      if (depth === listDepth) return offsets;
      depth--;
    } else if (c === ',' && depth === listDepth) expectItem = true;
    // In valid JSON a string followed by ':' is a key; anything else ends it.
    if (c !== '"' && c !== ':') lastKey = '';
  }
  return offsets;
}
