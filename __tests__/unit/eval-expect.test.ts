// Expectations: each one's pass and fail, and what a failure says it wanted and got.
import { check, excerpt, parseJsonAnswer } from '../../src/evaluation/expectations.js';
import { compileRegex } from '../../src/evaluation/cases.js';

const names = (answer: string, expect: Parameters<typeof check>[0], latency = 10) =>
  check(expect, answer, latency).map((f) => f.expectation);

describe('check', () => {
  it('passes an answer that meets every expectation', () => {
    const re = compileRegex('(?i)^the refund');
    expect(re).toBeInstanceOf(RegExp);
    const failures = check(
      {
        contains: ['30 days', 'refund'],
        icontains: ['THE REFUND'],
        notContains: ['approved'],
        matches: re as RegExp,
        maxLatencyMs: 1000
      },
      'The refund window is 30 days.',
      999
    );
    expect(failures).toEqual([]);
  });

  it('contains needs every string, as written', () => {
    const f = check({ contains: ['30 days', 'Refund'] }, 'The refund window is 30 days.', 1);
    expect(f).toEqual([{ expectation: 'contains', expected: '"Refund"', got: 'The refund window is 30 days.' }]);
  });

  it('icontains ignores case, and still needs every string', () => {
    expect(names('Paris is lovely', { icontains: ['PARIS'] })).toEqual([]);
    expect(names('Paris is lovely', { icontains: ['paris', 'rome'] })).toEqual(['icontains']);
  });

  it('not-contains fails on any one, and shows where it was found', () => {
    const long = `${'x'.repeat(500)} refund approved ${'y'.repeat(500)}`;
    const [f] = check({ notContains: ['nope', 'approved'] }, long, 1);
    expect(f?.expectation).toBe('not-contains');
    expect(f?.expected).toBe('no "approved"');
    expect(f?.got).toContain('approved');
    expect(f?.got.startsWith('…')).toBe(true);
  });

  it('matches uses the regex, (?i) making it case-insensitive', () => {
    const strict = compileRegex('^yes$') as RegExp;
    const loose = compileRegex('(?i)^yes$') as RegExp;
    expect(names('YES', { matches: strict })).toEqual(['matches']);
    expect(names('YES', { matches: loose })).toEqual([]);
    expect(compileRegex('(unclosed')).toEqual(expect.stringContaining('Unterminated group'));
  });

  it('equals ignores surrounding whitespace only', () => {
    expect(names('  42\n', { equals: '42' })).toEqual([]);
    expect(names('4 2', { equals: '42' })).toEqual(['equals']);
  });

  it('json: true needs parseable JSON; a fenced block counts', () => {
    expect(names('{"a":1}', { json: true })).toEqual([]);
    expect(names('```json\n{"a":1}\n```', { json: true })).toEqual([]);
    expect(names('Sure! {"a":1}', { json: true })).toEqual(['json']);
  });

  it('json: an object needs those fields and values, extra fields allowed', () => {
    const answer = JSON.stringify({ verdict: 'pass', score: 1, detail: { lang: 'en', tags: ['a', 'b'] }, extra: true });
    expect(names(answer, { json: { verdict: 'pass', detail: { tags: ['a', 'b'] } } })).toEqual([]);
    const [wrong] = check({ json: { detail: { lang: 'fr' } } }, answer, 1);
    expect(wrong).toEqual({ expectation: 'json', expected: 'detail.lang = "fr"', got: '"en"' });
    const [absent] = check({ json: { missing: 1 } }, answer, 1);
    expect(absent).toEqual({ expectation: 'json', expected: 'missing = 1', got: 'absent' });
    // Arrays must match whole: a subset is not enough.
    expect(names(answer, { json: { detail: { tags: ['a'] } } })).toEqual(['json']);
    expect(names('[1,2]', { json: { a: 1 } })).toEqual(['json']);
  });

  it('max-latency compares the whole call time', () => {
    expect(check({ maxLatencyMs: 100 }, 'x', 100.4)).toEqual([]);
    expect(check({ maxLatencyMs: 100 }, 'x', 250.6)).toEqual([{ expectation: 'max-latency', expected: '≤ 100 ms', got: '251 ms' }]);
  });

  it('reports every failed expectation, in a stable order', () => {
    expect(names('nothing', { contains: ['a1'], equals: 'b', json: true, maxLatencyMs: 1 }, 5)).toEqual([
      'contains',
      'equals',
      'json',
      'max-latency'
    ]);
  });

  it('an empty answer is said to be empty', () => {
    expect(check({ contains: ['x'] }, '', 1)[0]?.got).toBe('(empty answer)');
  });
});

describe('parseJsonAnswer and excerpt', () => {
  it('reads a fenced block only when it is the whole answer', () => {
    expect(parseJsonAnswer('```\n[1]\n```')).toEqual({ ok: true, value: [1] });
    expect(parseJsonAnswer('text ```json\n[1]\n```').ok).toBe(false);
  });
  it('cuts long answers to a short window', () => {
    const e = excerpt('a'.repeat(1000));
    expect(e.length).toBeLessThanOrEqual(162);
    expect(e.endsWith('…')).toBe(true);
  });
});

describe('hostile answers under a json expectation', () => {
  it('an answer of 5,000 (or 100,000) nested brackets fails its case with a short excerpt, never throws', () => {
    for (const n of [5000, 100_000]) {
      const deep = `{"a": ${'['.repeat(n)}${']'.repeat(n)}}`;
      for (const want of [{ a: 1 }, { a: [1] }, { b: 1 }]) {
        const failures = check({ json: want }, deep, 0);
        expect(failures).toHaveLength(1);
        expect(failures[0]!.got.length).toBeLessThanOrEqual(160);
      }
      expect(check({ json: { a: 1 } }, '['.repeat(n) + ']'.repeat(n), 0)).toHaveLength(1);
    }
  });
});
