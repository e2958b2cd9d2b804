// Hands an evaluation on: report files, step outputs, annotations on the cases that did not
// pass, the job summary (always), one sticky PR comment (with a token, on a pull request), and
// last the gate that fails the step. Everything untrusted is escaped by src/escape.ts.
import { forLog } from '../escape.js';
import { debug, error, info, setFailed, setOutput, summary, warning } from '../toolkit.js';
import type { Evaluation, Result } from './engine.js';
import { defaultCommentKey, marker, pullRequestOf, upsertComment } from './report/comment.js';
import { outputDirectory, slug, writeReportFile } from './report/files.js';
import { junitXml } from './report/junit.js';
import { renderReport } from './report/markdown.js';
import { resultsDocument } from './report/results.js';
import { fractionOutput, gate, totalsOf } from './report/totals.js';
import type { EvalSettings } from './settings.js';

/** The job summary's limit is 1 MiB; a UTF-16 unit is at most 3 bytes of UTF-8. */
const SUMMARY_BUDGET = 330_000;
/** GitHub refuses comments over 65,536 characters. */
const COMMENT_BUDGET = 60_000;
/** An output read by later steps' expressions: larger answers are in response-file. */
const MAX_RESPONSE_OUTPUT = 256 * 1024;
/** GitHub shows only the first few annotations of a step; past these, the summary has the rest. */
const MAX_ANNOTATIONS = 30;

export interface PublishContext {
  readonly settings: EvalSettings;
  readonly files: readonly string[];
  readonly workspace: string;
  readonly startedAt: number;
  /** One prompt, no cases file: the answer is the output. */
  readonly single: boolean;
}

export async function publishEvaluation(evaluation: Evaluation, ctx: PublishContext): Promise<void> {
  const { settings } = ctx;
  const { results, contextGone } = evaluation;
  const totals = totalsOf(results);
  const verdict = gate(totals, { minPassRate: settings.minPassRate }, contextGone !== undefined);
  const durationMs = Date.now() - ctx.startedAt;
  const startedAt = new Date(ctx.startedAt).toISOString();

  const dir = outputDirectory(settings.outputDir, ctx.workspace);
  const base = `eval-${slug(settings.model.id)}-${slug(process.env['GITHUB_ACTION'] ?? String(process.pid))}`;
  const doc = resultsDocument({ model: settings.model.id, casesFiles: ctx.files, startedAt, durationMs, totals, results });
  const resultsFile = await writeReportFile(dir, `${base}.results.json`, `${JSON.stringify(doc, null, 2)}\n`);
  const junitFile = await writeReportFile(
    dir,
    `${base}.junit.xml`,
    junitXml({ model: settings.model.id, totals, results, durationMs, timestamp: startedAt })
  );

  const outputs: Record<string, string> = {
    passed: String(totals.passed),
    failed: String(totals.failed),
    errored: String(totals.errored),
    total: String(totals.total),
    'pass-rate': fractionOutput(totals.passRate),
    'results-file': resultsFile,
    'junit-file': junitFile,
    'prompt-tokens': String(totals.promptTokens),
    'cached-tokens': String(totals.cachedTokens),
    'completion-tokens': String(totals.completionTokens),
    'cached-share': fractionOutput(totals.cachedShare)
  };
  const answer = ctx.single ? results[0]?.response : undefined;
  if (answer !== undefined) {
    outputs['response-file'] = await writeReportFile(dir, `${base}.response.txt`, answer);
    outputs['response'] = answer.length > MAX_RESPONSE_OUTPUT ? answer.slice(0, MAX_RESPONSE_OUTPUT) : answer;
    if (answer.length > MAX_RESPONSE_OUTPUT)
      warning(
        `The answer is ${answer.length} characters; the response output holds the first ${MAX_RESPONSE_OUTPUT}. Read response-file for all of it.`
      );
  }
  for (const [name, value] of Object.entries(outputs)) setOutput(name, value);

  annotate(results);
  if (contextGone) error(contextGone.describe(), { title: 'Context cache gone' });
  if (totals.total > 0 && totals.cachedTokens === 0 && totals.promptTokens > 0)
    warning(`0% of prompt tokens came from the cache on ${settings.model.id}: the cache is not being used. Check context-id and model.`, {
      title: 'Cache not used'
    });

  const report = { model: settings.model.id, totals, results, verdict, minPassRate: settings.minPassRate, durationMs };
  const note = 'the results file (results-file output) has every case';
  if (process.env['GITHUB_STEP_SUMMARY']) await summary.addRaw(renderReport({ ...report, resultsNote: note }, SUMMARY_BUDGET)).write();
  if (settings.githubToken)
    await comment(settings, renderReport({ ...report, resultsNote: `${note}; the job summary has more` }, COMMENT_BUDGET));

  info(
    `${verdict.ok ? 'Passed' : 'Failed'}: ${totals.passed} passed, ${totals.failed} failed, ${totals.errored} errors of ${totals.total}; ${(totals.cachedShare * 100).toFixed(1)}% of prompt tokens from the cache. Results: ${resultsFile}`
  );
  if (!verdict.ok) setFailed(verdict.reasons.join(' '));
}

function annotate(results: readonly Result[]): void {
  let shown = 0;
  for (const r of results) {
    if (r.status === 'pass') continue;
    if (++shown > MAX_ANNOTATIONS) break;
    // A name the escaper would change (`##[`) must not reach a command's properties either.
    const where = r.file && forLog(r.file, 300) === r.file ? { file: r.file, startLine: r.line } : {};
    if (r.status === 'fail') {
      const what = r.failures.map((f) => `${f.expectation}: expected ${f.expected}, got ${f.got}`).join('; ');
      error(forLog(`Case ${r.name} failed: ${what}`, 1000), { ...where, title: forLog(`Case failed: ${r.name}`, 120) });
    } else warning(forLog(`Case ${r.name} errored: ${r.error ?? ''}`, 1000), { ...where, title: forLog(`Case errored: ${r.name}`, 120) });
  }
}

async function comment(settings: EvalSettings, body: string): Promise<void> {
  const place = await pullRequestOf();
  if (!place) return debug('Not a pull request run: no PR comment.');
  const key = settings.commentKey || defaultCommentKey(settings.model.id);
  const posted = await upsertComment(settings.githubToken, place, marker(key), body);
  if (posted.action === 'skipped') warning(`No PR comment: ${forLog(posted.reason, 400)}`, { title: 'PR comment skipped' });
  else info(`PR comment ${posted.action}${posted.url ? `: ${posted.url}` : ''}.`);
}
