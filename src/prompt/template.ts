// `vars`: {{name}} placeholders filled after the files are parsed, so a value with newlines,
// quotes or colons can never break a file's format. Without vars, contents stay verbatim.
import { InputError, PromptError } from '../errors.js';
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
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, schema: 'failsafe' });
  if (doc.errors[0]) throw new InputError('vars', `is not valid YAML: ${doc.errors[0].message.split('\n')[0]}`, HINT);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 1000 });
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
  /** The line each message starts on, where known: a placeholder is looked for from there. */
  readonly lines: readonly (number | undefined)[];
}

/** Fill every placeholder; any without a value fails, naming each missing one with its file and line. */
export function render(sources: readonly Source[], vars: Vars): { messages: Message[]; unused: string[] } {
  const missing: { name: string; file: string; line?: number }[] = [];
  const used = new Set<string>();
  const messages = sources.flatMap((source) =>
    source.messages.map((m, i) => ({
      role: m.role,
      content: m.content.replace(PLACEHOLDER, (whole, name: string) => {
        const value = vars.get(name);
        if (value !== undefined) {
          used.add(name);
          return value;
        }
        if (!missing.some((x) => x.name === name && x.file === source.file))
          missing.push({ name, file: source.file, line: lineOf(source.text, whole, source.lines[i] ?? 1) });
        return whole;
      })
    }))
  );
  if (missing.length) {
    const list = missing.map((m) => `${m.name} (${m.file}${m.line ? `:${m.line}` : ''})`).join(', ');
    const first = missing[0]!;
    throw new PromptError(
      first.file,
      `uses template variables that vars does not define: ${list}`,
      'Add them to the vars input (name: value), or remove the placeholders (with vars set, every {{name}} must have a value)',
      { line: first.line }
    );
  }
  return { messages, unused: [...vars.keys()].filter((k) => !used.has(k)) };
}

/** The first line at or after `from` holding the placeholder as written. */
function lineOf(text: string, placeholder: string, from: number): number | undefined {
  const lines = text.split('\n');
  for (let n = from - 1; n < lines.length; n++) if (lines[n]!.includes(placeholder)) return n + 1;
  return undefined;
}
