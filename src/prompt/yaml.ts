// YAML prompt files (.yml/.yaml, including the .prompt.yml layout), with errors pinned to line
// and column. Loaded only for YAML files: the parser costs ~20 ms to load. The message list is
// read by the fast path where it can (yaml-fast.ts); the general parser reads the rest, and the
// whole file wherever the fast path gives up, so errors always come from the general parser.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { FileError } from '../errors.js';
import { forLog } from '../escape.js';
import { readDocument, type ParsedPrompt } from './messages.js';
import { fastYaml, type FastYaml } from './yaml-fast.js';

/** Aliases expanded per document (weighted by the nodes each repeats): enough to reuse a message. */
const MAX_ALIASES = 100;
/**
 * The most structure the general parser is given, counted as the characters that can start a
 * node (line breaks and `, : [ ] { }`). It builds about 1 KB of objects per node: 400,000 of
 * them (e.g. 0.8 MiB of a dense flow list `[1,1,1,…]`, or of `key: value` lines) peak at about
 * 600 MB, where 12 MiB of them ran out of memory. Prompts in the usual layout (a block list of
 * role/content pairs, block scalars included) take the fast path, whose cost is a small multiple
 * of the file's size at any size; long text in one scalar counts only its line breaks.
 */
export const MAX_GENERAL_YAML_NODES = 400_000;

/** Line breaks and `, : [ ] { }` in `text`: an upper bound of the nodes the general parser builds, less a constant. */
export function structureOf(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 44 || c === 58 || c === 91 || c === 93 || c === 123 || c === 125) n++;
  }
  return n;
}

const HINT = 'Fix the YAML syntax (indentation, quoting); a multi-line content reads best as a block scalar (content: |)';

export function parseYaml(text: string, file: string): ParsedPrompt {
  const fast = fastYaml(text);
  if (fast) {
    const lineOf = (i: number) => fast.lines[i];
    if (!fast.rest) return readDocument(fast.items, file, lineOf);
    const rest = readRest(fast.rest);
    if (rest) return readDocument({ ...rest, messages: fast.items }, file, lineOf);
  }
  return parseGeneral(text, file);
}

/**
 * The document around a `messages:` list the fast path read: used only when the general parser
 * reads it without error as a mapping whose `messages` key, on the line the fast path found, has
 * no value of its own. Anything else and the whole file goes to the general parser.
 */
function readRest(rest: NonNullable<FastYaml['rest']>): Record<string, unknown> | undefined {
  if (structureOf(rest.text) > MAX_GENERAL_YAML_NODES) return undefined;
  const lines = new LineCounter();
  const doc = parseDocument(rest.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  if (doc.errors.length || !isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'messages');
  const key = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
  const value = pair?.value;
  const empty = value == null || (isScalar(value) && value.value === null && !value.anchor && !value.tag);
  if (key === undefined || lines.linePos(key).line !== rest.keyLine || !empty) return undefined;
  try {
    const js: unknown = doc.toJS({ maxAliasCount: MAX_ALIASES });
    return js && typeof js === 'object' && !Array.isArray(js) ? (js as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function parseGeneral(text: string, file: string): ParsedPrompt {
  const nodes = structureOf(text);
  if (nodes > MAX_GENERAL_YAML_NODES) {
    const size = `${(Buffer.byteLength(text, 'utf8') / 1048576).toFixed(1)} MiB`;
    const n = (x: number) => String(x).replace(/\B(?=(\d{3})+$)/g, ',');
    throw new FileError(
      file,
      `is ${size} of YAML with ${n(nodes)} line breaks and , : [ ] { } in a layout only the general YAML parser reads, which takes at most ${n(MAX_GENERAL_YAML_NODES)} (about 1 KB of memory each)`,
      'Write the messages as a block list of role:/content: pairs (content: | for long text), without anchors, tags or flow [ ] { } collections; or put the text in a .md or .txt file'
    );
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const error = doc.errors[0];
  if (error) {
    const at = lines.linePos(error.pos[0]);
    throw new FileError(
      file,
      `is not valid YAML at line ${at.line}, column ${at.col}: ${forLog(error.message.split('\n')[0]!, 200)}`,
      HINT,
      {
        line: at.line,
        column: at.col
      }
    );
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // yaml's own guard against a "billion laughs" document: aliases × the nodes they repeat.
    if (/alias count/i.test(message))
      throw new FileError(
        file,
        `repeats aliases (*name) too often: more than ${MAX_ALIASES} are expanded`,
        'Repeat fewer aliases, or write the content out'
      );
    throw new FileError(file, `cannot be read as YAML: ${forLog(message, 200)}`, HINT);
  }
  const list = isSeq(doc.contents) ? doc.contents : isMap(doc.contents) ? doc.contents.get('messages', true) : undefined;
  const items = isSeq(list) ? (list.items as Node[]) : [];
  return readDocument(value, file, (i) => {
    const start = items[i]?.range?.[0];
    return start === undefined ? undefined : lines.linePos(start).line;
  });
}
