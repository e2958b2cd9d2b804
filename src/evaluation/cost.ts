// What calls cost, in USD, from the usage the gateway reported and a price table (src/models.ts,
// or the prices input). An estimate: the gateway bills at its own prices. Pure.
import type { TokenUsage } from '../gateway/chat.js';
import type { Prices } from '../models.js';

export type { Prices } from '../models.js';

const PER_TOKEN = 1 / 1_000_000;

/** Uncached prompt tokens × input + cached × cached input + completion × output. */
export function callCost(usage: TokenUsage, prices: Prices): number {
  const prompt = usage.promptTokens ?? 0;
  const cached = Math.min(usage.cachedTokens ?? 0, prompt || Infinity);
  const fresh = Math.max(0, prompt - cached);
  return (fresh * prices.input + cached * prices.cachedInput + (usage.completionTokens ?? 0) * prices.output) * PER_TOKEN;
}

/** What the cached tokens would have cost more sent uncached. */
export function cacheSaving(usage: TokenUsage, prices: Prices): number {
  return (usage.cachedTokens ?? 0) * Math.max(0, prices.input - prices.cachedInput) * PER_TOKEN;
}

/** Storing `tokens` for `seconds`; undefined when the model has no storage price. */
export function storageCost(tokens: number, seconds: number, prices: Prices): number | undefined {
  return prices.storagePerHour === undefined ? undefined : tokens * prices.storagePerHour * PER_TOKEN * (seconds / 3600);
}

/** A model's prices: the prices input's entry first, then the built-in table. */
export type PriceBook = (model: string) => Prices | undefined;

/** Dollars as an output and in the report: six decimals ("0.001234"). */
export function usd(amount: number): string {
  return amount.toFixed(6);
}

/** A side's cost: its calls by its model's prices, its judges' by the judge's. */
export interface SideCost {
  readonly usd: number;
  /** What the cache saved against sending the cached tokens uncached. */
  readonly savedUsd: number;
}

/**
 * A side's totals → its cost, or the models that have no price (no cost then: never a made-up 0).
 * The judge's price matters only when judges ran.
 */
export function sideCost(
  totals: { promptTokens: number; cachedTokens: number; completionTokens: number; judge: TokenUsage & { promptTokens: number } },
  model: { id: string; prices?: Prices },
  judge: { id: string; prices?: Prices }
): SideCost | { unpriced: string[] } {
  const judged = totals.judge.promptTokens > 0 || (totals.judge.completionTokens ?? 0) > 0;
  const unpriced = [...(model.prices ? [] : [model.id]), ...(judged && !judge.prices ? [judge.id] : [])];
  if (unpriced.length || !model.prices) return { unpriced };
  const judgeCost = judged && judge.prices ? callCost(totals.judge, judge.prices) : 0;
  const judgeSaved = judged && judge.prices ? cacheSaving(totals.judge, judge.prices) : 0;
  return { usd: callCost(totals, model.prices) + judgeCost, savedUsd: cacheSaving(totals, model.prices) + judgeSaved };
}

/** A budget as the user wrote it: no exponent, no trailing zeros ("0.0000001", "2.5"). */
export function dollars(amount: number): string {
  return amount.toLocaleString('en-US', { maximumFractionDigits: 12, useGrouping: false });
}
