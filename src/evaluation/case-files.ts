// Case files as text → the raw cases they hold, each with a way to find its line: YAML, JSON
// and JSON Lines, bounded before a parser runs (a pull request writes these files). Pure.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { ErrorList, FileError } from '../errors.js';
import { lineColumnAt, syntaxErrorOffset } from '../prompt/json.js';
import { DuplicateKey, jsonPositions, type JsonPositions } from './json-positions.js';

export const SHAPE_HINT = 'Write a list of cases (name, prompt or messages, expect), or an object with a "cases" list';

/** A case file's problem, pinned to a line. */
export class CaseError extends FileError {
  constructor(file: string, message: string, hint?: string, line?: number, column?: number) {
    super(file, line ? `line ${line}: ${message}` : message, hint, { line, column }, 'Cases file');
  }
}

/** Several problems found in one pass, so the author fixes them all at once. */
export class CaseErrors extends ErrorList {
  constructor(readonly errors: readonly CaseError[]) {
    super(
      errors.length === 1 ? errors[0]!.message : `${errors.length} problems in the cases files (each annotated above)`,
      errors.length === 1 ? errors[0]!.hint : 'Fix each, then push again; nothing was sent',
      errors.length === 1 ? errors[0]!.annotation : undefined
    );
  }
}

export interface CaseFileText {
  /** As the user sees it: relative to the workspace. */
  readonly file: string;
  readonly text: string;
}

export interface ParsedFile {
  /** Where the list of cases is: [] for a top-level list, ['cases'] under a key. */
  readonly listPath: (string | number)[];
  readonly items: readonly unknown[];
  readonly lineAt: (path: (string | number)[]) => number | undefined;
}

export function parseFile({ file, text }: CaseFileText): ParsedFile {
  if (text.trim() === '') throw new CaseError(file, 'is empty', SHAPE_HINT);
  const ext = /\.[^./]*$/.exec(file)?.[0]?.toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return parseJsonLines(file, text);
  let json: { value: unknown } | undefined;
  if (ext === '.json') {
    try {
      json = { value: JSON.parse(text) };
    } catch (e) {
      // JSON's own error, at JSON's position: YAML would describe a JSON mistake in YAML's terms.
      const at = lineColumnAt(text, syntaxErrorOffset(text));
      const reason = (e instanceof Error ? e.message : String(e)).replace(/\s*(in JSON )?at position[\s\S]*$/, '').slice(0, 120);
      throw new CaseError(
        file,
        `is not valid JSON at column ${at.column}: ${reason}`,
        'Fix the syntax (a JSON linter helps)',
        at.line,
        at.column
      );
    }
  } else if (ext !== '.yml' && ext !== '.yaml')
    throw new CaseError(file, 'is not a .yml, .yaml, .json or .jsonl file', 'Name the cases file by its format, e.g. evals/cases.yml');
  // Lines come from the YAML parser, which needs hundreds of times a file's size in memory and
  // recurses on nesting: both are bounded before it runs (for JSON too, which is read the same).
  if (text.length > MAX_YAML_CHARS)
    throw new CaseError(
      file,
      `is ${(text.length / 1048576).toFixed(1)} MiB; YAML and JSON cases files may hold at most ${MAX_YAML_CHARS / 1048576} MiB`,
      'Split the suite over several files, or write it as JSON Lines (.jsonl: one case per line, no size limit but the suite’s)'
    );
  const deep = flowDepthOver(text, MAX_FLOW_DEPTH);
  if (deep !== undefined)
    throw new CaseError(
      file,
      `nests [ and { deeper than ${MAX_FLOW_DEPTH} levels`,
      'A case needs a few levels at most; check the brackets',
      lineColumnAt(text, deep).line
    );
  return json ? parseJsonCases(file, text, json.value) : parseYamlCases(file, text);
}

/** JSON as the YAML parser reads it (JSON is YAML), without its cost: JSON.parse's value, lines from one pass. */
function parseJsonCases(file: string, text: string, value: unknown): ParsedFile {
  let positions: JsonPositions;
  try {
    positions = jsonPositions(text);
  } catch (e) {
    if (!(e instanceof DuplicateKey)) throw e;
    const at = lineColumnAt(text, e.offset);
    throw new CaseError(
      file,
      `is not valid YAML at column ${at.column}: ${e.message}`,
      'Fix the YAML syntax (indentation, quoting)',
      at.line,
      at.column
    );
  }
  const listPath = Array.isArray(value) ? [] : ['cases'];
  const items = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null
      ? (value as { cases?: unknown }).cases
      : undefined;
  if (!Array.isArray(items)) throw new CaseError(file, 'holds no list of cases', SHAPE_HINT, 1);
  return { listPath, items, lineAt: (path) => positions.lineAt(path) };
}

const MAX_YAML_CHARS = 2 * 1024 * 1024;
const MAX_FLOW_DEPTH = 64;

/**
 * Where `[`/`{` first nest deeper than `max`, or undefined. Brackets inside quotes are skipped; a
 * stray bracket in a block scalar only counts toward a limit no real case comes near.
 */
export function flowDepthOver(text: string, max: number): number | undefined {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      // A quote is taken to end with its line: an apostrophe in plain text (don't) must not hide
      // the rest of the file from the count.
      if (c === '\\' && quote === '"') i++;
      else if (c === quote || c === '\n') quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') {
      if (++depth > max) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return undefined;
}

function parseYamlCases(file: string, text: string): ParsedFile {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const error = doc.errors[0];
  if (error) {
    const at = counter.linePos(error.pos[0]);
    throw new CaseError(
      file,
      `is not valid YAML at column ${at.col}: ${error.message.split('\n')[0]}`,
      'Fix the YAML syntax (indentation, quoting)',
      at.line,
      at.col
    );
  }
  let value: unknown;
  try {
    // A low alias budget: a few anchors are handy, a billion laughs is an attack.
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new CaseError(file, `cannot be read: ${e instanceof Error ? e.message : String(e)}`, 'Use fewer YAML aliases (*name)');
  }
  const listPath = Array.isArray(value) ? [] : ['cases'];
  const items = Array.isArray(value) ? value : (value as { cases?: unknown } | null)?.cases;
  if (!Array.isArray(items) || (!Array.isArray(value) && !isMap(doc.contents)))
    throw new CaseError(file, 'holds no list of cases', SHAPE_HINT, 1);
  return { listPath, items, lineAt: (path) => lineOf(doc, counter, path) };
}

/** The line of the node at `path`, or of its nearest ancestor that exists. */
function lineOf(doc: Document, counter: LineCounter, path: (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    const start = isScalar(node) || isMap(node) || isSeq(node) ? node.range?.[0] : undefined;
    if (start !== undefined) return counter.linePos(start).line;
  }
  return undefined;
}

function parseJsonLines(file: string, text: string): ParsedFile {
  const items: unknown[] = [];
  const lines: number[] = [];
  const rows = text.split('\n');
  for (let n = 0; n < rows.length; n++) {
    const row = rows[n]!.replace(/\r$/, '');
    if (row.trim() === '') continue;
    try {
      items.push(JSON.parse(row));
    } catch (e) {
      const column = syntaxErrorOffset(row) + 1;
      const reason = (e instanceof Error ? e.message : String(e)).replace(/\s*(in JSON )?at position[\s\S]*$/, '').slice(0, 120);
      throw new CaseError(file, `is not valid JSON at column ${column}: ${reason}`, 'Write one case object per line', n + 1, column);
    }
    lines.push(n + 1);
  }
  return { listPath: [], items, lineAt: (path) => lines[path[0] as number] };
}
