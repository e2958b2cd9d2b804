// context-cache eval: the eval action's inputs as flags, a report for the terminal.
import { evaluateWith, dryRunStandIns } from './evaluate.js';
import { isTrue } from './flags.js';
import { inputsFor } from './inputs.js';
import type { CommandRun } from './main.js';

export const runEval: CommandRun = async (parsed, screen, env) => {
  const get = inputsFor('eval', 'eval', parsed, env, screen);
  const standIns = isTrue(parsed, 'eval', 'dry-run') ? dryRunStandIns(get, env) : {};
  return evaluateWith(inputsFor('eval', 'eval', parsed, env, screen, standIns), parsed, 'eval', screen, env);
};
