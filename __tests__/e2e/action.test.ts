// dist/index.js run as the runner runs it (see helpers/run-action.ts) against the gateway emulator.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startGateway, type Gateway } from '../../emulator/gateway.js';
import { leaksBeforeMask, runAction, type ActionRun } from '../helpers/run-action.js';
import { announcedBoundMs, loggedWaitsMs } from '../helpers/leaks.js';

const KEY = 'sk-e2e-0123456789abcdef';
const LONG_PROMPT = `You are a strict grader for our prompt-regression suite.\n${'Rubric line. '.repeat(400)}`;

let gw: Gateway;
beforeAll(async () => {
  gw = await startGateway({ apiKey: KEY });
});
afterAll(() => gw.close());
beforeEach(() => gw.reset());

function run(inputs: Record<string, string>, extra: { files?: Record<string, string | Buffer>; env?: Record<string, string> } = {}) {
  return runAction({
    inputs: { 'api-key': KEY, 'base-url': gw.url, 'prompt-file': 'prompts/system.md', ...inputs },
    files: { 'prompts/system.md': LONG_PROMPT, ...extra.files },
    env: extra.env
  });
}

function expectNoStackTrace(r: ActionRun) {
  const all = `${r.stdout}\n${r.stderr}`;
  expect(all).not.toMatch(/^\s+at .+[:(]\d+:\d+\)?$/m);
  expect(all).not.toMatch(/node:internal|dist\/index\.js:\d+/);
}

function errors(r: ActionRun): string[] {
  return r.stdout.split('\n').filter((l) => l.startsWith('::error'));
}

describe('happy paths', () => {
  test('Gemini: outputs, masked env var and summary', async () => {
    const before = Date.now();
    const r = await run({ model: 'gemini-2.5-flash', ttl: '600' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(gw.requests).toHaveLength(1);
    const [id] = [...gw.caches.keys()];
    expect(r.outputs['context-id']).toBe(id);
    expect(r.outputs).toMatchObject({ ttl: '600', model: 'gemini-2.5-flash', mode: '' });
    const expires = Date.parse(r.outputs['expires-at']!);
    expect(expires).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 600_000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 600_000);
    expect(r.outputs['expires-at']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const usage = JSON.parse(r.outputs['usage']!);
    expect(String(usage.prompt_tokens)).toBe(r.outputs['prompt-tokens']);
    expect(Number(r.outputs['estimated-tokens'])).toBeGreaterThan(1000);
    // The ttl too (issue 7): not masked, so later steps can read both from the environment.
    expect(r.env).toEqual({ CONTEXT_CACHE_ID: id, CONTEXT_CACHE_TTL: '600', CONTEXT_CACHE_MODEL: expect.any(String) });
    expect(r.stdout).not.toContain('::add-mask::600');
    expect(r.stdout).toMatch(/Its id is in \$CONTEXT_CACHE_ID, its ttl in \$CONTEXT_CACHE_TTL, its model in \$CONTEXT_CACHE_MODEL\./);
    // The key is masked first of all, the id before it is written anywhere.
    expect(r.stdout.split('\n')[0]).toBe(`::add-mask::${KEY}`);
    expect(leaksBeforeMask(r, KEY)).toEqual([]);
    expect(leaksBeforeMask(r, id!)).toEqual([]);
    expect(r.stdout.split('\n').filter((l) => l.includes(KEY))).toEqual([`::add-mask::${KEY}`]);
    // Summary: a table, and no id even masked.
    expect(r.summary).toMatch(/<h3>Context cache created<\/h3>/);
    expect(r.summary).toMatch(/<td>Model<\/td><td>gemini-2.5-flash<\/td>/);
    expect(r.summary).toMatch(/<td>Attempts<\/td><td>1<\/td>/);
    expect(r.summary).not.toContain(id!);
    expect(r.summary).not.toContain(KEY);
  });

  test('Doubao: mode and ttl reach the gateway; mode comes back as an output', async () => {
    const r = await run({ model: 'Doubao-1.5-pro-32k', ttl: '7200', mode: 'common_prefix', 'env-var': 'EVAL_CACHE' });
    expect(r.code).toBe(0);
    expect(gw.requests[0]!.json).toMatchObject({ model: 'Doubao-1.5-pro-32k', mode: 'common_prefix', ttl: 7200 });
    expect(r.outputs['context-id']).toMatch(/^ctx-/);
    expect(r.outputs).toMatchObject({ ttl: '7200', mode: 'common_prefix' });
    expect(r.env).toEqual({ EVAL_CACHE: r.outputs['context-id'], EVAL_CACHE_TTL: '7200', EVAL_CACHE_MODEL: 'Doubao-1.5-pro-32k' });
  });

  test('a JSON prompt file sends its messages as they are', async () => {
    const messages = [
      { role: 'system', content: 'Grade strictly.' },
      { role: 'user', content: 'Here are the examples: …' }
    ];
    const r = await run({ model: 'Doubao-pro-32k', 'prompt-file': 'p.json' }, { files: { 'p.json': JSON.stringify({ messages }) } });
    expect(r.code).toBe(0);
    expect(gw.requests[0]!.json).toEqual({ model: 'Doubao-pro-32k', messages });
  });

  test('a retried 503 still succeeds, and the retry is logged', async () => {
    gw.enqueue({ status: 503 });
    const r = await run({ model: 'gemini-2.5-flash' });
    expect(r.code).toBe(0);
    expect(gw.requests).toHaveLength(2);
    expect(r.stdout).toMatch(
      /^attempt 1 of 3 failed: POST http:\/\/127\.0\.0\.1:\d+\/v1\/context\/create failed with HTTP 503: .*; retrying in \d\.\d s$/m
    );
    expect(r.summary).toMatch(/<td>Attempts<\/td><td>2<\/td>/);
  });

  test('an unknown model is sent, with a warning', async () => {
    const r = await run({ model: 'gemini-exp-9000' });
    expect(r.code).toBe(0);
    const r2 = await run({ model: 'mistral-large' });
    expect(r2.code).toBe(0);
    expect(r2.stdout).toMatch(/^::warning::Model 'mistral-large' is not in this action's catalog/m);
  });

  test('a typo in a model of a known family warns, with a did-you-mean (issue 7)', async () => {
    const r = await run({ model: 'gemini-2.5-flsh' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^::warning::Model 'gemini-2\.5-flsh' is not one the gateway's pages list; it is sent as given, with the Gemini rules\. Did you mean gemini-2\.5-flash\?$/m
    );
    expect(gw.requests[0]!.json).toMatchObject({ model: 'gemini-2.5-flsh' });
  });

  test('Gemini with mode: a warning, and mode is not sent', async () => {
    const r = await run({ model: 'gemini-2.5-pro', mode: 'session' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::warning::Input 'mode' is ignored for Gemini models/);
    expect(gw.requests[0]!.json).not.toHaveProperty('mode');
  });

  test('a prompt below the Gemini minimum warns but is sent; the refusal is then said plainly, once', async () => {
    const r = await run({ model: 'gemini-3-pro-preview' }, { files: { 'prompts/system.md': 'Short prompt.' } });
    expect(r.stdout).toMatch(
      /::warning title=Prompt may be too small to cache,file=prompts\/system\.md::The prompt is about \d+ tokens; gemini-3-pro-preview caches only prompts of at least ~4096 tokens/
    );
    expect(gw.requests).toHaveLength(1);
    // The emulator refuses it as upstream does: one explanation, with the server's figures and ours.
    expect(r.code).toBe(1);
    expect(errors(r)).toEqual([
      expect.stringMatching(
        /^::error::The gateway refused the cache: the prompt is too small to cache \(it counted \d+ tokens and its minimum is 4096; this action estimated \d+\)\. POST .*\. Add content to the prompt to reach 4096 tokens/
      )
    ]);
  });

  test('dry run: validates, describes the request, sends nothing, needs no key', async () => {
    const r = await run({ model: 'Doubao-1.5-lite-32k', 'api-key': '', 'dry-run': 'true', ttl: '3600' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /Dry run: would POST http:\/\/127\.0\.0\.1:\d+\/v1\/context\/create with model Doubao-1\.5-lite-32k, 1 message\(s\) \(#1 system \d+ chars\), ttl 3600, mode not sent\. Nothing was sent\./
    );
    expect(gw.requests).toHaveLength(0);
    expect(r.outputs).toEqual({});
  });
});

describe('failures: a clear ::error::, nothing leaked, no stack trace', () => {
  test.each([
    [{ ttl: 'soon' }, /^::error title=Invalid input 'ttl'::Input 'ttl': "soon" is not a whole number of seconds above 0\. Set ttl to/],
    [
      { model: 'Doubao-pro-32k', ttl: '60' },
      /^::error title=Invalid input 'ttl'::Input 'ttl': 60 is outside the Doubao range 3600–604800 seconds/
    ],
    [{ 'base-url': 'http://gateway.theturbo.ai' }, /Input 'base-url': "http:\/\/gateway\.theturbo\.ai" uses plain http/],
    [{ 'env-var': 'GITHUB_PATH' }, /Input 'env-var': "GITHUB_PATH" is reserved/],
    [{ 'env-var': 'SHELLOPTS' }, /Input 'env-var': "SHELLOPTS" is reserved: SHELLOPTS is read by shells or tools/],
    [{ 'max-attempts': '0' }, /Input 'max-attempts': "0" is not a whole number from 1 to 10/],
    [{ 'prompt-file': 'missing.md' }, /^::error title=Invalid input 'prompt-file'::Input 'prompt-file': "missing\.md" does not exist/],
    [{ 'prompt-file': 'prompts' }, /Prompt file 'prompts': is a directory/]
  ])('invalid input %j: fails before sending anything', async (inputs, why) => {
    const r = await run({ model: 'gemini-2.5-flash', ...inputs });
    expect(r.code).toBe(1);
    expect(errors(r)).toEqual([expect.stringMatching(why)]);
    expect(gw.requests).toHaveLength(0);
    expect(r.outputs).toEqual({});
    expect(r.env).toEqual({});
    expectNoStackTrace(r);
  });

  test('several bad inputs are all reported at once', async () => {
    const r = await run({ model: '', 'prompt-file': '', ttl: '-1', role: 'bot' });
    expect(r.code).toBe(1);
    const lines = errors(r);
    for (const input of ['model', 'prompt-file', 'ttl', 'role'])
      expect(lines.filter((l) => l.includes(`Input '${input}'`)).length).toBeGreaterThan(0);
    expect(lines.at(-1)).toMatch(/4 inputs are invalid: 'model', 'prompt-file', 'ttl', 'role'/);
    expect(gw.requests).toHaveLength(0);
  });

  test('invalid JSON in the prompt file is annotated at its line', async () => {
    const r = await run(
      { model: 'gemini-2.5-flash', 'prompt-file': 'p.json' },
      { files: { 'p.json': '[\n {"role": "system",\n  "content": "a",,}\n]' } }
    );
    expect(r.code).toBe(1);
    expect(errors(r)[0]).toMatch(
      /^::error title=Invalid prompt file,file=p\.json,line=3,col=\d+::Prompt file 'p\.json': is not valid JSON at line 3/
    );
    expect(gw.requests).toHaveLength(0);
  });

  test('a key with a line break (header injection) is refused and not shown', async () => {
    const bad = `${KEY}\r\nX-Evil: 1`;
    const r = await run({ model: 'gemini-2.5-flash', 'api-key': bad });
    expect(r.code).toBe(1);
    expect(errors(r)[0]).toMatch(/Input 'api-key': contains whitespace or a control character/);
    expect(gw.requests).toHaveLength(0);
    expect(r.stdout.split('\n').slice(1).join('\n')).not.toContain(KEY);
  });

  test('401: the status, the URL and the gateway’s words; the key stays masked', async () => {
    const r = await run({ model: 'gemini-2.5-flash', 'api-key': 'sk-not-the-right-key' });
    expect(r.code).toBe(1);
    expect(errors(r)).toEqual([
      expect.stringMatching(
        /^::error::POST http:\/\/127\.0\.0\.1:\d+\/v1\/context\/create failed with HTTP 401: invalid_api_key \(invalid_request_error\): .*\. Check api-key/
      )
    ]);
    expect(gw.requests).toHaveLength(1);
    expect(leaksBeforeMask(r, 'sk-not-the-right-key')).toEqual([]);
    expect(r.outputs).toEqual({});
    expectNoStackTrace(r);
  });

  test('a hang with a short timeout fails within the announced bound', async () => {
    gw.enqueue({ hang: true }, { hang: true });
    const r = await run({ model: 'gemini-2.5-flash', timeout: '0.5', 'max-attempts': '2' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/up to 2 attempt\(s\) of 0\.5 s, 61\.0 s at most in all/);
    expect(r.stdout).toMatch(/^attempt 1 of 2 failed: .*no response within 0\.5 s; retrying in/m);
    expect(errors(r)[0]).toMatch(/no response within 0\.5 s\. Raise timeout/);
    expect(gw.requests).toHaveLength(2);
    // Each attempt was cut at its timeout: both say so (above), the run ended (an uncut hang lasts
    // until the emulator closes, and the runner gives up at 20 s), the second arrival came after
    // the first, and the bound it announced covers the two attempts and the wait it logged: the
    // log's own figures, not a race with the clock (the emulator stamps arrivals when this
    // process gets to them, late on a busy machine).
    expect(gw.requests[1]!.at).toBeGreaterThanOrEqual(gw.requests[0]!.at);
    const waits = loggedWaitsMs(r);
    expect(waits).toHaveLength(1);
    expect(2 * 500 + waits[0]!).toBeLessThanOrEqual(announcedBoundMs(r)!);
    expect(r.elapsedMs).toBeLessThan(10 * (2 * 500 + waits[0]!) + 10_000); // only a hang comes near
    expectNoStackTrace(r);
  });

  test('a 200 without an id fails the step and shows what came back', async () => {
    gw.enqueue({ json: { error: { message: 'upstream refused', type: 'upstream_error' } } });
    const r = await run({ model: 'gemini-2.5-flash' });
    expect(r.code).toBe(1);
    expect(errors(r)[0]).toMatch(/answered HTTP 200 but with no cache id; the gateway said: upstream_error: upstream refused/);
    expect(r.outputs).toEqual({});
  });

  test('with debug logging on, the settings are logged without the key', async () => {
    const r = await run({ model: 'gemini-2.5-flash' }, { env: { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^::debug::settings: .*"apiKey":"\(set, masked\)"/m);
    expect(r.stdout).toMatch(/^::debug::timings: /m);
    expect(r.stdout.split('\n').filter((l) => l.includes(KEY))).toEqual([`::add-mask::${KEY}`]);
    expect(leaksBeforeMask(r, r.outputs['context-id']!)).toEqual([]);
  });
});

describe('an empty key explains where secrets are withheld', () => {
  async function emptyKeyRun(event: object, env: Record<string, string>) {
    const dir = await import('node:os').then((os) => os.tmpdir());
    const eventPath = join(dir, `event-${process.pid}-${Math.random()}.json`);
    await writeFile(eventPath, JSON.stringify(event));
    return run({ model: 'gemini-2.5-flash', 'api-key': '' }, { env: { GITHUB_EVENT_PATH: eventPath, ...env } });
  }

  test('a pull request from a fork', async () => {
    const r = await emptyKeyRun(
      { pull_request: { head: { repo: { fork: true, full_name: 'someone/fork' } }, base: { repo: { full_name: 'org/repo' } } } },
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_ACTOR: 'someone' }
    );
    expect(r.code).toBe(1);
    expect(errors(r)[0]).toMatch(/Input 'api-key': is empty\..*pull request from a fork.*dry-run: true/);
    expect(gw.requests).toHaveLength(0);
  });

  test('a pull request from a deleted fork (head.repo is null)', async () => {
    const r = await emptyKeyRun(
      { pull_request: { head: { repo: null }, base: { repo: { full_name: 'org/repo' } } } },
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_ACTOR: 'someone' }
    );
    expect(errors(r)[0]).toMatch(/pull request from a fork/);
  });

  test('pull_request_target gets secrets even from forks: no fork hint there', async () => {
    const r = await emptyKeyRun(
      { pull_request: { head: { repo: { fork: true, full_name: 'someone/fork' } }, base: { repo: { full_name: 'org/repo' } } } },
      { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_ACTOR: 'someone' }
    );
    expect(r.code).toBe(1);
    expect(errors(r)[0]).toMatch(/Input 'api-key': is empty\. Pass the gateway key from a secret/);
    expect(errors(r)[0]).not.toMatch(/fork/);
  });

  test('Dependabot', async () => {
    const r = await emptyKeyRun({}, { GITHUB_EVENT_NAME: 'push', GITHUB_ACTOR: 'dependabot[bot]' });
    expect(r.code).toBe(1);
    expect(errors(r)[0]).toMatch(/Dependabot/);
  });

  test('a push with no key: the plain secret hint only', async () => {
    const r = await emptyKeyRun({}, { GITHUB_EVENT_NAME: 'push', GITHUB_ACTOR: 'alice' });
    expect(r.code).toBe(1);
    expect(errors(r)[0]).toMatch(/Input 'api-key': is empty\. Pass the gateway key from a secret/);
    expect(errors(r)[0]).not.toMatch(/fork|Dependabot/);
  });
});
