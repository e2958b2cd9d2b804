// Counts, token sums and the gate: what the step outputs and what decides pass or fail. Pure.
import type { Result } from './engine.js';
import type { Paired } from './paired.js';
import { dollars } from './cost.js';

export interface Totals {
  readonly passed: number;
  readonly failed: number;
  readonly errored: number;
  readonly total: number;
  /** passed / total; 0 when nothing ran. */
  readonly passRate: number;
  readonly promptTokens: number;
  readonly cachedTokens: number;
  readonly completionTokens: number;
  /** cachedTokens / promptTokens; 0 when the gateway counted no prompt tokens. */
  readonly cachedShare: number;
  /** The graders' tokens, apart from the cases' own. */
  readonly judge: { readonly promptTokens: number; readonly cachedTokens: number; readonly completionTokens: number };
  /** Cases whose runs both passed and failed (with repeat). */
  readonly flaky: number;
}

export function totalsOf(results: readonly Result[]): Totals {
  const count = (s: Result['status']) => results.filter((r) => r.status === s).length;
  const sum = (pick: (r: Result) => number | undefined) => results.reduce((n, r) => n + (pick(r) ?? 0), 0);
  const passed = count('pass');
  const promptTokens = sum((r) => r.usage.promptTokens);
  const cachedTokens = sum((r) => r.usage.cachedTokens);
  return {
    passed,
    failed: count('fail'),
    errored: count('error'),
    total: results.length,
    passRate: results.length ? passed / results.length : 0,
    promptTokens,
    cachedTokens,
    completionTokens: sum((r) => r.usage.completionTokens),
    cachedShare: promptTokens ? Math.min(1, cachedTokens / promptTokens) : 0,
    judge: {
      promptTokens: sum((r) => r.judgeUsage.promptTokens),
      cachedTokens: sum((r) => r.judgeUsage.cachedTokens),
      completionTokens: sum((r) => r.judgeUsage.completionTokens)
    },
    flaky: results.filter((r) => r.flaky).length
  };
}

export interface GateRules {
  readonly minPassRate: number;
  /** pass-rate: below min-pass-rate fails; regressions: only a case that passed in the baseline and fails now. */
  readonly failOn: 'pass-rate' | 'regressions' | 'worse';
  /** Against the baseline (fail-on: regressions): cases that passed there and do not now… */
  readonly regressed?: number;
  /** …cases the baseline does not have that do not pass (it cannot excuse them)… */
  readonly newFailing?: number;
  /** …and how many cases the two runs share (none: the baseline tells nothing). */
  readonly shared?: number;
  /** The paired test against the baseline (fail-on: worse reads its change). */
  readonly paired?: Paired;
  /** USD: the max-cost budget that kept runs from being sent. */
  readonly budgetReached?: number;
  /** Side by side: how many of the base side's cases errored, of how many. */
  readonly baseUnanswered?: { readonly errored: number; readonly total: number };
}

export interface GateOutcome {
  readonly ok: boolean;
  /** Why the step fails, one sentence each; empty when it passes. */
  readonly reasons: readonly string[];
}

/**
 * Never a silent pass: the step fails below the pass rate, when every case errored, when nothing
 * ran at all, and when the cache was gone.
 */
export function gate(totals: Totals, rules: GateRules, contextGone: boolean): GateOutcome {
  const reasons: string[] = [];
  if (totals.total === 0) reasons.push('No case ran: 0 of 0 is not a pass.');
  else if (totals.errored === totals.total) reasons.push(`Every case errored (${totals.total}): the gateway answered none of them.`);
  if (contextGone) reasons.push('The context cache does not exist or has expired: re-run the create step in this job, or raise its ttl.');
  if (rules.budgetReached !== undefined)
    reasons.push(
      `The max-cost budget of $${dollars(rules.budgetReached)} was reached: the cases not run are marked "Not run". Raise max-cost or run fewer cases.`
    );
  // Nothing to compare with is no comparison, whatever the head did: never a silent "better".
  const noBase =
    rules.baseUnanswered !== undefined && rules.baseUnanswered.total > 0 && rules.baseUnanswered.errored === rules.baseUnanswered.total;
  if (noBase)
    reasons.push(
      `The base side got no answer for any case (${rules.baseUnanswered.total} errored), so this change cannot be compared with it: is baseline-context-id the base's cache, still alive?`
    );
  if (rules.failOn === 'worse') {
    const p = rules.paired;
    if (p?.change === 'worse')
      reasons.push(
        `Worse than the baseline: ${p.regressed} regressed, ${p.fixed} fixed; the paired test (one-sided exact McNemar) gives p = ${pValueText(p.pValue)} < alpha ${p.alpha}.`
      );
    if (totals.total > 0 && rules.shared === 0 && !noBase)
      reasons.push('The baseline shares no case with this run, so the paired test cannot compare them: is it the right baseline?');
  } else if (rules.failOn === 'regressions') {
    // A baseline only excuses what it shows already failing: renamed or new cases get no pass.
    if (rules.regressed) reasons.push(`${rules.regressed} case(s) regressed: they passed in the baseline and do not now.`);
    if (rules.newFailing) reasons.push(`${rules.newFailing} case(s) the baseline does not have do not pass.`);
    if (totals.total > 0 && rules.shared === 0 && !noBase)
      reasons.push('The baseline shares no case with this run, so it cannot tell what regressed: is it the right baseline-file?');
  } else if (totals.total > 0 && totals.passRate < rules.minPassRate)
    reasons.push(
      `Pass rate ${percent(totals.passRate)} is below min-pass-rate ${percent(rules.minPassRate)} (${totals.passed} of ${totals.total} passed).`
    );
  return { ok: reasons.length === 0, reasons };
}

export function percent(fraction: number): string {
  const p = fraction * 100;
  return `${Number.isInteger(p) ? p : p.toFixed(1)}%`;
}

/** A fraction as an output: at most 4 decimals, no trailing zeros ("0.9", "1", "0.6667"). */
export function fractionOutput(fraction: number): string {
  return String(Math.round(fraction * 10_000) / 10_000);
}

/** A p-value as people read it: two decimals, three significant figures below 0.01 ("0.03", "0.00781"). */
export function pValueText(p: number): string {
  return p >= 0.01 ? p.toFixed(2) : p.toPrecision(3);
}
