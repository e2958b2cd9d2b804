// The results file: every case's outcome as JSON, for artifacts, baselines and other tools. Its
// `format` names the layout, so a later version can read (or refuse) an older file. Pure.
import type { Comparison } from '../evaluation/compare.js';
import type { Result } from '../evaluation/engine.js';
import type { Shard } from '../evaluation/shard.js';
import type { Totals } from '../evaluation/totals.js';

export const RESULTS_FORMAT = 'context-cache-eval/results@1';

/** The most a results file (or all of a merge's together) may hold: far past any real suite. */
export const MAX_RESULTS_BYTES = 64 * 1024 * 1024;

export interface ResultsDocument {
  readonly format: typeof RESULTS_FORMAT;
  readonly model: string;
  readonly casesFiles: readonly string[];
  readonly startedAt: string;
  readonly durationMs: number;
  readonly totals: Totals;
  /** Set when this run is one shard of several (the merge step checks them). */
  readonly shard?: Shard;
  /** Written by the merge step: a later merge never counts it as a shard. */
  readonly merged?: true;
  /** Against the baseline, when one was given: counts per change. */
  readonly baseline?: Comparison['counts'];
  readonly cases: readonly CaseRecord[];
}

export interface CaseRecord {
  readonly name: string;
  /** In a merged file of several models: the case's own model (its name then starts with it). */
  readonly model?: string;
  readonly file?: string;
  readonly line?: number;
  readonly status: Result['status'];
  readonly failures: Result['failures'];
  readonly error?: string;
  readonly response?: string;
  readonly usage: { readonly promptTokens?: number; readonly cachedTokens?: number; readonly completionTokens?: number };
  readonly latencyMs?: number;
  readonly attempts: number;
  readonly runs: Result['runs'];
  readonly flaky: boolean;
  readonly judge?: Result['verdict'];
  readonly judgeUsage: Result['judgeUsage'];
  /** Against the baseline: regressed, fixed, still-failing, still-passing, new. */
  readonly change?: string;
}

export function resultsDocument(
  run: Omit<ResultsDocument, 'format' | 'cases' | 'baseline'> & { results: readonly Result[]; comparison?: Comparison }
): ResultsDocument {
  const { results, comparison, ...rest } = run;
  const change = new Map(comparison?.changes.map((c) => [c.name, c.change]));
  return {
    format: RESULTS_FORMAT,
    ...rest,
    baseline: comparison?.counts,
    cases: results.map((r) => ({
      name: r.name,
      model: r.model,
      file: r.file || undefined,
      line: r.line,
      status: r.status,
      failures: r.failures,
      error: r.error,
      response: r.response,
      usage: r.usage,
      latencyMs: r.latencyMs === undefined ? undefined : Math.round(r.latencyMs),
      attempts: r.attempts,
      runs: r.runs,
      flaky: r.flaky,
      judge: r.verdict,
      judgeUsage: r.judgeUsage,
      change: change.get(r.name)
    }))
  };
}
