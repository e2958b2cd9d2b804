// How sure a pass rate is, and whether a drop between two runs of the same cases is real. Pure.
// See /work/shared/notes/eval.md, "Is a drop real?".

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/**
 * The Wilson score interval of a proportion (95% at z = 1.96): unlike p̂ ± z·se it stays inside
 * [0, 1] and is honest at 0 or all passed. Nothing ran: [0, 1], which says nothing.
 */
export function wilson(passed: number, total: number, z = 1.96): Interval {
  if (!(total > 0)) return { low: 0, high: 1 };
  const p = Math.min(1, Math.max(0, passed / total));
  const z2 = z * z;
  const denominator = 1 + z2 / total;
  const centre = (p + z2 / (2 * total)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total))) / denominator;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export interface McNemar {
  /** One-sided exact p = P(X ≥ b), X ~ Binomial(b + c, ½): the chance of this many or more pass→fail by luck. */
  readonly exact: number;
  /** Mid-p: the exact p less half of P(X = b); less conservative. */
  readonly midP: number;
}

/**
 * McNemar's paired test, one-sided ("worse than before"): b = cases pass→fail, c = fail→pass.
 * Cases that did not change tell nothing and are not counted. No changes: p = 1.
 */
export function mcnemar(b: number, c: number): McNemar {
  const n = b + c;
  if (!(b > 0) || !Number.isInteger(b) || !Number.isInteger(c) || c < 0) return { exact: 1, midP: 1 };
  // log C(n, k) − n·ln 2, built up term by term: no factorial overflows, no 2^-n underflow.
  let logC = 0;
  let tail = 0;
  let atB = 0;
  for (let k = 0; k <= n; k++) {
    if (k > 0) logC += Math.log(n - k + 1) - Math.log(k);
    if (k < b) continue;
    const pmf = Math.exp(logC - n * Math.LN2);
    if (k === b) atB = pmf;
    tail += pmf;
  }
  const exact = Math.min(1, tail);
  return { exact, midP: Math.max(0, exact - atB / 2) };
}
