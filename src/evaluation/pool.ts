// A bounded pool of calls, and the pause they share: when the gateway says "slow down"
// (429 with Retry-After), every case waits, not just the one that was told.

/** A pause every worker honours before its next attempt. */
export class Pause {
  private until = 0;

  constructor(private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))) {}

  /** Hold every worker for `ms` from now (a longer hold already in force stays). */
  holdFor(ms: number, now: number = Date.now()): void {
    this.until = Math.max(this.until, now + ms);
  }

  /** Resolves once no hold is in force. */
  async ready(now: () => number = Date.now): Promise<void> {
    for (let left = this.until - now(); left > 0; left = this.until - now()) await this.sleep(left);
  }
}

/**
 * Runs `work` on every item, at most `concurrency` at once, and returns the results in item
 * order. When `stop()` says so, items not yet started are given to `skipped` instead.
 */
export async function runPool<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<R>,
  options: { stop?: () => boolean; skipped?: (item: T, index: number) => R } = {}
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      const item = items[i]!;
      results[i] = options.stop?.() && options.skipped ? options.skipped(item, i) : await work(item, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
