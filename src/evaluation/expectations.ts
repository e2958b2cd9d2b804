// Expectations: what a case requires of an answer, checked without side effects. Each check that
// fails says what was expected and what came back, so a report can show both.

export interface Expectations {
  /** Every one must appear, as written. */
  readonly contains?: readonly string[];
  /** Every one must appear, ignoring case. */
  readonly icontains?: readonly string[];
  /** None may appear, as written. */
  readonly notContains?: readonly string[];
  /** The answer must match (compiled when the cases file was read, so a bad regex failed then). */
  readonly matches?: RegExp;
  /** The answer, surrounding whitespace aside, must be exactly this. */
  readonly equals?: string;
  /** true: the answer parses as JSON; an object: it parses to an object holding these fields and values. */
  readonly json?: true | Readonly<Record<string, unknown>>;
  /** Milliseconds the call (retries included) may take. */
  readonly maxLatencyMs?: number;
  /** A criterion an LLM grader checks (the engine's judge; check() leaves it alone). */
  readonly judge?: string;
}

/** One expectation an answer did not meet. */
export interface Failure {
  /** The key as the cases file spells it: contains, not-contains, json… */
  readonly expectation: string;
  readonly expected: string;
  readonly got: string;
}

/**
 * Every expectation the answer fails, in the order the keys are documented; [] when it passes.
 * `matched` is the outcome of `matches` when the caller ran it apart (with a deadline).
 */
export function check(expect: Expectations, answer: string, latencyMs: number, matched?: boolean | 'timeout'): Failure[] {
  const failures: Failure[] = [];
  const fail = (expectation: string, expected: string, got: string) => failures.push({ expectation, expected, got });

  for (const text of expect.contains ?? []) if (!answer.includes(text)) fail('contains', quote(text), excerpt(answer));
  if (expect.icontains?.length) {
    const lower = answer.toLowerCase();
    for (const text of expect.icontains) if (!lower.includes(text.toLowerCase())) fail('icontains', quote(text), excerpt(answer));
  }
  for (const text of expect.notContains ?? []) {
    const at = answer.indexOf(text);
    if (at >= 0) fail('not-contains', `no ${quote(text)}`, excerpt(answer, at));
  }
  if (expect.matches) {
    const ok = matched ?? expect.matches.test(answer);
    if (ok === 'timeout')
      fail(
        'matches',
        String(expect.matches),
        'no result: the regular expression ran past its deadline on this answer (catastrophic backtracking?); simplify it'
      );
    else if (!ok) fail('matches', String(expect.matches), excerpt(answer));
  }
  if (expect.equals !== undefined && answer.trim() !== expect.equals.trim()) fail('equals', quote(expect.equals), excerpt(answer));
  if (expect.json !== undefined) {
    const parsed = parseJsonAnswer(answer);
    if (!parsed.ok) fail('json', expect.json === true ? 'valid JSON' : 'a JSON object', `not JSON (${parsed.reason}): ${excerpt(answer)}`);
    else if (expect.json !== true) {
      const miss = firstMismatch(expect.json, parsed.value, '');
      if (miss) fail('json', `${miss.path || 'the answer'} = ${show(miss.expected)}`, miss.found ? `${show(miss.actual)}` : 'absent');
    }
  }
  // Whole milliseconds, as the report shows them: "got 100 ms" must never fail "≤ 100 ms".
  if (expect.maxLatencyMs !== undefined && Math.round(latencyMs) > expect.maxLatencyMs)
    fail('max-latency', `≤ ${expect.maxLatencyMs} ms`, `${Math.round(latencyMs)} ms`);
  return failures;
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
 * (extra fields are fine), anything else must be deeply equal. Iterates only as deep as the
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
  return deepEqual(expected, actual) ? undefined : { path, expected, actual, found: true };
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isPlainObject(a)) {
    if (!isPlainObject(b)) return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const quote = (s: string) => JSON.stringify(s);

/**
 * A JSON value shown short: a failure line is read at a glance. Written with a budget, so an
 * answer of any size or depth (thousands of nested brackets) costs little and cannot overflow the stack.
 */
function show(v: unknown, max = 120): string {
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
