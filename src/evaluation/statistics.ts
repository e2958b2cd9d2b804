// Is a difference between two runs real? A pass rate's 95% interval (Wilson), and the paired test
// for the same cases on two sides (exact McNemar). Pure. The formulas: Wilson, "Probable inference,
// the law of succession, and statistical inference" (JASA, 1927); McNemar's test as the exact
// binomial test on the discordant pairs (Agresti, "Categorical Data Analysis", 3rd ed., §11.1),
// mid-p as in Lancaster (1961).

/** The Wilson score interval of passed/total; z = 1.96 for 95%. Nothing run: [0, 1]. */
export function wilson(passed: number, total: number, z = 1.96): { low: number; high: number } {
  if (total <= 0) return { low: 0, high: 1 };
  const p = passed / total;
  const z2 = z * z;
  const denominator = 1 + z2 / total;
  const center = (p + z2 / (2 * total)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  return { low: Math.max(0, center - half), high: Math.min(1, center + half) };
}

/**
 * One-sided exact McNemar: b cases went pass → fail, c went fail → pass. `exact` = P(X ≥ b) for
 * X ~ Binomial(b + c, ½), the chance of b or more regressions among the b + c changed cases if
 * either direction were as likely; `midP` subtracts half of P(X = b) (less conservative).
 */
export function mcnemar(b: number, c: number): { exact: number; midP: number } {
  const n = b + c;
  if (n === 0) return { exact: 1, midP: 0.5 };
  // P(X = k) in logs: exact for any n a suite can have, with no overflow of n choose k.
  const logHalfN = n * Math.log(0.5);
  const pmf = (k: number) => Math.exp(logChoose(n, k) + logHalfN);
  let tail = 0;
  for (let k = b; k <= n; k++) tail += pmf(k);
  const exact = Math.min(1, tail);
  return { exact, midP: Math.max(0, exact - pmf(b) / 2) };
}

function logChoose(n: number, k: number): number {
  let sum = 0;
  for (let i = 1; i <= k; i++) sum += Math.log(n - k + i) - Math.log(i);
  return sum;
}
