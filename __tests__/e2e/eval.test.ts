// dist/eval/index.js run as the runner runs it (scripts/local-runner.js) against the gateway
// emulator: a passing run on both chat endpoints, a failing run, errors apart from failures, and
// an expired cache.
import { readFile } from 'node:fs/promises';
import { startGateway, type Gateway } from '../../emulator/gateway.js';
import {
  CACHED_PROMPT,
  chatRequests,
  commands,
  createCache,
  findAll,
  KEY,
  parseXml,
  promptOf,
  readResults,
  runEval
} from '../helpers/eval-run.js';
import { leaksBeforeMask, runAction } from '../helpers/run-action.js';

let gw: Gateway;
beforeAll(async () => {
  gw = await startGateway({ apiKey: KEY });
});
afterAll(() => gw.close());
beforeEach(() => gw.reset());

const CASES = `- name: greets
  prompt: Say hello to Ada
  expect:
    contains: Ada
    icontains: EMULATED ANSWER
- name: json answer
  prompt: Give JSON
  expect:
    json: { ok: true }
- name: terse
  messages:
    - role: system
      content: Be terse.
    - role: user
      content: Spell ping
  expect:
    matches: '(?i)^emulated answer to: spell ping$'
    not-contains: pong
`;
const SENT = {
  greets: [{ role: 'user', content: 'Say hello to Ada' }],
  'json answer': [{ role: 'user', content: 'Give JSON' }],
  terse: [
    { role: 'system', content: 'Be terse.' },
    { role: 'user', content: 'Spell ping' }
  ]
};

describe('a passing run', () => {
  test('Gemini: the create step, then eval with its exported CONTEXT_CACHE_ID', async () => {
    gw.setAnswers([{ match: 'Give JSON', reply: { ok: true, n: 1 } }]);
    const created = await runAction({
      inputs: { 'api-key': KEY, 'base-url': gw.url, model: 'gemini-2.5-flash', 'prompt-file': 'prompts/system.md' },
      files: { 'prompts/system.md': CACHED_PROMPT, 'evals/cases.yml': CASES }
    });
    expect(created.code).toBe(0);
    const id = created.env['CONTEXT_CACHE_ID']!;
    expect(id).toBeTruthy();

    // The runner hands GITHUB_ENV to later steps as their environment.
    const r = await runEval(
      gw,
      { model: 'gemini-2.5-flash', 'cases-file': 'evals/cases.yml' },
      { workspace: created.workspace, env: created.env }
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ passed: '3', failed: '0', errored: '0', total: '3', 'pass-rate': '1' });

    // Only the case's own messages go out, with the cache's id: never the cached prompt again.
    const chats = chatRequests(gw);
    expect(chats).toHaveLength(3);
    for (const c of chats) {
      expect(c.path).toBe('/v1/chat/completions');
      expect(c.headers.authorization).toBe(`Bearer ${KEY}`);
      expect(c.body).not.toContain('Rubric line');
      const body = c.json as Record<string, unknown>;
      expect(Object.keys(body).sort()).toEqual(['context_id', 'messages', 'model']);
      expect(body).toMatchObject({ model: 'gemini-2.5-flash', context_id: id });
    }
    const byPrompt = new Map(chats.map((c) => [promptOf(c), (c.json as { messages: unknown }).messages]));
    expect(byPrompt.get('Say hello to Ada')).toEqual(SENT.greets);
    expect(byPrompt.get('Give JSON')).toEqual(SENT['json answer']);
    expect(byPrompt.get('Spell ping')).toEqual(SENT.terse);

    // Tokens: every call read the whole cached prompt from the cache.
    const results = await readResults(r);
    const cached = results.cases.map((c) => c.usage.cachedTokens ?? 0);
    expect(Math.min(...cached)).toBeGreaterThan(1000);
    expect(r.outputs['cached-tokens']).toBe(String(cached.reduce((a, b) => a + b, 0)));
    expect(Number(r.outputs['prompt-tokens'])).toBeGreaterThan(Number(r.outputs['cached-tokens']));
    const share = Number(r.outputs['cached-share']);
    expect(share).toBeGreaterThan(0.9);
    expect(share).toBeLessThan(1);
    expect(r.outputs['completion-tokens']).toBe(String(results.cases.reduce((n, c) => n + (c.usage.completionTokens ?? 0), 0)));

    // The results file: one record per case, in file order, pinned to its line.
    expect(results.format).toBe('context-cache-eval/results@1');
    expect(results.cases.map((c) => [c.name, c.status, c.file, c.line, c.attempts])).toEqual([
      ['greets', 'pass', 'evals/cases.yml', 1, 1],
      ['json answer', 'pass', 'evals/cases.yml', 6, 1],
      ['terse', 'pass', 'evals/cases.yml', 10, 1]
    ]);
    expect(results.cases[1]!.response).toBe('{"ok":true,"n":1}');
    for (const c of results.cases) expect(c.latencyMs).toEqual(expect.any(Number));
    expect(r.outputs['results-file']!.startsWith(r.runnerTemp)).toBe(true);

    // JUnit: well-formed, one testcase per case, classname = the model, the answer in system-out.
    const junit = parseXml(await readFile(r.outputs['junit-file']!));
    const suite = findAll(junit, 'testsuite')[0]!;
    expect(suite.attrs).toMatchObject({ tests: '3', failures: '0', errors: '0' });
    const testcases = findAll(junit, 'testcase');
    expect(testcases.map((t) => [t.attrs['name'], t.attrs['classname']])).toEqual([
      ['greets', 'gemini-2.5-flash'],
      ['json answer', 'gemini-2.5-flash'],
      ['terse', 'gemini-2.5-flash']
    ]);
    expect(findAll(testcases[1]!, 'system-out')[0]!.text).toBe('{"ok":true,"n":1}');
    expect(findAll(junit, 'failure')).toEqual([]);

    expect(r.summary).toContain('Evaluation passed: 3 of 3 cases on gemini-2.5-flash');
    expect(r.summary).toMatch(/\| greets \| ✅ pass \|/);
    // The id is masked before it could show; the key too.
    expect(leaksBeforeMask(r, id)).toEqual([]);
    expect(leaksBeforeMask(r, KEY)).toEqual([]);
  });

  test('Doubao: the context endpoint, with max-tokens and temperature passed through', async () => {
    const id = await createCache(gw, 'Doubao-1.5-pro-32k', { mode: 'common_prefix' });
    const jsonl = [
      '{"name":"one","prompt":"First question","expect":{"contains":"First"}}',
      '',
      '{"name":"two","prompt":"Second question"}'
    ].join('\n');
    const r = await runEval(
      gw,
      {
        model: 'Doubao-1.5-pro-32k',
        'context-id': id,
        'cases-file': 'evals/*.jsonl',
        'max-tokens': '64',
        temperature: '0',
        concurrency: '1'
      },
      { files: { 'evals/cases.jsonl': jsonl } }
    );
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ passed: '2', total: '2', 'pass-rate': '1' });
    const chats = chatRequests(gw);
    expect(chats.map((c) => c.path)).toEqual(['/v1/context/chat/completions', '/v1/context/chat/completions']);
    expect(chats.map((c) => c.json)).toEqual([
      {
        model: 'Doubao-1.5-pro-32k',
        context_id: id,
        messages: [{ role: 'user', content: 'First question' }],
        max_tokens: 64,
        temperature: 0
      },
      {
        model: 'Doubao-1.5-pro-32k',
        context_id: id,
        messages: [{ role: 'user', content: 'Second question' }],
        max_tokens: 64,
        temperature: 0
      }
    ]);
    const results = await readResults(r);
    expect(results.cases.map((c) => [c.name, c.line])).toEqual([
      ['one', 1],
      ['two', 3]
    ]);
    // A case without expectations is allowed, with a warning that it passes whenever answered.
    expect(commands(r.stdout, 'warning').some((w) => /no expectations/.test(w.message))).toBe(true);
  });
});

const TWO = `- name: colour
  prompt: Name a colour
  expect:
    icontains: colour
- name: capital
  prompt: What is the capital of France?
  expect:
    contains: Paris
`;

describe('a failing run', () => {
  test('a failed expectation fails the step, annotated at its case', async () => {
    const id = await createCache(gw, 'gemini-2.5-flash');
    const r = await runEval(
      gw,
      { model: 'gemini-2.5-flash', 'context-id': id, 'cases-file': 'evals/cases.yml' },
      { files: { 'evals/cases.yml': TWO } }
    );
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ passed: '1', failed: '1', errored: '0', total: '2', 'pass-rate': '0.5' });
    const errors = commands(r.stdout, 'error');
    const annotation = errors.find((e) => e.props['title'] === 'Case failed: capital');
    expect(annotation?.props).toMatchObject({ file: 'evals/cases.yml', line: '5' });
    expect(annotation?.message).toContain('contains: expected "Paris", got Emulated answer to: What is the capital of France?');
    expect(errors.some((e) => /Pass rate 50% is below min-pass-rate 100%/.test(e.message))).toBe(true);
    expect(errors.filter((e) => e.props['title'] === 'Case failed: colour')).toEqual([]);

    const junit = parseXml(await readFile(r.outputs['junit-file']!));
    const [failure] = findAll(junit, 'failure');
    expect(failure?.attrs['message']).toBe('contains: expected "Paris"');
    expect(findAll(junit, 'testsuite')[0]!.attrs).toMatchObject({ tests: '2', failures: '1', errors: '0' });
    expect(r.summary).toContain('Evaluation failed: 1 of 2 cases passed');
    expect(r.summary).toMatch(/<details><summary>capital: ❌ fail<\/summary>/);
  });

  test('min-pass-rate 0.5 lets 1 of 2 pass, still annotating the failure', async () => {
    const id = await createCache(gw, 'gemini-2.5-flash');
    const r = await runEval(
      gw,
      { model: 'gemini-2.5-flash', 'context-id': id, 'cases-file': 'evals/cases.yml', 'min-pass-rate': '0.5' },
      { files: { 'evals/cases.yml': TWO } }
    );
    expect(r.code).toBe(0);
    expect(r.outputs['pass-rate']).toBe('0.5');
    expect(commands(r.stdout, 'error').map((e) => e.props['line'])).toEqual(['5']);
    expect(r.summary).toContain('Evaluation passed: 1 of 2 cases');
  });
});

describe('errors, apart from failures', () => {
  const THREE = `${TWO.replace('Paris', 'capital of France')}- name: boom
  prompt: Explode please
  expect:
    contains: never
`;

  test('a case the gateway answers 500 every time is an error, not a failure', async () => {
    gw.setAnswers([{ match: 'Explode', status: 500, reply: 'upstream exploded' }]);
    const id = await createCache(gw, 'gemini-2.5-flash');
    const r = await runEval(
      gw,
      { model: 'gemini-2.5-flash', 'context-id': id, 'cases-file': 'evals/cases.yml', 'max-attempts': '2', 'min-pass-rate': '0.6' },
      { files: { 'evals/cases.yml': THREE } }
    );
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ passed: '2', failed: '0', errored: '1', total: '3' });
    expect(chatRequests(gw).filter((c) => promptOf(c) === 'Explode please')).toHaveLength(2);
    const boom = (await readResults(r)).cases.find((c) => c.name === 'boom')!;
    expect(boom).toMatchObject({ status: 'error', attempts: 2, failures: [] });
    expect(boom.error).toMatch(/500/);
    expect(boom.error).toContain('upstream exploded');
    // An error is a warning at its line, not a failed-case error.
    expect(commands(r.stdout, 'error')).toEqual([]);
    const warning = commands(r.stdout, 'warning').find((w) => w.props['title'] === 'Case errored: boom');
    expect(warning?.props).toMatchObject({ file: 'evals/cases.yml', line: '9' });
    const junit = parseXml(await readFile(r.outputs['junit-file']!));
    expect(findAll(junit, 'testsuite')[0]!.attrs).toMatchObject({ failures: '0', errors: '1' });
    expect(findAll(junit, 'error')[0]?.attrs['type']).toBe('gateway');
    expect(r.summary).toMatch(/\| boom \| ⚠️ error \(2 attempts\) \|/);
  });

  test('every case erroring fails the step, whatever min-pass-rate says', async () => {
    gw.setAnswers([{ match: '/./', status: 503 }]);
    const id = await createCache(gw, 'gemini-2.5-flash');
    const r = await runEval(
      gw,
      { model: 'gemini-2.5-flash', 'context-id': id, 'cases-file': 'evals/cases.yml', 'max-attempts': '1', 'min-pass-rate': '0' },
      { files: { 'evals/cases.yml': TWO } }
    );
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ passed: '0', failed: '0', errored: '2', total: '2' });
    expect(commands(r.stdout, 'error').some((e) => /Every case errored \(2\)/.test(e.message))).toBe(true);
  });
});

describe('an expired cache', () => {
  test('stops the run with a message that says so; the other cases are not sent', async () => {
    const id = await createCache(gw, 'Doubao-1.5-pro-32k', { mode: 'common_prefix' });
    expect(gw.expire(id)).toBe(1);
    const r = await runEval(
      gw,
      { model: 'Doubao-1.5-pro-32k', 'context-id': id, 'cases-file': 'evals/cases.yml', concurrency: '1', 'min-pass-rate': '0' },
      { files: { 'evals/cases.yml': `${TWO}- name: third\n  prompt: And a third\n` } }
    );
    expect(r.code).toBe(1);
    expect(chatRequests(gw)).toHaveLength(1);
    const errors = commands(r.stdout, 'error');
    const gone = errors.find((e) => e.props['title'] === 'Context cache gone');
    expect(gone?.message).toMatch(/does not exist or has expired/);
    expect(gone?.message).toMatch(/re-run the create step/i);
    expect(gone?.message).toMatch(/ttl/);
    expect(r.outputs).toMatchObject({ passed: '0', errored: '3', total: '3' });
    const results = await readResults(r);
    expect(results.cases.slice(1).map((c) => [c.status, c.attempts])).toEqual([
      ['error', 0],
      ['error', 0]
    ]);
    expect(results.cases[2]!.error).toMatch(/Not run/);
  });
});
