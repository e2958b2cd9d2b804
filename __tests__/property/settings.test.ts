// Any string for any input either validates into Settings that are safe to send, or fails with
// InputErrors whose every error names a declared input: never another exception, never a line
// break in the message, never the key's value. Inputs are taken from INPUT_NAMES, so inputs added
// later are fuzzed too (starting from their action.yml default).
import { createUrl } from '../../src/gateway/create.js';
import fc from 'fast-check';
import { InputErrors } from '../../src/errors.js';
import { INPUT_NAMES, ROLES, readSettings, type InputName, type Role } from '../../src/actions/create/inputs.js';
import { parseVars } from '../../src/prompt/template.js';
import { actionInputs } from '../helpers/run-action.js';
import { NASTY } from '../helpers/nasty.js';

/** Cases each property runs; the totals are in the test names. */
export const RUNS = { allInputs: 3000, oneInput: 300, vars: 1000 } as const;

// Values each input accepts (and a few near misses); inputs not listed get their default.
const VALID: Partial<Record<string, readonly string[]>> = {
  model: ['gemini-2.5-flash', 'Doubao-1.5-pro-32k', 'doubao-pro-32k', 'mistral-large', 'vendor/model@v2', ''],
  'prompt-file': ['prompts/system.md', 'p.json', 'prompts/*.md', 'a.md\nb.yaml', ''],
  'api-key': ['sk-0123456789abcdef', 'AIzaSyA-0123456789', ''],
  'base-url': [
    '',
    'https://gateway.theturbo.ai',
    'https://gateway.serevixai.ai/v1/',
    'http://127.0.0.1:8080',
    'http://localhost:1/v1/context/create',
    'http://[::1]:9/'
  ],
  ttl: ['', '3600', '60', '604800', '86400'],
  mode: ['', 'session', 'common_prefix'],
  role: ['', ...ROLES],
  'env-var': ['', 'CONTEXT_CACHE_ID', 'my_cache', '_X1'],
  timeout: ['', '120', '0.5', '3600'],
  'max-attempts': ['', '1', '3', '10'],
  'dry-run': ['', 'true', 'false', 'TRUE', 'False'],
  vars: ['', 'name: x', 'a: |\n  two\n  lines']
};
const defaults = actionInputs();
const validFor = (name: string): readonly string[] => VALID[name] ?? [defaults[name] ?? ''];

const junk = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(...NASTY),
  fc.oneof(fc.integer(), fc.double(), fc.bigInt()).map(String),
  fc.string({ maxLength: 2000 })
);

/** Any string, weighted towards the interesting ones: valid values, valid values with junk in them. */
function valueFor(name: string): fc.Arbitrary<string> {
  const valid = fc.constantFrom(...validFor(name));
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    { weight: 3, arbitrary: junk },
    {
      weight: 2,
      arbitrary: fc.tuple(valid, junk, fc.nat()).map(([v, j, at]) => v.slice(0, at % (v.length + 1)) + j + v.slice(at % (v.length + 1)))
    },
    { weight: 1, arbitrary: fc.tuple(valid, fc.constantFrom(...NASTY)).map(([v, n]) => `${n}${v}${n}`) }
  );
}

const allInputs = fc.record(
  Object.fromEntries(INPUT_NAMES.map((name) => [name, valueFor(name)])) as Record<InputName, fc.Arbitrary<string>>
);

const RESERVED = /^(PATH|NODE_OPTIONS|BASH_ENV|ENV|HOME|SHELL|IFS|HTTPS?_PROXY|NO_PROXY)$|^(GITHUB_|RUNNER_|ACTIONS_|LD_|NODE_|INPUT_)/;

/** Read as the action reads them (getInput trims), or raw: both must hold. */
function attempt(
  inputs: Record<string, string>,
  trim: boolean
): { ok: true; settings: Record<string, unknown> } | { ok: false; error: InputErrors } {
  try {
    const { settings } = readSettings((name) => (trim ? (inputs[name] ?? '').trim() : (inputs[name] ?? '')));
    return { ok: true, settings: settings as unknown as Record<string, unknown> };
  } catch (e) {
    if (e instanceof InputErrors) return { ok: false, error: e };
    throw e; // anything else is a bug: fast-check shrinks it and shows the input
  }
}

/** A cheap assertion for hot loops (jest's expect costs more than the code under test here). */
function check(ok: unknown, what: string, value?: unknown): void {
  if (!ok) throw new Error(`${what}${value === undefined ? '' : `: ${JSON.stringify(value)}`}`);
}

/** Settings that validated are safe to act on: nothing that could break a header, a URL or the env file. */
function checkSafeSettings(s: Record<string, unknown>): void {
  const url = createUrl(String(s['baseUrl']));
  const endpoint = new URL(url);
  check(endpoint.href === url, 'endpoint is not a normalised URL', url);
  check(endpoint.pathname.endsWith('/v1/context/create'), 'endpoint is not the create endpoint', url);
  check(endpoint.username + endpoint.password === '', 'endpoint has credentials', url);
  check(endpoint.search + endpoint.hash === '', 'endpoint has a query or fragment', url);
  check(
    endpoint.protocol === 'https:' || (endpoint.protocol === 'http:' && /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(endpoint.hostname)),
    'plain http to a host that is not loopback',
    url
  );
  check(/^[\x21-\x7e]*$/.test(String(s['apiKey'])), 'the key could break the Authorization header');
  check(s['dryRun'] || s['apiKey'] !== '', 'an empty key outside a dry run');
  const model = (s['model'] as { id: string }).id;
  check(/^[A-Za-z0-9][A-Za-z0-9._:/@+-]*$/.test(model) && model.length <= 128, 'model is not a model id', model);
  const ttl = s['ttl'];
  check(ttl === undefined || (Number.isSafeInteger(ttl) && (ttl as number) > 0), 'ttl', ttl);
  check(s['mode'] === undefined || ['session', 'common_prefix'].includes(s['mode'] as string), 'mode', s['mode']);
  check(ROLES.includes(s['role'] as Role), 'role', s['role']);
  const envVar = String(s['envVar']);
  check(/^[A-Za-z_][A-Za-z0-9_]*$/.test(envVar) && !RESERVED.test(envVar.toUpperCase()), 'env-var', envVar);
  const timeout = s['timeoutMs'] as number;
  check(Number.isFinite(timeout) && timeout > 0 && timeout <= 3_600_000, 'timeout', timeout);
  const attempts = s['maxAttempts'] as number;
  check(Number.isInteger(attempts) && attempts >= 1 && attempts <= 10, 'max-attempts', attempts);
  check(typeof s['dryRun'] === 'boolean', 'dry-run', s['dryRun']);
  const files = (s['promptFiles'] ?? [s['promptFile']]) as string[];
  check(files.length > 0 && files.every((f) => typeof f === 'string' && f !== '' && !f.includes('\0')), 'prompt-file', files);
}

/** Every error names a declared input, in one line, and never shows the key. */
function checkNamedErrors(error: InputErrors, inputs: Record<string, string>, only?: string): void {
  check(error.errors.length > 0, 'InputErrors without errors');
  for (const e of error.errors) {
    check((INPUT_NAMES as readonly string[]).includes(e.input), 'an error names no declared input', e.input);
    check(only === undefined || e.input === only, `an error names ${e.input}, not ${only}`, e.message);
    check(e.message.startsWith(`Input '${e.input}'`), 'the message does not start with the input', e.message);
    check(!/[\r\n]/.test(e.describe()), 'a line break in the message', e.describe());
  }
  check(!/[\r\n]/.test(error.describe()), 'a line break in the message', error.describe());
  const key = (inputs['api-key'] ?? '').trim();
  const elsewhere = Object.entries(inputs).some(([name, v]) => name !== 'api-key' && v.includes(key));
  if (key.length >= 8 && !elsewhere)
    for (const e of [error, ...error.errors]) check(!e.describe().includes(key), 'the key is in the message', e.describe());
}

test(`every input at once, ${RUNS.allInputs} cases (raw and trimmed): Settings that are safe, or errors that each name an input`, () => {
  fc.assert(
    fc.property(allInputs, (inputs) => {
      for (const trim of [true, false]) {
        const r = attempt(inputs, trim);
        if (r.ok) checkSafeSettings(r.settings);
        else checkNamedErrors(r.error, inputs);
      }
    }),
    { numRuns: RUNS.allInputs }
  );
});

// One input fuzzed, the others valid (and free of rules that tie two inputs together): any
// error must then name that input.
const BASELINE: Record<string, string> = {
  ...defaults,
  model: 'gemini-2.5-flash',
  'prompt-file': 'prompts/system.md',
  'api-key': 'sk-0123456789abcdef',
  ttl: '',
  mode: ''
};
test.each(INPUT_NAMES.map((n) => [n]))(`only %s fuzzed, ${RUNS.oneInput} cases: valid, or an error naming it`, (name) => {
  fc.assert(
    fc.property(valueFor(name), (value) => {
      const inputs = { ...BASELINE, [name]: value };
      const r = attempt(inputs, true);
      if (r.ok) checkSafeSettings(r.settings);
      else checkNamedErrors(r.error, inputs, name);
    }),
    { numRuns: RUNS.oneInput }
  );
});

test(`vars: any text, ${RUNS.vars} cases: a mapping of names to text, or an error naming vars`, async () => {
  const yamlish = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.constant(null))).map((d) =>
      Object.entries(d)
        .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
        .join('\n')
    ),
    // Aliases to no anchor, alias bombs, duplicate keys, tags, directives.
    fc.constantFrom(
      'a: &x [1]\nb: *x',
      '*a',
      'a: *x',
      'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      '- a\n- b',
      'a: {b: 1}',
      '? [a]\n: b',
      'a: 1\na: 2',
      '%YAML 1.2\n---\na: 1',
      '!!binary x'
    )
  );
  await fc.assert(
    fc.asyncProperty(yamlish, async (text) => {
      try {
        const vars = await parseVars(text);
        for (const [name, value] of vars) {
          check(/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name), 'a var name', name);
          check(typeof value === 'string', 'a var value', value);
        }
      } catch (e) {
        check(
          (e as { input?: string }).input === 'vars' && (e as Error).message.startsWith("Input 'vars'"),
          'not an error naming vars',
          String(e)
        );
      }
    }),
    { numRuns: RUNS.vars }
  );
});
