// "Did you mean …?": the known word nearest to a typo, for model ids and case-file keys. Pure.

/**
 * The candidate nearest to `word` by edit distance (case ignored), if within `maxEdits`; with
 * `unambiguous`, none when two candidates are equally near.
 */
export function suggest(word: string, candidates: readonly string[], { maxEdits = 2, unambiguous = false } = {}): string | undefined {
  const key = word.toLowerCase();
  if (key.length > 64) return undefined;
  let best: string | undefined;
  let bestDistance = maxEdits;
  let tie = false;
  for (const candidate of candidates) {
    // Capped one above the best so far: a result at the cap means "further", never a tie.
    const d = editDistance(key, candidate.toLowerCase(), bestDistance + 1);
    if (d < bestDistance || (d === bestDistance && best === undefined)) [best, bestDistance, tie] = [candidate, d, false];
    else if (d === bestDistance) tie = true;
  }
  return unambiguous && tie ? undefined : best;
}

/** Levenshtein distance, or `cap` as soon as it is certain to reach it. */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) >= cap) return cap;
    prev = row;
  }
  return Math.min(prev[b.length]!, cap);
}
