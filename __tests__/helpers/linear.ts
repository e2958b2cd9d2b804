// Linear cost proven by a ratio, not a clock: `factor` times the input must cost well under
// factor² the time. Each size is timed three times after a warm-up and the fastest run is kept,
// so a busy machine (other test files, other processes) slows both sides alike or not at all.
export async function costRatio(run: (size: number) => unknown, small: number, factor = 4): Promise<number> {
  await run(small); // warm-up: JIT, lazy imports, caches
  const fastest = async (size: number) => {
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const started = performance.now();
      await run(size);
      best = Math.min(best, performance.now() - started);
    }
    return best;
  };
  const a = await fastest(small);
  const b = await fastest(small * factor);
  return b / Math.max(a, 0.05);
}
