// run(): inputs → prompt → request → gateway → publish. The only place that fails the step.
import { forLog } from '../../escape.js';
import { failStep } from '../../runner/fail.js';
import { createContextCache, createUrl, type Note } from '../../gateway/create.js';
import { realRetryDeps, seconds } from '../../gateway/retry.js';
import { sendBoundMs } from '../../gateway/send.js';
import { chooseTransport } from '../../gateway/transport.js';
import { modelVarName, ttlVarName } from '../../inputs/rules.js';
import { loadPrompt } from '../../prompt/read.js';
import { parseVars } from '../../prompt/template.js';
import { publish } from './publish.js';
import { dryRunText, reportCreated, reportPrompt, warnAboutSettings } from './report.js';
import { readInputs, applyModelRules, addFileModelWarnings, type Settings } from './inputs.js';
import { checkCommandFiles, debug, getInput, info, runnerLog, setSecret, warning } from '../../runner/toolkit.js';

export async function run(): Promise<void> {
  const t0 = performance.now();
  try {
    // Masked before anything else can print it, valid or not.
    const key = getInput('api-key');
    if (key !== '') setSecret(key);

    const inputs = readInputs((name) => getInput(name));
    // With the model given, its rules (e.g. the Doubao ttl range) are checked before any file is read.
    const early = inputs.model !== '' ? applyModelRules(inputs) : undefined;
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const vars = inputs.vars ? await parseVars(inputs.vars) : undefined;
    const prompt = await loadPrompt(inputs['prompt-file'], { workspace, role: inputs.role, vars });
    const { settings, warnings } = early ? addFileModelWarnings(early, prompt.models) : applyModelRules(inputs, prompt.models);
    warnings.forEach((w) => warning(w));
    warnAboutSettings(settings, runnerLog);
    debug(`settings: ${describeSettings(settings)}`);
    reportPrompt(prompt, settings, runnerLog);
    const t1 = performance.now();

    if (settings.dryRun) return info(dryRunText(settings, prompt));
    // Before anything is created: a cache nobody can be told about is storage billed for nothing.
    checkCommandFiles();

    const { transport, via, close } = await chooseTransport();
    const endpoint = createUrl(settings.baseUrl);
    const bound = sendBoundMs(settings.timeoutMs, settings.maxAttempts);
    info(
      `Creating a context cache for ${settings.model.id} at ${endpoint} (${via}): up to ${settings.maxAttempts} attempt(s) of ${seconds(settings.timeoutMs)} s, ${seconds(bound)} s at most in all.`
    );
    const cache = await createContextCache(
      { model: settings.model.id, messages: prompt.messages, ttl: settings.ttl, mode: settings.mode },
      { ...settings, endpoint, transport, retry: realRetryDeps(info), mask: setSecret, estimatedTokens: prompt.estimatedTokens }
    ).finally(close);
    const t2 = performance.now();
    cache.notes?.forEach(report);

    const created = await publish(cache, settings, prompt);
    const ttlVar = ttlVarName(settings.envVar);
    reportCreated(
      created,
      cache.attempts,
      runnerLog,
      `Its id is in $${settings.envVar}${created.env[ttlVar] !== undefined ? `, its ttl in $${ttlVar}` : ''}, its model in $${modelVarName(settings.envVar)}.`
    );
    debug(`timings: inputs+prompt ${ms(t1 - t0)}, gateway ${ms(t2 - t1)}, publish ${ms(performance.now() - t2)}`);
  } catch (e) {
    await failStep(e);
  }
}

/** What the gateway's answer had that was set aside (odd ttl, mode or usage). */
function report(note: Note): void {
  if (note.level === 'warning') warning(note.message, { title: 'Unexpected gateway answer' });
  else debug(note.message);
}

function describeSettings(s: Settings): string {
  const { apiKey, model, ...shown } = s;
  return forLog(
    JSON.stringify({ model: model.id, family: model.family ?? 'unknown', ...shown, apiKey: apiKey ? '(set, masked)' : '(empty)' }),
    4000
  );
}

const ms = (n: number) => `${n.toFixed(0)} ms`;
