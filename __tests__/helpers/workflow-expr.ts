// A small evaluator for the GitHub Actions expressions our example workflows use, so a test can
// resolve a step's `with:` and `if:` as the runner would: literals, context paths (`a.b-c`,
// `a['b']`), `!`, `==`/`!=`/`<`/`>`, `&&`/`||` (which return an operand, so `vars.X || 'dflt'`
// works), parentheses, the status functions and a few string functions. Semantics follow
// https://docs.github.com/actions/reference/workflows-and-actions/expressions: string comparison
// ignores case, operands of different types are compared as numbers, a missing property is null.
// Anything else throws, naming the expression, so a workflow cannot use what the test ignores.

export type Value = string | number | boolean | null | readonly Value[] | { readonly [key: string]: Value };

export interface Scope {
  /** Contexts by name: github, env, secrets, vars, matrix, steps, needs, runner, job. */
  readonly contexts: Readonly<Record<string, Value>>;
  /** Whether every earlier step succeeded (success()/failure()). */
  readonly succeeded: boolean;
  /** A property path that is not there: return null (GitHub's answer), or throw to call it a bug. */
  readonly missing?: (path: readonly string[]) => Value;
  /** hashFiles() over the job's workspace, where a job runs. */
  readonly hashFiles?: (patterns: readonly string[]) => string;
}

type Token = { kind: 'punct' | 'string' | 'number' | 'ident'; text: string };
type Node =
  | { type: 'lit'; value: Value }
  | { type: 'path'; head: string; rest: (string | Node)[] }
  | { type: 'not'; arg: Node }
  | { type: 'bin'; op: string; left: Node; right: Node }
  | { type: 'call'; name: string; args: Node[] };

const STATUS = ['success', 'failure', 'always', 'cancelled'];

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s+|(==|!=|<=|>=|&&|\|\||[()[\].,!<>])|'((?:[^']|'')*)'|(-?\d+(?:\.\d+)?)|([A-Za-z_][\w-]*)/y;
  for (let at = 0; at < src.length;) {
    re.lastIndex = at;
    const m = re.exec(src);
    if (!m) throw new Error(`cannot read ${JSON.stringify(src.slice(at, at + 20))} in \${{ ${src} }}`);
    at = re.lastIndex;
    if (m[1]) tokens.push({ kind: 'punct', text: m[1] });
    else if (m[2] !== undefined) tokens.push({ kind: 'string', text: m[2].replace(/''/g, "'") });
    else if (m[3]) tokens.push({ kind: 'number', text: m[3] });
    else if (m[4]) tokens.push({ kind: 'ident', text: m[4] });
  }
  return tokens;
}

function parse(src: string): Node {
  const t = tokenize(src);
  let i = 0;
  const peek = (text: string) => t[i]?.kind === 'punct' && t[i]!.text === text;
  const eat = (text: string) => {
    if (!peek(text)) throw new Error(`expected '${text}' at token ${i} of \${{ ${src} }}`);
    i++;
  };
  const binary = (ops: string[], next: () => Node) => (): Node => {
    let left = next();
    while (t[i]?.kind === 'punct' && ops.includes(t[i]!.text)) {
      const op = t[i++]!.text;
      left = { type: 'bin', op, left, right: next() };
    }
    return left;
  };
  const primary = (): Node => {
    const tok = t[i++];
    if (!tok) throw new Error(`\${{ ${src} }} ends too soon`);
    if (tok.kind === 'string') return { type: 'lit', value: tok.text };
    if (tok.kind === 'number') return { type: 'lit', value: Number(tok.text) };
    if (tok.kind === 'punct' && tok.text === '(') {
      const inner = or();
      eat(')');
      return inner;
    }
    if (tok.kind === 'punct' && tok.text === '!') return { type: 'not', arg: primary() };
    if (tok.kind !== 'ident') throw new Error(`unexpected '${tok.text}' in \${{ ${src} }}`);
    if (['true', 'false', 'null'].includes(tok.text)) return { type: 'lit', value: JSON.parse(tok.text) as Value };
    if (peek('(')) {
      i++;
      const args: Node[] = [];
      while (!peek(')')) {
        args.push(or());
        if (!peek(')')) eat(',');
      }
      eat(')');
      return { type: 'call', name: tok.text.toLowerCase(), args };
    }
    const rest: (string | Node)[] = [];
    for (;;) {
      if (peek('.')) {
        i++;
        const name = t[i++];
        if (name?.kind !== 'ident') throw new Error(`a property name must follow '.' in \${{ ${src} }}`);
        rest.push(name.text);
      } else if (peek('[')) {
        i++;
        rest.push(or());
        eat(']');
      } else return { type: 'path', head: tok.text, rest };
    }
  };
  const compare = binary(['==', '!=', '<', '>', '<=', '>='], primary);
  const and = binary(['&&'], compare);
  const or = binary(['||'], and);
  const node = or();
  if (i !== t.length) throw new Error(`unexpected '${t[i]!.text}' in \${{ ${src} }}`);
  return node;
}

export function truthy(v: Value): boolean {
  return !(v === null || v === false || v === 0 || v === '' || (typeof v === 'number' && Number.isNaN(v)));
}

function toNumber(v: Value): number {
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() === '' ? 0 : Number(v);
  return NaN;
}

/** How a value reads once interpolated into a string. */
export function toText(v: Value): string {
  if (v === null) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function equal(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === typeof b && (typeof a === 'object' || typeof a === 'boolean')) return a === b;
  return toNumber(a) === toNumber(b);
}

function call(name: string, args: Value[], scope: Scope, src: string): Value {
  const text = (k: number) => toText(args[k] ?? null).toLowerCase();
  switch (name) {
    case 'success':
      return scope.succeeded;
    case 'failure':
      return !scope.succeeded;
    case 'always':
      return true;
    case 'cancelled':
      return false;
    case 'startswith':
      return text(0).startsWith(text(1));
    case 'endswith':
      return text(0).endsWith(text(1));
    case 'contains':
      return Array.isArray(args[0]) ? (args[0] as Value[]).some((x) => equal(x, args[1] ?? null)) : text(0).includes(text(1));
    case 'format':
      return toText(args[0] ?? null).replace(/\{(\d+)\}/g, (_m, k: string) => toText(args[Number(k) + 1] ?? null));
    case 'tojson':
      return JSON.stringify(args[0] ?? null, null, 2);
    case 'fromjson':
      return JSON.parse(toText(args[0] ?? null)) as Value;
    case 'hashfiles':
      if (scope.hashFiles && args.every((a) => typeof a === 'string')) return scope.hashFiles(args as string[]);
      throw new Error(`the test's evaluator does not know ${name}() (in \${{ ${src} }})`);
    default:
      throw new Error(`the test's evaluator does not know ${name}() (in \${{ ${src} }})`);
  }
}

function evaluateNode(node: Node, scope: Scope, src: string): Value {
  switch (node.type) {
    case 'lit':
      return node.value;
    case 'not':
      return !truthy(evaluateNode(node.arg, scope, src));
    case 'call':
      return call(
        node.name,
        node.args.map((a) => evaluateNode(a, scope, src)),
        scope,
        src
      );
    case 'bin': {
      const left = evaluateNode(node.left, scope, src);
      if (node.op === '&&') return truthy(left) ? evaluateNode(node.right, scope, src) : left;
      if (node.op === '||') return truthy(left) ? left : evaluateNode(node.right, scope, src);
      const right = evaluateNode(node.right, scope, src);
      if (node.op === '==') return equal(left, right);
      if (node.op === '!=') return !equal(left, right);
      const [l, r] = typeof left === 'string' && typeof right === 'string' ? [left, right] : [toNumber(left), toNumber(right)];
      return node.op === '<' ? l < r : node.op === '>' ? l > r : node.op === '<=' ? l <= r : l >= r;
    }
    case 'path': {
      const path = [node.head];
      let v: Value | undefined = scope.contexts[node.head];
      if (v === undefined) throw new Error(`no context '${node.head}' (in \${{ ${src} }})`);
      for (const part of node.rest) {
        const key = typeof part === 'string' ? part : toText(evaluateNode(part, scope, src));
        path.push(key);
        const next: Value | undefined =
          v !== null && typeof v === 'object' && !Array.isArray(v)
            ? Object.entries(v).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1] // contexts ignore case
            : Array.isArray(v)
              ? (v as Value[])[Number(key)]
              : undefined;
        v = next === undefined ? (scope.missing?.(path) ?? null) : next;
      }
      return v;
    }
  }
}

/** The value of one expression (the text inside `${{ }}`, or an `if:` without them). */
export function evaluate(src: string, scope: Scope): Value {
  return evaluateNode(parse(src), scope, src);
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
