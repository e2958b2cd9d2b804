// Expectations: what a case requires of an answer. One entry per expectation in EXPECTATIONS, in
// the order cases files document them: its key, the rule for its value in a cases file, any
// further check of that value, and the check of an answer, whose failure says what was expected
// and what came back. A new expectation is one new entry; cases.ts and the engine read the table.
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import type { TokenUsage } from '../gateway/chat.js';
import type { Grade } from './judge.js';

/** What came back for a case. */
export interface Answer {
  readonly content: string;
  /** The whole call, retries and waits included. */
  readonly latencyMs: number;
}

/** One expectation an answer did not meet. */
export interface Failure {
  /** The key as the cases file spells it: contains, not-contains, json… */
  readonly expectation: string;
  readonly expected: string;
  readonly got: string;
}

/** What checking an answer found. */
export interface Checked {
  readonly failures: readonly Failure[];
  /** Set when a check could not be made (a grader's unreadable answer): the run is an error. */
  readonly error?: string;
  readonly grade?: Grade;
  readonly judgeUsage?: TokenUsage;
}

/** What a check may need besides the answer: the engine provides them. */
export interface CheckTools {
  /** Runs a regular expression apart from the event loop, with a deadline. */
  readonly testRegex: (re: RegExp, text: string) => Promise<boolean | 'timeout'>;
  /** Grades the answer against a criterion (an LLM judge); absent when the run has no grader. */
  readonly judge?: (criterion: string, answer: string) => Promise<Checked>;
}

export interface Expectation<V> {
  /** The key as cases files spell it. */
  readonly key: string;
  /** Its value in a cases file. */
  readonly schema: z.ZodType<V>;
  /** What is wrong with a value the schema took (a regex that does not compile), or undefined. */
  readonly problem?: (value: V) => string | undefined;
  readonly check: (value: V, answer: Answer, tools: CheckTools) => Checked | Promise<Checked>;
}

const met: Checked = { failures: [] };
const failed = (expectation: string, expected: string, got: string): Checked => ({ failures: [{ expectation, expected, got }] });
/** One entry: its type checked against its own schema. */
const entry = <V>(e: Expectation<V>): Expectation<unknown> => e as Expectation<unknown>;

const Text = z.string().refine((s) => s !== '', 'is empty');
// Bounded: an alias (or a generator) must not turn one case into a million checks.
const TextList = z.preprocess(
  (v) => (typeof v === 'string' ? [v] : v),
  z.array(Text, { error: 'must be text or a list of text' }).min(1, 'is an empty list').max(100, 'has more than 100 entries')
);
/** How deep an expected JSON value may nest: a case needs a few levels. */
export const MAX_JSON_DEPTH = 32;

export const EXPECTATIONS: readonly Expectation<unknown>[] = [
  entry<string[]>({
    key: 'contains',
    schema: TextList,
    check: (texts, a) => all(texts.map((t) => (a.content.includes(t) ? met : failed('contains', quote(t), excerpt(a.content)))))
  }),
  entry<string[]>({
    key: 'icontains',
    schema: TextList,
    check: (texts, a) => {
      const lower = a.content.toLowerCase();
      return all(texts.map((t) => (lower.includes(t.toLowerCase()) ? met : failed('icontains', quote(t), excerpt(a.content)))));
    }
  }),
  entry<string[]>({
    key: 'not-contains',
    schema: TextList,
    check: (texts, a) =>
      all(
        texts.map((t) => {
          const at = a.content.indexOf(t);
          return at < 0 ? met : failed('not-contains', `no ${quote(t)}`, excerpt(a.content, at));
        })
      )
  }),
  entry<string>({
    key: 'matches',
    schema: z.string({ error: 'must be a regular expression, as text' }),
    problem: (source) => {
      const re = compileRegex(source);
      return typeof re === 'string' ? `is not a valid regular expression: ${re}` : undefined;
    },
    check: async (source, a, tools) => {
      const re = compileRegex(source) as RegExp;
      const ok = await tools.testRegex(re, a.content);
      if (ok === 'timeout')
        return failed(
          'matches',
          String(re),
          'no result: the regular expression ran past its deadline on this answer (catastrophic backtracking?); simplify it'
        );
      return ok ? met : failed('matches', String(re), excerpt(a.content));
    }
  }),
  entry<string>({
    key: 'equals',
    schema: z.string({ error: 'must be text' }),
    check: (text, a) => (a.content.trim() === text.trim() ? met : failed('equals', quote(text), excerpt(a.content)))
  }),
  entry<true | Record<string, unknown>>({
    key: 'json',
    schema: z.union([z.literal(true), z.record(z.string(), z.unknown())], { error: 'must be true or an object of expected fields' }),
    problem: (want) => (want !== true && depth(want) > MAX_JSON_DEPTH ? `nests deeper than ${MAX_JSON_DEPTH} levels` : undefined),
    check: (want, a) => {
      const parsed = parseJsonAnswer(a.content);
      if (!parsed.ok)
        return failed('json', want === true ? 'valid JSON' : 'a JSON object', `not JSON (${parsed.reason}): ${excerpt(a.content)}`);
      if (want === true) return met;
      const miss = firstMismatch(want, parsed.value, '');
      return miss
        ? failed('json', `${miss.path || 'the answer'} = ${shortJson(miss.expected)}`, miss.found ? shortJson(miss.actual) : 'absent')
        : met;
    }
  }),
  entry<number>({
    key: 'max-latency',
    schema: z.number({ error: 'must be a number of milliseconds' }).int().positive(),
    // Whole milliseconds, as the report shows them: "got 100 ms" must never fail "≤ 100 ms".
    check: (max, a) => (Math.round(a.latencyMs) <= max ? met : failed('max-latency', `≤ ${max} ms`, `${Math.round(a.latencyMs)} ms`))
  }),
  // Last: a grader is the one call that costs money, and sees the answer the others checked.
  entry<string>({
    key: 'judge',
    schema: z.string({ error: 'must be the criterion, as text' }).refine((s) => s.trim() !== '', 'is empty'),
    check: (criterion, a, tools) => {
      if (!tools.judge) throw new Error('a judge expectation was checked without a grader');
      return tools.judge(criterion, a.content);
    }
  })
];

/** The keys cases files may use under `expect`, in the order they are documented. */
export const EXPECTATION_KEYS = EXPECTATIONS.map((e) => e.key);

/** A case's expectations: validated values by key. */
export type Expectations = Readonly<Record<string, unknown>>;

/** Every expectation of `expect` checked against the answer, in table order; failures of all of them. */
export async function checkAnswer(expect: Expectations, answer: Answer, tools: CheckTools): Promise<Checked> {
  const failures: Failure[] = [];
  let result: Omit<Checked, 'failures'> = {};
  for (const e of EXPECTATIONS) {
    if (expect[e.key] === undefined) continue;
    const checked = await e.check(expect[e.key], answer, tools);
    failures.push(...checked.failures);
    const { failures: _, ...rest } = checked;
    result = { ...result, ...rest };
  }
  return { ...result, failures };
}

function all(list: readonly Checked[]): Checked {
  return { failures: list.flatMap((c) => c.failures) };
}

/** A regex as teams write it in YAML: a leading (?i), (?s) or (?m) group sets the flag. */
export function compileRegex(source: string): RegExp | string {
  const inline = /^\(\?([ims]+)\)/.exec(source);
  const flags = inline ? [...new Set(inline[1])].join('') : '';
  try {
    return new RegExp(inline ? source.slice(inline[0].length) : source, flags);
  } catch (e) {
    return (e instanceof Error ? e.message : String(e)).replace(/^Invalid regular expression: /, '');
  }
}

/**
 * The answer as JSON. Models often wrap JSON in a Markdown code fence (```json … ```), so an
 * answer that is exactly one fenced block is read from inside it.
 */
export function parseJsonAnswer(answer: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  const fenced = /^\s*```[A-Za-z0-9]*[ \t]*\r?\n([\s\S]*?)\r?\n?```\s*$/.exec(answer);
  try {
    return { ok: true, value: JSON.parse(fenced ? fenced[1]! : answer) };
  } catch (e) {
    return { ok: false, reason: (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').slice(0, 120) };
  }
}

interface Mismatch {
  readonly path: string;
  readonly expected: unknown;
  readonly actual?: unknown;
  readonly found: boolean;
}

/**
 * Where `actual` first fails to hold `expected`: objects match when every expected field matches
 * (extra fields are fine), anything else must be deeply equal. Recurses only as deep as the
 * expectation, which the cases file bounds.
 */
function firstMismatch(expected: unknown, actual: unknown, path: string): Mismatch | undefined {
  if (isPlainObject(expected)) {
    if (!isPlainObject(actual)) return { path, expected, actual, found: true };
    for (const [key, want] of Object.entries(expected)) {
      const at = path ? `${path}.${key}` : key;
      if (!Object.prototype.hasOwnProperty.call(actual, key)) return { path: at, expected: want, found: false };
      const miss = firstMismatch(want, actual[key], at);
      if (miss) return miss;
    }
    return undefined;
  }
  return isDeepStrictEqual(expected, actual) ? undefined : { path, expected, actual, found: true };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** How deep a value nests; iterative, so a hostile file cannot overflow the stack here. */
function depth(v: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[v, 1]];
  while (stack.length) {
    const [x, d] = stack.pop()!;
    if (typeof x !== 'object' || x === null) continue;
    max = Math.max(max, d);
    if (max > MAX_JSON_DEPTH) return max;
    for (const child of Object.values(x)) stack.push([child, d + 1]);
  }
  return max;
}

const quote = (s: string) => JSON.stringify(s);

/**
 * A JSON value shown short: a failure line is read at a glance. Written with a budget, so an
 * answer of any size or depth (thousands of nested brackets) costs little and cannot overflow the stack.
 */
function shortJson(v: unknown, max = 120): string {
  let out = '';
  const write = (x: unknown, depth: number): void => {
    if (out.length > max) return;
    if (Array.isArray(x) || isPlainObject(x)) {
      if (depth > 20) return void (out += Array.isArray(x) ? '[…]' : '{…}');
      const entries: [string | undefined, unknown][] = Array.isArray(x)
        ? x.map((e) => [undefined, e] as [undefined, unknown])
        : Object.keys(x).map((k) => [k, x[k]] as [string, unknown]);
      out += Array.isArray(x) ? '[' : '{';
      entries.some(([k, e], i) => {
        if (out.length > max) return true;
        if (i) out += ',';
        if (k !== undefined) out += `${JSON.stringify(k)}:`;
        write(e, depth + 1);
        return false;
      });
      out += Array.isArray(x) ? ']' : '}';
      return;
    }
    out += typeof x === 'string' ? JSON.stringify(x.length > max ? x.slice(0, max) : x) : (JSON.stringify(x) ?? String(x));
  };
  write(v, 0);
  return out.length > max ? `${out.slice(0, max - 1)}…` : out;
}

/** Up to 160 characters of the answer, around `at` when a position matters. */
export function excerpt(answer: string, at = 0, max = 160): string {
  if (answer === '') return '(empty answer)';
  const start = Math.max(0, Math.min(at - 40, answer.length - max));
  const text = answer.slice(start, start + max);
  return `${start > 0 ? '…' : ''}${text}${start + max < answer.length ? '…' : ''}`;
}
