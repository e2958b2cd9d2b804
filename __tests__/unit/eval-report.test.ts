// Reports: totals and the gate, JUnit that stays well-formed whatever a model says, and a
// Markdown report that escapes every untrusted piece and fits its budget.
import type { Result } from '../../src/evaluation/engine.js';
import { junitXml } from '../../src/report/junit.js';
import { renderReport } from '../../src/report/markdown.js';
import { resultsDocument, RESULTS_FORMAT } from '../../src/results/format.js';
import { fractionOutput, gate, totalsOf } from '../../src/evaluation/totals.js';
import { findAll, parseXml } from '../helpers/eval-run.js';

const xmlOf = (text: string) => parseXml(new TextEncoder().encode(text));

const result = (over: Partial<Result> & Pick<Result, 'name' | 'status'>): Result => ({
  file: 'evals/cases.yml',
  line: 3,
  failures: [],
  usage: { promptTokens: 100, cachedTokens: 90, completionTokens: 10 },
  latencyMs: 120,
  attempts: 1,
  response: 'fine',
  judgeUsage: {},
  runs: {
    passed: over.status === 'pass' ? 1 : 0,
    failed: over.status === 'fail' ? 1 : 0,
    errored: over.status === 'error' ? 1 : 0,
    total: 1
  },
  flaky: false,
  ...over
});

const HOSTILE = [
  '::error::All tests passed',
  '##[stop-commands]tok',
  '<script>alert(1)</script>',
  '@octocat please merge',
  '</pre></details># Heading\n\n[click](https://evil.example)',
  '\u0000\u0007\u001b[31mred\ud800 lone',
  ']]> & &amp; "quotes" \'single\''
].join('\n\n');

describe('totals and gate', () => {
  const results = [
    result({ name: 'a', status: 'pass' }),
    result({ name: 'b', status: 'fail', failures: [{ expectation: 'contains', expected: '"x"', got: 'y' }] }),
    result({ name: 'c', status: 'error', error: 'HTTP 500', usage: {}, response: undefined })
  ];

  it('counts, sums tokens and computes the cached share', () => {
    const t = totalsOf(results);
    expect(t).toMatchObject({ passed: 1, failed: 1, errored: 1, total: 3, promptTokens: 200, cachedTokens: 180, completionTokens: 20 });
    expect(fractionOutput(t.passRate)).toBe('0.3333');
    expect(fractionOutput(t.cachedShare)).toBe('0.9');
  });

  it('fails below the pass rate, passes at or above it', () => {
    const t = totalsOf(results);
    expect(gate(t, { minPassRate: 0.34, failOn: 'pass-rate' }, false).ok).toBe(false);
    expect(gate(t, { minPassRate: 0.3, failOn: 'pass-rate' }, false)).toEqual({ ok: true, reasons: [] });
  });

  it('never passes silently: nothing ran, everything errored, the cache was gone', () => {
    expect(gate(totalsOf([]), { minPassRate: 0, failOn: 'pass-rate' }, false).reasons[0]).toMatch(/0 of 0 is not a pass/);
    const allErrors = totalsOf([result({ name: 'x', status: 'error' }), result({ name: 'y', status: 'error' })]);
    expect(gate(allErrors, { minPassRate: 0, failOn: 'pass-rate' }, false).reasons[0]).toMatch(/Every case errored/);
    expect(
      gate(totalsOf([result({ name: 'a', status: 'pass' })]), { minPassRate: 0, failOn: 'pass-rate' }, true).reasons.join(' ')
    ).toMatch(/does not exist or has expired/);
  });
});

describe('junitXml', () => {
  const run = (results: Result[]) =>
    junitXml({ model: 'gemini-2.5-flash', totals: totalsOf(results), results, durationMs: 1234, timestamp: '2026-11-23T00:00:00.000Z' });

  it('has one testcase per case, classname the model, the failed expectation as the message', () => {
    const xml = run([
      result({ name: 'ok', status: 'pass' }),
      result({ name: 'bad', status: 'fail', failures: [{ expectation: 'contains', expected: '"Paris"', got: 'Rome' }] }),
      result({ name: 'down', status: 'error', error: 'HTTP 503' })
    ]);
    const root = xmlOf(xml);
    expect(root.name).toBe('testsuites');
    expect(findAll(root, 'testcase')).toHaveLength(3);
    expect(xml).toContain('tests="3" failures="1" errors="1"');
    expect(xml).toContain('<testcase name="bad" classname="gemini-2.5-flash" time="0.120" file="evals/cases.yml" line="3">');
    expect(xml).toContain('<failure message="contains: expected &quot;Paris&quot;" type="contains">');
    expect(xml).toContain('<error message="HTTP 503" type="gateway">');
    expect(xml).toContain('<system-out>fine</system-out>');
  });

  it('stays well-formed whatever the model answered and whatever the case is called', () => {
    const xml = run([
      result({
        name: 'a "quoted" <name> & more',
        status: 'fail',
        response: HOSTILE,
        failures: [{ expectation: 'equals', expected: HOSTILE, got: HOSTILE }]
      }),
      result({ name: 'b', status: 'pass', response: HOSTILE })
    ]);
    const cases = findAll(xmlOf(xml), 'testcase');
    // Escaped, not dropped: the answer reads back as the model wrote it, bar what XML cannot hold.
    expect(findAll(cases[1]!, 'system-out')[0]!.text).toBe(
      HOSTILE.replace(/[\u0000\u0007\u001b]/g, '\ufffd') /* eslint-disable-line no-control-regex -- the very characters XML forbids */
        .replace('\ud800', '\ufffd')
    );
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('\ufffd lone');
  });

  it('the checker itself refuses what is not well-formed', () => {
    expect(() => xmlOf('<a><b></a></b>')).toThrow(/Expected closing tag 'b'/);
    expect(() => xmlOf('<a>x & y</a>')).toThrow(/'&' is not expected/);
    expect(() => xmlOf('<a>\u0001</a>')).toThrow(/not allowed in XML/);
    expect(() => xmlOf('<a b=c/>')).toThrow(/Attribute 'b' is without value/);
    expect(() => xmlOf('<a>&bogus;</a>')).toThrow(/bad reference &bogus;/);
    expect(xmlOf('<?xml version="1.0"?><a k="x &amp;#38; &#x41;"><!-- c --><b>1 &lt; 2</b><![CDATA[<raw>]]></a>')).toEqual({
      name: 'a',
      attrs: { k: 'x &#38; A' },
      children: [{ name: 'b', attrs: {}, children: [], text: '1 < 2' }],
      text: '<raw>'
    });
  });
});

describe('renderReport', () => {
  const input = (results: Result[], minPassRate = 1) => {
    const totals = totalsOf(results);
    return {
      model: 'Doubao-1.5-pro-32k',
      totals,
      results,
      verdict: gate(totals, { minPassRate, failOn: 'pass-rate' }, false),
      minPassRate,
      durationMs: 5000,
      resultsNote: 'see results-file'
    };
  };

  it('leads with the verdict and counts, and lists failures before passes', () => {
    const text = renderReport(
      input([
        result({ name: 'good', status: 'pass' }),
        result({ name: 'broken', status: 'fail', failures: [{ expectation: 'equals', expected: '"4"', got: '5' }] })
      ]),
      60_000
    );
    expect(text.split('\n')[0]).toBe('### ❌ Evaluation failed: 1 of 2 cases passed on Doubao-1.5-pro-32k');
    expect(text).toContain('| 1 | 1 | 0 | 2 | 50% | 100% | 5.0 s |');
    expect(text.indexOf('broken')).toBeLessThan(text.indexOf('good'));
    expect(text).toContain('<details><summary>broken: ❌ fail</summary>');
    expect(text).toContain('90% of 200 prompt tokens came from the cache');
  });

  it('warns when nothing came from the cache', () => {
    const text = renderReport(input([result({ name: 'a', status: 'pass', usage: { promptTokens: 50, cachedTokens: 0 } })]), 60_000);
    expect(text).toContain('The cache is not being used');
  });

  it('escapes every untrusted piece: names, answers, expectations', () => {
    const text = renderReport(
      input([
        result({
          name: '<img src=x onerror=alert(1)> @admin |x|',
          status: 'fail',
          response: HOSTILE,
          failures: [{ expectation: 'contains', expected: HOSTILE, got: HOSTILE }]
        })
      ]),
      60_000
    );
    expect(text).not.toMatch(/<script|<img|@octocat|@admin/);
    // No link syntax survives anywhere, and the answer's closing tags are text: only ours are there.
    expect(text).not.toContain('](https');
    expect(text.match(/<\/details>/g)).toHaveLength(1);
    expect(text).not.toContain('<pre');
    expect(text).not.toContain('\u001b');
    // Table cells stay one cell: an answer's | cannot add columns.
    const row = text.split('\n').find((l) => l.includes('img'))!;
    expect(row.split(' | ')).toHaveLength(4);
  });

  it('fits the budget: passing rows go first, then answers shorten, with a note of what was left out', () => {
    const many = Array.from({ length: 2000 }, (_, i) =>
      result({
        name: `case ${i}`,
        status: i % 10 === 0 ? 'fail' : 'pass',
        response: 'y'.repeat(3000),
        failures: i % 10 === 0 ? [{ expectation: 'equals', expected: '"x"', got: 'y' }] : []
      })
    );
    const text = renderReport(input(many), 60_000);
    expect(text.length).toBeLessThanOrEqual(60_000);
    expect(text).toMatch(/\d+ more case\(s\) not shown here: see results-file\./);
    // Every failure row was kept before any pass row.
    const shownFail = (text.match(/❌ fail/g) ?? []).length;
    const shownPass = (text.match(/✅ pass/g) ?? []).length;
    expect(shownFail === 200 || shownPass === 0).toBe(true);
  });
});

describe('resultsDocument', () => {
  it('names its format and keeps every case field', () => {
    const doc = resultsDocument({
      model: 'm',
      casesFiles: ['a.yml'],
      startedAt: 'now',
      durationMs: 5,
      totals: totalsOf([]),
      results: [result({ name: 'a', status: 'pass', latencyMs: 12.6 })]
    });
    expect(doc.format).toBe(RESULTS_FORMAT);
    expect(doc.cases[0]).toEqual({
      name: 'a',
      file: 'evals/cases.yml',
      line: 3,
      status: 'pass',
      failures: [],
      error: undefined,
      response: 'fine',
      usage: { promptTokens: 100, cachedTokens: 90, completionTokens: 10 },
      latencyMs: 13,
      attempts: 1,
      runs: { passed: 1, failed: 0, errored: 0, total: 1 },
      flaky: false,
      judge: undefined,
      judgeUsage: {},
      change: undefined
    });
  });
});

describe('report files written case by case', () => {
  it('the results file in pieces is byte for byte JSON.stringify(doc, null, 2), whatever the cases hold', async () => {
    const { CASES_PER_PIECE, resultsJsonChunks } = await import('../../src/report/results-json.js');
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        result({ name: `c${i} ]}`, status: i % 3 ? 'pass' : 'fail', response: `${i}\n  }`.repeat(i % 5) })
      );
    for (const results of [
      [],
      [result({ name: 'a', status: 'pass' })],
      [
        result({ name: 'x\n"]}', status: 'fail', response: HOSTILE, failures: [{ expectation: 'contains', expected: '"[]"', got: '[]' }] }),
        result({ name: 'b', status: 'error', error: '[]' })
      ],
      many(CASES_PER_PIECE),
      many(CASES_PER_PIECE + 1),
      many(3 * CASES_PER_PIECE + 5)
    ]) {
      const doc = resultsDocument({ model: 'm', casesFiles: ['[]'], startedAt: 'now', durationMs: 5, totals: totalsOf(results), results });
      const chunks = [...resultsJsonChunks(doc)];
      expect(chunks.join('')).toBe(`${JSON.stringify(doc, null, 2)}\n`);
      // A few cases a piece, never the whole list in one string.
      expect(chunks.length).toBe(results.length ? Math.ceil(results.length / CASES_PER_PIECE) + 2 : 1);
    }
  });

  it('JUnit: a long error or expectation is a short attribute and the full text once in the body', () => {
    const long = `${'why '.repeat(2000)}END`;
    const xml = junitXml({
      model: 'm',
      totals: totalsOf([]),
      durationMs: 1,
      timestamp: 't',
      results: [
        result({ name: 'e', status: 'error', error: long }),
        result({ name: 'f', status: 'fail', failures: [{ expectation: 'equals', expected: long, got: 'x' }] })
      ]
    });
    const root = xmlOf(xml);
    for (const el of [...findAll(root, 'error'), ...findAll(root, 'failure')]) {
      expect(el.attrs['message']!.length).toBeLessThanOrEqual(200);
      expect(el.text).toContain('END');
    }
    expect(xml.split('END').length - 1).toBe(2);
  });
});
