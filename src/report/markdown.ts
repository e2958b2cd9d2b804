// The report a person reads, as Markdown with a little HTML: the job summary and the PR comment
// are the same text. Every piece of untrusted text (case names, answers, gateway messages) goes
// through src/escape.ts; the whole stays under a size budget (1 MiB for a summary, 65,536
// characters for a comment) by dropping passing rows first, then shortening answers. Pure.
//
// Blocks are joined by a blank line, always: a quote (`> …`) swallows the next line unless a blank
// line ends it (CommonMark's lazy continuation), and an HTML block runs to the next blank line.
import { forCell, forHtml, forQuote } from '../escape.js';
import { thousands } from '../numbers.js';
import type { Comparison } from '../evaluation/compare.js';
import type { Result, RunDetail } from '../evaluation/engine.js';
import type { Failure } from '../evaluation/expectations.js';
import { regressionSection } from './regressions.js';
import { abSection, type AbReport } from './ab.js';
import { percent, type GateRules, type GateOutcome, type Totals } from '../evaluation/totals.js';

/** Which run this report is of: shown under the title, as the comment is edited in place on every push. */
export interface RunIdentity {
  /** The commit evaluated (a pull request's head, not its merge commit), full SHA. */
  readonly commit?: string;
  /** The workflow run's page, with its attempt. */
  readonly runUrl?: string;
  readonly runId?: string;
  readonly attempt?: string;
}

/** No cache: the prompt files sent in front of every case. */
export interface InlinePrompt {
  readonly file: string;
  readonly estimatedTokens: number;
}

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
  /** The baseline's own model and start, as its file says. */
  readonly baseline?: { readonly model?: string; readonly startedAt?: string };
  /** Where the full results are, for the line that says some rows were left out. */
  readonly resultsNote?: string;
  /** Head against base: the paired test, each side's pass rate and cost. */
  readonly ab?: AbReport;
  readonly run?: RunIdentity;
  /** The grader's model, when a case was judged. */
  readonly judgeModel?: string;
  /** The prompt was sent inline with each case (no cache): its files and estimated size, for what that cost. */
  readonly inlinePrompt?: InlinePrompt;
}

const ICON = { pass: '✅ pass', fail: '❌ fail', error: '⚠️ error' } as const;
const ORDER = { error: 0, fail: 1, pass: 2 } as const;
/** The answer excerpt a failing row shows (the whole answer is in the case's details). */
const ROW_GOT = 160;

export function renderReport(input: ReportInput, budget: number): string {
  const head = headBlocks(input);
  // Regressions lead: "did this pull request make things worse?" is the question.
  const ab = abSection(input.ab).trim();
  if (ab) head.push(ab);
  if (input.comparison) head.push(...regressionSection(input.comparison, input.results, Math.floor(budget / 3)));
  // Failures and errors first: they are what a reviewer opens the report for.
  const rows = [...input.results].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  const regressed = new Set(input.comparison?.changes.filter((c) => c.change === 'regressed').map((c) => c.name));
  const before = new Map(input.comparison?.changes.map((c) => [c.name, c.before]));
  for (const answerMax of [2000, 500, 0]) {
    const text = assemble(head, rows, {
      answerMax,
      budget,
      note: input.resultsNote,
      regressed,
      before,
      sideBySide: input.ab?.sideBySide === true
    });
    if (text.length <= budget) return text;
  }
  return `${head.join('\n\n').slice(0, Math.max(0, budget - 40))}\n\n(report cut to fit)\n`;
}

function headBlocks(input: ReportInput): string[] {
  const { model, totals, verdict, minPassRate, failOn, durationMs } = input;
  const title = verdict.ok
    ? `### ✅ Evaluation passed: ${totals.passed} of ${totals.total} cases on ${forCell(model, 80)}`
    : `### ❌ Evaluation failed: ${totals.passed} of ${totals.total} cases passed on ${forCell(model, 80)}`;
  const blocks = [title];
  const identity = identityLine(input);
  if (identity) blocks.push(identity);
  if (verdict.reasons.length) blocks.push(verdict.reasons.map((r) => `> ${forCell(r, 1000)}`).join('\n>\n'));
  blocks.push(
    [
      '| passed | failed | errors | total | pass rate | needed | time |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      `| ${totals.passed} | ${totals.failed} | ${totals.errored} | ${totals.total} | ${percent(totals.passRate)} | ${failOn === 'regressions' ? 'no regression' : failOn === 'worse' ? 'not worse' : percent(minPassRate)} | ${(durationMs / 1000).toFixed(1)} s |`
    ].join('\n')
  );
  const calls = input.results.reduce((n, r) => n + r.runs.total, 0);
  blocks.push(input.inlinePrompt ? inlineLine(model, totals, input.inlinePrompt, calls) : cacheLine(model, totals));
  if (totals.judge.promptTokens)
    blocks.push(
      `Judges: ${thousands(totals.judge.promptTokens)} prompt tokens (${percent(totals.judge.cachedTokens / totals.judge.promptTokens)} from the rubric's cache), ${thousands(totals.judge.completionTokens)} completion tokens, counted apart.`
    );
  if (totals.flaky)
    blocks.push(`> ⚠️ ${totals.flaky} case(s) are **flaky**: some runs passed and some failed. Each run is listed in the case's details.`);
  return blocks;
}

/** Commit · run · baseline · judge: which run a comment edited in place is of. */
function identityLine({ run, baseline, comparison, judgeModel, ab }: ReportInput): string | undefined {
  const parts: string[] = [];
  if (run?.commit) parts.push(`Commit <code>${forCell(run.commit.slice(0, 7), 12)}</code>`);
  if (run?.runUrl && run.runId) {
    const label = `run ${forCell(run.runId, 30)}${run.attempt ? `, attempt ${forCell(run.attempt, 10)}` : ''}`;
    parts.push(`[${label}](${run.runUrl})`);
  }
  // Side by side, both prompts were asked in this run: no earlier run to date.
  if (comparison && ab?.sideBySide) parts.push('compared side by side with the base');
  else if (comparison) {
    const from = baseline?.startedAt ? ` from ${baseline.startedAt.slice(0, 16).replace('T', ' ')} UTC` : ' (undated)';
    parts.push(`compared with a baseline${baseline?.model ? ` on ${forCell(baseline.model, 80)}` : ''}${from}`);
  }
  if (judgeModel) parts.push(`judged by ${forCell(judgeModel, 80)}`);
  return parts.length ? parts.join(' · ') : undefined;
}

function cacheLine(model: string, t: Totals): string {
  if (t.promptTokens === 0) return `Tokens: the gateway reported no prompt tokens for ${forCell(model, 80)}.`;
  const share = `${percent(t.cachedShare)} of ${thousands(t.promptTokens)} prompt tokens came from the cache (${thousands(t.cachedTokens)}); ${thousands(t.completionTokens)} completion tokens.`;
  return t.cachedTokens === 0
    ? `> ⚠️ **The cache is not being used**: 0% of prompt tokens came from the cache on ${forCell(model, 80)}. Check that context-id is the create step's and the model is the one the cache was made for.`
    : `Cache on ${forCell(model, 80)}: ${share}`;
}

function inlineLine(model: string, t: Totals, prompt: InlinePrompt, calls: number): string {
  const resent = prompt.estimatedTokens * calls;
  return `**No cache was used**: the prompt (${forCell(prompt.file, 200)}, about ${thousands(prompt.estimatedTokens)} tokens) was sent with each of ${thousands(calls)} call(s) to ${forCell(model, 80)}, about ${thousands(resent)} prompt tokens for it alone. In all ${thousands(t.promptTokens)} prompt tokens (${thousands(t.cachedTokens)} from the provider's own cache) and ${thousands(t.completionTokens)} completion tokens.`;
}

interface Layout {
  readonly answerMax: number;
  readonly budget: number;
  readonly note?: string;
  readonly regressed: ReadonlySet<string>;
  readonly before: ReadonlyMap<string, { readonly status: string; readonly response?: string } | undefined>;
  /** The baseline is the base's prompt, asked in this run beside the head (not an earlier run). */
  readonly sideBySide: boolean;
}

function assemble(head: readonly string[], rows: readonly Result[], layout: Layout): string {
  const table = ['| case | result | what failed (or the judge said) | latency |', '| --- | --- | --- | ---: |'];
  let size = head.join('\n\n').length + table.join('\n').length;
  let shown = 0;
  const details: string[] = [];
  for (const r of rows) {
    const runs = r.runs.total > 1 ? ` ${r.runs.passed}/${r.runs.total}${r.flaky ? ' flaky' : ''}` : '';
    const row = `| ${forCell(r.name, 120)} | ${ICON[r.status]}${runs}${r.attempts > r.runs.total ? ` (${r.attempts} attempts)` : ''} | ${forCell(problem(r), 600)} | ${r.latencyMs === undefined ? '—' : `${(r.latencyMs / 1000).toFixed(2)} s`} |`;
    const detail = (r.status === 'pass' && !r.flaky) || layout.answerMax === 0 ? '' : caseDetails(r, layout);
    // Keep room for the closing line; passing rows are the first to go.
    if (size + row.length + detail.length + 400 > layout.budget) break;
    table.push(row);
    if (detail) details.push(detail);
    size += row.length + detail.length + 4;
    shown++;
  }
  const blocks = [...head, table.join('\n')];
  if (shown < rows.length)
    blocks.push(`${rows.length - shown} more case(s) not shown here${layout.note ? `: ${forHtml(layout.note)}` : ''}.`);
  if (details.length) blocks.push('**What came back** from the cases that did not pass (and every run of a flaky one)', ...details);
  return `${blocks.join('\n\n')}\n`;
}

/** What went wrong, in one line: every failed expectation with what came back, or the error. */
function problem(r: Result): string {
  if (r.status === 'error') return r.error ?? 'error';
  // A flaky pass still says what its failing run got: that run is why the case is flagged.
  const failing = r.flaky ? (r.runs.detail ?? []).findIndex((run) => run.status === 'fail') : -1;
  const flaky = failing >= 0 ? `run ${failing + 1} of ${r.runs.total}: ${failureText(r.runs.detail![failing]!.failures)}` : '';
  // A judge's reason is worth reading even when it passed.
  const judged = r.grade && r.status === 'pass' ? `judge: score ${r.grade.score}, ${r.grade.reason}` : '';
  return failureText(r.failures) || flaky || judged;
}

function failureText(failures: readonly Failure[]): string {
  return failures.map((f) => `${f.expectation}: expected ${f.expected}; got ${clip(f.got, ROW_GOT)}`).join('; ');
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * A case's answer (once), and for a regression the baseline's beside it, and for repeats every
 * run's verdict and answer. Markdown inside <details> (the blank line after <summary> lets it in):
 * quoted lines from forQuote, which wrap as prose and cannot hold markup.
 */
function caseDetails(r: Result, { answerMax, regressed, before, sideBySide }: Layout): string {
  const blocks = [`<details><summary>${forCell(r.name, 120)}: ${ICON[r.status]}</summary>`];
  if (regressed.has(r.name)) {
    const was = before.get(r.name);
    blocks.push(
      sideBySide ? `**The base's answer** (it passes there):` : `**The baseline's answer** (it passed then):`,
      quoted(was?.response, answerMax)
    );
  }
  const detail = r.runs.detail;
  if (detail && detail.length > 1) {
    // An answer that came back the same as an earlier run's is named, not repeated.
    const first = new Map<string, number>();
    detail.forEach((run, i) => {
      const same = run.response === undefined ? undefined : first.get(run.response);
      if (run.response !== undefined && same === undefined) first.set(run.response, i + 1);
      blocks.push(...runBlocks(run, i + 1, detail.length, Math.ceil(answerMax / 2), same));
    });
  } else {
    if (r.status === 'error') blocks.push(`**Error:** ${forCell(r.error ?? 'error', 1000)}`);
    if (r.grade) blocks.push(`**Judge:** ${r.grade.pass ? 'pass' : 'fail'}, score ${r.grade.score}: ${forCell(r.grade.reason, 1000)}`);
    blocks.push(regressed.has(r.name) ? `**Today's answer:**` : '**Answer:**', quoted(r.response, answerMax));
  }
  blocks.push('</details>');
  return blocks.join('\n\n');
}

function runBlocks(run: RunDetail, n: number, of: number, max: number, sameAs?: number): string[] {
  const why =
    run.status === 'error'
      ? `: ${forCell(run.error ?? 'error', 600)}`
      : run.failures.length
        ? `: ${forCell(failureText(run.failures), 600)}`
        : '';
  const judge = run.grade ? ` (judge: score ${run.grade.score}, ${forCell(run.grade.reason, 300)})` : '';
  const title = `**Run ${n} of ${of}: ${ICON[run.status]}**${why}${judge}`;
  return sameAs === undefined ? [title, quoted(run.response, max)] : [`${title}; the same answer as run ${sameAs}.`];
}

function quoted(answer: string | undefined, max: number): string {
  if (answer === undefined) return '*(no answer recorded)*';
  if (answer.trim() === '') return '*(empty answer)*';
  return forQuote(answer, max);
}
