// context-cache create: the create action's steps (inputs → prompt → request → gateway) with the
// terminal as the log; the id alone on stdout, so ID=$(context-cache create …) works. In two
// halves, so `run` can check everything it needs before the first cache is paid for.
import { dryRunText, reportCreated, reportPrompt, warnAboutSettings } from '../actions/create/report.js';
import { addFileModelWarnings, applyModelRules, readInputs, type InputName, type Settings } from '../actions/create/inputs.js';
import { createOutputs } from '../actions/create/outputs.js';
import { createContextCache, createUrl } from '../gateway/create.js';
import { realRetryDeps, seconds } from '../gateway/retry.js';
import { sendBoundMs } from '../gateway/send.js';
import { chooseTransport } from '../gateway/transport.js';
import type { CacheMode } from '../models.js';
import { loadPrompt, type Prompt } from '../prompt/read.js';
import { parseVars } from '../prompt/template.js';
import { EXIT } from './exit.js';
import { isTrue } from './flags.js';
import { inputsFor, type GetInput } from './inputs.js';
import type { CommandRun } from './main.js';
import type { Screen } from './terminal.js';

export interface PreparedCache {
  readonly settings: Settings;
  readonly prompt: Prompt;
}

export interface MadeCache {
  readonly settings: Settings;
  /** By create's output names (context-id, ttl, expires-at, mode, model, …). */
  readonly outputs: Readonly<Record<string, string>>;
}

export interface PrepareOptions {
  /** The flag that names the prompt files, for errors (default prompt-file). */
  readonly input?: string;
  /** The mode when none is given, for a family that has modes. */
  readonly defaultMode?: CacheMode;
}

/** create's inputs checked, the prompt read and reported, the warnings given: all but the sending. */
export async function prepareCache(get: GetInput, screen: Screen, workspace: string, options: PrepareOptions = {}): Promise<PreparedCache> {
  const log = screen.log;
  const inputs = readInputs((name: InputName) => get(name));
  const early = inputs.model !== '' ? applyModelRules(inputs) : undefined;
  const vars = inputs.vars ? await parseVars(inputs.vars) : undefined;
  const prompt = await loadPrompt(inputs['prompt-file'], { workspace, role: inputs.role, vars, input: options.input });
  const ruled = early ? addFileModelWarnings(early, prompt.models) : applyModelRules(inputs, prompt.models);
  ruled.warnings.forEach((w) => log.warning(w));
  const fallback = options.defaultMode;
  const settings =
    fallback && inputs.mode === undefined && ruled.settings.model.rules?.modes.includes(fallback)
      ? { ...ruled.settings, mode: fallback }
      : ruled.settings;
  if (settings.mode !== ruled.settings.mode)
    log.info(`Mode ${settings.mode} (no --mode given): each case sees the prompt alone, not the cases before it.`);
  warnAboutSettings(settings, log);
  reportPrompt(prompt, settings, log);
  return { settings, prompt };
}

/** Sends what prepareCache checked: the cache is created (and paid for) here. */
export async function sendCache({ settings, prompt }: PreparedCache, screen: Screen, env: NodeJS.ProcessEnv): Promise<MadeCache> {
  const log = screen.log;
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
  const created = createOutputs(cache, settings, prompt);
  reportCreated(created, cache.attempts, log);
  return { settings, outputs: created.outputs };
}

export const runCreate: CommandRun = async (parsed, screen, env) => {
  const prepared = await prepareCache(inputsFor('create', 'create', parsed, env, screen), screen, process.cwd());
  if (prepared.settings.dryRun) {
    screen.log.info(dryRunText(prepared.settings, prepared.prompt));
    return EXIT.passed;
  }
  const made = await sendCache(prepared, screen, env);
  screen.print(isTrue(parsed, 'create', 'json') ? JSON.stringify(made.outputs) : made.outputs['context-id']!);
  return EXIT.passed;
};
