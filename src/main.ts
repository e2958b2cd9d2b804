// run(): inputs → prompt → request → gateway → publish. The only place that fails the step.
import { ActionError, InputErrors } from './errors.js';
import { createContextCache } from './gateway/client.js';
import { DEFAULT_POLICY, realRetryDeps, seconds, worstCaseMs } from './gateway/retry.js';
import { chooseTransport } from './gateway/transport.js';
import { explainTooSmall, preflight } from './prompt/preflight.js';
import { loadPrompt, type Prompt } from './prompt/read.js';
import { publish } from './publish.js';
import { readInputs, settle, type Settings } from './settings.js';
import { debug, error, getInput, info, setFailed, setSecret, warning } from './toolkit.js';

export async function run(): Promise<void> {
  const t0 = performance.now();
  try {
    // Masked before anything else can print it, valid or not.
    const key = getInput('api-key');
    if (key !== '') setSecret(key);

    const inputs = readInputs((name) => getInput(name));
    // With the model given, its rules (e.g. the Doubao ttl range) can be checked before any file is read.
    if (inputs.model !== '') settle(inputs);
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const vars = inputs.vars ? await import('./prompt/template.js').then((t) => t.parseVars(inputs.vars)) : undefined;
    const prompt = await loadPrompt(inputs['prompt-file'], { workspace, role: inputs.role, vars });
    const { settings, warnings } = settle(inputs, prompt.models);
    warnings.forEach((w) => warning(w));
    debug(`settings: ${describeSettings(settings)}`);
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
    )
      .catch((e: unknown) => Promise.reject(explainTooSmall(e, prompt.estimatedTokens)))
      .finally(close);
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
  const names = prompt.files.map((f) => f.file);
  const shown = names.length <= 8 ? names.join(', ') : `${names.slice(0, 8).join(', ')} and ${names.length - 8} more`;
  const source = settings.modelSource === 'input' ? 'from the model input' : `named by ${settings.modelSource}`;
  info(
    `Prompt: ${shown} → ${prompt.messages.length} message(s), ${prompt.bytes} bytes, about ${prompt.estimatedTokens} tokens; model ${settings.model.id} (${source}).`
  );
  for (const f of prompt.files) {
    debug(`prompt file ${f.file}: ${f.bytes} bytes, ${f.messages} message(s)`);
    if (f.ignoredKeys.length) debug(`prompt file ${f.file}: ignored keys ${f.ignoredKeys.join(', ')}`);
  }
  if (prompt.unusedVars.length)
    warning(`vars defines ${prompt.unusedVars.join(', ')}, which no prompt file uses (a typo?).`, { title: 'Unused vars' });
  for (const w of preflight(prompt, settings.model)) warning(w.message, { file: w.file, title: w.title });
}

function dryRun(settings: Settings, prompt: Prompt): void {
  const sizes = prompt.messages.map((m, i) => `#${i + 1} ${m.role} ${m.content.length} chars`);
  const shown = sizes.length <= 10 ? sizes.join(', ') : `${sizes.slice(0, 10).join(', ')}, …`;
  info(
    `Dry run: would POST ${settings.endpoint} with model ${settings.model.id}, ${prompt.messages.length} message(s) (${shown}), ` +
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
