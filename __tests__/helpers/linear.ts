// Linear cost proven by a ratio, not a clock: `factor` times the input must cost well under
// factor² the time. Each size is run three times after a warm-up and the cheapest run is kept;
// cost is this process's CPU time, not wall time, so other processes on a busy machine (other
// test files, other jobs) do not count.
export async function costRatio(run: (size: number) => unknown, small: number, factor = 4): Promise<number> {
  await run(small); // warm-up: JIT, lazy imports, caches
  const cheapest = async (size: number) => {
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const before = process.cpuUsage();
      await run(size);
      const { user, system } = process.cpuUsage(before);
      best = Math.min(best, user + system);
    }
    return best;
  };
  const a = await cheapest(small);
  const b = await cheapest(small * factor);
  return b / Math.max(a, 50);
}
