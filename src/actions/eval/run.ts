// run(): inputs → cases → a bounded pool of calls → expectations → report. The only place that
// reads the eval action's inputs and fails the step; the engines below it know nothing of the runner.
import { forHtml, forLog } from '../../escape.js';
import { readBaselineFile } from '../../evaluation/compare.js';
import type { Progress } from '../../evaluation/engine.js';
import { runSession } from '../../evaluation/session.js';
import { loadSuite, warnAboutSpec } from '../../evaluation/suite.js';
import { failStep } from '../../runner/fail.js';
import { checkCommandFiles, debug, getInput, info, runnerLog, setSecret, summary } from '../../runner/toolkit.js';
import type { Prompt } from '../../prompt/read.js';
import { publishEvaluation } from '../publish-evaluation.js';
import { abPlan } from '../../report/ab-plan.js';
import { readEvalSettings, type EvalSettings } from './inputs.js';
import { InputErrors } from '../../errors.js';
import { readHistorySettings } from '../../history/settings.js';

export async function run(): Promise<void> {
  const started = Date.now();
  try {
    // Masked before anything else can print them, valid or not.
    for (const name of ['api-key', 'github-token', 'context-id', 'judge-context-id', 'baseline-context-id'] as const) {
      const value = getInput(name);
      if (value !== '') setSecret(value);
    }
    const fromEnv = process.env['CONTEXT_CACHE_ID']?.trim();
    if (fromEnv) setSecret(fromEnv);

    const settings = readEvalSettings((name) => getInput(name));
    const history = readHistorySettings((name) => getInput(name));
    if (Array.isArray(history)) throw new InputErrors(history);
    // Before anything is sent: results nobody can be handed are calls paid for nothing.
    if (!settings.dryRun) checkCommandFiles(['GITHUB_OUTPUT']);
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    warnAboutSpec(settings, runnerLog);
    debugSettings(settings);
    // Everything that can be wrong with the files is found before anything is sent.
    const baseline = settings.baselineFile ? await readBaselineFile(settings.baselineFile, workspace) : undefined;
    // No cache with prompt-file: the prompt is in front of every case, sent to the plain chat endpoint.
    const { cases, files, prompt } = await loadSuite(settings, workspace, runnerLog);
    if (settings.dryRun) return dryRun(settings, cases.length, files, prompt);
    const evaluation = await runSession(
      cases,
      {
        ...settings,
        contextId: prompt ? undefined : settings.contextId,
        secrets: [settings.githubToken],
        keepWholeAnswers: settings.prompt !== undefined
      },
      {
        log: runnerLog,
        onRun: progressReporter(cases.length, settings.repeat, settings.baselineContextId ? 2 : 1, started)
      }
    );

    await publishEvaluation({
      model: settings.model.id,
      casesFiles: files,
      results: evaluation.results,
      contextGone: evaluation.contextGone,
      minPassRate: settings.minPassRate,
      failOn: settings.failOn,
      baseline,
      shard: settings.shard,
      single: settings.prompt !== undefined,
      githubToken: settings.githubToken,
      commentKey: settings.commentKey,
      githubTimeoutMs: settings.timeoutMs,
      matrix: settings.matrix,
      judgeModel: settings.judgeModel.id,
      inlinePrompt: prompt ? { file: prompt.files.map((f) => f.file).join(', '), estimatedTokens: prompt.estimatedTokens } : undefined,
      outputDir: settings.outputDir,
      workspace,
      startedAt: started,
      ...abPlan(settings, evaluation, process.env['GITHUB_BASE_REF']),
      history
    });
  } catch (e) {
    await failStep(e);
  }
}

/** A dry run: everything validated, what would run logged (and summarised), nothing sent. */
async function dryRun(settings: EvalSettings, count: number, files: readonly string[], prompt: Prompt | undefined): Promise<void> {
  const against = prompt
    ? `the prompt of ${prompt.files.length} file(s) (~${prompt.estimatedTokens} tokens) sent with every case, no cache`
    : settings.contextId
      ? 'the context cache'
      : 'a context cache (none given: a real run needs context-id or CONTEXT_CACHE_ID)';
  const runs = settings.repeat > 1 ? ` × ${settings.repeat} runs` : '';
  const line = `Dry run: ${count} case(s)${runs} from ${files.length ? files.map((f) => forLog(f, 200)).join(', ') : 'the prompt input'} would run on ${settings.model.id} against ${against}. Inputs and every case file are valid; nothing was sent.`;
  info(line);
  if (process.env['GITHUB_STEP_SUMMARY']) await summary.addRaw(`### ✅ Eval dry run\n\n${forHtml(line)}\n`).write();
}

function debugSettings(settings: EvalSettings): void {
  debug(
    forLog(
      `settings: ${JSON.stringify({ ...settings, model: settings.model.id, judgeModel: settings.judgeModel.id, apiKey: '(masked)', contextId: '(masked)', judgeContextId: settings.judgeContextId ? '(masked)' : undefined, baselineContextId: settings.baselineContextId ? '(masked)' : undefined, baselineModel: settings.baselineModel?.id, githubToken: settings.githubToken ? '(masked)' : '' })}`,
      4000
    )
  );
}

/**
 * A line every 10 s or 10 % (whichever comes first), and one per run in debug. With repeat or a
 * base side the units are runs, and the line says so: the summary counts cases, and "7 failed" of
 * runs must not read as 7 of the summary's cases.
 */
function progressReporter(cases: number, repeat: number, sides: number, started: number): (p: Progress) => void {
  const total = cases * repeat * sides;
  const per = [repeat > 1 ? `${repeat}` : '', sides > 1 ? 'head and base' : ''].filter(Boolean).join(' × ');
  const unit = total > cases ? ` runs (${cases} cases × ${per})` : ' cases';
  let lastAt = Date.now();
  let lastDone = 0;
  // The runner shows debug lines only with step debugging on (RUNNER_DEBUG=1); otherwise a line
  // per case is a pipe write per case for nothing, and thousands of them hold up the pool.
  const perCase = process.env['RUNNER_DEBUG'] === '1';
  return (p) => {
    if (perCase)
      debug(`case ${forLog(p.name, 120)}: ${p.status}${p.latencyMs !== undefined ? ` in ${(p.latencyMs / 1000).toFixed(2)} s` : ''}`);
    const now = Date.now();
    if (p.done === total || now - lastAt >= 10_000 || (p.done - lastDone) * 10 >= total) {
      if (total > 1)
        info(
          `[${p.done}/${total}${unit}] ${p.passed} passed, ${p.failed} failed, ${p.errored} errors, ${((now - started) / 1000).toFixed(0)} s`
        );
      lastAt = now;
      lastDone = p.done;
    }
  };
}
