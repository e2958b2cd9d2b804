// The eval half, for `eval` and `run`: the eval action's steps (inputs → cases → session) with the
// terminal as the log and a progress bar, then the terminal's report. Prepared first (flags, cases,
// baseline, every problem before anything is sent), then run. A dry run validates the flags and
// every case without a key and sends nothing.
import { readEvalSettings, type EvalInput, type EvalSettings } from '../actions/eval/inputs.js';
import { readBaselineFile, type Baseline } from '../evaluation/compare.js';
import { runSession } from '../evaluation/session.js';
import { abPlan } from '../report/ab-plan.js';
import { loadSuite, warnAboutSpec, type Suite } from '../evaluation/suite.js';
import { chatUrl } from '../models.js';
import { EXIT } from './exit.js';
import { isTrue, type Command, type Parsed } from './flags.js';
import type { GetInput } from './inputs.js';
import { finish } from './report.js';
import { progress, type Screen } from './terminal.js';

/** Stand-ins for what a dry run may lack (it sends nothing, so neither is ever used). */
export function dryRunStandIns(get: GetInput, env: NodeJS.ProcessEnv): Record<string, string> {
  return {
    ...(get('api-key') === '' && { 'api-key': 'dry-run' }),
    ...(get('context-id') === '' && get('prompt-file') === '' && !env['CONTEXT_CACHE_ID']?.trim() && { 'context-id': 'dry-run' })
  };
}

export interface PreparedEvaluation extends Suite {
  readonly settings: EvalSettings;
  readonly baseline?: Baseline;
}

/** The flags checked, the baseline file and every case read: nothing sent yet. */
export async function prepareEvaluation(
  get: GetInput,
  screen: Screen,
  env: NodeJS.ProcessEnv,
  workspace: string
): Promise<PreparedEvaluation> {
  const settings = readEvalSettings((name: EvalInput) => get(name), env);
  warnAboutSpec(settings, screen.log);
  const baseline = settings.baselineFile ? await readBaselineFile(settings.baselineFile, workspace) : undefined;
  return { settings, baseline, ...(await loadSuite(settings, workspace, screen.log)) };
}

/** What a dry run ends with: what would be sent, and that nothing was. */
export function dryRunLine({ cases, settings, prompt }: PreparedEvaluation): string {
  return `Dry run: would send ${cases.length} case(s)${settings.repeat > 1 ? ` × ${settings.repeat} runs` : ''} to ${chatUrl(settings.baseUrl, settings.model, !prompt)} with model ${settings.model.id}, ${settings.concurrency} at once${prompt ? `, each after the prompt of ${prompt.files.length} file(s) (~${prompt.estimatedTokens} tokens, no cache)` : ''}. Nothing was sent.`;
}

/** Runs a prepared evaluation and reports it; returns the exit code. */
export async function evaluate(
  prepared: PreparedEvaluation,
  parsed: Parsed,
  command: Command,
  screen: Screen,
  env: NodeJS.ProcessEnv,
  started: number
): Promise<number> {
  const { settings, cases, files, prompt, baseline } = prepared;
  const bar = progress(screen, cases.length * settings.repeat * (settings.baselineContextId ? 2 : 1));
  const evaluation = await runSession(
    cases,
    { ...settings, contextId: prompt ? undefined : settings.contextId, keepWholeAnswers: settings.prompt !== undefined },
    { log: screen.log, onRun: (p) => bar.update(p), env }
  ).finally(() => bar.end());
  return finish(
    {
      model: settings.model.id,
      casesFiles: files,
      results: evaluation.results,
      contextGone: evaluation.contextGone,
      minPassRate: settings.minPassRate,
      failOn: settings.failOn,
      baseline,
      shard: settings.shard,
      startedAt: started,
      durationMs: Date.now() - started,
      ...abPlan(settings, evaluation, env['GITHUB_BASE_REF'])
    },
    parsed,
    command,
    screen,
    settings.prompt !== undefined
  );
}

export async function evaluateWith(
  get: GetInput,
  parsed: Parsed,
  command: Command,
  screen: Screen,
  env: NodeJS.ProcessEnv
): Promise<number> {
  const started = Date.now();
  const prepared = await prepareEvaluation(get, screen, env, process.cwd());
  if (isTrue(parsed, command, 'dry-run')) {
    screen.log.info(dryRunLine(prepared));
    return EXIT.passed;
  }
  return evaluate(prepared, parsed, command, screen, env, started);
}
