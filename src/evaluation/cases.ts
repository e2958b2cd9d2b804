// Case files → validated cases, each pinned to its file and line. Pure: the caller reads the
// bytes (bounded, inside the workspace). Every problem in every case is reported at once, each
// with a file/line annotation, before anything is sent.
import { z } from 'zod';
import { suggest } from '../did-you-mean.js';
import { hasControl } from '../escape.js';
import { ROLES, type Message, type Role } from '../prompt/messages.js';
import { CaseError, CaseErrors, parseFile, SHAPE_HINT, type CaseFileText, type ParsedFile } from './case-files.js';
import { EXPECTATION_KEYS, EXPECTATIONS, type Expectations } from './expectations.js';

export { CaseError, CaseErrors, flowDepthOver, type CaseFileText } from './case-files.js';

/** One case, ready to send. */
export interface Case {
  readonly name: string;
  readonly file: string;
  readonly line?: number;
  readonly messages: readonly Message[];
  readonly expect: Expectations;
}

/** More than a prompt-regression suite runs; a file past it is likely a mistake (or an attack). */
export const MAX_CASES = 10_000;
const MAX_ERRORS = 50;

const CASE_KEYS = ['name', 'prompt', 'messages', 'expect'] as const;

const MessageSchema = z.strictObject({
  role: z.enum(ROLES as [Role, ...Role[]], { error: `must be one of ${ROLES.join(', ')}` }),
  content: z.string({ error: 'must be text' }).refine((s) => s.trim() !== '', 'is empty')
});
const ExpectSchema = z.strictObject(Object.fromEntries(EXPECTATIONS.map((e) => [e.key, e.schema.optional()])));
const CaseSchema = z.strictObject({
  name: z
    .string({ error: 'is required: every case needs a name' })
    .refine((s) => s.trim() !== '', 'is empty')
    .refine((s) => s.length <= 200, 'is longer than 200 characters')
    .refine((s) => !hasControl(s), 'contains a control character (a line break?)'),
  prompt: z
    .string({ error: 'must be text' })
    .refine((s) => s.trim() !== '', 'is empty')
    .optional(),
  messages: z.array(MessageSchema, { error: 'must be a list of {role, content} messages' }).min(1, 'is an empty list').optional(),
  expect: ExpectSchema.optional()
});

export interface CaseRules {
  /** Doubao's chat endpoint refuses a conversation that ends with the assistant. */
  readonly lastMayBeAssistant: boolean;
}

/** Parse and validate every case of every file; throws CaseErrors listing each problem. */
export function parseCases(files: readonly CaseFileText[], rules: CaseRules): Case[] {
  const cases: Case[] = [];
  const errors: CaseError[] = [];
  const seen = new Map<string, Case>();
  for (const f of files) {
    let doc: ParsedFile;
    try {
      doc = parseFile(f);
    } catch (e) {
      if (e instanceof CaseError) errors.push(e);
      else throw e;
      continue;
    }
    doc.items.forEach((raw, i) => {
      if (errors.length >= MAX_ERRORS) return;
      const path = [...doc.listPath, i];
      const built = buildCase(raw, f.file, (sub) => doc.lineAt([...path, ...sub]), rules);
      if (built instanceof Array) return void errors.push(...built);
      const twin = seen.get(built.name);
      if (twin)
        return void errors.push(
          new CaseError(
            f.file,
            `case name ${JSON.stringify(built.name)} is used twice (first at ${twin.file}${twin.line ? `:${twin.line}` : ''})`,
            'Give every case its own name: results and baselines are matched by name',
            built.line
          )
        );
      seen.set(built.name, built);
      cases.push(built);
    });
    if (cases.length > MAX_CASES)
      throw new CaseErrors([
        new CaseError(f.file, `brings the cases over ${MAX_CASES}`, 'Split the suite over several jobs (a matrix) or trim it')
      ]);
  }
  if (errors.length) throw new CaseErrors(errors.slice(0, MAX_ERRORS));
  if (cases.length === 0) throw new CaseErrors([new CaseError(files[0]?.file ?? '(none)', 'holds no cases', SHAPE_HINT)]);
  return cases;
}

/** Raw case → Case, or every problem it has. */
function buildCase(
  raw: unknown,
  file: string,
  lineAt: (path: (string | number)[]) => number | undefined,
  rules: CaseRules
): Case | CaseError[] {
  const line = lineAt([]);
  const parsed = CaseSchema.safeParse(raw);
  const name = (raw as { name?: unknown } | null)?.name;
  const who = typeof name === 'string' && name.trim() ? `case ${JSON.stringify(name.slice(0, 80))}: ` : '';
  // The values' own checks (a regex that does not compile) run whatever else is wrong with the
  // case: every problem at once, not one push per problem.
  const valueErrors = expectationProblems(raw).map(
    ({ key, problem }) =>
      new CaseError(file, `${who}expect.${key} ${problem}`, key === 'matches' ? REGEX_HINT : EXPECT_HINT, lineAt(['expect', key]) ?? line)
  );
  if (!parsed.success) {
    const schemaErrors = parsed.error.issues.flatMap((issue) => {
      const where = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      // Each unknown key is its own error, pinned to the key itself, not to the object that holds it.
      if (issue.code === 'unrecognized_keys')
        return issue.keys.map(
          (key) => new CaseError(file, `${who}${unknownKey(key, where)}`, hintFor(where), lineAt([...where, key]) ?? line)
        );
      return [new CaseError(file, describeIssue(issue, where, who), hintFor(where), lineAt(where) ?? line)];
    });
    return [...schemaErrors, ...valueErrors];
  }
  const c = parsed.data;
  const errors: CaseError[] = [...valueErrors];
  const at = (msg: string, hint: string, path: (string | number)[]) =>
    errors.push(new CaseError(file, `case ${JSON.stringify(c.name)}: ${msg}`, hint, lineAt(path) ?? line));
  if ((c.prompt === undefined) === (c.messages === undefined))
    at(
      c.prompt === undefined ? 'has no prompt' : 'has both prompt and messages',
      'Give either prompt (one user message) or messages (a list of {role, content}), not both',
      []
    );
  const messages: Message[] = c.messages ?? (c.prompt !== undefined ? [{ role: 'user', content: c.prompt }] : []);
  if (!rules.lastMayBeAssistant && messages.at(-1)?.role === 'assistant')
    at(
      'ends with an assistant message, which the Doubao context chat refuses',
      'End the messages with a user turn (the question the model should answer)',
      ['messages', messages.length - 1]
    );
  // The expected fields as the file wrote them: zod's record rebuilds the object by assignment,
  // which turns a `__proto__` field into a prototype and so drops its check.
  const expect: Record<string, unknown> = { ...(c.expect ?? {}) };
  if (expect['json'] !== undefined && expect['json'] !== true) expect['json'] = rawJson(raw);
  if (errors.length) return errors;
  // Only the keys given, in table order: a report lists them as the file did.
  return {
    name: c.name,
    file,
    line,
    messages,
    expect: Object.fromEntries(EXPECTATION_KEYS.filter((k) => expect[k] !== undefined).map((k) => [k, expect[k]]))
  };
}

const EXPECT_HINT = `Expectations are ${EXPECTATION_KEYS.join(', ')}; lists of text for contains, icontains and not-contains`;

/** `expect.json` of a raw case that passed the schema (so a plain object). */
function rawJson(raw: unknown): Readonly<Record<string, unknown>> {
  return (raw as { expect: { json: Record<string, unknown> } }).expect.json;
}
const REGEX_HINT =
  'Write a JavaScript regular expression; a leading (?i) makes it case-insensitive, and YAML needs single quotes around backslashes';

/** The value checks of every expectation whose value its own schema takes, on the raw case. */
function expectationProblems(raw: unknown): { key: string; problem: string }[] {
  const expect = (raw as { expect?: unknown } | null)?.expect;
  if (typeof expect !== 'object' || expect === null || Array.isArray(expect)) return [];
  const out: { key: string; problem: string }[] = [];
  for (const e of EXPECTATIONS) {
    const value = (expect as Record<string, unknown>)[e.key];
    if (value === undefined || !e.problem) continue;
    const parsed = e.schema.safeParse(value);
    const problem = parsed.success ? e.problem(parsed.data) : undefined;
    if (problem) out.push({ key: e.key, problem });
  }
  return out;
}

function unknownKey(key: string, path: (string | number)[]): string {
  const inExpect = path[0] === 'expect';
  const known = inExpect ? EXPECTATION_KEYS : path[0] === 'messages' ? ['role', 'content'] : CASE_KEYS;
  const guess = suggest(key, known);
  return `unknown ${inExpect ? 'expectation' : 'key'} ${JSON.stringify(key)}${guess ? ` (did you mean ${guess}?)` : ''}`;
}

function describeIssue(issue: z.core.$ZodIssue, path: (string | number)[], who: string): string {
  if (path.length === 0) return `${who}is not a case object`;
  return `${who}${path.join('.')} ${issue.message}`;
}

function hintFor(path: (string | number)[]): string {
  if (path[0] === 'expect') return EXPECT_HINT;
  if (path[0] === 'messages') return `Each message needs a role (${ROLES.join(', ')}) and non-empty text content`;
  return 'A case has a name, a prompt (or messages) and expect';
}
