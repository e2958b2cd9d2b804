// The gateway's usage object, kept to what a later step can use: its numbers. It is re-serialised
// into the usage output, so what comes back is bounded in depth, size and key shape, whatever
// the gateway nested inside it (10,000 levels would otherwise crash the serialiser). Pure.

export interface Usage {
  readonly [key: string]: number | Usage;
}

/** `usage.prompt_tokens_details.cached_tokens` is the deepest field either family documents. */
const MAX_DEPTH = 3;
const MAX_NUMBERS = 64;
const KEY = /^[A-Za-z0-9_.-]{1,64}$/;

/** The finite numbers of `value`, at most MAX_DEPTH levels deep and MAX_NUMBERS in all; objects left empty are dropped. */
export function usageNumbers(value: object): Usage {
  let budget = MAX_NUMBERS;
  const walk = (node: object, depth: number): Usage => {
    const entries: [string, number | Usage][] = [];
    for (const [key, v] of Object.entries(node)) {
      if (budget <= 0) break;
      if (!KEY.test(key)) continue;
      if (typeof v === 'number' && Number.isFinite(v)) {
        entries.push([key, v]);
        budget--;
      } else if (v !== null && typeof v === 'object' && !Array.isArray(v) && depth < MAX_DEPTH) {
        const inner = walk(v as object, depth + 1);
        if (Object.keys(inner).length > 0) entries.push([key, inner]);
      }
    }
    // fromEntries defines own properties: a "__proto__" key stays data, not a prototype.
    return Object.fromEntries(entries);
  };
  return walk(value, 1);
}

/** A count from usage, for outputs: a non-negative safe integer, else undefined. */
export function tokenCount(usage: Usage | undefined, ...keys: string[]): number | undefined {
  for (const key of keys) {
    const v = usage?.[key];
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
  }
  return undefined;
}
