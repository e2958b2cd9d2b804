import type { Result } from '../../src/evaluation/engine.js';
import { driftOf } from '../../src/history/drift.js';
import { recordOf, type HistoryRecord } from '../../src/history/record.js';
import { mermaidLabel, renderTrend } from '../../src/report/trend.js';

const result = (name: string, status: Result['status']): Result => ({
  name,
  file: 'c.yml',
  status,
  failures: [],
  usage: {},
  judgeUsage: {},
  attempts: 1,
  runs: { passed: 0, failed: 0, errored: 0, total: 1 },
  flaky: false
});
const night = (
  model: string,
  day: number,
  statuses: Record<string, Result['status']>,
  extra: Partial<HistoryRecord> = {}
): HistoryRecord => ({
  ...recordOf(
    { model, time: new Date(Date.UTC(2026, 11, day, 3, 17)), commit: `${day}`.padStart(2, '0').repeat(20), runId: String(100 + day) },
    Object.entries(statuses).map(([n, s]) => result(n, s))
  ),
  ...extra
});
const ok = { alpha: 'pass', beta: 'pass', gamma: 'pass', delta: 'fail' } as const;

test('three nights, a case breaks on the third: named, since right, a chart of three points, a table under it', () => {
  const nights = [
    night('gemini-2.5-flash', 1, ok),
    night('gemini-2.5-flash', 2, ok),
    night('gemini-2.5-flash', 3, { ...ok, beta: 'fail' })
  ];
  const text = renderTrend({ history: new Map([['gemini-2.5-flash', nights]]), repoUrl: 'https://github.com/o/r' });
  const block = /```mermaid\n([\s\S]*?)```/.exec(text)![1]!;
  expect(block).toContain('xychart-beta');
  expect(block).toContain('x-axis ["12-01", "12-02", "12-03"]');
  expect(block).toContain('y-axis "pass rate %" 0 --> 100');
  expect(block).toContain('line [75, 75, 50]');
  expect(text).toMatch(
    /\| 2026-12-03 03:17 \| \[`0303030`\]\(https:\/\/github.com\/o\/r\/commit\/0{0}3{0}[0-9]+\) \| 50% \(\d+–\d+%\) \| 2 \/ 4 \|/
  );
  expect(text).toContain('Newly failing (1): beta');
  expect(text).not.toContain('Newly passing');
  // beta fails since night 3 (one run); delta since at least night 1.
  expect(text).toMatch(/\| beta \| 12-03 \(\[`0303030`\]/);
  expect(text).toMatch(/\| delta \| at least 12-01 \(\[`0101010`\][^|]*\| 3\+ \|/);
  expect(text).toMatch(/one-sided p = 0\.500\)?: inconclusive|p = 0\.500/);
});

test('drift: five cases break at once is worse (p = 1/32), one is inconclusive; a recovery shows newly passing', () => {
  const all = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`c${i}`, 'pass' as const]));
  const broken = { ...all, c0: 'fail', c1: 'fail', c2: 'error', c3: 'fail', c4: 'fail' } as const;
  const d = driftOf([night('m', 1, all), night('m', 2, broken)])!;
  expect([...d.newlyFailing].sort()).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
  expect(d.p).toBeCloseTo(1 / 32, 10);
  expect(d.worse).toBe(true);
  expect(driftOf([night('m', 1, all), night('m', 2, { ...all, c0: 'fail' })])!.worse).toBe(false);
  const back = driftOf([night('m', 1, all), night('m', 2, broken), night('m', 3, all)])!;
  expect(back.newlyPassing).toHaveLength(5);
  expect(back.worse).toBe(false);
  expect(driftOf([night('m', 1, all)])).toBeUndefined();
});

test('two models: one line each, a legend in order, a model column; runs grouped by run id', () => {
  const a = [night('gemini-2.5-flash', 1, ok), night('gemini-2.5-flash', 2, ok)];
  const b = [night('Doubao-pro-32k', 2, { alpha: 'pass', beta: 'fail' })];
  const text = renderTrend({
    history: new Map([
      ['gemini-2.5-flash', a],
      ['Doubao-pro-32k', b]
    ])
  });
  expect(text).toContain('line [75, 75]');
  expect(text).toContain('line [50, 50]');
  expect(text).toContain('Lines, in order: 1. gemini-2.5-flash, 2. Doubao-pro-32k');
  expect(text).toContain('| model | date |');
});

test('a hostile record cannot break out of the chart or the Markdown, nor mention anyone', () => {
  const evil = '```\n</details>@octocat [x](javascript:alert(1)) ##[error]|';
  const r = night('gemini-2.5-flash', 1, { [evil]: 'pass' });
  const r2 = night('gemini-2.5-flash', 2, { [evil]: 'fail' }, { cost: 0.0123 });
  const text = renderTrend({ history: new Map([['gemini-2.5-flash', [r, r2]]]) });
  const block = /```mermaid\n([\s\S]*?)```/.exec(text)![1]!;
  expect(block).not.toContain(evil.slice(0, 3));
  expect(text.match(/```/g)).toHaveLength(2);
  expect(text).not.toContain('@octocat');
  expect(text).not.toContain('</details>');
  expect(text).not.toContain('](javascript');
  expect(text).toContain('0.0123');
  expect(mermaidLabel('a"]\n%%{init}%%`')).toBe('ainit');
});

test('no record: nothing to show', () => {
  expect(renderTrend({ history: new Map([['m', []]]) })).toBe('');
});
