// Runs `fn` over `items`, at most `size` at a time, keeping the order of the results: the
// end-to-end tests run many short actions, and a few side by side is what fits a 2-core runner.
export async function inPool<T, R>(items: readonly T[], size: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return results;
}

/** Like inPool, but a failure is kept as the item's result instead of stopping the others. */
export function settledInPool<T, R>(
  items: readonly T[],
  size: number,
  fn: (item: T, index: number) => Promise<R>
): Promise<(R | { error: unknown })[]> {
  return inPool(items, size, (item, i) => fn(item, i).catch((error: unknown) => ({ error })));
}
