// The prices input: a YAML mapping `model: {input, cached-input, output}` in USD per 1M tokens,
// over the built-in list prices (src/models.ts). The gateway resells at its own prices, so a team
// states what it pays; every bad value is reported with the model and the field it belongs to.
import { parse } from 'yaml';
import { forLog } from '../escape.js';
import type { PriceBook } from '../evaluation/cost.js';
import { listPrices, type Prices } from '../models.js';
import { reject, type Ctx } from './fields.js';
import { isModelId } from './rules.js';

const FIELDS = { input: 'input', 'cached-input': 'cachedInput', output: 'output' } as const;
/** Far above any list price: a larger figure is a typo (per 1K, or in cents). */
const MAX_PRICE = 10_000;
const EXAMPLE = 'e.g. prices: "gemini-2.5-flash: {input: 0.30, cached-input: 0.03, output: 2.50}" (USD per 1M tokens)';

/** The input → the prices it sets, by model id in lower case; empty: none. */
export function parsePrices(raw: string, ctx: Ctx): ReadonlyMap<string, Prices> {
  if (raw.trim() === '') return new Map();
  let doc: unknown;
  try {
    doc = parse(raw, { maxAliasCount: 0 });
  } catch (e) {
    return reject(
      ctx,
      `is not YAML (${forLog((e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '', 200)})`,
      `Write a mapping, ${EXAMPLE}`
    );
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return reject(ctx, 'is not a mapping of model ids', `Write one, ${EXAMPLE}`);
  const out = new Map<string, Prices>();
  const problems: string[] = [];
  for (const [model, entry] of Object.entries(doc as Record<string, unknown>)) {
    const name = forLog(JSON.stringify(model.slice(0, 80)));
    if (!isModelId(model)) {
      problems.push(`${name} is not a model id`);
      continue;
    }
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push(`${name}: is not a mapping of input, cached-input and output`);
      continue;
    }
    const values: Partial<Record<(typeof FIELDS)[keyof typeof FIELDS], number>> = {};
    for (const key of Object.keys(entry))
      if (!(key in FIELDS)) problems.push(`${name}: unknown field ${forLog(JSON.stringify(key.slice(0, 40)))}`);
    for (const [key, prop] of Object.entries(FIELDS)) {
      const value = (entry as Record<string, unknown>)[key];
      if (value === undefined) problems.push(`${name}: ${key} is missing`);
      else if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_PRICE)
        problems.push(
          `${name}: ${key} ${forLog((JSON.stringify(value) as string | undefined)?.slice(0, 40) ?? typeof value)} is not a number from 0 to ${MAX_PRICE}`
        );
      else values[prop] = value;
    }
    if (values.input !== undefined && values.cachedInput !== undefined && values.output !== undefined)
      out.set(model.toLowerCase(), { input: values.input, cachedInput: values.cachedInput, output: values.output });
  }
  if (problems.length)
    return reject(ctx, problems.join('; '), `Give each model input, cached-input and output in USD per 1M tokens, ${EXAMPLE}`);
  return out;
}

/** The prices input's entries first, then the built-in list prices. */
export function priceBook(overrides: ReadonlyMap<string, Prices>): PriceBook {
  if (overrides.size === 0) return listPrices;
  return (model) => {
    const own = overrides.get(model.toLowerCase());
    const listed = listPrices(model);
    // The storage price stays the list's: the input names only what a call costs.
    return own ? { ...own, storagePerHour: listed?.storagePerHour } : listed;
  };
}
