// run(): inputs → cases → a bounded pool of calls → expectations → report. The only place that
// reads inputs and fails the step; the engine below it knows nothing of the runner.
import { forLog } from '../../escape.js';
import type { Messages } from '../../prompt/messages.js';
import { inShard } from '../../evaluation/shard.js';
import { failStep } from '../../runner/fail.js';
import { chat } from '../../gateway/chat.js';
import { realRetryDeps, seconds } from '../../gateway/retry.js';
import { sendBoundMs } from '../../gateway/send.js';
import { chooseTransport } from '../../gateway/transport.js';
import { chatUrl, modelWarning } from '../../models.js';
import { parseVars } from '../../prompt/template.js';
import { checkCommandFiles, debug, getInput, info, setSecret, warning } from '../../runner/toolkit.js';
import type { Case } from '../../evaluation/cases.js';
import { evaluate, type Progress } from '../../evaluation/engine.js';
import { readBaselineFile } from '../../evaluation/compare.js';
import { fillVars, loadCases } from '../../evaluation/load-cases.js';
import { Pause } from '../../evaluation/pool.js';
import { regexRunner } from '../../evaluation/regex.js';
import { publishEvaluation } from '../publish-evaluation.js';
import { readEvalSettings, type EvalSettings } from './inputs.js';
import { InputErrors } from '../../errors.js';
import { readHistorySettings } from '../../history/settings.js';

export async function run(): Promise<void> {
  const started = Date.now();
  try {
    // Masked before anything else can print them, valid or not.
    for (const name of ['api-key', 'github-token', 'context-id', 'judge-context-id'] as const) {
      const value = getInput(name);
      if (value !== '') setSecret(value);
    }
    const fromEnv = process.env['CONTEXT_CACHE_ID']?.trim();
    if (fromEnv) setSecret(fromEnv);

    const settings = readEvalSettings((name) => getInput(name));
    const history = readHistorySettings((name) => getInput(name));
    if (Array.isArray(history)) throw new InputErrors(history);
    // Before anything is sent: results nobody can be handed are calls paid for nothing.
    checkCommandFiles(['GITHUB_OUTPUT']);
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    warnAboutSettings(settings);
    // Everything that can be wrong with the files is found before anything is sent.
    const baseline = settings.baselineFile ? await readBaselineFile(settings.baselineFile, workspace) : undefined;
    const { cases, files } = await readCases(settings, workspace);

    const { transport, via, close } = await chooseTransport(process.env, { keepAlive: { maxSockets: settings.concurrency } });
    const url = chatUrl(settings.baseUrl, settings.model);
    const runs = cases.length * settings.repeat;
    info(
      `Evaluating ${cases.length} case(s)${settings.repeat > 1 ? ` × ${settings.repeat} runs` : ''} on ${settings.model.id} at ${url} (${via}), ${settings.concurrency} at once; each call up to ${settings.maxAttempts} attempt(s), ${seconds(sendBoundMs(settings.timeoutMs, settings.maxAttempts))} s at most.`
    );
    const pause = new Pause();
    const asker = (model: string, contextId: string | undefined, endpoint: string) => (messages: Messages, label: string) =>
      chat(
        { model, contextId, messages, maxTokens: settings.maxTokens, temperature: settings.temperature },
        {
          url: endpoint,
          apiKey: settings.apiKey,
          timeoutMs: settings.timeoutMs,
          maxAttempts: settings.maxAttempts,
          transport,
          secrets: [settings.githubToken, settings.contextId, settings.judgeContextId ?? ''].filter((s) => s !== ''),
          retry: realRetryDeps((m) => info(`case ${forLog(label, 120)}: ${m}`)),
          beforeAttempt: () => pause.ready(),
          onRetryAfter: (ms) => pause.holdFor(ms)
        }
      );
    const judged = cases.some((c) => c.expect.judge !== undefined);
    const judgeUrl = chatUrl(settings.baseUrl, settings.judgeModel, settings.judgeContextId !== undefined);
    if (judged)
      info(
        `Judges: ${settings.judgeModel.id} at ${judgeUrl}, ${settings.judgeContextId ? 'against the rubric cache' : 'with no rubric cache'}; a pass needs score ≥ ${settings.judgeThreshold}.`
      );
    const regex = cases.some((c) => c.expect.matches) ? regexRunner() : undefined;
    const evaluation = await evaluate(cases, {
      concurrency: settings.concurrency,
      repeat: settings.repeat,
      repeatMinPass: settings.repeatMinPass,
      // One prompt: its answer is the output, whole (the response itself is bounded at 1 MiB).
      keepAnswer: settings.prompt !== undefined ? Infinity : undefined,
      testRegex: regex ? (re, text) => regex.test(re, text) : undefined,
      onRun: progressReporter(runs, started),
      ask: asker(settings.model.id, settings.contextId, url),
      judge: judged
        ? { ask: asker(settings.judgeModel.id, settings.judgeContextId, judgeUrl), threshold: settings.judgeThreshold }
        : undefined
    }).finally(() => Promise.all([close(), regex?.close()]));

    await publishEvaluation({
      model: settings.model.id,
      casesFiles: files,
      results: evaluation.results,
      contextGone: evaluation.contextGone,
      minPassRate: settings.minPassRate,
      failOn: settings.failOn,
      baseline,
      shard: settings.shard,
      single: settings.prompt !== undefined,
      githubToken: settings.githubToken,
      commentKey: settings.commentKey,
      outputDir: settings.outputDir,
      workspace,
      startedAt: started,
      history
    });
  } catch (e) {
    await failStep(e);
  }
}

async function readCases(settings: EvalSettings, workspace: string): Promise<{ cases: readonly Case[]; files: readonly string[] }> {
  if (settings.prompt !== undefined) {
    const single: Case = { name: 'prompt', file: '', messages: [{ role: 'user', content: settings.prompt }], expect: {} };
    if (settings.vars.trim() === '') return { cases: [single], files: [] };
    return { cases: fillVars([single], await parseVars(settings.vars), []).cases, files: [] };
  }
  const all = await loadCases(settings.casesFiles, {
    workspace,
    vars: settings.vars,
    rules: { lastMayBeAssistant: settings.model.rules?.lastMayBeAssistant ?? true }
  });
  const loaded = settings.shard ? { ...all, cases: inShard(all.cases, settings.shard) } : all;
  if (settings.shard) info(`Shard ${settings.shard.index}/${settings.shard.count}: ${loaded.cases.length} of ${all.cases.length} case(s).`);
  const shown = loaded.files.map((f) => forLog(f, 200));
  info(
    `Cases: ${shown.length <= 8 ? shown.join(', ') : `${shown.slice(0, 8).join(', ')} and ${shown.length - 8} more`} → ${loaded.cases.length} case(s).`
  );
  if (loaded.unusedVars.length)
    warning(`vars defines ${loaded.unusedVars.join(', ')}, which no case uses (a typo?).`, { title: 'Unused vars' });
  const bare = loaded.cases.filter((c) => Object.values(c.expect).every((v) => v === undefined));
  if (bare.length)
    warning(`${bare.length} case(s) have no expectations (e.g. ${forLog(bare[0]!.name, 80)}): they pass whenever the gateway answers.`, {
      file: bare[0]!.file,
      startLine: bare[0]!.line,
      title: 'Case without expectations'
    });
  return loaded;
}

function warnAboutSettings(settings: EvalSettings): void {
  if (settings.mode === 'session')
    warning(
      'The cache is in session mode: every call is appended to it, so each case sees the cases before it and the cache grows. Create the cache with mode: common_prefix for independent evaluations.',
      { title: 'Session-mode cache' }
    );
  const unlisted = modelWarning(settings.model, {
    unknown: 'it is called at /v1/chat/completions',
    unlisted: `it is called as a ${settings.model.rules?.label ?? ''} model`
  });
  if (unlisted) warning(unlisted, { title: 'Unknown model' });
  debug(
    forLog(
      `settings: ${JSON.stringify({ ...settings, model: settings.model.id, judgeModel: settings.judgeModel.id, apiKey: '(masked)', contextId: '(masked)', judgeContextId: settings.judgeContextId ? '(masked)' : undefined, githubToken: settings.githubToken ? '(masked)' : '' })}`,
      4000
    )
  );
}

/** A line every 10 s or 10 % (whichever comes first), and one per run in debug. */
function progressReporter(total: number, started: number): (p: Progress) => void {
  let lastAt = Date.now();
  let lastDone = 0;
  return (p) => {
    debug(`case ${forLog(p.name, 120)}: ${p.status}${p.latencyMs !== undefined ? ` in ${(p.latencyMs / 1000).toFixed(2)} s` : ''}`);
    const now = Date.now();
    if (p.done === total || now - lastAt >= 10_000 || (p.done - lastDone) * 10 >= total) {
      if (total > 1)
        info(`[${p.done}/${total}] ${p.passed} passed, ${p.failed} failed, ${p.errored} errors, ${((now - started) / 1000).toFixed(0)} s`);
      lastAt = now;
      lastDone = p.done;
    }
  };
}
