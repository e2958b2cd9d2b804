// context-cache run: the loop on a laptop. create's flags make the cache, eval's evaluate against
// it; with --baseline-prompt-file a second cache is made and passed as baseline-context-id.
import { makeCache } from './create.js';
import { EXIT } from './exit.js';
import { dryRunStandIns, evaluateWith } from './evaluate.js';
import { isTrue, valueOf } from './flags.js';
import { inputsFor } from './inputs.js';
import type { CommandRun } from './main.js';

export const runAll: CommandRun = async (parsed, screen, env) => {
  const baselinePrompt = valueOf(parsed, 'run', 'baseline-prompt-file');
  const workspace = process.cwd();
  const dry = isTrue(parsed, 'run', 'dry-run');
  const made = await makeCache(inputsFor('create', 'run', parsed, env, screen), screen, workspace, env);
  const baseline =
    baselinePrompt !== ''
      ? await makeCache(inputsFor('create', 'run', parsed, env, screen, { 'prompt-file': baselinePrompt }), screen, workspace, env)
      : undefined;
  if (!made && !dry) return EXIT.usage;
  const overrides: Record<string, string> = {
    // The prompt is in the cache: eval must not send it again inline.
    'prompt-file': '',
    'context-id': made?.outputs['context-id'] ?? '',
    mode: made?.outputs['mode'] ?? '',
    ...(baseline && { 'baseline-context-id': baseline.outputs['context-id']! })
  };
  const get = inputsFor('eval', 'run', parsed, env, screen, overrides);
  const standIns = dry ? dryRunStandIns(get, env) : {};
  return evaluateWith(inputsFor('eval', 'run', parsed, env, screen, { ...overrides, ...standIns }), parsed, 'run', screen, env);
};
