// context-cache run: the loop on a laptop. create's flags make the cache, eval's evaluate against
// it; with --baseline-prompt-file a second cache is made and passed as baseline-context-id. Every
// flag, prompt and case is checked first (all problems at once): a cache is paid for only when the
// evaluation can run.
import { dryRunText } from '../actions/create/report.js';
import { prepareCache, sendCache } from './create.js';
import { EXIT } from './exit.js';
import { dryRunLine, dryRunStandIns, evaluate, prepareEvaluation } from './evaluate.js';
import { isTrue, valueOf } from './flags.js';
import { inputsFor } from './inputs.js';
import type { CommandRun } from './main.js';
import { Problems } from './problems.js';

/** Stands in for the ids while eval's flags are checked: the caches do not exist yet. */
const PENDING = 'pending';

export const runAll: CommandRun = async (parsed, screen, env) => {
  const workspace = process.cwd();
  const dry = isTrue(parsed, 'run', 'dry-run');
  const baselinePrompt = valueOf(parsed, 'run', 'baseline-prompt-file');
  const problems = new Problems();
  // An evaluation wants independent cases: a session-mode cache would show each the ones before it.
  const prepare = (overrides: Record<string, string>, input?: string) =>
    problems.check(() =>
      prepareCache(inputsFor('create', 'run', parsed, env, screen, overrides), screen, workspace, { input, defaultMode: 'common_prefix' })
    );
  const head = await prepare({});
  const base = baselinePrompt !== '' ? await prepare({ 'prompt-file': baselinePrompt }, 'baseline-prompt-file') : undefined;
  const overrides: Record<string, string> = {
    // The prompt is in the cache: eval must not send it again inline.
    'prompt-file': '',
    'context-id': PENDING,
    ...(baselinePrompt !== '' && { 'baseline-context-id': PENDING }),
    // The model a prompt file named, and the mode the cache will have, as a create step hands them on.
    ...(head && { model: head.settings.model.id, mode: head.settings.mode ?? '' })
  };
  const standIns = dry ? dryRunStandIns(inputsFor('eval', 'run', parsed, env, screen, overrides), env) : {};
  const evaluation = await problems.check(() =>
    prepareEvaluation(inputsFor('eval', 'run', parsed, env, screen, { ...overrides, ...standIns }), screen, env, workspace)
  );
  problems.throwIfAny();
  if (dry) {
    for (const p of [head!, base]) if (p) screen.log.info(dryRunText(p.settings, p.prompt));
    screen.log.info(dryRunLine(evaluation!));
    return EXIT.passed;
  }
  const made = await sendCache(head!, screen, env);
  const baseMade = base ? await sendCache(base, screen, env) : undefined;
  const settings = {
    ...evaluation!.settings,
    contextId: made.outputs['context-id']!,
    ...(baseMade && { baselineContextId: baseMade.outputs['context-id']! })
  };
  return evaluate({ ...evaluation!, settings }, parsed, 'run', screen, env, Date.now());
};
