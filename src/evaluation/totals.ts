// Counts, token sums and the gate: what the step outputs and what decides pass or fail. Pure.
import type { Result } from './engine.js';

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
  readonly failOn: 'pass-rate' | 'regressions';
  /** Against the baseline (fail-on: regressions): cases that passed there and do not now… */
  readonly regressed?: number;
  /** …cases the baseline does not have that do not pass (it cannot excuse them)… */
  readonly newFailing?: number;
  /** …and how many cases the two runs share (none: the baseline tells nothing). */
  readonly shared?: number;
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
  if (rules.failOn === 'regressions') {
    // A baseline only excuses what it shows already failing: renamed or new cases get no pass.
    if (rules.regressed) reasons.push(`${rules.regressed} case(s) regressed: they passed in the baseline and do not now.`);
    if (rules.newFailing) reasons.push(`${rules.newFailing} case(s) the baseline does not have do not pass.`);
    if (totals.total > 0 && rules.shared === 0)
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
