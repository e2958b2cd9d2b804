// A fast path for the YAML prompts teams write: a block list of `role:`/`content:` pairs, as the
// whole document or under a top-level `messages:` key. The general parser builds a node per
// scalar, pair and map, and its concrete syntax tree first: 32 MiB of short messages took 80 s and
// 3.6 GB. This reader takes one pass over the lines and builds only the messages.
//
// It reads a deliberately small subset and gives up (undefined) on anything else, so the general
// parser decides: anchors, tags, flow collections, multi-line plain or quoted scalars, escapes
// JSON lacks, other keys in a message, tabs in the structure, control characters. Where it
// answers, the answer equals the general parser's (a differential property test holds it to
// that). Pure.

/** The message list the fast path read, or undefined when the general parser must decide. */
export interface FastYaml {
  /** Each item as the general parser reads it: only `role` and `content`, strings. */
  readonly items: { role?: string; content?: string }[];
  /** The 1-based line each item starts on. */
  readonly lines: number[];
  /** Set when the list sits under a top-level `messages:` key: the document without the list, for the general parser. */
  readonly rest?: { readonly text: string; readonly keyLine: number; readonly listLines: number };
}

const UNSUPPORTED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/; // eslint-disable-line no-control-regex
const NOT_STRING = /^(?:[-+.~0-9]|(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$)/;
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
const JSON_ESCAPES = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/g;

export function fastYaml(input: string): FastYaml | undefined {
  if (input.includes('\r')) {
    if (/\r(?!\n)/.test(input)) return undefined;
    input = input.replace(/\r\n/g, '\n');
  }
  if (UNSUPPORTED.test(input)) return undefined;
  const lines = input.split('\n');
  let first = next(lines, 0);
  if (first < lines.length && lines[first] === '---') first = next(lines, first + 1);
  if (first >= lines.length) return undefined;
  if (lines[first]!.startsWith('- ')) {
    const list = readList(lines, first, 0);
    return list && list.end >= lines.length ? { items: list.items, lines: list.lines } : undefined;
  }
  // A mapping: the `messages:` key at the top level, its list below it.
  const key = lines.findIndex((l) => /^messages: *$/.test(l));
  const start = key < 0 ? -1 : next(lines, key + 1);
  if (start < 0 || start >= lines.length) return undefined;
  const indent = indentOf(lines[start]!);
  if (!lines[start]!.startsWith('- ', indent)) return undefined;
  const list = readList(lines, start, indent);
  // What follows the list must be the next top-level key (or the end), not more of this value.
  if (!list || (list.end < lines.length && /^\s/.test(lines[list.end]!))) return undefined;
  const text = [...lines.slice(0, key + 1), ...lines.slice(list.end)].join('\n');
  return { items: list.items, lines: list.lines, rest: { text, keyLine: key + 1, listLines: list.end - key - 1 } };
}

/** Leading spaces (only spaces indent YAML). */
function indentOf(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}

/** The next line at or after `i` that is neither blank nor a comment. */
function next(lines: readonly string[], i: number): number {
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const at = indentOf(line);
    if (at < line.length && line.charCodeAt(at) !== 35 /* # */) return i;
  }
  return i;
}

interface List {
  items: { role?: string; content?: string }[];
  lines: number[];
  /** The first significant line after the list. */
  end: number;
}

/** Items `- role: …` at `indent`, from line `i`; undefined for anything outside the subset. */
function readList(lines: readonly string[], i: number, indent: number): List | undefined {
  const items: { role?: string; content?: string }[] = [];
  const starts: number[] = [];
  const dash = ' '.repeat(indent) + '- ';
  const pairIndent = indent + 2;
  for (i = next(lines, i); i < lines.length;) {
    const line = lines[i]!;
    if (!line.startsWith(dash)) {
      const at = indentOf(line);
      if (line.charCodeAt(at) !== 9 && (at < indent || (at === indent && line.charCodeAt(at) !== 45))) break; // the list has ended
      return undefined;
    }
    const item: { role?: string; content?: string } = {};
    starts.push(i + 1);
    let pair = line.slice(pairIndent);
    for (;;) {
      const after = readPair(lines, i, pair, pairIndent, item);
      if (after === undefined) return undefined;
      i = after;
      if (i >= lines.length || indentOf(lines[i]!) !== pairIndent) break;
      pair = lines[i]!.slice(pairIndent);
    }
    items.push(item);
  }
  return { items, lines: starts, end: i };
}

/** One `role: …` or `content: …` pair starting on line i; the next significant line after it, or undefined. */
function readPair(
  lines: readonly string[],
  i: number,
  pair: string,
  pairIndent: number,
  item: { role?: string; content?: string }
): number | undefined {
  const name = pair.startsWith('role:') ? 'role' : pair.startsWith('content:') ? 'content' : undefined;
  if (name === undefined || pair.includes('\t')) return undefined;
  if (item[name] !== undefined) return undefined; // a duplicate key is the general parser's error to report
  let from = name.length + 1;
  if (from < pair.length && pair.charCodeAt(from) !== 32) return undefined;
  while (pair.charCodeAt(from) === 32) from++;
  const raw = pair.slice(from);
  if (raw.startsWith('|') || raw.startsWith('>')) {
    const block = readBlock(lines, i + 1, pairIndent, raw);
    if (!block) return undefined;
    item[name] = block.value;
    return next(lines, block.end);
  }
  const value = readInline(raw.endsWith(' ') ? raw.trimEnd() : raw);
  if (value === undefined) return undefined;
  // A more indented line next would continue a multi-line scalar: not in the subset.
  const n = next(lines, i + 1);
  if (n < lines.length) {
    const at = indentOf(lines[n]!);
    if (at > pairIndent || lines[n]!.charCodeAt(at) === 9) return undefined;
  }
  item[name] = value;
  return n;
}

/** A one-line plain, single- or double-quoted scalar that reads as a string. */
function readInline(raw: string): string | undefined {
  if (raw.startsWith('"')) {
    const inner = raw.slice(1, -1);
    if (raw.length < 2 || !raw.endsWith('"') || /(^|[^\\])(\\\\)*"/.test(inner)) return undefined;
    if (!inner.includes('\\')) return inner;
    if (inner.replace(JSON_ESCAPES, '').includes('\\')) return undefined;
    return JSON.parse(`"${inner}"`) as string;
  }
  if (raw.startsWith("'")) {
    const inner = raw.slice(1, -1);
    if (raw.length < 2 || !raw.endsWith("'") || inner.replace(/''/g, '').includes("'")) return undefined;
    return inner.replace(/''/g, "'");
  }
  if (raw === '' || INDICATOR.test(raw) || NOT_STRING.test(raw) || raw.includes(': ') || raw.includes(' #') || raw.endsWith(':'))
    return undefined;
  return raw;
}

/** A block scalar (`|` or `>`, with `-` or `+` chomping) whose lines start at `i`. */
function readBlock(lines: readonly string[], i: number, pairIndent: number, header: string): { value: string; end: number } | undefined {
  const [, style, chomp] = /^([|>])([-+]?) *$/.exec(header) ?? [];
  if (style === undefined || chomp === undefined) return undefined;
  let first = i;
  while (first < lines.length && /^ *$/.test(lines[first]!)) first++;
  if (first >= lines.length) return undefined;
  const indent = indentOf(lines[first]!);
  if (indent <= pairIndent) return undefined;
  for (let k = i; k < first; k++) if (lines[k]!.length > indent) return undefined;
  let end = first;
  let last = first; // the last line with content
  const padding = ' '.repeat(indent);
  for (; end < lines.length; end++) {
    const line = lines[end]!;
    if (line.length > indent) {
      if (!line.startsWith(padding)) break;
      last = end;
    } else if (!/^ *$/.test(line)) break;
  }
  const body = [];
  for (let k = i; k <= last; k++) body.push(lines[k]!.slice(indent));
  const value = style === '|' ? body.join('\n') : fold(body);
  if (chomp === '-') return { value, end };
  if (chomp === '') return { value: `${value}\n`, end };
  // Keep: every line break after the last content line, to the next line that is not empty.
  const breaks = (end >= lines.length ? end - 1 : end) - last;
  return { value: value + '\n'.repeat(Math.max(1, breaks)), end };
}

/**
 * Folded (`>`) content: a line break between two lines of text becomes a space; one followed by
 * empty lines gives way to them; around a more indented line (space or tab first) it is kept.
 */
function fold(body: readonly string[]): string {
  let out = '';
  let empty = 0;
  let previous: string | undefined; // the last line of text
  for (const line of body) {
    if (line === '') {
      empty++;
      continue;
    }
    if (previous === undefined) out += '\n'.repeat(empty);
    else if (spaced(previous) || spaced(line)) out += '\n'.repeat(empty + 1);
    else out += empty ? '\n'.repeat(empty) : ' ';
    out += line;
    previous = line;
    empty = 0;
  }
  return out;
}

const spaced = (line: string) => line.startsWith(' ') || line.startsWith('\t');
