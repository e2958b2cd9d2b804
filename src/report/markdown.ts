// The report a person reads, as Markdown with a little HTML: the job summary and the PR comment
// are the same text. Every piece of untrusted text (case names, answers, gateway messages) goes
// through src/escape.ts; the whole stays under a size budget (1 MiB for a summary, 65,536
// characters for a comment) by dropping passing rows first, then shortening answers. Pure.
import { forCell, forHtml, forPre } from '../escape.js';
import { thousands } from '../numbers.js';
import type { Comparison } from '../evaluation/compare.js';
import type { Result } from '../evaluation/engine.js';
import { regressionSection } from './regressions.js';
import { percent, type GateRules, type GateOutcome, type Totals } from '../evaluation/totals.js';

export interface ReportInput {
  readonly model: string;
  readonly totals: Totals;
  readonly results: readonly Result[];
  readonly verdict: GateOutcome;
  readonly minPassRate: number;
  readonly failOn?: GateRules['failOn'];
  readonly durationMs: number;
  /** Against the baseline, when one was given: shown first. */
  readonly comparison?: Comparison;
  /** Where the full results are, for the line that says some rows were left out. */
  readonly resultsNote?: string;
}

const ICON = { pass: '✅ pass', fail: '❌ fail', error: '⚠️ error' } as const;
const ORDER = { error: 0, fail: 1, pass: 2 } as const;

export function renderReport(input: ReportInput, budget: number): string {
  // Regressions lead: "did this pull request make things worse?" is the question.
  const head = header(input) + (input.comparison ? regressionSection(input.comparison, input.results, Math.floor(budget / 3)) : '');
  // Failures and errors first: they are what a reviewer opens the report for.
  const rows = [...input.results].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  for (const answerMax of [2000, 500, 0]) {
    const text = assemble(head, rows, answerMax, budget, input.resultsNote);
    if (text.length <= budget) return text;
  }
  return `${head.slice(0, Math.max(0, budget - 40))}\n\n(report cut to fit)\n`;
}

function header({ model, totals, verdict, minPassRate, failOn, durationMs }: ReportInput): string {
  const title = verdict.ok
    ? `### ✅ Evaluation passed: ${totals.passed} of ${totals.total} cases on ${forCell(model, 80)}`
    : `### ❌ Evaluation failed: ${totals.passed} of ${totals.total} cases passed on ${forCell(model, 80)}`;
  const lines = [
    title,
    '',
    ...verdict.reasons.map((r) => `> ${forHtml(r)}`),
    verdict.reasons.length ? '' : undefined,
    '| passed | failed | errors | total | pass rate | needed | time |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${totals.passed} | ${totals.failed} | ${totals.errored} | ${totals.total} | ${percent(totals.passRate)} | ${failOn === 'regressions' ? 'no regression' : percent(minPassRate)} | ${(durationMs / 1000).toFixed(1)} s |`,
    '',
    cacheLine(model, totals),
    totals.judge.promptTokens
      ? `Judges: ${thousands(totals.judge.promptTokens)} prompt tokens (${percent(totals.judge.promptTokens ? totals.judge.cachedTokens / totals.judge.promptTokens : 0)} from the rubric's cache), ${thousands(totals.judge.completionTokens)} completion tokens, counted apart.`
      : undefined,
    totals.flaky ? `> ⚠️ ${totals.flaky} case(s) are **flaky**: some runs passed and some failed.` : undefined,
    ''
  ];
  return lines.filter((l) => l !== undefined).join('\n');
}

function cacheLine(model: string, t: Totals): string {
  if (t.promptTokens === 0) return `Tokens: the gateway reported no prompt tokens for ${forCell(model, 80)}.`;
  const share = `${percent(t.cachedShare)} of ${thousands(t.promptTokens)} prompt tokens came from the cache (${thousands(t.cachedTokens)}); ${thousands(t.completionTokens)} completion tokens.`;
  return t.cachedTokens === 0
    ? `> ⚠️ **The cache is not being used**: 0% of prompt tokens came from the cache on ${forCell(model, 80)}. Check that context-id is the create step's and the model is the one the cache was made for.`
    : `Cache on ${forCell(model, 80)}: ${share}`;
}

function assemble(head: string, rows: readonly Result[], answerMax: number, budget: number, note?: string): string {
  const parts = [head, '| case | result | what failed (or the judge said) | latency |', '| --- | --- | --- | ---: |'];
  let size = parts.join('\n').length;
  let shown = 0;
  const details: string[] = [];
  for (const r of rows) {
    const runs = r.runs.total > 1 ? ` ${r.runs.passed}/${r.runs.total}${r.flaky ? ' flaky' : ''}` : '';
    const row = `| ${forCell(r.name, 120)} | ${ICON[r.status]}${runs}${r.attempts > r.runs.total ? ` (${r.attempts} attempts)` : ''} | ${forCell(problem(r), 300)} | ${r.latencyMs === undefined ? '—' : `${(r.latencyMs / 1000).toFixed(2)} s`} |`;
    const detail = r.status === 'pass' || answerMax === 0 ? '' : answerBlock(r, answerMax);
    // Keep room for the closing line; passing rows are the first to go.
    if (size + row.length + detail.length + 400 > budget) break;
    parts.push(row);
    if (detail) details.push(detail);
    size += row.length + detail.length + 2;
    shown++;
  }
  if (shown < rows.length) parts.push('', `${rows.length - shown} more case(s) not shown here${note ? `: ${forHtml(note)}` : ''}.`);
  if (details.length) parts.push('', '**Answers of the cases that did not pass**', '', ...details);
  return `${parts.join('\n')}\n`;
}

/** What went wrong, in one line: every failed expectation, or the error. */
function problem(r: Result): string {
  if (r.status === 'error') return r.error ?? 'error';
  // A judge's reason is worth reading even when it passed.
  const judged = r.grade && r.status === 'pass' ? `judge: score ${r.grade.score}, ${r.grade.reason}` : '';
  return (
    r.failures.map((f) => `${f.expectation}: expected ${f.expected}${f.expectation === 'judge' ? `; got ${f.got}` : ''}`).join('; ') ||
    judged
  );
}

function answerBlock(r: Result, max: number): string {
  // One line each (forCell): a blank line in an answer would end the HTML block and let Markdown in.
  const failures = r.failures.map(
    (f) => `<li><code>${forCell(f.expectation)}</code>: expected ${forCell(f.expected, 300)}, got ${forCell(f.got, 300)}</li>`
  );
  const answer = r.response === undefined ? '<em>(no answer)</em>' : `<pre>${forPre(r.response, max)}</pre>`;
  return `<details><summary>${forCell(r.name, 120)}</summary>\n\n${failures.length ? `<ul>${failures.join('')}</ul>\n\n` : ''}${answer}\n\n</details>\n`;
}
