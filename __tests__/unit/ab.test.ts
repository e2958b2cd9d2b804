// Head against base, the pure parts: Wilson intervals and exact McNemar against worked figures,
// the paired verdict and the fail-on: worse gate, costs against hand-computed dollars, the prices
// input's errors, the engine's side-by-side order and its max-cost stop, and the report's words.
import type { Case } from '../../src/evaluation/cases.js';
import { compare } from '../../src/evaluation/compare.js';
import { callCost, cacheSaving, sideCost, storageCost } from '../../src/evaluation/cost.js';
import { evaluate, type Result } from '../../src/evaluation/engine.js';
import { baselineOf, pairedOutcome } from '../../src/evaluation/paired.js';
import { mcnemar, wilson } from '../../src/evaluation/statistics.js';
import { gate, totalsOf } from '../../src/evaluation/totals.js';
import { readEvalSettings, type EvalInput } from '../../src/actions/eval/inputs.js';
import { InputErrors } from '../../src/errors.js';
import { listPrices } from '../../src/models.js';
import { evaluationOutcome } from '../../src/report/outcome.js';

const result = (name: string, status: Result['status'], response = `answer of ${name}`): Result => ({
  name,
  file: 'evals/c.yml',
  status,
  failures: status === 'fail' ? [{ expectation: 'contains', expected: '"x"', got: 'y' }] : [],
  response,
  usage: { promptTokens: 1000, cachedTokens: 800, completionTokens: 100 },
  judgeUsage: {},
  attempts: 1,
  runs: { passed: Number(status === 'pass'), failed: Number(status === 'fail'), errored: Number(status === 'error'), total: 1 },
  flaky: false
});

describe('statistics', () => {
  test.each([
    [5, 0, 0.03125, 0.015625],
    [1, 0, 0.5, 0.25],
    [12, 3, 0.0176, 0.0106],
    [10, 4, 0.0898, 0.0592],
    [6, 0, 0.015625, 0.0078125],
    [0, 0, 1, 1]
  ])('mcnemar(b=%i, c=%i): exact %f, mid-p %f', (b, c, exact, midP) => {
    const p = mcnemar(b, c);
    expect(p.exact).toBeCloseTo(exact, 4);
    expect(p.midP).toBeCloseTo(midP, 4);
  });

  test('the worked p-values, rounded as the notes give them', () => {
    expect(mcnemar(5, 0).exact.toFixed(3)).toBe('0.031');
    expect(mcnemar(12, 3).exact.toFixed(3)).toBe('0.018');
    expect(mcnemar(10, 4).exact.toFixed(2)).toBe('0.09');
  });

  test('Wilson: 17 of 20 is [0.64, 0.95]; nothing run is [0, 1]; the ends stay inside [0, 1]', () => {
    const w = wilson(17, 20);
    expect(w.low).toBeCloseTo(0.64, 2);
    expect(w.high).toBeCloseTo(0.948, 2);
    expect(wilson(0, 0)).toEqual({ low: 0, high: 1 });
    expect(wilson(0, 5).low).toBe(0);
    expect(wilson(5, 5).high).toBe(1);
    expect(wilson(85, 100).high - wilson(85, 100).low).toBeLessThan(w.high - w.low);
  });
});

describe('the paired verdict and the gate', () => {
  const six = ['a', 'b', 'c', 'd', 'e', 'f'];
  const base = six.map((n) => result(n, 'pass'));
  const run = (head: Result[], failOn: 'worse' | 'regressions' | 'pass-rate' = 'worse') =>
    evaluationOutcome({
      model: 'gemini-2.5-flash',
      casesFiles: ['evals/c.yml'],
      results: head,
      baselineResults: base,
      minPassRate: 0,
      failOn,
      startedAt: 0,
      durationMs: 1
    });

  test('five of six broken: worse at p = 0.03, and fail-on: worse fails naming the test', () => {
    const o = run(six.map((n, i) => result(n, i < 5 ? 'fail' : 'pass')));
    expect(o.paired).toMatchObject({ regressed: 5, fixed: 0, change: 'worse' });
    expect(o.outputs).toMatchObject({
      'p-value': '0.03125',
      change: 'worse',
      'baseline-passed': '6',
      'baseline-pass-rate': '1',
      regressed: '5'
    });
    expect(o.verdict.ok).toBe(false);
    expect(o.verdict.reasons.join(' ')).toMatch(/Worse than the baseline: 5 regressed, 0 fixed.*p = 0\.03 < alpha 0\.05/);
    expect(o.markdown(60_000, '')).toContain('🔻 Worse than the baseline: 5 regressed, 0 fixed (p = 0.03)');
  });

  test('one of six flipped: no significant change, and fail-on: worse passes where regressions fails', () => {
    const head = six.map((n, i) => result(n, i === 0 ? 'fail' : 'pass'));
    const o = run(head);
    expect(o.outputs).toMatchObject({ 'p-value': '0.5', change: 'no-significant-change' });
    expect(o.verdict).toEqual({ ok: true, reasons: [] });
    expect(o.markdown(60_000, '')).toContain('No significant change: 1 regressed, 0 fixed (p = 0.50)');
    expect(run(head, 'regressions').verdict.ok).toBe(false);
    expect(run(head, 'pass-rate').verdict.ok).toBe(true);
  });

  test('better is its own outcome, and never fails fail-on: worse', () => {
    const o = evaluationOutcome({
      model: 'm',
      casesFiles: [],
      results: six.map((n) => result(n, 'pass')),
      baselineResults: six.map((n) => result(n, 'fail')),
      minPassRate: 1,
      failOn: 'worse',
      startedAt: 0,
      durationMs: 1
    });
    expect(o.paired?.change).toBe('better');
    expect(o.verdict.ok).toBe(true);
    expect(o.markdown(60_000, '')).toContain('🔺 Better than the baseline: 0 regressed, 6 fixed (p = 0.02)');
  });

  test('alpha moves the line: 10 regressed, 4 fixed is worse at 0.1, not at 0.05', () => {
    const counts = { regressed: 10, fixed: 4, 'still-failing': 0, 'still-passing': 0, new: 0, removed: 0 };
    expect(pairedOutcome(counts, { passed: 4, total: 14 }, { passed: 10, total: 14 }, 0.05).change).toBe('no-significant-change');
    expect(pairedOutcome(counts, { passed: 4, total: 14 }, { passed: 10, total: 14 }, 0.1).change).toBe('worse');
  });

  test('the base side is classified by compare(), as a baseline-file would be', () => {
    const head = [result('a', 'fail'), result('b', 'pass'), result('c', 'fail'), result('d', 'pass')];
    const before = [result('a', 'pass'), result('b', 'fail'), result('c', 'fail'), result('d', 'pass')];
    const { counts } = compare(baselineOf(before, 'm', []), head, { model: 'm', casesFiles: [] });
    expect(counts).toMatchObject({ regressed: 1, fixed: 1, 'still-failing': 1, 'still-passing': 1 });
  });

  test('side by side, a case the base did not answer is left out, never a fix; a head error still counts', () => {
    const outcome = (head: Result[], base: Result[]) =>
      evaluationOutcome({
        model: 'm',
        casesFiles: [],
        results: head,
        baselineResults: base,
        minPassRate: 0,
        failOn: 'worse',
        startedAt: 0,
        durationMs: 1
      });
    const heads = ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => result(n, 'pass'));
    const bases = heads.map((r) => ({ ...result(r.name, 'error'), error: 'HTTP 404: context_id does not exist' }));
    const none = outcome(heads, bases);
    expect(none.outputs).toMatchObject({ fixed: '0', change: 'no-significant-change', 'baseline-passed': '0' });
    expect(none.verdict.ok).toBe(false);
    expect(none.verdict.reasons.join(' ')).toMatch(/^The base side got no answer for any case \(6 errored\)/);
    expect(none.markdown(60_000)).toMatch(/6 case\(s\) left out of the comparison.*<code>a<\/code> \(base: HTTP 404/);
    // One base error among answers: that pair alone is left out, and the step is not failed for it.
    const one = outcome(heads, [bases[0]!, ...heads.slice(1)]);
    expect([one.outputs['fixed'], one.verdict.ok, one.comparison?.counts['still-passing']]).toEqual(['0', true, 5]);
    // The head asked and errored where the base passed: a regression, as ever.
    const headError = outcome([result('a', 'error'), ...heads.slice(1)], heads);
    expect(headError.outputs['regressed']).toBe('1');
  });

  test('a budget that cut the run fails the step, naming the budget', () => {
    const v = gate(totalsOf([result('a', 'pass')]), { minPassRate: 0, failOn: 'pass-rate', budgetReached: 0.5 }, false);
    expect(v.reasons.join(' ')).toMatch(/max-cost budget of \$0\.5 was reached/);
  });
});

describe('cost', () => {
  const flash = listPrices('gemini-2.5-flash')!;

  test('a call: uncached × input + cached × cached input + completion × output', () => {
    // 200 × $0.30 + 800 × $0.03 + 100 × $2.50, per 1M tokens = (60 + 24 + 250) / 1e6
    expect(callCost({ promptTokens: 1000, cachedTokens: 800, completionTokens: 100 }, flash)).toBeCloseTo(0.000334, 12);
    // What the cache saved: 800 × ($0.30 − $0.03) / 1e6
    expect(cacheSaving({ promptTokens: 1000, cachedTokens: 800 }, flash)).toBeCloseTo(0.000216, 12);
    expect(callCost({}, flash)).toBe(0);
    // Storage: 100,000 tokens for 2 h at $1 per 1M tokens per hour.
    expect(storageCost(100_000, 7200, flash)).toBeCloseTo(0.2, 12);
  });

  test('Doubao is priced at the BytePlus USD anchor', () => {
    expect(listPrices('doubao-1.5-pro-32k')).toEqual({ input: 0.25, cachedInput: 0.05, output: 2, storagePerHour: 0.0083 });
  });

  test('judges are counted at the judge model’s price; a model without a price gets no cost, never 0', () => {
    const totals = {
      promptTokens: 1000,
      cachedTokens: 800,
      completionTokens: 100,
      judge: { promptTokens: 1000, cachedTokens: 0, completionTokens: 0 }
    };
    const pro = listPrices('gemini-2.5-pro')!;
    const cost = sideCost(totals, { id: 'gemini-2.5-flash', prices: flash }, { id: 'gemini-2.5-pro', prices: pro });
    expect(cost).toEqual({ usd: expect.closeTo(0.000334 + 0.00125, 12), savedUsd: expect.closeTo(0.000216, 12) });
    expect(sideCost(totals, { id: 'acme' }, { id: 'gemini-2.5-pro', prices: pro })).toEqual({ unpriced: ['acme'] });
    expect(sideCost(totals, { id: 'gemini-2.5-flash', prices: flash }, { id: 'acme' })).toEqual({ unpriced: ['acme'] });
  });

  test('the cost outputs: six decimals, judges included; empty for a model with no price', () => {
    const results = [result('a', 'pass'), result('b', 'pass')];
    const o = evaluationOutcome({
      model: 'gemini-2.5-flash',
      casesFiles: [],
      results,
      baselineResults: results,
      minPassRate: 1,
      failOn: 'pass-rate',
      startedAt: 0,
      durationMs: 1,
      pricing: { head: { id: 'gemini-2.5-flash', prices: flash }, base: { id: 'acme' }, judge: { id: 'gemini-2.5-flash', prices: flash } }
    });
    expect(o.outputs['cost']).toBe('0.000668');
    expect(o.outputs['baseline-cost']).toBe('');
    expect(o.costs?.unpriced).toEqual(['acme']);
    expect(o.markdown(60_000, '')).toMatch(/The cache saved \$0\.000432 on the head/);
  });
});

describe('inputs', () => {
  const read = (given: Partial<Record<EvalInput, string>>) =>
    readEvalSettings(
      (n) => ({ model: 'gemini-2.5-flash', 'cases-file': 'c.yml', 'api-key': 'k', 'context-id': 'ctx-1', ...given })[n] ?? '',
      {}
    );
  const errorOf = (given: Partial<Record<EvalInput, string>>) => {
    try {
      read(given);
    } catch (e) {
      if (e instanceof InputErrors) return e.message;
      throw e;
    }
    throw new Error('no error');
  };

  test('baseline-context-id, baseline-model, alpha, max-cost and prices are read', () => {
    const s = read({
      'baseline-context-id': 'ctx-base',
      'baseline-model': 'gemini-2.5-pro',
      alpha: '0.1',
      'max-cost': '2.5',
      prices: 'gemini-2.5-flash: {input: 1, cached-input: 0.5, output: 4}\nacme-1: {input: 2, cached-input: 1, output: 8}'
    });
    expect(s).toMatchObject({ baselineContextId: 'ctx-base', alpha: 0.1, maxCost: 2.5 });
    expect(s.baselineModel?.id).toBe('gemini-2.5-pro');
    expect(s.prices('gemini-2.5-flash')).toEqual({ input: 1, cachedInput: 0.5, output: 4, storagePerHour: 1 });
    expect(s.prices('ACME-1')).toMatchObject({ input: 2, cachedInput: 1, output: 8 });
    expect(s.prices('gemini-2.5-pro')).toEqual(listPrices('gemini-2.5-pro'));
    expect(read({}).alpha).toBe(0.05);
  });

  test('fail-on: worse with no baseline of either kind is an input error; with either it is not', () => {
    expect(errorOf({ 'fail-on': 'worse' })).toMatch(/fail-on.*worse, but there is no baseline/s);
    expect(read({ 'fail-on': 'worse', 'baseline-file': 'b.json' }).failOn).toBe('worse');
    expect(read({ 'fail-on': 'worse', 'baseline-context-id': 'ctx-b' }).failOn).toBe('worse');
  });

  test('bad prices name the model and the field', () => {
    const message = errorOf({
      prices: 'gemini-2.5-flash: {input: -1, cached-input: 0.1}\nacme: {input: 1, cached-input: 1, output: 1, storage: 2}'
    });
    expect(message).toMatch(/prices/);
    expect(message).toMatch(/"gemini-2\.5-flash": input -1 is not a number/);
    expect(message).toMatch(/"gemini-2\.5-flash": output is missing/);
    expect(message).toMatch(/"acme": unknown field "storage"/);
    expect(errorOf({ prices: '[1, 2]' })).toMatch(/prices.*is not a mapping/s);
  });

  test('max-cost needs a price for every model it must count', () => {
    expect(errorOf({ model: 'acme-1', 'max-cost': '1' })).toMatch(/max-cost.*needs a price for acme-1/s);
    expect(
      read({
        model: 'acme-1',
        'judge-model': 'gemini-2.5-flash',
        'max-cost': '1',
        prices: 'acme-1: {input: 1, cached-input: 1, output: 1}'
      }).maxCost
    ).toBe(1);
  });

  test('a second baseline and a baseline-model without its cache are refused', () => {
    expect(errorOf({ 'baseline-file': 'b.json', 'baseline-context-id': 'ctx-b' })).toMatch(
      /baseline-context-id.*together with baseline-file/s
    );
    expect(errorOf({ 'baseline-model': 'gemini-2.5-pro' })).toMatch(/baseline-model.*without baseline-context-id/s);
  });

  test("the head's own cache as the base, or a base behind the head's inline prompt, is refused", () => {
    expect(errorOf({ 'baseline-context-id': 'ctx-1' })).toMatch(/baseline-context-id.*is the same cache as context-id/s);
    expect(errorOf({ 'context-id': '', 'prompt-file': 'p.md', 'baseline-context-id': 'ctx-b' })).toMatch(
      /baseline-context-id.*is set with prompt-file/s
    );
    expect(read({ 'baseline-context-id': 'ctx-b' }).baselineContextId).toBe('ctx-b');
    expect(errorOf({ 'max-cost': '0' })).toMatch(/max-cost.*is 0: not one case would be sent/s);
  });
});

describe('the engine, both sides', () => {
  const cases: Case[] = ['one', 'two', 'three'].map((name) => ({
    name,
    file: 'c.yml',
    messages: [{ role: 'user', content: name }],
    expect: { contains: ['yes'] }
  }));

  test("each run's head and base calls are made one after the other, both sides graded alike", async () => {
    const order: string[] = [];
    const asker = (side: string, content: string) => (messages: Case['messages'], label: string) => {
      order.push(`${side}:${label}`);
      return Promise.resolve({
        content: messages.at(-1)!.content === 'two' && side === 'head' ? 'no' : content,
        usage: {},
        latencyMs: 1,
        attempts: 1
      });
    };
    const e = await evaluate(cases, { concurrency: 1, repeat: 2, ask: asker('head', 'yes'), baseline: { ask: asker('base', 'yes') } });
    expect(order).toEqual(['one', 'one', 'two', 'two', 'three', 'three'].flatMap((n) => [`head:${n}`, `base:${n}`]));
    expect(e.results.map((r) => r.status)).toEqual(['pass', 'fail', 'pass']);
    expect(e.baselineResults?.map((r) => [r.status, r.runs.total])).toEqual([
      ['pass', 2],
      ['pass', 2],
      ['pass', 2]
    ]);
  });

  test('max-cost: once the estimate reaches it, nothing more is sent and the rest is "Not run"', async () => {
    let calls = 0;
    const ask = () => {
      calls++;
      return Promise.resolve({ content: 'yes', usage: { promptTokens: 1000, completionTokens: 0 }, latencyMs: 1, attempts: 1 });
    };
    // Each call costs 1000 × $1 / 1M = $0.001; the budget holds three.
    const e = await evaluate(cases, {
      concurrency: 1,
      ask,
      baseline: { ask },
      budget: { limit: 0.003, costOf: (_side, run) => callCost(run.usage, { input: 1, cachedInput: 0.1, output: 1 }) }
    });
    expect(calls).toBe(3);
    expect(e.budgetReached).toBe(0.003);
    expect(e.results.map((r) => r.status)).toEqual(['pass', 'pass', 'error']);
    expect(e.baselineResults?.[1]?.status).toBe('error');
    expect(e.results[2]?.error).toBe('Not run: the max-cost budget of $0.003 was reached');
  });
});

describe('the create step’s cost', () => {
  test('creating at the input price, storage per hour and over the ttl; no price, no cost', async () => {
    const { createOutputs } = await import('../../src/actions/create/outputs.js');
    const { readSettings } = await import('../../src/actions/create/inputs.js');
    const settingsOf = (model: string, ttl = '7200') =>
      readSettings((name) => ({ model, 'prompt-file': 'p.md', 'api-key': 'k', ttl })[name as string] ?? '').settings;
    const cache = { id: 'x', attempts: 1, elapsedMs: 1, usage: { prompt_tokens: 100_000 } };
    const flash = createOutputs(cache, settingsOf('gemini-2.5-flash'), { estimatedTokens: 1 });
    // 100,000 × $0.30 / 1M = $0.03; storage 100,000 × $1 / 1M = $0.10 an hour, $0.20 over 7200 s.
    expect(flash.outputs['cost']).toBe('0.030000');
    expect(flash.costText).toMatch(/^creating \$0\.030000; storage \$0\.100000 per hour, \$0\.200000 over the ttl of 7200 s/);
    expect(flash.summaryRows).toContainEqual(['Cost (estimate)', expect.stringContaining('creating $0.030000')]);
    const unknown = createOutputs(cache, settingsOf('gemini-9-flash'), { estimatedTokens: 1 });
    expect(unknown.outputs['cost']).toBe('');
    expect(unknown.costText).toBe('no price known for gemini-9-flash');
  });
});
