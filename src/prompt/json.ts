// JSON and JSON Lines prompt files, with errors pinned to line and column. Pure.
import { FileError } from '../errors.js';
import { forLog } from '../escape.js';
import { readDocument, validateMessage, type ParsedPrompt } from './messages.js';

const SYNTAX_HINT = 'Fix the syntax (a JSON linter helps), or rename the file to .txt/.md to send it as plain text';

/** `parsed` is the value when the caller already parsed the text (an extension-less file it sniffed). */
export function parseJson(text: string, file: string, parsed?: { value: unknown }): ParsedPrompt {
  let value: unknown;
  try {
    value = parsed ? parsed.value : JSON.parse(text);
  } catch (e) {
    const at = lineColumnAt(text, syntaxErrorOffset(text));
    throw new FileError(
      file,
      `is not valid JSON at line ${at.line}, column ${at.column}: ${forLog(jsonErrorReason(e), 200)}`,
      SYNTAX_HINT,
      at
    );
  }
  let lines: number[] | undefined;
  return readDocument(value, file, (i) => (lines ??= linesAt(text, messageOffsets(text)))[i]);
}

/** One message object per non-empty line (LF or CRLF; JSON.parse takes the CR as whitespace). */
export function parseJsonLines(text: string, file: string): ParsedPrompt {
  const messages = [];
  const lines: number[] = [];
  for (let start = 0, n = 1; start < text.length; n++) {
    const end = text.indexOf('\n', start);
    const row = text.slice(start, end < 0 ? text.length : end);
    start = end < 0 ? text.length : end + 1;
    if (!/\S/.test(row)) continue;
    let value: unknown;
    try {
      value = JSON.parse(row);
    } catch (e) {
      const column = syntaxErrorOffset(row) + 1;
      throw new FileError(
        file,
        `line ${n} is not valid JSON at column ${column}: ${forLog(jsonErrorReason(e), 200)}`,
        'Write one JSON message object per line',
        {
          line: n,
          column
        }
      );
    }
    const line = n;
    messages.push(validateMessage(value, messages.length, file, () => line));
    lines.push(n);
  }
  if (messages.length === 0) throw new FileError(file, 'has no messages', 'Write one {"role": …, "content": …} object per line');
  return { messages, lineOf: (i) => lines[i], ignoredKeys: [] };
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
  let line = 1;
  for (let nl = text.indexOf('\n'); nl >= 0 && nl < offset; nl = text.indexOf('\n', nl + 1)) line++;
  return { line, column: offset - text.lastIndexOf('\n', offset - 1) };
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const ESCAPES = new Set('"\\/bfnrt');
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

/**
 * Where JSON.parse gave up, found by a small scanner of our own: V8 gives no position for the
 * commonest mistakes (a trailing comma, an unquoted value). Only called on text that failed.
 * Iterative, with its own stack of open containers: 200,000 `[` must not overflow the call stack.
 */
export function syntaxErrorOffset(text: string): number {
  const n = text.length;
  const open: boolean[] = []; // true: an object, false: an array
  let i = 0;
  const ws = () => {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
  };
  /** A string at i; false where it is broken (i then points at the fault). */
  const string = (): boolean => {
    i++; // opening quote
    while (i < n && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) return false;
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) return false;
          i += 4;
        } else if (!ESCAPES.has(text[i] ?? 'x')) return false;
      }
      i++;
    }
    if (i >= n) return false;
    i++;
    return true;
  };
  const literal = (word: string): boolean => {
    for (const c of word) {
      if (text[i] !== c) return false;
      i++;
    }
    return true;
  };
  /** `"key":` inside an object. */
  const key = (): boolean => {
    ws();
    if (text[i] !== '"' || !string()) return false;
    ws();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  /** A string, number, true, false or null at i. */
  const scalar = (): boolean => {
    const c = text[i];
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  let expectValue = true;
  for (;;) {
    ws();
    if (expectValue) {
      const c = text[i];
      if (c === '[' || c === '{') {
        i++;
        ws();
        if (text[i] === (c === '[' ? ']' : '}')) {
          i++;
          expectValue = false;
        } else {
          open.push(c === '{');
          if (c === '{' && !key()) break;
        }
      } else if (scalar()) expectValue = false;
      else break;
    } else {
      const inObject = open.at(-1);
      if (inObject === undefined) return i < n ? i : n;
      if (text[i] === ',') {
        i++;
        if (inObject && !key()) break;
        expectValue = true;
      } else if (text[i] === (inObject ? '}' : ']')) {
        i++;
        open.pop();
      } else break;
    }
  }
  return Math.min(i, n);
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
