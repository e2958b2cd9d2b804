// Head against base, case by case: each side's pass rate with its 95% interval, and the paired
// test over the cases both ran (exact one-sided McNemar on those that changed), read at `alpha`
// as worse, better or no significant change. Pure.
import { RESULTS_FORMAT } from '../results/format.js';
import type { ChangeCounts } from '../results/format.js';
import type { Baseline } from './compare.js';
import { notRun, type Result } from './engine.js';
import { mcnemar, wilson } from './statistics.js';

export type Verdict = 'worse' | 'better' | 'no-significant-change';

export interface SideRate {
  readonly passed: number;
  readonly total: number;
  readonly low: number;
  readonly high: number;
}

export interface Paired {
  readonly head: SideRate;
  readonly base: SideRate;
  /** Cases pass → fail (b) and fail → pass (c). */
  readonly regressed: number;
  readonly fixed: number;
  /** One-sided exact p that the head is worse (P(X ≥ b)); what the gate reads. */
  readonly pValue: number;
  readonly midP: number;
  /** The same test the other way: that the head is better. */
  readonly pBetter: number;
  readonly alpha: number;
  readonly change: Verdict;
}

function rate(passed: number, total: number): SideRate {
  return { passed, total, ...wilson(passed, total) };
}

export function pairedOutcome(
  counts: ChangeCounts,
  head: { passed: number; total: number },
  base: { passed: number; total: number },
  alpha: number
): Paired {
  const b = counts.regressed;
  const c = counts.fixed;
  const worse = mcnemar(b, c);
  const better = mcnemar(c, b).exact;
  const change: Verdict = worse.exact < alpha ? 'worse' : better < alpha ? 'better' : 'no-significant-change';
  return {
    head: rate(head.passed, head.total),
    base: rate(base.passed, base.total),
    regressed: b,
    fixed: c,
    pValue: worse.exact,
    midP: worse.midP,
    pBetter: better,
    alpha,
    change
  };
}

/** The base side's results as a Baseline, so compare.ts classifies both sides as it does a baseline-file. */
export function baselineOf(results: readonly Result[], model: string, casesFiles: readonly string[]): Baseline {
  return {
    model,
    casesFiles,
    format: RESULTS_FORMAT,
    cases: new Map(results.map((r) => [r.name, { name: r.name, status: r.status, response: r.response }]))
  };
}

/**
 * The cases left out of a side-by-side comparison: those the base did not answer (an error: its
 * cache gone, the budget spent between the two sides, a gateway failure), which is no sign that
 * the base's prompt fails them (counted as failing, they would make the head look fixed), and
 * those the head never sent. A head that was asked and errored still counts against the head: an
 * error must never hide a regression.
 */
export function uncompared(head: readonly Result[], base: readonly Result[]): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const r of base) if (r.status === 'error') out.set(r.name, `base: ${r.error ?? 'error'}`);
  for (const r of head) if (notRun(r) && !out.has(r.name)) out.set(r.name, `head: ${r.error ?? 'not run'}`);
  return out;
}
