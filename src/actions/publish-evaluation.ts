// Hands an evaluation's outcome (src/report/outcome.ts) on to the runner: report files, step
// outputs, annotations on the cases that did not pass, the job summary (always), one sticky PR
// comment (with a token, on a pull request), and last the gate that fails the step. The eval and
// merge actions both end here. Everything untrusted is escaped by src/escape.ts.
import { forLog } from '../escape.js';
import type { ActionError } from '../errors.js';
import { debug, error, info, setFailed, setOutput, summary, warning } from '../runner/toolkit.js';
import type { Baseline } from '../evaluation/compare.js';
import type { Result } from '../evaluation/engine.js';
import { resultsJsonChunks } from '../report/results-json.js';
import type { Shard } from '../evaluation/shard.js';
import type { GateRules } from '../evaluation/totals.js';
import { outputDirectory, slug, writeReportFile } from '../files/report-files.js';
import { defaultCommentKey, marker, pullRequestOf, upsertComment } from '../github/comment.js';
import { eventPayload, runIdentity } from '../github/run-info.js';
import type { InlinePrompt } from '../report/markdown.js';
import { evaluationOutcome } from '../report/outcome.js';
import { modelsSection } from '../report/models.js';
import { HistorySession, isPullRequest } from '../history/session.js';
import type { HistorySettings } from '../history/settings.js';
import { type OutcomePlan } from '../report/outcome.js';
import { usd } from '../evaluation/cost.js';

// Limits from GitHub's docs: "Adding a job summary" (1 MiB per step), the REST API for issue
// comments (a body of at most 65,536 characters), and "Workflow commands for GitHub Actions"
// (10 error and 10 warning annotations shown per step; the summary has every case).
/** The job summary's limit is 1 MiB; a UTF-16 unit is at most 3 bytes of UTF-8. */
const SUMMARY_BUDGET = 330_000;
/** Room below the comment limit for the marker and the rest. */
const COMMENT_BUDGET = 60_000;
/** An output read by later steps' expressions: larger answers are in response-file. */
const MAX_RESPONSE_OUTPUT = 256 * 1024;
/** Per kind (failed cases as errors, errored ones as warnings): GitHub shows no more. */
const MAX_ANNOTATIONS = 10;

/** What to publish, from the eval step (one run) or the merge step (shards put together). */
export interface PublishPlan {
  readonly model: string;
  readonly casesFiles: readonly string[];
  readonly results: readonly Result[];
  /** The gateway said a cache is gone (eval step only). */
  readonly contextGone?: ActionError;
  readonly minPassRate: number;
  readonly failOn: GateRules['failOn'];
  readonly baseline?: Baseline;
  /** This run is one shard of several: an empty share is not a failure (the merge step gates). */
  readonly shard?: Shard;
  /** One prompt, no cases file: the answer is an output. */
  readonly single?: boolean;
  readonly githubToken: string;
  readonly commentKey: string;
  /** Milliseconds for each GitHub API request (the eval step's `timeout`; at most 30 s). */
  readonly githubTimeoutMs?: number;
  /** The matrix leg (eval's matrix input, as matrixKey made it): part of the default comment key. */
  readonly matrix?: string;
  /** The grader's model, named in the report when a case was judged. */
  readonly judgeModel?: string;
  /** No cache: the prompt file was sent with every case. */
  readonly inlinePrompt?: InlinePrompt;
  readonly outputDir: string;
  readonly workspace: string;
  readonly startedAt: number;
  /** The start of the report files' names. */
  readonly fileStem?: string;
  /** Head against base, costs and the budget (eval only): see OutcomePlan. */
  readonly baselineResults?: OutcomePlan['baselineResults'];
  readonly alpha?: number;
  readonly baseName?: string;
  readonly pricing?: OutcomePlan['pricing'];
  readonly budgetReached?: number;
  /** The history branch (input history): read for the trend, written on runs that are not a PR's. */
  readonly history?: HistorySettings;
  /** Every model of the run (merge: several); default [model]. */
  readonly models?: readonly string[];
  /** The merge step's output: marked so a re-run's merge never counts it as a shard. */
  readonly merged?: boolean;
  /** What is missing (shards that did not arrive): the report of the rest is written, the gate fails. */
  readonly incomplete?: readonly string[];
}

export async function publishEvaluation(plan: PublishPlan): Promise<void> {
  const { results } = plan;
  const history = await openHistory(plan);
  // With no baseline-file: on a pull request, the base branch's latest record is the baseline; on
  // other runs with fail-on: regressions, this branch's latest record (the last night).
  // The base side run in this job (baseline-context-id) is the baseline then, not a recorded run.
  const recorded = (): Baseline | undefined =>
    (history && isPullRequest() ? history.baseline(process.env['GITHUB_BASE_REF']) : undefined) ??
    (history && plan.failOn === 'regressions' && !isPullRequest() ? history.baseline(process.env['GITHUB_REF_NAME']) : undefined);
  const baseline = plan.baseline ?? (plan.baselineResults ? undefined : recorded());
  const run = runIdentity(process.env, await eventPayload());
  const outcome = evaluationOutcome({ ...plan, baseline, run, durationMs: Date.now() - plan.startedAt });
  const { totals, comparison, verdict } = outcome;
  if (comparison?.differences.length)
    // The baseline's model and file names come from a file: escaped like any untrusted text.
    warning(forLog(`The baseline differs from this run: ${comparison.differences.join('; ')}. Cases are compared by name.`, 1500), {
      title: 'Baseline differs'
    });
  if (outcome.emptyShard && plan.shard)
    info(`Shard ${plan.shard.index}/${plan.shard.count} holds no case; the merge step judges the whole.`);

  const dir = outputDirectory(plan.outputDir, plan.workspace);
  const stem = plan.fileStem ?? `eval-${slug(plan.model)}-${slug(process.env['GITHUB_ACTION'] ?? String(process.pid))}`;
  // Both written case by case: no suite makes either one string too long for V8.
  const resultsFile = await writeReportFile(dir, `${stem}.results.json`, resultsJsonChunks(outcome.document), plan.workspace);
  const junitFile = await writeReportFile(dir, `${stem}.junit.xml`, outcome.junit(), plan.workspace);
  const outputs: Record<string, string> = { ...outcome.outputs, 'results-file': resultsFile, 'junit-file': junitFile };
  const answer = plan.single ? results[0]?.response : undefined;
  if (answer !== undefined) {
    outputs['response-file'] = await writeReportFile(dir, `${stem}.response.txt`, answer, plan.workspace);
    outputs['response'] = answer.length > MAX_RESPONSE_OUTPUT ? answer.slice(0, MAX_RESPONSE_OUTPUT) : answer;
    if (answer.length > MAX_RESPONSE_OUTPUT)
      warning(
        `The answer is ${answer.length} characters; the response output holds the first ${MAX_RESPONSE_OUTPUT}. Read response-file for all of it.`
      );
  }
  for (const [name, value] of Object.entries(outputs)) setOutput(name, value);

  // One cause, one error: the cases the gone cache kept from an answer are counted in it, not
  // annotated one by one.
  const gone = results.filter((r) => r.cacheGone);
  annotate(results.filter((r) => !gone.includes(r)));
  if (plan.contextGone)
    error(
      forLog(
        `${plan.contextGone.describe()}${gone.length ? ` ${gone.length} case(s) got no answer because of it (the job summary lists them).` : ''}`,
        2000
      ),
      { title: 'Context cache gone' }
    );
  if (!plan.inlinePrompt && totals.total > 0 && totals.cachedTokens === 0 && totals.promptTokens > 0)
    warning(
      forLog(`0% of prompt tokens came from the cache on ${plan.model}: the cache is not being used. Check context-id and model.`, 600),
      {
        title: 'Cache not used'
      }
    );

  if (outcome.costs?.unpriced.length)
    info(
      forLog(
        `No cost estimate for ${outcome.costs.unpriced.join(', ')}: no price is known. Add it to the prices input (USD per 1M tokens: input, cached-input, output) for the cost outputs.`,
        600
      )
    );
  // An incomplete merge is not a run worth remembering: it reads the history but adds nothing.
  const trend = history ? await history.finish(results, plan.casesFiles, plan.workspace, !plan.incomplete?.length) : '';
  const perModel = modelsSection(plan.models ?? [plan.model], results, 100_000);
  const extra = [perModel, trend].filter((x) => x !== '').join('\n');
  const withTrend = (text: string) => (extra ? `${text}\n${extra}` : text);
  const note = 'the results file (results-file output) has every case';
  if (process.env['GITHUB_STEP_SUMMARY']) await summary.addRaw(withTrend(outcome.markdown(SUMMARY_BUDGET - extra.length, note))).write();
  if (plan.githubToken)
    await comment(plan, withTrend(outcome.markdown(COMMENT_BUDGET - extra.length, `${note}; the job summary has more`)));

  const paired = outcome.paired;
  const regressions = comparison
    ? `; ${comparison.counts.regressed} regressed, ${comparison.counts.fixed} fixed against the baseline${paired ? ` (${paired.change}, p = ${outputs['p-value']})` : ''}`
    : '';
  const costs = outcome.costs;
  const spent = costs?.head ? `; estimated cost $${usd(costs.head.usd)}${costs.base ? ` (base $${usd(costs.base.usd)})` : ''}` : '';
  info(
    `${verdict.ok ? 'Passed' : 'Failed'}: ${totals.passed} passed, ${totals.failed} failed, ${totals.errored} errors of ${totals.total}${regressions}; ${(totals.cachedShare * 100).toFixed(1)}% of prompt tokens from the cache${spent}. Results: ${resultsFile}`
  );
  if (!verdict.ok) setFailed(verdict.reasons.join(' '));
}

async function openHistory(plan: PublishPlan): Promise<HistorySession | undefined> {
  if (!plan.history?.branch) return undefined;
  // A shard's record would be a part taken for the whole: the merge step records sharded runs.
  if (plan.shard) return void info('History: a shard records nothing; the merge step reads and writes the history.');
  return HistorySession.open(plan.history, plan.githubToken, plan.models ?? [plan.model]);
}

function annotate(results: readonly Result[]): void {
  const shown = { fail: 0, error: 0 };
  for (const r of results) {
    if (r.status === 'pass' || ++shown[r.status] > MAX_ANNOTATIONS) continue;
    // A name the escaper would change (`##[`) must not reach a command's properties either.
    const where = r.file && forLog(r.file, 300) === r.file ? { file: r.file, startLine: r.line } : {};
    if (r.status === 'fail') {
      const what = r.failures.map((f) => `${f.expectation}: expected ${f.expected}, got ${f.got}`).join('; ');
      error(forLog(`Case ${r.name} failed: ${what}`, 1000), { ...where, title: forLog(`Case failed: ${r.name}`, 120) });
    } else warning(forLog(`Case ${r.name} errored: ${r.error ?? ''}`, 1000), { ...where, title: forLog(`Case errored: ${r.name}`, 120) });
  }
  const unshown = Math.max(0, shown.fail - MAX_ANNOTATIONS) + Math.max(0, shown.error - MAX_ANNOTATIONS);
  if (unshown)
    info(
      `${unshown} more case(s) did not pass and are not annotated (GitHub shows ${MAX_ANNOTATIONS} of each kind a step); the job summary and the results file list them all.`
    );
}

async function comment(plan: PublishPlan, body: string): Promise<void> {
  const place = await pullRequestOf();
  if (!place) return debug('Not a pull request run: no PR comment.');
  const key = plan.commentKey || defaultCommentKey(plan.model, process.env, plan.matrix ?? '');
  const posted = await upsertComment(plan.githubToken, place, marker(key), body, plan.githubTimeoutMs);
  if (posted.action === 'skipped') warning(`No PR comment: ${forLog(posted.reason, 400)}`, { title: 'PR comment skipped' });
  else info(`PR comment ${posted.action}${posted.url ? `: ${forLog(posted.url, 300)}` : ''}.`);
}
