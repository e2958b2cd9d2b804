// What create hands on, computed without side effects: the outputs, the variables later steps
// read, and the summary's rows (every cell escaped). The action publishes them to the runner; the
// command line prints them.
import { forCell } from '../../escape.js';
import type { CacheCreated } from '../../gateway/create.js';
import { tokenCount } from '../../gateway/usage.js';
import { callCost, storageCost, usd } from '../../evaluation/cost.js';
import { listPrices, PRICES_DATE } from '../../models.js';
import { modelVarName, ttlVarName } from '../../inputs/rules.js';
import type { Prompt } from '../../prompt/read.js';
import type { Settings } from './inputs.js';

export interface CreateOutputs {
  /** What creating cost and what storage costs, in words (a log line and a summary row). */
  readonly costText: string;
  readonly outputs: Readonly<Record<string, string>>;
  /** The variables later steps read: the id, and its ttl (`CONTEXT_CACHE_ID` → `CONTEXT_CACHE_TTL`). */
  readonly env: Readonly<Record<string, string>>;
  /** Escaped for a Markdown/HTML table cell. */
  readonly summaryRows: readonly (readonly [string, string])[];
}

/** What gets published, computed without side effects. */
export function createOutputs(
  cache: CacheCreated,
  settings: Settings,
  prompt: Pick<Prompt, 'estimatedTokens'>,
  now: number = Date.now()
): CreateOutputs {
  // The gateway's ttl is the truth; else what we asked for; else the family's documented default.
  const ttl = cache.ttl ?? settings.ttl ?? settings.model.rules?.defaultTtl;
  const expiresAt = ttl !== undefined ? new Date(now + ttl * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z') : '';
  const tokens = tokenCount(cache.usage, 'prompt_tokens', 'cache_creation_input_tokens');
  const promptTokens = tokens !== undefined ? String(tokens) : '';
  const mode = cache.mode ?? '';
  const cost = creationCost(settings.model.id, tokens ?? prompt.estimatedTokens, ttl);
  const rows: [string, string][] = [
    ['Model', settings.model.id],
    ['TTL', ttl !== undefined ? `${ttl} s` : 'gateway default'],
    ['Expires at', expiresAt || 'unknown'],
    ['Mode', mode || '—'],
    ['Prompt tokens', promptTokens ? `${promptTokens} (estimated ${prompt.estimatedTokens})` : `estimated ${prompt.estimatedTokens}`],
    ['Attempts', String(cache.attempts)],
    ['Time', `${(cache.elapsedMs / 1000).toFixed(2)} s`],
    ['Cost (estimate)', cost.text]
  ];
  return {
    outputs: {
      'context-id': cache.id,
      ttl: ttl !== undefined ? String(ttl) : '',
      'expires-at': expiresAt,
      mode,
      model: settings.model.id,
      'prompt-tokens': promptTokens,
      'estimated-tokens': String(prompt.estimatedTokens),
      usage: JSON.stringify(cache.usage ?? {}),
      cost: cost.usd
    },
    // The ttl is not a secret: masking a number would hide it everywhere else in the log.
    // The model too (`CONTEXT_CACHE_MODEL`): eval's model defaults to it, so the model is written once.
    env: {
      [settings.envVar]: cache.id,
      ...(ttl !== undefined && { [ttlVarName(settings.envVar)]: String(ttl) }),
      [modelVarName(settings.envVar)]: settings.model.id
    },
    costText: cost.text,
    summaryRows: rows.map(([field, value]) => [field, forCell(value)] as const)
  };
}

/**
 * Creating: the prompt's tokens at the input price (the upstream bills a cache's creation as input);
 * storing: per hour, and over the ttl. Built-in list prices only: an estimate, dated.
 */
function creationCost(model: string, tokens: number, ttl: number | undefined): { usd: string; text: string } {
  const prices = listPrices(model);
  if (!prices) return { usd: '', text: `no price known for ${model}` };
  const created = callCost({ promptTokens: tokens }, prices);
  const hourly = storageCost(tokens, 3600, prices);
  const stored = ttl !== undefined ? storageCost(tokens, ttl, prices) : undefined;
  const storage =
    hourly === undefined
      ? ''
      : `; storage $${usd(hourly)} per hour${stored !== undefined ? `, $${usd(stored)} over the ttl of ${ttl} s` : ''}`;
  return { usd: usd(created), text: `creating $${usd(created)}${storage} (list prices of ${PRICES_DATE}, an estimate)` };
}
