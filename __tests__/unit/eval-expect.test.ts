// Expectations: each one's pass and fail, and what a failure says it wanted and got.
import {
  checkAnswer,
  compileRegex,
  EXPECTATION_KEYS,
  excerpt,
  parseJsonAnswer,
  type Expectations
} from '../../src/evaluation/expectations.js';

/** The failures of every expectation, with regexes run inline. */
const check = async (expect: Expectations, answer: string, latencyMs: number) =>
  (await checkAnswer(expect, { content: answer, latencyMs }, { testRegex: (re, text) => Promise.resolve(re.test(text)) })).failures;
const names = async (answer: string, expect: Expectations, latency = 10) =>
  (await await check(expect, answer, latency)).map((f) => f.expectation);

describe('check', () => {
  it('passes an answer that meets every expectation', async () => {
    const failures = await check(
      {
        contains: ['30 days', 'refund'],
        icontains: ['THE REFUND'],
        'not-contains': ['approved'],
        matches: '(?i)^the refund',
        'max-latency': 1000
      },
      'The refund window is 30 days.',
      999
    );
    expect(failures).toEqual([]);
  });

  it('contains needs every string, as written', async () => {
    const f = await check({ contains: ['30 days', 'Refund'] }, 'The refund window is 30 days.', 1);
    expect(f).toEqual([{ expectation: 'contains', expected: '"Refund"', got: 'The refund window is 30 days.' }]);
  });

  it('icontains ignores case, and still needs every string', async () => {
    expect(await names('Paris is lovely', { icontains: ['PARIS'] })).toEqual([]);
    expect(await names('Paris is lovely', { icontains: ['paris', 'rome'] })).toEqual(['icontains']);
  });

  it('not-contains fails on any one, and shows where it was found', async () => {
    const long = `${'x'.repeat(500)} refund approved ${'y'.repeat(500)}`;
    const [f] = await check({ 'not-contains': ['nope', 'approved'] }, long, 1);
    expect(f?.expectation).toBe('not-contains');
    expect(f?.expected).toBe('no "approved"');
    expect(f?.got).toContain('approved');
    expect(f?.got.startsWith('…')).toBe(true);
  });

  it('matches uses the regex, (?i) making it case-insensitive', async () => {
    expect(await names('YES', { matches: '^yes$' })).toEqual(['matches']);
    expect(await names('YES', { matches: '(?i)^yes$' })).toEqual([]);
    expect(compileRegex('(?i)^yes$')).toEqual(/^yes$/i);
    expect(compileRegex('(unclosed')).toEqual(expect.stringContaining('Unterminated group'));
  });

  it('equals ignores surrounding whitespace only', async () => {
    expect(await names('  42\n', { equals: '42' })).toEqual([]);
    expect(await names('4 2', { equals: '42' })).toEqual(['equals']);
  });

  it('json: true needs parseable JSON; a fenced block counts', async () => {
    expect(await names('{"a":1}', { json: true })).toEqual([]);
    expect(await names('```json\n{"a":1}\n```', { json: true })).toEqual([]);
    expect(await names('Sure! {"a":1}', { json: true })).toEqual(['json']);
  });

  it('json: an object needs those fields and values, extra fields allowed', async () => {
    const answer = JSON.stringify({ verdict: 'pass', score: 1, detail: { lang: 'en', tags: ['a', 'b'] }, extra: true });
    expect(await names(answer, { json: { verdict: 'pass', detail: { tags: ['a', 'b'] } } })).toEqual([]);
    const [wrong] = await check({ json: { detail: { lang: 'fr' } } }, answer, 1);
    expect(wrong).toEqual({ expectation: 'json', expected: 'detail.lang = "fr"', got: '"en"' });
    const [absent] = await check({ json: { missing: 1 } }, answer, 1);
    expect(absent).toEqual({ expectation: 'json', expected: 'missing = 1', got: 'absent' });
    // Arrays must match whole: a subset is not enough.
    expect(await names(answer, { json: { detail: { tags: ['a'] } } })).toEqual(['json']);
    expect(await names('[1,2]', { json: { a: 1 } })).toEqual(['json']);
  });

  it('max-latency compares the whole call time', async () => {
    expect(await check({ 'max-latency': 100 }, 'x', 100.4)).toEqual([]);
    expect(await check({ 'max-latency': 100 }, 'x', 250.6)).toEqual([{ expectation: 'max-latency', expected: '≤ 100 ms', got: '251 ms' }]);
  });

  it('reports every failed expectation, in a stable order', async () => {
    expect(await names('nothing', { contains: ['a1'], equals: 'b', json: true, 'max-latency': 1 }, 5)).toEqual([
      'contains',
      'equals',
      'json',
      'max-latency'
    ]);
  });

  it('an empty answer is said to be empty', async () => {
    expect((await check({ contains: ['x'] }, '', 1))[0]?.got).toBe('(empty answer)');
  });
});

describe('parseJsonAnswer and excerpt', () => {
  it('reads a fenced block only when it is the whole answer', async () => {
    expect(parseJsonAnswer('```\n[1]\n```')).toEqual({ ok: true, value: [1] });
    expect(parseJsonAnswer('text ```json\n[1]\n```').ok).toBe(false);
  });
  it('cuts long answers to a short window', async () => {
    const e = excerpt('a'.repeat(1000));
    expect(e.length).toBeLessThanOrEqual(162);
    expect(e.endsWith('…')).toBe(true);
  });
});

describe('the expectations table', () => {
  it('lists each key once, the judge (the only paid check) last', () => {
    expect(new Set(EXPECTATION_KEYS).size).toBe(EXPECTATION_KEYS.length);
    expect(EXPECTATION_KEYS.at(-1)).toBe('judge');
  });
});

describe('hostile answers under a json expectation', () => {
  it('an answer of 5,000 (or 100,000) nested brackets fails its case with a short excerpt, never throws', async () => {
    for (const n of [5000, 100_000]) {
      const deep = `{"a": ${'['.repeat(n)}${']'.repeat(n)}}`;
      for (const want of [{ a: 1 }, { a: [1] }, { b: 1 }]) {
        const failures = await check({ json: want }, deep, 0);
        expect(failures).toHaveLength(1);
        expect(failures[0]!.got.length).toBeLessThanOrEqual(160);
      }
      expect(await check({ json: { a: 1 } }, '['.repeat(n) + ']'.repeat(n), 0)).toHaveLength(1);
    }
  });
});
