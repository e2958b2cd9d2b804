// The pull request's prompt against its base's, in one eval step: dist/eval/index.js with
// baseline-context-id against the gateway emulator, whose answer rules tell the two caches apart.
// Both sides of a case are asked one after the other, the paired test decides fail-on: worse, the
// report shows both answers of each regressed case, and the cost outputs and max-cost hold.
import { startGateway, type Gateway } from '../../emulator/gateway.js';
import { chatRequests, commands, createCache, promptOf, readResults, runEval } from '../helpers/eval-run.js';
import { leaksBeforeMask, runAction } from '../helpers/run-action.js';

let gw: Gateway;
beforeAll(async () => {
  gw = await startGateway({ apiKey: 'sk-eval-e2e-0123456789abcdef' });
});
afterAll(() => gw.close());
beforeEach(() => gw.reset());

const NAMES = ['refunds', 'shipping', 'returns', 'warranty', 'billing', 'privacy'];
const CASES = NAMES.map((n) => `- name: ${n}\n  prompt: Tell me about ${n}\n  expect:\n    contains: ${n}\n`).join('');
const MODEL = 'gemini-2.5-flash';

/** The head's prompt breaks `broken` of the six cases: its cache answers them without the topic. */
async function caches(broken: number): Promise<{ base: string; head: string }> {
  const [base, head] = [await createCache(gw, MODEL), await createCache(gw, MODEL)];
  gw.setAnswers(
    NAMES.slice(0, broken).map((n) => ({ match: `about ${n}`, reply: `I cannot help with that (head, ${n.length})`, contextId: head }))
  );
  return { base, head };
}

const abRun = (ids: { base: string; head: string }, inputs: Record<string, string> = {}) =>
  runEval(
    gw,
    {
      model: MODEL,
      'context-id': ids.head,
      'baseline-context-id': ids.base,
      'cases-file': 'evals/cases.yml',
      'fail-on': 'worse',
      concurrency: '1',
      ...inputs
    },
    { files: { 'evals/cases.yml': CASES }, env: { GITHUB_BASE_REF: 'main' } }
  );

test('a change that breaks five of six cases fails as worse, showing both answers of each regressed case', async () => {
  const ids = await caches(5);
  const r = await abRun(ids);
  expect(r.code).toBe(1);
  expect(r.outputs).toMatchObject({
    change: 'worse',
    'p-value': '0.03125',
    regressed: '5',
    fixed: '0',
    passed: '1',
    'baseline-passed': '6',
    'baseline-pass-rate': '1'
  });
  const failed = commands(r.stdout, 'error')
    .map((c) => c.message)
    .join('\n');
  expect(failed).toMatch(
    /Worse than the baseline: 5 regressed, 0 fixed; the paired test \(one-sided exact McNemar\) gives p = 0\.03 < alpha 0\.05/
  );
  expect(r.summary).toContain('🔻 Worse than main: 5 regressed, 0 fixed (p = 0.03)');
  expect(r.summary).toMatch(/\| head \(this change\) \| 1 of 6 \| 16\.7% \| 3%–56% \|/);
  expect(r.summary).toMatch(/\| base \(main\) \| 6 of 6 \| 100% \| 61%–100% \|/);
  for (const n of NAMES.slice(0, 5)) {
    // Each regressed case's details: the base's answer (it passed there), then the head's (quoted, escaped).
    const detail = r.summary.slice(r.summary.indexOf(`<summary>${n}: ❌ fail</summary>`));
    const base = detail.indexOf(`Emulated answer to&#x3A; Tell me about ${n}`);
    const head = detail.indexOf(`I cannot help with that &#x28;head&#x2C; ${n.length}&#x29;`);
    expect([detail.indexOf("The base's answer** (it passes there)") >= 0, base > 0, head > base]).toEqual([true, true, true]);
  }
  // The log counts runs of both sides, never 12 of the summary's 6 cases.
  expect(r.stdout).toContain('[12/12 runs (6 cases × head and base)]');
  // Both prompts were asked in this run: no earlier, undated baseline.
  expect(r.summary).toContain('compared side by side with the base');
  expect(r.summary).not.toContain('(undated)');
  // The base's id was masked before anything could print it.
  expect(leaksBeforeMask(r, ids.base)).toEqual([]);
  expect(r.stdout).toContain(`::add-mask::${ids.base}`);
});

test('side by side: each case is asked of the head and the base one after the other, alike', async () => {
  const ids = await caches(5);
  const r = await abRun(ids, { repeat: '2', 'repeat-min-pass': '1' });
  expect(r.code).toBe(1);
  const sent = chatRequests(gw).map((q) => [(q.json as { context_id: string }).context_id === ids.head ? 'head' : 'base', promptOf(q)]);
  expect(sent).toEqual(
    NAMES.flatMap((n) =>
      [0, 1].flatMap(() => [
        ['head', `Tell me about ${n}`],
        ['base', `Tell me about ${n}`]
      ])
    )
  );
  const bodies = chatRequests(gw).map((q) => ({ ...(q.json as Record<string, unknown>), context_id: undefined }));
  for (let i = 0; i < bodies.length; i += 2) expect(bodies[i]).toEqual(bodies[i + 1]);
});

test('a change that flips one of six passes fail-on: worse, with no significant change', async () => {
  const ids = await caches(1);
  const r = await abRun(ids);
  expect(r.code).toBe(0);
  expect(r.outputs).toMatchObject({ change: 'no-significant-change', 'p-value': '0.5', regressed: '1' });
  expect(r.summary).toContain('No significant change: 1 regressed, 0 fixed (p = 0.50)');
  // fail-on: regressions still fails the same change.
  expect((await abRun(ids, { 'fail-on': 'regressions' })).code).toBe(1);
});

test('cost and baseline-cost are the usage the gateway reported at the list prices, and the summary shows the saving', async () => {
  const ids = await caches(1);
  const r = await abRun(ids);
  const results = await readResults(r);
  // gemini-2.5-flash: $0.30 input, $0.03 cached input, $2.50 output per 1M tokens.
  const dollars = results.cases.reduce((sum, c) => {
    const { promptTokens = 0, cachedTokens = 0, completionTokens = 0 } = c.usage;
    return sum + ((promptTokens - cachedTokens) * 0.3 + cachedTokens * 0.03 + completionTokens * 2.5) / 1e6;
  }, 0);
  expect(dollars).toBeGreaterThan(0);
  expect(r.outputs['cost']).toBe(dollars.toFixed(6));
  expect(Number(r.outputs['baseline-cost'])).toBeGreaterThan(0);
  expect(r.summary).toMatch(/The cache saved \$0\.\d{6} on the head, \$0\.\d{6} on the base against sending the cached tokens uncached/);
  expect(r.stdout).toMatch(/estimated cost \$0\.\d{6} \(base \$0\.\d{6}\)/);
});

test('max-cost: the run stops sending at the budget, reports the rest as not run, and fails naming it', async () => {
  const ids = await caches(0);
  const r = await abRun(ids, { 'max-cost': '0.0000001', 'fail-on': 'pass-rate' });
  expect(r.code).toBe(1);
  // One call at a time: the first one spends past the budget, nothing after it is sent.
  expect(chatRequests(gw)).toHaveLength(1);
  expect(r.summary).toContain('Not run: the max-cost budget of $0.0000001 was reached');
  expect(
    commands(r.stdout, 'error')
      .map((c) => c.message)
      .join('\n')
  ).toMatch(/The max-cost budget of \$0\.0000001 was reached/);
});

test('the base cache gone: the step fails saying so, never "better" for a base that answered nothing', async () => {
  const ids = await caches(0);
  gw.expire(ids.base);
  const r = await abRun(ids);
  expect(r.code).toBe(1);
  expect(r.outputs).toMatchObject({ fixed: '0', 'baseline-passed': '0' });
  expect(r.outputs['change']).not.toBe('better');
  expect(r.summary).not.toContain('Better than');
  expect(r.summary).toContain('6 case(s) left out of the comparison');
  const errors = commands(r.stdout, 'error')
    .map((c) => c.message)
    .join('\n');
  expect(errors).toMatch(/The base side got no answer for any case \(6 errored\)/);
  // Which of the two create steps to look at.
  expect(errors).toMatch(/The base's cache \(baseline-context-id\): The context cache does not exist or has expired/);
});

test('max-cost spent between the two sides of a case: the half-run pair is left out, not counted as fixed', async () => {
  const ids = await caches(0);
  // Only fresh prompt tokens cost, $0.01 each: "Tell me about refunds" and "… shipping" are 10 tokens
  // each, so the third call (shipping's head) reaches $0.25 and shipping's base is never sent.
  const r = await abRun(ids, { prices: `${MODEL}: {input: 10000, cached-input: 0, output: 0}`, 'max-cost': '0.25' });
  expect(r.code).toBe(1);
  expect(chatRequests(gw)).toHaveLength(3);
  expect(r.outputs).toMatchObject({ fixed: '0', regressed: '0', change: 'no-significant-change' });
  expect(r.summary).toMatch(
    /5 case\(s\) left out of the comparison.*<code>shipping<\/code> \(base: Not run: the max-cost budget of \$0\.25 was reached\)/
  );
});

test("a base that is the head's own cache, or one asked behind the head's inline prompt, is refused before anything is sent", async () => {
  const ids = await caches(0);
  const errors = (r: { stdout: string }) =>
    commands(r.stdout, 'error')
      .map((c) => c.message)
      .join('\n');
  // The base's create step without env-var overwrites CONTEXT_CACHE_ID: the "head" is then the base.
  const same = await runEval(
    gw,
    { model: MODEL, 'baseline-context-id': ids.base, 'cases-file': 'evals/cases.yml', 'fail-on': 'worse' },
    { files: { 'evals/cases.yml': CASES }, env: { CONTEXT_CACHE_ID: ids.base, CONTEXT_CACHE_MODEL: MODEL } }
  );
  expect(same.code).toBe(1);
  expect(errors(same)).toMatch(/Input 'baseline-context-id': is the same cache as context-id/);
  expect(leaksBeforeMask(same, ids.base)).toEqual([]);
  // No cache on the head: the base's cache would be asked with the head's prompt in front of each case.
  const inline = await runEval(
    gw,
    {
      model: MODEL,
      'prompt-file': 'prompts/system.md',
      'baseline-context-id': ids.base,
      'cases-file': 'evals/cases.yml',
      'fail-on': 'worse'
    },
    { files: { 'evals/cases.yml': CASES, 'prompts/system.md': 'You are the head.' } }
  );
  expect(inline.code).toBe(1);
  expect(errors(inline)).toMatch(/Input 'baseline-context-id': is set with prompt-file/);
  // A budget of nothing: nothing would be sent, and the gateway blamed for answering nothing.
  const nothing = await abRun(ids, { 'max-cost': '0' });
  expect(nothing.code).toBe(1);
  expect(errors(nothing)).toMatch(/Input 'max-cost': is 0: not one case would be sent/);
  expect(chatRequests(gw)).toHaveLength(0);
});

test('a model with no price gets an empty cost and one notice line, never a made-up 0', async () => {
  const ids = await caches(0);
  const r = await abRun(ids, { prices: '', 'fail-on': 'pass-rate' });
  expect(r.outputs['cost']).not.toBe('');
  const unpriced = await runEval(
    gw,
    { model: 'gemini-9-flash', prompt: 'Hello', 'context-id': await createCache(gw, 'gemini-9-flash') },
    {}
  );
  expect(unpriced.code).toBe(0);
  expect(unpriced.outputs['cost']).toBe('');
  expect(unpriced.stdout.match(/No cost estimate for gemini-9-flash: no price is known/g)).toHaveLength(1);
});

test('fail-on: worse works with a baseline-file too, and without any baseline it is an input error', async () => {
  const base = { format: 'context-cache-eval/results@1', model: MODEL, cases: NAMES.map((name) => ({ name, status: 'pass' })) };
  const ids = await caches(5);
  const r = await runEval(
    gw,
    { model: MODEL, 'context-id': ids.head, 'cases-file': 'evals/cases.yml', 'baseline-file': 'main.results.json', 'fail-on': 'worse' },
    { files: { 'evals/cases.yml': CASES, 'main.results.json': JSON.stringify(base) } }
  );
  expect(r.code).toBe(1);
  expect(r.outputs).toMatchObject({ change: 'worse', 'p-value': '0.03125', 'baseline-passed': '6' });
  expect(r.summary).toContain('🔻 Worse than the baseline: 5 regressed, 0 fixed (p = 0.03)');
  gw.reset();
  const bad = await runEval(
    gw,
    { model: MODEL, 'context-id': ids.head, 'cases-file': 'evals/cases.yml', 'fail-on': 'worse' },
    { files: { 'evals/cases.yml': CASES } }
  );
  expect(bad.code).toBe(1);
  expect(bad.stdout).toMatch(/fail-on.*is worse, but there is no baseline to be worse than/);
  expect(chatRequests(gw)).toHaveLength(0);
});

test('create reports what creating and storing cost; on Doubao without a ttl it warns of the 24-hour default', async () => {
  const prompt = `${'You grade release notes. '.repeat(300)}\n`;
  const doubao = await runAction({
    inputs: { 'api-key': 'sk-eval-e2e-0123456789abcdef', 'base-url': gw.url, model: 'Doubao-1.5-pro-32k', 'prompt-file': 'p.md' },
    files: { 'p.md': prompt }
  });
  expect(doubao.code).toBe(0);
  const tokens = Number(doubao.outputs['prompt-tokens']);
  expect(tokens).toBeGreaterThan(0);
  // Doubao: $0.25 input per 1M tokens; storage $0.0083 per 1M tokens per hour, 86,400 s by default.
  expect(doubao.outputs['cost']).toBe(((tokens * 0.25) / 1e6).toFixed(6));
  expect(doubao.stdout).toContain(
    `Cost: creating $${((tokens * 0.25) / 1e6).toFixed(6)}; storage $${((tokens * 0.0083) / 1e6).toFixed(6)} per hour, $${((tokens * 0.0083 * 24) / 1e6).toFixed(6)} over the ttl of 86400 s`
  );
  expect(commands(doubao.stdout, 'warning').map((w) => w.message)).toEqual([
    expect.stringMatching(/^No ttl is set: the gateway keeps \(and bills storage for\) a Doubao cache for 24 hours/)
  ]);
  expect(doubao.summary).toMatch(/Cost \(estimate\)/);
  const withTtl = await runAction({
    inputs: {
      'api-key': 'sk-eval-e2e-0123456789abcdef',
      'base-url': gw.url,
      model: 'Doubao-1.5-pro-32k',
      'prompt-file': 'p.md',
      ttl: '3600'
    },
    files: { 'p.md': prompt }
  });
  expect(commands(withTtl.stdout, 'warning')).toEqual([]);
  const unknown = await runAction({
    inputs: { 'api-key': 'sk-eval-e2e-0123456789abcdef', 'base-url': gw.url, model: 'doubao-9-pro', 'prompt-file': 'p.md', ttl: '3600' },
    files: { 'p.md': prompt }
  });
  expect(unknown.code).toBe(0);
  expect(unknown.outputs['cost']).toBe('');
  expect(unknown.stdout).toContain('Cost: no price known for doubao-9-pro.');
});

test('the judge grades both sides the same way: one rubric, one grader call per side, each on its own answer', async () => {
  const ids = await caches(0);
  const rubric = await createCache(gw, MODEL);
  gw.setAnswers([
    { match: '/ANSWER:[\\s\\S]*I cannot help/', reply: { pass: false, score: 0, reason: 'Refuses' }, contextId: rubric },
    { match: 'ANSWER', reply: { pass: true, score: 1, reason: 'Helps' }, contextId: rubric },
    ...NAMES.slice(0, 2).map((n) => ({ match: `about ${n}`, reply: `I cannot help with that (head, ${n.length})`, contextId: ids.head }))
  ]);
  const judged = NAMES.map((n) => `- name: ${n}\n  prompt: Tell me about ${n}\n  expect:\n    judge: The answer helps\n`).join('');
  const r = await runEval(
    gw,
    {
      model: MODEL,
      'context-id': ids.head,
      'baseline-context-id': ids.base,
      'judge-context-id': rubric,
      'cases-file': 'evals/cases.yml',
      'fail-on': 'regressions',
      concurrency: '1'
    },
    { files: { 'evals/cases.yml': judged }, env: { GITHUB_BASE_REF: 'main' } }
  );
  expect(r.outputs).toMatchObject({ regressed: '2', fixed: '0', passed: '4', 'baseline-passed': '6' });
  expect(r.code).toBe(1);
  const grades = chatRequests(gw).filter((q) => (q.json as { context_id: string }).context_id === rubric);
  expect(grades).toHaveLength(12);
  // The same grader request but for the answer graded: the rubric, the criterion and the case alike.
  const bodies = grades.map((q) => JSON.stringify(q.json));
  expect(bodies.filter((b) => b.includes('I cannot help'))).toHaveLength(2);
  expect(bodies.filter((b) => b.includes('Emulated answer to'))).toHaveLength(10);
});

test("the base's 429 with Retry-After pauses the head too: the two sides share one pause", async () => {
  const ids = await caches(0);
  gw.setAnswers([{ match: 'about refunds', status: 429, retryAfter: 1, times: 1, contextId: ids.base }]);
  const r = await abRun(ids, { concurrency: '2' });
  expect(r.outputs).toMatchObject({ passed: '6', 'baseline-passed': '6' });
  const sent = chatRequests(gw);
  const told = sent.find((q) => (q.json as { context_id: string }).context_id === ids.base)!.at;
  // After the 429, only a call already on its way may arrive within the second it asked for.
  const after = sent.filter((q) => q.at > told);
  expect(after.length).toBeGreaterThanOrEqual(11);
  expect(after.filter((q) => q.at - told < 900).length).toBeLessThanOrEqual(2);
  expect(after.some((q) => (q.json as { context_id: string }).context_id === ids.head && q.at - told >= 900)).toBe(true);
});
