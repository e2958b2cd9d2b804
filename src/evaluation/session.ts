// One evaluation against the gateway: cases → a keep-alive transport, the askers for the model and
// its judge (sharing one Retry-After pause), the regex runner → the engine's results. Front ends
// pass typed settings and a Log; they read no input here and write nothing of the runner's.
import { forLog } from '../escape.js';
import { chat, ContextGoneError } from '../gateway/chat.js';
import { realRetryDeps, seconds } from '../gateway/retry.js';
import { sendBoundMs } from '../gateway/send.js';
import { chooseTransport } from '../gateway/transport.js';
import type { Log } from '../log.js';
import { chatUrl, type ModelInfo } from '../models.js';
import type { Messages } from '../prompt/messages.js';
import type { Case } from './cases.js';
import { callCost, type PriceBook } from './cost.js';
import { evaluate, type Ask, type EngineOptions, type Evaluation, type Progress } from './engine.js';
import { Pause } from './pool.js';
import { AnswerShelf } from './answer-shelf.js';
import { regexRunner } from './regex.js';
import { wording } from '../wording.js';

export interface SessionSettings {
  readonly model: ModelInfo;
  /** The cache the cases run against; absent: the plain chat endpoint. */
  readonly contextId?: string;
  /** The gateway root. */
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly timeoutMs: number;
  readonly maxAttempts: number;
  readonly maxTokens?: number;
  readonly temperature?: number;
  readonly concurrency: number;
  readonly judgeModel: ModelInfo;
  readonly judgeContextId?: string;
  readonly judgeThreshold: number;
  readonly repeat: number;
  readonly repeatMinPass: number;
  /** Besides the key and the cache ids: other secrets a gateway might echo (a GitHub token). */
  readonly secrets?: readonly string[];
  /** Keep each answer whole for the reports (one prompt, whose answer is an output). */
  readonly keepWholeAnswers?: boolean;
  /** The base's cache: every run is made against it too, side by side (see engine.ts). */
  readonly baselineContextId?: string;
  /** The base side's model (default: model). */
  readonly baselineModel?: ModelInfo;
  /** Stop sending once the estimate reaches this many USD (by `prices`). */
  readonly maxCost?: number;
  readonly prices?: PriceBook;
}

export async function runSession(
  cases: readonly Case[],
  settings: SessionSettings,
  deps: { readonly log: Log; readonly onRun?: (progress: Progress) => void; readonly env?: NodeJS.ProcessEnv }
): Promise<Evaluation> {
  const { log } = deps;
  const { transport, via, close } = await chooseTransport(deps.env ?? process.env, { keepAlive: { maxSockets: settings.concurrency } });
  const url = chatUrl(settings.baseUrl, settings.model, settings.contextId !== undefined);
  log.info(
    `Evaluating ${cases.length} case(s)${settings.repeat > 1 ? ` × ${settings.repeat} runs` : ''} on ${settings.model.id} at ${url} (${via}), ${settings.concurrency} at once; each call up to ${settings.maxAttempts} attempt(s), ${seconds(sendBoundMs(settings.timeoutMs, settings.maxAttempts))} s at most.`
  );
  const pause = new Pause();
  const secrets = [settings.contextId, settings.judgeContextId, settings.baselineContextId, ...(settings.secrets ?? [])].filter(
    (s): s is string => !!s
  );
  const asker = (model: string, contextId: string | undefined, endpoint: string) => (messages: Messages, label: string) =>
    chat(
      { model, contextId, messages, maxTokens: settings.maxTokens, temperature: settings.temperature },
      {
        url: endpoint,
        apiKey: settings.apiKey,
        timeoutMs: settings.timeoutMs,
        maxAttempts: settings.maxAttempts,
        transport,
        secrets,
        retry: realRetryDeps((m) => log.info(`case ${forLog(label, 120)}: ${m}`)),
        beforeAttempt: () => pause.ready(),
        onRetryAfter: (ms) => pause.holdFor(ms)
      }
    );
  const judged = cases.some((c) => c.expect['judge'] !== undefined);
  const judgeUrl = chatUrl(settings.baseUrl, settings.judgeModel, settings.judgeContextId !== undefined);
  if (judged)
    log.info(
      `Judges: ${settings.judgeModel.id} at ${judgeUrl}, ${settings.judgeContextId ? 'against the rubric cache' : 'with no rubric cache'}; a pass needs score ≥ ${settings.judgeThreshold}.`
    );
  const baseModel = settings.baselineModel ?? settings.model;
  const baseUrl = chatUrl(settings.baseUrl, baseModel, true);
  if (settings.baselineContextId !== undefined)
    log.info(`Base side: ${baseModel.id} at ${baseUrl} against the baseline cache, each run beside the head's.`);
  // Deadlines in parallel, a few at a time: a catastrophic pattern must not serialise the run.
  const regex = cases.some((c) => c.expect['matches'] !== undefined)
    ? regexRunner(undefined, Math.min(settings.concurrency, 4))
    : undefined;
  return evaluate(cases, {
    concurrency: settings.concurrency,
    repeat: settings.repeat,
    repeatMinPass: settings.repeatMinPass,
    keepAnswer: settings.keepWholeAnswers ? Infinity : undefined,
    shelf: settings.keepWholeAnswers ? undefined : new AnswerShelf(),
    testRegex: regex ? (re, text) => regex.test(re, text) : undefined,
    onRun: deps.onRun,
    ask: asker(settings.model.id, settings.contextId, url),
    baseline:
      settings.baselineContextId !== undefined ? { ask: baseSide(asker(baseModel.id, settings.baselineContextId, baseUrl)) } : undefined,
    budget:
      settings.maxCost !== undefined && settings.prices
        ? budgetOf(settings.maxCost, settings.prices, settings.model, baseModel, settings.judgeModel)
        : undefined,
    judge: judged
      ? { ask: asker(settings.judgeModel.id, settings.judgeContextId, judgeUrl), threshold: settings.judgeThreshold }
      : undefined
  }).finally(() => Promise.all([close(), regex?.close()]));
}

/** The engine's budget: a run's cost by its side's model, its judges' by the judge's (no price: nothing). */
function budgetOf(limit: number, prices: PriceBook, head: ModelInfo, base: ModelInfo, judge: ModelInfo): EngineOptions['budget'] {
  const cost = (model: ModelInfo, usage: Parameters<typeof callCost>[0]) => {
    const p = prices(model.id);
    return p ? callCost(usage, p) : 0;
  };
  return { limit, costOf: (side, run) => cost(side === 'base' ? base : head, run.usage) + cost(judge, run.judgeUsage) };
}

/** The base's asker: a gone cache is named as the base's, so the user knows which create step to fix. */
function baseSide(ask: Ask): Ask {
  return (messages, label) =>
    ask(messages, label).catch((e: unknown) => {
      if (!(e instanceof ContextGoneError)) throw e;
      throw Object.assign(
        new ContextGoneError(
          e.status,
          `The base's cache (${wording().input('baseline-context-id')}): ${e.message}`,
          wording().freshBaseCache
        ),
        { attempts: (e as { attempts?: unknown }).attempts }
      );
    });
}
