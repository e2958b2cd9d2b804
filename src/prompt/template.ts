// `vars`: {{name}} placeholders filled after the files are parsed, so a value with newlines,
// quotes or colons can never break a file's format. Without vars, contents stay verbatim.
import { InputError, FileError } from '../errors.js';
import { forLog } from '../escape.js';
import { thousands } from '../numbers.js';
import { contentTooLarge } from './limits.js';
import type { Message } from './messages.js';

export type Vars = ReadonlyMap<string, string>;

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*\}\}/g;
const HINT = 'Write vars as a YAML mapping, one `name: value` per line (a multi-line value as `name: |`)';

/**
 * The `vars` input (a YAML mapping) → name → text. Every value stays the text the user wrote
 * (the failsafe schema: `1.10` stays "1.10", `007` stays "007"). Loads the YAML parser only
 * when vars is set.
 */
export async function parseVars(text: string): Promise<Vars> {
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, logLevel: 'error', schema: 'failsafe' });
  if (doc.errors[0]) throw new InputError('vars', `is not valid YAML: ${doc.errors[0].message.split('\n')[0]}`, HINT);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new InputError('vars', `cannot be read as YAML: ${e instanceof Error ? e.message : String(e)}`, HINT);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new InputError('vars', 'is not a mapping of names to values', HINT);
  const vars = new Map<string, string>();
  for (const [name, v] of Object.entries(value)) {
    if (!NAME.test(name))
      throw new InputError(
        'vars',
        `${JSON.stringify(name)} is not a variable name`,
        'Use letters, digits, _ . and -, starting with a letter or _'
      );
    if (v !== null && typeof v === 'object')
      throw new InputError('vars', `the value of ${name} is a ${Array.isArray(v) ? 'list' : 'mapping'}, not text`, HINT);
    vars.set(name, v === null || v === undefined ? '' : String(v));
  }
  return vars;
}

export interface Source {
  readonly file: string;
  /** The file's text, to find the line a placeholder is on. */
  readonly text: string;
  readonly messages: readonly Message[];
  /** The line message i starts on, where known: a placeholder is looked for from there. */
  readonly lineOf?: (index: number) => number | undefined;
}

/** How many missing placeholders an error lists by name (the rest are counted). */
const LISTED = 20;

/**
 * Fill every placeholder; any without a value fails, naming the first few missing ones with their
 * file and line and counting the rest. Linear in the contents: lines are looked up only for the
 * names listed. Stops as soon as the filled contents pass `maxChars` (UTF-16 units, a lower bound
 * of their UTF-8 size), before a value repeated many times can take all memory.
 */
export function render(sources: readonly Source[], vars: Vars, maxChars = Infinity): { messages: Message[]; unused: string[] } {
  const missing = new Set<string>();
  const listed: { name: string; file: string; line?: number }[] = [];
  const used = new Set<string>();
  const messages: Message[] = [];
  let chars = 0;
  for (const source of sources) {
    source.messages.forEach((m, i) => {
      chars += m.content.length;
      const content = m.content.replace(PLACEHOLDER, (whole, name: string) => {
        const value = vars.get(name);
        if (value !== undefined) {
          used.add(name);
          chars += value.length - whole.length;
          if (chars > maxChars) throw contentTooLarge(source.file, true);
          return value;
        }
        const key = `${source.file}\0${name}`;
        if (!missing.has(key) && listed.length < LISTED)
          listed.push({ name, file: source.file, line: lineOf(source.text, whole, source.lineOf?.(i) ?? 1) });
        missing.add(key);
        return whole;
      });
      messages.push(content === m.content ? m : { role: m.role, content });
    });
  }
  const first = listed[0];
  if (first) {
    const names = listed.map((m) => `${forLog(m.name, 100)} (${forLog(m.file, 200)}${m.line ? `:${m.line}` : ''})`).join(', ');
    const more = missing.size - listed.length;
    throw new FileError(
      first.file,
      `uses template variables that vars does not define: ${names}${more > 0 ? ` and ${thousands(more)} more` : ''}`,
      'Add them to the vars input (name: value), or remove the placeholders (with vars set, every {{name}} must have a value)',
      { line: first.line }
    );
  }
  return { messages, unused: [...vars.keys()].filter((k) => !used.has(k)) };
}

/** The line, at or after `from`, where the placeholder as written first appears. */
function lineOf(text: string, placeholder: string, from: number): number | undefined {
  let start = 0;
  let line = 1;
  for (; line < from; line++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return undefined;
    start = nl + 1;
  }
  const at = text.indexOf(placeholder, start);
  if (at < 0) return undefined;
  for (let nl = text.indexOf('\n', start); nl >= 0 && nl < at; nl = text.indexOf('\n', nl + 1)) line++;
  return line;
}
