// An evaluation's outcome, computed once for every front end: the totals, the comparison with a
// baseline, the gate's verdict, the results document, the JUnit text, the outputs' values and the
// Markdown report. The action and the command line then publish the same things their own way.
import type { ActionError } from '../errors.js';
import { compare, type Baseline, type Comparison } from '../evaluation/compare.js';
import type { Result } from '../evaluation/engine.js';
import type { Shard } from '../evaluation/shard.js';
import { fractionOutput, gate, totalsOf, type GateOutcome, type GateRules, type Totals } from '../evaluation/totals.js';
import { resultsDocument, type ResultsDocument } from '../results/format.js';
import { junitChunks } from './junit.js';
import { renderReport, type InlinePrompt, type RunIdentity } from './markdown.js';
import { baselineOf, pairedOutcome, uncompared, type Paired } from '../evaluation/paired.js';
import { sideCost, usd, type Prices, type SideCost } from '../evaluation/cost.js';

export interface OutcomePlan {
  readonly model: string;
  readonly casesFiles: readonly string[];
  readonly results: readonly Result[];
  /** The gateway said a cache is gone (eval only). */
  readonly contextGone?: ActionError;
  readonly minPassRate: number;
  readonly failOn: GateRules['failOn'];
  readonly baseline?: Baseline;
  /** This run is one shard of several: an empty share is not a failure (the merge step gates). */
  readonly shard?: Shard;
  /** A merge's file of several shards: marked so a later merge never counts it as a shard. */
  readonly merged?: boolean;
  /** What a merge found missing (a shard): the gate fails, the report of what arrived is still made. */
  readonly incomplete?: readonly string[];
  /** Date.now() when the run started. */
  readonly startedAt: number;
  readonly durationMs: number;
  /** Which commit and workflow run this is: the report names them. */
  readonly run?: RunIdentity;
  /** The grader's model (shown when a case was judged). */
  readonly judgeModel?: string;
  /** No cache: the prompt file sent inline with every case. */
  readonly inlinePrompt?: InlinePrompt;
  /** The base side's results (baseline-context-id): the baseline is built from them. */
  readonly baselineResults?: readonly Result[];
  /** The paired test's significance level (default 0.05). */
  readonly alpha?: number;
  /** What the report calls the base side (the pull request's base branch, e.g. main). */
  readonly baseName?: string;
  /** Each side's and the judge's prices (eval only): the cost outputs and the report's cost lines. */
  readonly pricing?: { readonly head: Priced; readonly base?: Priced; readonly judge: Priced };
  /** USD: the max-cost budget that kept runs from being sent. */
  readonly budgetReached?: number;
}

export interface Priced {
  readonly id: string;
  readonly prices?: Prices;
}

export interface Outcome {
  readonly totals: Totals;
  readonly comparison?: Comparison;
  /** Against a baseline: each side's pass rate and the paired test. */
  readonly paired?: Paired;
  /** Each side's cost; `unpriced` names the models that have no price (then no cost). */
  readonly costs?: { readonly head?: SideCost; readonly base?: SideCost; readonly unpriced: readonly string[] };
  readonly verdict: GateOutcome;
  /** This shard held no case: not a failure here. */
  readonly emptyShard: boolean;
  readonly document: ResultsDocument;
  /** The JUnit XML, piece by piece (a large suite's is written without one huge string). */
  readonly junit: () => Iterable<string>;
  /** Every output but the files' paths, by action.yml's names. */
  readonly outputs: Readonly<Record<string, string>>;
  /** The report as Markdown within `budget` characters; `note` says where the rest is. */
  readonly markdown: (budget: number, note?: string) => string;
}

export function evaluationOutcome(plan: OutcomePlan): Outcome {
  const { results } = plan;
  const totals = totalsOf(results);
  const baseTotals = plan.baselineResults ? totalsOf(plan.baselineResults) : undefined;
  const left = plan.baselineResults ? uncompared(results, plan.baselineResults) : new Map<string, string>();
  const compared = left.size ? results.filter((r) => !left.has(r.name)) : results;
  // The base side's results are a baseline like any other: one classifier for both kinds.
  const baseline =
    plan.baseline ??
    (plan.baselineResults
      ? baselineOf(
          plan.baselineResults.filter((r) => !left.has(r.name)),
          plan.model,
          plan.casesFiles
        )
      : undefined);
  const comparison = baseline ? compare(baseline, compared, { model: plan.model, casesFiles: plan.casesFiles }) : undefined;
  // Side by side, each side's rate is over every case, as the head's is: an error is no pass.
  const baseRate = baseTotals
    ? { passed: baseTotals.passed, total: baseTotals.total }
    : { passed: baseline ? [...baseline.cases.values()].filter((c) => c.status === 'pass').length : 0, total: baseline?.cases.size ?? 0 };
  const paired = comparison && baseline ? pairedOutcome(comparison.counts, totals, baseRate, plan.alpha ?? 0.05) : undefined;
  const costs = plan.pricing ? costsOf(plan.pricing, totals, baseTotals) : undefined;
  const status = new Map(results.map((r) => [r.name, r.status]));
  const rules: GateRules = {
    minPassRate: plan.minPassRate,
    failOn: plan.failOn,
    regressed: comparison?.counts.regressed,
    newFailing: comparison?.changes.filter((c) => c.change === 'new' && status.get(c.name) !== 'pass').length,
    shared: comparison ? compared.length - comparison.counts.new : undefined,
    paired,
    budgetReached: plan.budgetReached,
    baseUnanswered: baseTotals && { errored: baseTotals.errored, total: baseTotals.total }
  };
  const emptyShard = plan.shard !== undefined && totals.total === 0;
  const gated = emptyShard ? { ok: true, reasons: [] } : gate(totals, rules, plan.contextGone !== undefined);
  const verdict = plan.incomplete?.length
    ? { ok: false, reasons: [...plan.incomplete.map((m) => `Incomplete: ${m}.`), ...gated.reasons] }
    : gated;
  const startedAt = new Date(plan.startedAt).toISOString();
  const document = resultsDocument({
    model: plan.model,
    casesFiles: plan.casesFiles,
    startedAt,
    durationMs: plan.durationMs,
    totals,
    results,
    shard: plan.shard,
    merged: plan.merged ? true : undefined,
    comparison
  });
  const outputs: Record<string, string> = {
    passed: String(totals.passed),
    failed: String(totals.failed),
    errored: String(totals.errored),
    total: String(totals.total),
    'pass-rate': fractionOutput(totals.passRate),
    'prompt-tokens': String(totals.promptTokens),
    'cached-tokens': String(totals.cachedTokens),
    'completion-tokens': String(totals.completionTokens),
    'cached-share': fractionOutput(totals.cachedShare),
    regressed: String(comparison?.counts.regressed ?? 0),
    fixed: String(comparison?.counts.fixed ?? 0),
    flaky: String(totals.flaky),
    'judge-prompt-tokens': String(totals.judge.promptTokens),
    'judge-cached-tokens': String(totals.judge.cachedTokens),
    'p-value': paired ? String(Number(paired.pValue.toPrecision(4))) : '',
    change: paired?.change ?? '',
    'baseline-passed': paired ? String(paired.base.passed) : '',
    'baseline-pass-rate': paired ? fractionOutput(paired.base.total ? paired.base.passed / paired.base.total : 0) : '',
    ...(costs && { cost: costs.head ? usd(costs.head.usd) : '', 'baseline-cost': costs.base ? usd(costs.base.usd) : '' })
  };
  const report = {
    model: plan.model,
    totals,
    results,
    verdict,
    minPassRate: plan.minPassRate,
    failOn: plan.failOn,
    durationMs: plan.durationMs,
    comparison,
    baseline: plan.baseline && { model: plan.baseline.model, startedAt: plan.baseline.startedAt },
    run: plan.run,
    judgeModel: results.some((r) => r.grade || r.judgeUsage.promptTokens) ? plan.judgeModel : undefined,
    inlinePrompt: plan.inlinePrompt,
    ab:
      paired || costs
        ? { paired, costs, baseName: plan.baseName, sideBySide: plan.baselineResults !== undefined, uncompared: left }
        : undefined
  };
  return {
    totals,
    comparison,
    paired,
    costs,
    verdict,
    emptyShard,
    document,
    junit: () => junitChunks({ model: plan.model, totals, results, durationMs: plan.durationMs, timestamp: startedAt }),
    outputs,
    markdown: (budget, note) => renderReport({ ...report, resultsNote: note }, budget)
  };
}

function costsOf(pricing: NonNullable<OutcomePlan['pricing']>, head: Totals, base: Totals | undefined): NonNullable<Outcome['costs']> {
  const unpriced = new Set<string>();
  const side = (totals: Totals, model: Priced): SideCost | undefined => {
    const cost = sideCost(totals, model, pricing.judge);
    if ('unpriced' in cost) cost.unpriced.forEach((m) => unpriced.add(m));
    return 'unpriced' in cost ? undefined : cost;
  };
  return { head: side(head, pricing.head), base: base && pricing.base ? side(base, pricing.base) : undefined, unpriced: [...unpriced] };
}
