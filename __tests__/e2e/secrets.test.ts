// Secrets and hostile settings, through dist/index.js as the runner runs it: a gateway that
// echoes the key, env-var names that would change later steps, line breaks (header injection)
// in every input, hostile ids from the gateway, and the empty key on fork/Dependabot runs.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGateway, type Fault, type Gateway } from '../../emulator/gateway.js';
import { errorLines, expectNoLeak, expectNoStackTrace } from '../helpers/leaks.js';
import { actionInputs, runAction, type ActionRun } from '../helpers/run-action.js';
import { inPool } from '../helpers/pool.js';

const KEY = 'sk-secrets-0123456789abcdef';
const DEBUG = { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' };
// Above Gemini's 1,024-token minimum, which the emulator enforces as upstream does.
const PROMPT = `You are a strict grader.\n${'Grade each answer against the rubric. '.repeat(150)}`;

let gw: Gateway;
beforeAll(async () => {
  gw = await startGateway({ apiKey: KEY });
});
afterAll(() => gw.close());
beforeEach(() => gw.reset());

function run(
  inputs: Record<string, string>,
  extra: { env?: Record<string, string>; files?: Record<string, string> } = {}
): Promise<ActionRun> {
  return runAction({
    inputs: {
      model: 'gemini-2.5-flash',
      'prompt-file': 'p.md',
      'api-key': KEY,
      'base-url': gw.url,
      'max-attempts': '1',
      timeout: '5',
      ...inputs
    },
    files: extra.files ?? { 'p.md': PROMPT },
    env: { ...DEBUG, ...extra.env }
  });
}

describe('a gateway that echoes the key', () => {
  // The key is masked first of all; then the action also keeps it out of its own error line.
  const echoes: [string, Fault][] = [
    [
      'an OpenAI-style error message',
      {
        status: 401,
        body: { error: { message: `Incorrect API key provided: ${KEY}`, type: 'invalid_request_error', code: 'invalid_api_key' } }
      }
    ],
    ['an Ark-style error message', { ark: { status: 401, code: 'AuthenticationError', message: `The API key ${KEY} is invalid.` } }],
    ['a Google-style error message', { google: { status: 403, message: `API key not valid: ${KEY}` } }],
    ['a plain-text body', { status: 400, body: `bad key: Bearer ${KEY}` }],
    ['an HTML page', { html: `<html><body><h1>Forbidden</h1><p>Authorization: Bearer ${KEY}</p></body></html>`, status: 403 }],
    ['a 200 without an id', { json: { error: { message: `quota exceeded for ${KEY}` } } }],
    ['a redirect Location', { redirect: `https://elsewhere.example/login?key=${encodeURIComponent(KEY)}` }],
    ['a retried 503, then a 500', { status: 503, body: { error: { message: `upstream saw ${KEY}` } } }]
  ];

  test.each(echoes)('in %s: the ::add-mask:: comes first, and the error shows *** instead', async (_what, fault) => {
    gw.enqueue(fault, { status: 500, body: { error: { message: `still ${KEY}` } } });
    const r = await run({ 'max-attempts': '2' });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe(`::add-mask::${KEY}`);
    expect(errorLines(r)).toHaveLength(1);
    expect(errorLines(r)[0]).toContain('***');
    expectNoLeak(r, { key: KEY });
    expectNoStackTrace(r);
  });
});

describe('env-var cannot change how later steps run', () => {
  const refused = [
    'PATH',
    'Path',
    'NODE_OPTIONS',
    'node_options',
    'LD_PRELOAD',
    'LD_LIBRARY_PATH',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'github_token',
    'RUNNER_TEMP',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'BASH_ENV',
    'HTTPS_PROXY',
    // Issue 7, item 8: an id of `xtrace:verbose` in SHELLOPTS would trace every later bash step.
    'SHELLOPTS',
    'BASHOPTS',
    'OPENSSL_CONF',
    'LESSOPEN',
    'XDG_CONFIG_HOME',
    'CORECLR_PROFILER_PATH',
    'GLIBC_TUNABLES',
    'SSLKEYLOGFILE',
    'CACHE=PATH',
    'A=B',
    'FOO\nPATH',
    'FOO\r\nBAR',
    'CACHE ID',
    'CACHE-ID',
    '1CACHE',
    'CACHE\u00a0ID'
  ];

  test(`${refused.length} reserved or malformed names are refused, naming env-var, with nothing sent and nothing exported`, async () => {
    const runs = await inPool(refused, 4, (name) => run({ 'env-var': name }).then((r) => ({ name, r })));
    for (const { name, r } of runs) {
      const context = JSON.stringify(name);
      expect([context, r.code]).toEqual([context, 1]);
      expect([context, errorLines(r)]).toEqual([
        context,
        [expect.stringMatching(/^::error title=Invalid input 'env-var'::Input 'env-var': /)]
      ]);
      expect([context, r.env, r.outputs]).toEqual([context, {}, {}]);
      expectNoLeak(r, { key: KEY });
      expectNoStackTrace(r);
    }
    expect(gw.requests).toHaveLength(0);
  });

  test('a name of your own works, and only it is exported', async () => {
    const r = await run({ 'env-var': 'EVAL_CACHE_ID' });
    expect(r.code).toBe(0);
    expect(r.env).toEqual({ EVAL_CACHE_ID: r.outputs['context-id'], EVAL_CACHE_TTL: '3600', EVAL_CACHE_MODEL: expect.any(String) });
    expectNoLeak(r, { key: KEY, id: r.outputs['context-id'] });
  });
});

describe('header and CRLF injection through any input', () => {
  // Valid values to start from (a Doubao model so that ttl and mode are meaningful); inputs
  // this test does not know yet start from their action.yml default.
  const base = (): Record<string, string> => ({
    ...actionInputs(),
    model: 'Doubao-pro-32k',
    'prompt-file': 'p.md',
    'api-key': KEY,
    'base-url': gw.url,
    ttl: '3600',
    mode: 'session',
    role: 'system',
    'env-var': 'EVAL_CACHE_ID',
    timeout: '5',
    'max-attempts': '1',
    'dry-run': 'false'
  });
  const PAYLOADS = [
    '\r\nX-Injected: 1',
    '\nX-Injected: 1',
    '/\r\nX-Injected: 1', // a URL parser drops the line break: base-url then names another path, and no header
    '\r\n\r\nPOST /smuggled HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Injected: 1\r\nContent-Length: 2\r\n\r\n{}',
    '%0d%0aX-Injected:%201'
  ];
  const names = Object.keys(actionInputs());

  test(`every input (${names.length}) × ${PAYLOADS.length} payloads: refused naming the input, or sent with no injected header and no extra request`, async () => {
    const cases = names.flatMap((name) => PAYLOADS.map((payload) => ({ name, payload })));
    const results = await inPool(cases, 4, async ({ name, payload }) => {
      const g = await startGateway({ apiKey: KEY });
      try {
        const inputs: Record<string, string> = { ...base(), 'base-url': g.url };
        inputs[name] = `${inputs[name]}${payload}`;
        const r = await runAction({ inputs, files: { 'p.md': PROMPT }, env: DEBUG });
        return { name, payload, r, requests: [...g.requests] };
      } finally {
        await g.close();
      }
    });
    const outcomes: string[] = [];
    for (const { name, payload, r, requests } of results) {
      const context = `${name} + ${JSON.stringify(payload)}\n${r.stdout}`;
      expect([context, r.stderr]).toEqual([context, '']);
      expectNoStackTrace(r);
      expectNoLeak(r, { key: KEY, id: r.code === 0 ? r.outputs['context-id'] : undefined });
      const refused = errorLines(r).some((l) => l.includes(`'${name}'`) || (name === 'prompt-file' && l.includes('Prompt file')));
      if (refused) {
        expect([context, r.code, requests.length]).toEqual([context, 1, 0]);
        outcomes.push(`${name}: refused`);
      } else {
        // Accepted (as the runner would: a trimmed, harmless value): at most the one request,
        // to the create endpoint, with no injected header.
        expect([context, requests.length <= 1]).toEqual([context, true]);
        for (const req of requests) {
          expect([context, req.method, req.headers['x-injected']]).toEqual([context, 'POST', undefined]);
          expect([context, req.path]).toEqual([context, expect.stringMatching(/\/v1\/context\/create$/)]);
          expect([context, req.path]).not.toEqual([context, expect.stringContaining('smuggled')]);
          expect(Object.keys(req.headers).sort()).toEqual([
            'accept',
            'authorization',
            'connection',
            'content-length',
            'content-type',
            'host',
            'user-agent'
          ]);
        }
        outcomes.push(`${name}: sent (${r.code === 0 ? 'created' : 'failed at the gateway'})`);
      }
    }
    // A line break in an input that reaches a header (the key) or the body's model is refused outright.
    const breaks = PAYLOADS.filter((p) => /[\r\n]/.test(p)).length;
    for (const name of ['api-key', 'model']) expect(outcomes.filter((o) => o === `${name}: refused`).length).toBeGreaterThanOrEqual(breaks);
  }, 60_000);

  test('a prompt holding a raw HTTP request is sent as JSON text: one request, content intact', async () => {
    const content = `Grade this.\r\n\r\nPOST /v1/context/create HTTP/1.1\r\nHost: x\r\nX-Injected: 1\r\nContent-Length: 2\r\n\r\n{}`;
    // Doubao: a prompt this short is under Gemini's minimum cache size.
    const r = await run(
      { model: 'Doubao-pro-32k', 'prompt-file': 'p.json' },
      { files: { 'p.json': JSON.stringify([{ role: 'system', content }]) } }
    );
    expect(r.code).toBe(0);
    expect(gw.requests).toHaveLength(1);
    expect(gw.requests[0]!.headers['x-injected']).toBeUndefined();
    expect(gw.requests[0]!.json).toMatchObject({ messages: [{ role: 'system', content }] });
    expectNoLeak(r, { key: KEY, id: r.outputs['context-id'] });
  });

  test('a hostile gateway id with line breaks is masked, refused, and adds no outputs or variables', async () => {
    const id = 'ctx-1\nPATH=/tmp/evil\nmodel=evil\nghadelimiter_x';
    gw.enqueue({ json: { id, ttl: 3600 } });
    const r = await run({ model: 'Doubao-pro-32k' });
    expect(r.code).toBe(1);
    expect(errorLines(r)).toEqual([
      expect.stringMatching(
        /^::error::POST .* answered HTTP 200 with a cache id this action cannot hand on: it contains whitespace or control characters\./
      )
    ]);
    expect(r.env).toEqual({});
    expect(r.outputs).toEqual({});
    // Masked the moment the answer yielded it (the runner masks a multi-line secret line by line).
    expect(r.stdout).toContain(`::add-mask::${id.replace(/\n/g, '%0A')}`);
    expect(r.stdout.split('\n').filter((l) => l.includes('PATH=/tmp/evil') && !l.startsWith('::add-mask::'))).toEqual([]);
  });

  test('a hostile mode is ignored with a warning; only the id and its ttl are exported', async () => {
    gw.enqueue({ json: { id: 'ctx-20260101000000-00007', ttl: 3600, mode: 'session\nmodel=evil\nNODE_OPTIONS=--require /tmp/evil.js' } });
    const r = await run({ model: 'Doubao-pro-32k' });
    expect(r.code).toBe(0);
    expect(r.env).toEqual({
      CONTEXT_CACHE_ID: 'ctx-20260101000000-00007',
      CONTEXT_CACHE_TTL: '3600',
      CONTEXT_CACHE_MODEL: expect.any(String)
    });
    expect(r.outputs['mode']).toBe('');
    expect(r.outputs['model']).toBe('Doubao-pro-32k');
    expect(r.stdout).toMatch(/^::warning title=Unexpected gateway answer::The gateway reported mode a string of \d+ characters/m);
    expect(r.summary).not.toMatch(/NODE_OPTIONS|model=evil/);
  });
});

describe('a created cache is handed on, whatever else its answer holds (issue 7, items 6 and 7)', () => {
  test('usage: null, mode: null, "ttl": "3600": the cache is created, its id masked before anything shows it', async () => {
    const id = 'ctx-20260101000000-00042';
    gw.enqueue({ json: { id, usage: null, mode: null, ttl: '3600' } });
    const r = await run({ model: 'Doubao-pro-32k' });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ 'context-id': id, ttl: '3600', mode: '', usage: '{}' });
    expect(r.env).toEqual({ CONTEXT_CACHE_ID: id, CONTEXT_CACHE_TTL: '3600', CONTEXT_CACHE_MODEL: expect.any(String) });
    expect(r.stdout).toMatch(/^::debug::the gateway sent usage as null; read as absent$/m);
    expect(errorLines(r)).toEqual([]);
    expectNoLeak(r, { key: KEY, id });
  });

  test('a 1 MB id is refused before it is exported (it would make every later step fail with E2BIG)', async () => {
    gw.enqueue({ json: { id: `ctx-${'x'.repeat(1_000_000)}`, ttl: 3600 } });
    const r = await run({ model: 'Doubao-pro-32k' });
    expect(r.code).toBe(1);
    expect(errorLines(r)).toEqual([expect.stringMatching(/cannot hand on: it is 1000004 bytes long \(at most 1024\)/)]);
    expect(r.env).toEqual({});
    expect(r.outputs).toEqual({});
    expect(r.stdout.length).toBeLessThan(100_000);
  });

  test('ttl 1e308 and usage nested 10,000 deep: warnings and bounded outputs, not "Unexpected error"', async () => {
    const deep = `${'{"n":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    gw.enqueue({ status: 200, body: `{"id":"ctx-20260101000000-00043","ttl":1e308,"usage":{"prompt_tokens":99,"deep":${deep}}}` });
    const r = await run({ model: 'Doubao-pro-32k' });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/Unexpected error/);
    expect(r.stdout).toMatch(/^::warning title=Unexpected gateway answer::The gateway's ttl \(1e\+308\) is not a whole number of seconds/m);
    expect(r.outputs['ttl']).toBe('86400'); // the Doubao default, as nothing else was asked for
    expect(JSON.parse(r.outputs['usage']!)).toEqual({ prompt_tokens: 99 });
  });
});

describe('file names are escaped in the log (issue 7, item 3)', () => {
  test('a prompt file named with ##[stop-commands] cannot stop command processing', async () => {
    // Added by a pull request, picked up by the workflow's pattern.
    const name = 'p##[stop-commands]tok.md';
    const r = await run({ 'prompt-file': '*.md' }, { files: { [name]: PROMPT } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Prompt: p## \[stop-commands\]tok\.md → 1 message\(s\)/m);
    expect(r.stdout).toMatch(/^::debug::prompt file p## \[stop-commands\]tok\.md: /m);
    expect(r.stdout).not.toContain('##[');
    expectNoLeak(r, { key: KEY, id: r.outputs['context-id'] });
  });
});

describe('an empty key on a fork or Dependabot run points to dry-run', () => {
  async function eventRun(event: object, env: Record<string, string>, inputs: Record<string, string> = {}) {
    const dir = await mkdtemp(join(tmpdir(), 'event-'));
    await writeFile(join(dir, 'event.json'), JSON.stringify(event));
    return run({ 'api-key': '', ...inputs }, { env: { GITHUB_EVENT_PATH: join(dir, 'event.json'), ...env } });
  }
  const forkPr = (head: object) => ({ pull_request: { number: 7, head: { repo: head }, base: { repo: { full_name: 'org/repo' } } } });

  test.each([
    ['the fork flag', forkPr({ fork: true, full_name: 'someone/repo' })],
    ['a head repository other than the base', forkPr({ full_name: 'someone/repo' })]
  ])('a pull request from a fork (%s): secrets are not passed to forks; use dry-run', async (_how, event) => {
    const r = await eventRun(event, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_ACTOR: 'someone' });
    expect(r.code).toBe(1);
    expect(errorLines(r)).toEqual([
      expect.stringMatching(/Input 'api-key': is empty\..*pull request from a fork.*does not pass secrets.*dry-run/)
    ]);
    expect(gw.requests).toHaveLength(0);
    expectNoStackTrace(r);
  });

  test('Dependabot: only Dependabot secrets; use one, or dry-run', async () => {
    const r = await eventRun(
      { pull_request: { number: 8, head: { repo: { full_name: 'org/repo' } }, base: { repo: { full_name: 'org/repo' } } } },
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_ACTOR: 'dependabot[bot]'
      }
    );
    expect(r.code).toBe(1);
    expect(errorLines(r)).toEqual([expect.stringMatching(/Input 'api-key': is empty\..*Dependabot.*Dependabot secret.*dry-run/)]);
    expect(gw.requests).toHaveLength(0);
  });

  test('a pull request from the same repository: no fork or Dependabot hint', async () => {
    const r = await eventRun(forkPr({ fork: false, full_name: 'org/repo' }), { GITHUB_EVENT_NAME: 'pull_request', GITHUB_ACTOR: 'alice' });
    expect(r.code).toBe(1);
    expect(errorLines(r)[0]).toMatch(/Input 'api-key': is empty\. Pass the gateway key from a secret/);
    expect(errorLines(r)[0]).not.toMatch(/fork|Dependabot/);
  });

  test('dry-run on a fork validates the prompt without a key, and sends nothing', async () => {
    const r = await eventRun(
      forkPr({ fork: true, full_name: 'someone/repo' }),
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_ACTOR: 'someone' },
      { 'dry-run': 'true' }
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Dry run: would POST .* Nothing was sent\./);
    expect(gw.requests).toHaveLength(0);
  });
});
