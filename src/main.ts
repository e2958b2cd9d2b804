// run(): inputs → prompt → request → gateway → publish. The only place that fails the step.
import { ActionError, InputErrors } from './errors.js';
import { createContextCache } from './gateway/client.js';
import { realRetryDeps, seconds, worstCaseMs, DEFAULT_POLICY } from './gateway/retry.js';
import { chooseTransport } from './gateway/transport.js';
import { minimumTokens } from './models.js';
import { loadPrompt, type Prompt } from './prompt/read.js';
import { publish } from './publish.js';
import { readSettings, type Settings } from './settings.js';
import { debug, error, getInput, info, setFailed, setSecret, warning } from './toolkit.js';

export async function run(): Promise<void> {
  const t0 = performance.now();
  try {
    // Masked before anything else can print it, valid or not.
    const key = getInput('api-key');
    if (key !== '') setSecret(key);

    const { settings, warnings } = readSettings((name) => getInput(name));
    warnings.forEach((w) => warning(w));
    debug(`settings: ${describeSettings(settings)}`);

    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const prompt = await loadPrompt(settings.promptFile, { workspace, role: settings.role });
    reportPrompt(prompt, settings);
    const t1 = performance.now();

    if (settings.dryRun) return dryRun(settings, prompt);

    const { transport, via, close } = await chooseTransport();
    const bound = worstCaseMs({ ...DEFAULT_POLICY, maxAttempts: settings.maxAttempts }, settings.timeoutMs);
    info(
      `Creating a context cache for ${settings.model.id} at ${settings.endpoint} (${via}): up to ${settings.maxAttempts} attempt(s) of ${seconds(settings.timeoutMs)} s, ${seconds(bound)} s at most in all.`
    );
    const cache = await createContextCache(
      { model: settings.model.id, messages: prompt.messages, ttl: settings.ttl, mode: settings.mode },
      { ...settings, transport, retry: realRetryDeps(info) }
    ).finally(close);
    const t2 = performance.now();

    const { outputs } = await publish(cache, settings, prompt);
    info(
      `Context cache created for ${outputs['model']}: ttl ${outputs['ttl'] || 'gateway default'} s, expires ${outputs['expires-at'] || 'unknown'}, ${outputs['prompt-tokens'] || '?'} prompt tokens, ${cache.attempts} attempt(s). Its id is in $${settings.envVar}.`
    );
    debug(`timings: inputs+prompt ${ms(t1 - t0)}, gateway ${ms(t2 - t1)}, publish ${ms(performance.now() - t2)}`);
  } catch (e) {
    await fail(e);
  }
}

function reportPrompt(prompt: Prompt, settings: Settings): void {
  info(`Prompt ${prompt.file}: ${prompt.messages.length} message(s), ${prompt.bytes} bytes, about ${prompt.estimatedTokens} tokens.`);
  const min = minimumTokens(settings.model);
  if (min !== undefined && prompt.estimatedTokens < min)
    warning(
      `The prompt is about ${prompt.estimatedTokens} tokens; ${settings.model.id} caches only prompts of at least ~${min} tokens, so the gateway may refuse it. Sending anyway: the gateway decides.`,
      { file: prompt.file, title: 'Prompt may be too small to cache' }
    );
}

function dryRun(settings: Settings, prompt: Prompt): void {
  const sizes = prompt.messages.map((m, i) => `#${i + 1} ${m.role} ${m.content.length} chars`).join(', ');
  info(
    `Dry run: would POST ${settings.endpoint} with model ${settings.model.id}, ${prompt.messages.length} message(s) (${sizes}), ` +
      `ttl ${settings.ttl ?? 'not sent (gateway default)'}, mode ${settings.mode ?? 'not sent'}. Nothing was sent.`
  );
}

function describeSettings(s: Settings): string {
  const { apiKey, model, ...shown } = s;
  return JSON.stringify({ model: model.id, family: model.family ?? 'unknown', ...shown, apiKey: apiKey ? '(set, masked)' : '(empty)' });
}

async function fail(e: unknown): Promise<void> {
  if (e instanceof InputErrors) {
    if (e.errors.length > 1) for (const err of e.errors) error(err.describe(), err.annotation);
    let message = e.describe();
    if (e.errors.some((err) => err.input === 'api-key' && err.message.endsWith('is empty'))) {
      const hint = await import('./forks.js').then((m) => m.missingSecretHint()).catch(() => undefined);
      if (hint) message += `. ${hint}`;
    }
    return setFailed(message, e.errors.length === 1 ? e.errors[0]!.annotation : {});
  }
  if (e instanceof ActionError) return setFailed(e.describe(), e.annotation);
  // A bug, not a user error: say so, keep the stack for the debug log only.
  debug(e instanceof Error && e.stack ? e.stack : String(e));
  setFailed(
    `Unexpected error: ${e instanceof Error ? e.message : String(e)}. This is a bug in the action; please report it with this log (re-run with debug logging for details).`
  );
}

const ms = (n: number) => `${n.toFixed(0)} ms`;
