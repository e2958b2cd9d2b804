// The eval half, for `eval` and `run`: the eval action's steps (inputs → cases → session) with the
// terminal as the log and a progress bar, then the terminal's report. A dry run validates the
// flags and every case without a key and sends nothing.
import { readEvalSettings, type EvalInput } from '../actions/eval/inputs.js';
import { readBaselineFile } from '../evaluation/compare.js';
import { runSession } from '../evaluation/session.js';
import { abPlan } from '../report/ab-plan.js';
import { loadSuite, warnAboutSpec } from '../evaluation/suite.js';
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

export async function evaluateWith(
  get: GetInput,
  parsed: Parsed,
  command: Command,
  screen: Screen,
  env: NodeJS.ProcessEnv
): Promise<number> {
  const started = Date.now();
  const workspace = process.cwd();
  const settings = readEvalSettings((name: EvalInput) => get(name), env);
  warnAboutSpec(settings, screen.log);
  const baseline = settings.baselineFile ? await readBaselineFile(settings.baselineFile, workspace) : undefined;
  const { cases, files, prompt } = await loadSuite(settings, workspace, screen.log);
  const runs = cases.length * settings.repeat * (settings.baselineContextId ? 2 : 1);
  if (isTrue(parsed, command, 'dry-run')) {
    screen.log.info(
      `Dry run: would send ${cases.length} case(s)${settings.repeat > 1 ? ` × ${settings.repeat} runs` : ''} to ${chatUrl(settings.baseUrl, settings.model, !prompt)} with model ${settings.model.id}, ${settings.concurrency} at once${prompt ? `, each after the prompt of ${prompt.files.length} file(s) (~${prompt.estimatedTokens} tokens, no cache)` : ''}. Nothing was sent.`
    );
    return EXIT.passed;
  }
  const bar = progress(screen, runs);
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
