// GitHub Actions expressions, as the example workflows' tests resolve a step's `with:` and `if:`:
// GitHub's own parser and evaluator (@actions/expressions, the one its language service uses)
// over the contexts a test supplies, with the status functions the runner adds (success(),
// failure(), always(), cancelled()). Semantics are GitHub's
// (https://docs.github.com/actions/reference/workflows-and-actions/expressions): string comparison
// ignores case, `&&`/`||` return an operand, a missing property is null (unless the scope's
// `missing` says otherwise). hashFiles() is the runner's, over a job's workspace where the scope
// gives one; elsewhere it throws, naming the expression, so a workflow cannot use what the test ignores.
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { truthy as truthyData } from '@actions/expressions/result';

export type Value = string | number | boolean | null | readonly Value[] | { readonly [key: string]: Value };

export interface Scope {
  /** Contexts by name: github, env, secrets, vars, matrix, steps, needs, runner, job. */
  readonly contexts: Readonly<Record<string, Value>>;
  /** Whether every earlier step succeeded (success()/failure()). */
  readonly succeeded: boolean;
  /** A property path that is not there: return null (GitHub's answer), or throw to call it a bug. */
  readonly missing?: (path: readonly string[]) => Value;
  /** hashFiles() over the job's workspace, where a job runs; without it, hashFiles() throws. */
  readonly hashFiles?: (patterns: readonly string[]) => string;
}

type ExpressionData = data.ExpressionData;

const STATUS = ['success', 'failure', 'always', 'cancelled'];

/** A context object whose absent keys ask the scope's `missing` (keys ignore case, as on GitHub). */
class Tracked extends data.Dictionary {
  constructor(
    private readonly path: readonly string[],
    private readonly scope: Scope
  ) {
    super();
  }
  override get(key: string): ExpressionData | undefined {
    const found = super.get(key);
    if (found !== undefined || !this.scope.missing) return found;
    return toData(this.scope.missing([...this.path, key]), [...this.path, key], this.scope);
  }
}

function toData(v: Value, path: readonly string[], scope: Scope): ExpressionData {
  if (v === null) return new data.Null();
  if (typeof v === 'string') return new data.StringData(v);
  if (typeof v === 'number') return new data.NumberData(v);
  if (typeof v === 'boolean') return new data.BooleanData(v);
  if (Array.isArray(v)) return new data.Array(...(v as Value[]).map((x, i) => toData(x, [...path, String(i)], scope)));
  const d = new Tracked(path, scope);
  for (const [k, x] of Object.entries(v)) d.add(k, toData(x, [...path, k], scope));
  return d;
}

function fromData(d: ExpressionData): Value {
  switch (d.kind) {
    case data.Kind.Null:
      return null;
    case data.Kind.String:
    case data.Kind.Number:
    case data.Kind.Boolean:
      return (d as data.StringData | data.NumberData | data.BooleanData).value;
    case data.Kind.Array:
      return (d as data.Array).values().map(fromData);
    default:
      return Object.fromEntries((d as data.Dictionary).pairs().map((p) => [p.key, fromData(p.value)]));
  }
}

export function truthy(v: Value): boolean {
  return truthyData(toData(v, [], { contexts: {}, succeeded: true }));
}

/** How a value reads once interpolated into a string. */
export function toText(v: Value): string {
  if (v === null) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** The value of one expression (the text inside `${{ }}`, or an `if:` without them). */
export function evaluate(src: string, scope: Scope): Value {
  const status = (name: string): FunctionDefinition => ({
    name,
    minArgs: 0,
    maxArgs: 0,
    call: () => new data.BooleanData(name === 'always' || (name === 'success' ? scope.succeeded : name === 'failure' && !scope.succeeded))
  });
  const functions = STATUS.map(status);
  const hash = scope.hashFiles;
  if (hash)
    functions.push({
      name: 'hashFiles',
      minArgs: 1,
      maxArgs: 255,
      call: (...args: ExpressionData[]) => new data.StringData(hash(args.map((a) => toText(fromData(a)))))
    });
  try {
    const { tokens } = new Lexer(src).lex();
    const expr = new Parser(tokens, Object.keys(scope.contexts), functions).parse();
    const contexts = toData(scope.contexts as Value, [], scope) as data.Dictionary;
    return fromData(new Evaluator(expr, contexts, new Map(functions.map((f) => [f.name.toLowerCase(), f]))).evaluate());
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const unknown = /^Unrecognized function: '([^']*)'/.exec(message);
    if (unknown) throw new Error(`the test's evaluator does not know ${unknown[1]!.toLowerCase()}() (in \${{ ${src} }})`);
    throw new Error(`\${{ ${src} }}: ${message}`, { cause: e });
  }
}

/** A `with:`/`env:`/`name:` value: every `${{ }}` replaced by its value's text; YAML scalars as the runner reads them. */
export function interpolate(raw: unknown, scope: Scope): string {
  if (raw === null || raw === undefined) return '';
  if (typeof raw !== 'string') return String(raw);
  return raw.replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, expr: string) => toText(evaluate(expr.trim(), scope)));
}

/**
 * An `if:` condition: with or without `${{ }}`; like the runner, one that calls no status function
 * is taken as `success() && (…)`.
 */
export function condition(raw: unknown, scope: Scope): boolean {
  if (raw === undefined) return scope.succeeded;
  if (typeof raw === 'boolean') return raw && scope.succeeded;
  const text = String(raw).trim();
  const whole = /^\$\{\{([\s\S]*)\}\}$/.exec(text);
  const expr = whole ? whole[1]!.trim() : text.includes('${{') ? `'${interpolate(text, scope).replace(/'/g, "''")}'` : text;
  const statusCall = new RegExp(`\\b(${STATUS.join('|')})\\s*\\(`, 'i').test(expr);
  return (statusCall || scope.succeeded) && truthy(evaluate(expr, scope));
}
