// The report's Markdown as GitHub reads it: parsed by micromark (CommonMark + GFM), its
// structure checked block by block: the flaky and cache quotes hold only their own text, every
// table has its columns and rows, each case's details block opens and closes around its answer.
import type { Comparison } from '../../src/evaluation/compare.js';
import { compare, readBaseline } from '../../src/evaluation/compare.js';
import type { Result } from '../../src/evaluation/engine.js';
import { gate, totalsOf } from '../../src/evaluation/totals.js';
import { forQuote } from '../../src/escape.js';
import { renderReport, type ReportInput } from '../../src/report/markdown.js';
import { detailsBlocks, nodesOf, outline, parseMarkdown, tableRows, textOf } from '../helpers/markdown.js';

const result = (over: Partial<Result> & Pick<Result, 'name' | 'status'>): Result => ({
  file: 'evals/cases.yml',
  line: 3,
  failures: [],
  usage: { promptTokens: 6000, cachedTokens: 0, completionTokens: 10 },
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

const LONG_LINE = 'The refund policy says customers may return goods within thirty days '.repeat(6).trim();

function scenario(): ReportInput {
  const results: Result[] = [
    result({
      name: 'refund window',
      status: 'fail',
      failures: [{ expectation: 'max-latency', expected: '≤ 1500 ms', got: '1814 ms' }],
      response: `${LONG_LINE}\n\n# not a heading\n- not a list\n| not | a table |\n    not code`
    }),
    result({
      name: 'tone',
      status: 'pass',
      flaky: true,
      runs: {
        passed: 2,
        failed: 1,
        errored: 0,
        total: 3,
        detail: [
          { status: 'pass', failures: [], response: 'Polite answer one', latencyMs: 100 },
          {
            status: 'fail',
            failures: [{ expectation: 'judge', expected: 'polite (pass, score ≥ 0.5)', got: 'fail, score 0.2: rude' }],
            response: 'RUDE ANSWER TWO',
            grade: { pass: false, score: 0.2, reason: 'rude' },
            latencyMs: 90
          },
          { status: 'pass', failures: [], response: 'Polite answer three', latencyMs: 110 }
        ]
      }
    }),
    ...['a', 'b', 'c'].map((n) => result({ name: `kept ${n}`, status: 'pass' })),
    result({ name: 'brand new <b>x</b>', status: 'pass' }),
    result({ name: 'was broken', status: 'pass' })
  ];
  const baseline = readBaseline(
    JSON.stringify({
      format: 'context-cache-eval/results@1',
      model: 'gemini-2.5-flash',
      startedAt: '2026-12-01T03:04:05.000Z',
      cases: [
        { name: 'refund window', status: 'pass', response: 'Within 30 days.' },
        { name: 'tone', status: 'pass' },
        { name: 'kept a', status: 'pass' },
        { name: 'kept b', status: 'pass' },
        { name: 'kept c', status: 'pass' },
        { name: 'was broken', status: 'fail' },
        { name: 'deleted `case` @team', status: 'fail' },
        { name: 'renamed case', status: 'pass' }
      ]
    })
  );
  if (typeof baseline === 'string') throw new Error(baseline);
  const comparison: Comparison = compare(baseline, results, { model: 'gemini-2.5-flash', casesFiles: [] });
  const totals = totalsOf(results);
  return {
    model: 'gemini-2.5-flash',
    totals,
    results,
    verdict: gate(totals, { minPassRate: 1, failOn: 'regressions', regressed: comparison.counts.regressed }, false),
    minPassRate: 1,
    failOn: 'regressions',
    durationMs: 4200,
    comparison,
    baseline: { model: baseline.model, startedAt: baseline.startedAt },
    run: {
      commit: '0123456789abcdef0123456789abcdef01234567',
      runUrl: 'https://github.com/o/r/actions/runs/99/attempts/2',
      runId: '99',
      attempt: '2'
    },
    judgeModel: 'gemini-2.5-pro',
    resultsNote: 'see results-file'
  };
}

describe('the report, parsed as GitHub parses it', () => {
  const text = renderReport(scenario(), 60_000);
  const root = parseMarkdown(text);

  it('every quote holds only its own text: nothing after a quote is swallowed into it', () => {
    const quotes = nodesOf(root, 'blockquote').map(textOf);
    const top = root.children.filter((n) => n.type === 'blockquote').map((n) => textOf(n));
    const flaky = top.find((q) => q.includes('flaky'))!;
    expect(flaky).toMatch(/^⚠️ 1 case\(s\) are flaky: some runs passed and some failed\. Each run is listed in the case's details\.$/);
    const cache = top.find((q) => q.includes('cache is not being used'))!;
    expect(cache).not.toMatch(/Judges|flaky|baseline/);
    // The baseline's counts are a paragraph of their own, not part of any quote.
    expect(quotes.some((q) => q.includes('Against the baseline'))).toBe(false);
    const counts = root.children.find((n) => n.type === 'paragraph' && textOf(n).startsWith('Against the baseline'));
    expect(counts && textOf(counts)).toContain('🔻 1 regressed');
  });

  it('leads with one heading, then which commit, run, baseline and judge', () => {
    expect(outline(root)[0]).toBe('heading');
    expect(nodesOf(root, 'heading')).toHaveLength(1);
    const identity = textOf(root.children[1]!);
    expect(identity).toBe(
      'Commit 0123456 · run 99, attempt 2 · compared with a baseline on gemini-2.5-flash from 2026-12-01 03:04 UTC · judged by gemini-2.5-pro'
    );
    const [link] = nodesOf(root.children[1]!, 'link');
    expect(link?.url).toBe('https://github.com/o/r/actions/runs/99/attempts/2');
  });

  it('names removed, new and fixed cases, escaped; removed ones in a warning quote', () => {
    const removed = root.children.find((n) => n.type === 'blockquote' && textOf(n).includes('not run'))!;
    expect(textOf(removed)).toContain('2 case(s) of the baseline were not run');
    expect(nodesOf(removed, 'inlineCode')).toHaveLength(0);
    expect(textOf(removed)).toContain('deleted `case` @\u2060team');
    expect(textOf(removed)).toContain('renamed case');
    const para = (start: string) => root.children.find((n) => n.type === 'paragraph' && textOf(n).startsWith(start));
    expect(textOf(para('New')!)).toContain('brand new <b>x</b>');
    expect(text).not.toContain('<b>x');
    expect(textOf(para('Fixed')!)).toContain('was broken');
  });

  it('tables have their columns and rows; a failing row says what came back', () => {
    const tables = nodesOf(root, 'table').map(tableRows);
    expect(tables.map((t) => t[0])).toEqual([
      ['passed', 'failed', 'errors', 'total', 'pass rate', 'needed', 'time'],
      ['regressed case', 'now', 'baseline'],
      ['case', 'result', 'what failed (or the judge said)', 'latency']
    ]);
    expect(tables[0]).toHaveLength(2);
    expect(tables[1]).toEqual([
      ['regressed case', 'now', 'baseline'],
      ['refund window', 'fail: max-latency: expected ≤ 1500 ms; got 1814 ms', 'pass']
    ]);
    expect(tables[2]).toHaveLength(1 + 7);
    for (const row of tables[2]!) expect(row).toHaveLength(4);
    expect(tables[2]![1]).toEqual(['refund window', '❌ fail', 'max-latency: expected ≤ 1500 ms; got 1814 ms', '0.12 s']);
  });

  it('each answer appears once, in a details block, as wrapped quoted text that holds no markup', () => {
    const details = detailsBlocks(root);
    expect(details.map((d) => d.summary)).toEqual(['refund window: ❌ fail', 'tone: ✅ pass']);
    const refund = details[0]!.body;
    const quotes = refund.filter((n) => n.type === 'blockquote');
    expect(quotes.map(textOf)).toEqual(['Within 30 days.', expect.stringContaining(LONG_LINE)]);
    // No <pre>, no code block, no heading, list or table from the answer.
    expect(text).not.toContain('<pre');
    for (const type of ['code', 'heading', 'list', 'table', 'link'] as const)
      expect(nodesOf({ type: 'root', children: refund }, type)).toEqual([]);
    // `#` keeps a word joiner after it, as everywhere: no reference can form.
    expect(textOf(quotes[1]!)).toContain('#\u2060 not a heading');
    expect(text.split(LONG_LINE).length - 1).toBe(1);
  });

  it('a flaky case keeps every run: status, failure, judge and answer', () => {
    const tone = detailsBlocks(root)[1]!.body.map(textOf);
    expect(tone).toEqual([
      'Run 1 of 3: ✅ pass',
      'Polite answer one',
      'Run 2 of 3: ❌ fail: judge: expected polite (pass, score ≥ 0.5); got fail, score 0.2: rude (judge: score 0.2, rude)',
      'RUDE ANSWER TWO',
      'Run 3 of 3: ✅ pass',
      'Polite answer three'
    ]);
  });
});

describe('forQuote', () => {
  it('keeps lines and indentation, and turns every mark into text', () => {
    const root = parseMarkdown(forQuote('line one\n  indented <b>@x</b>\n\n1. [a](https://e.x) `c` *d* ~~e~~ www.f.com'));
    expect(root.children.map((n) => n.type)).toEqual(['blockquote']);
    const q = root.children[0]!;
    expect(nodesOf(q, 'break')).toHaveLength(1);
    for (const type of ['link', 'inlineCode', 'emphasis', 'delete', 'list', 'html'] as const) expect(nodesOf(q, type)).toEqual([]);
    expect(textOf(q)).toBe('line one\n\u00a0\u00a0indented <b>@\u2060x</b>\n1. [a](https:\u2060//e.x) `c` *d* ~~e~~ www\u2060.f.com');
  });
});
