// context-cache create: the create action's steps (inputs → prompt → request → gateway) with the
// terminal as the log; the id alone on stdout, so ID=$(context-cache create …) works.
import { dryRunText, reportPrompt } from '../actions/create/report.js';
import { addFileModelWarnings, applyModelRules, readInputs, type InputName, type Settings } from '../actions/create/inputs.js';
import { createOutputs } from '../actions/create/outputs.js';
import { createContextCache, createUrl } from '../gateway/create.js';
import { realRetryDeps, seconds } from '../gateway/retry.js';
import { sendBoundMs } from '../gateway/send.js';
import { chooseTransport } from '../gateway/transport.js';
import { loadPrompt } from '../prompt/read.js';
import { parseVars } from '../prompt/template.js';
import { EXIT } from './exit.js';
import { isTrue } from './flags.js';
import { inputsFor, type GetInput } from './inputs.js';
import type { CommandRun } from './main.js';
import type { Screen } from './terminal.js';

export interface MadeCache {
  readonly settings: Settings;
  /** By create's output names (context-id, ttl, expires-at, mode, model, …). */
  readonly outputs: Readonly<Record<string, string>>;
}

/** Creates a cache from create's inputs; undefined after a dry run (nothing sent). */
export async function makeCache(get: GetInput, screen: Screen, workspace: string, env: NodeJS.ProcessEnv): Promise<MadeCache | undefined> {
  const log = screen.log;
  const inputs = readInputs((name: InputName) => get(name));
  const early = inputs.model !== '' ? applyModelRules(inputs) : undefined;
  const vars = inputs.vars ? await parseVars(inputs.vars) : undefined;
  const prompt = await loadPrompt(inputs['prompt-file'], { workspace, role: inputs.role, vars });
  const { settings, warnings } = early ? addFileModelWarnings(early, prompt.models) : applyModelRules(inputs, prompt.models);
  warnings.forEach((w) => log.warning(w));
  reportPrompt(prompt, settings, log);
  if (settings.dryRun) {
    log.info(dryRunText(settings, prompt));
    return undefined;
  }
  const { transport, via, close } = await chooseTransport(env);
  const endpoint = createUrl(settings.baseUrl);
  log.info(
    `Creating a context cache for ${settings.model.id} at ${endpoint} (${via}): up to ${settings.maxAttempts} attempt(s) of ${seconds(settings.timeoutMs)} s, ${seconds(sendBoundMs(settings.timeoutMs, settings.maxAttempts))} s at most in all.`
  );
  const cache = await createContextCache(
    { model: settings.model.id, messages: prompt.messages, ttl: settings.ttl, mode: settings.mode },
    // The id is this command's output: printed, not masked.
    {
      ...settings,
      endpoint,
      transport,
      retry: realRetryDeps((m) => log.info(m)),
      mask: () => undefined,
      estimatedTokens: prompt.estimatedTokens
    }
  ).finally(close);
  for (const note of cache.notes ?? []) {
    if (note.level === 'warning') log.warning(note.message);
    else log.debug(note.message);
  }
  const { outputs } = createOutputs(cache, settings, prompt);
  log.info(
    `Context cache created for ${outputs['model']}: ttl ${outputs['ttl'] || 'gateway default'} s, expires ${outputs['expires-at'] || 'unknown'}, ${outputs['prompt-tokens'] || '?'} prompt tokens, ${cache.attempts} attempt(s).`
  );
  return { settings, outputs };
}

export const runCreate: CommandRun = async (parsed, screen, env) => {
  const made = await makeCache(inputsFor('create', 'create', parsed, env, screen), screen, process.cwd(), env);
  if (made) screen.print(isTrue(parsed, 'create', 'json') ? JSON.stringify(made.outputs) : made.outputs['context-id']!);
  return EXIT.passed;
};
