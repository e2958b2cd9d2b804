// The results file: every case's outcome as JSON, for artifacts, baselines and other tools. Its
// `format` names the layout, so a later version can read (or refuse) an older file. Pure.
import type { Result } from '../engine.js';
import type { Totals } from './totals.js';

export const RESULTS_FORMAT = 'context-cache-eval/results@1';

export interface ResultsDocument {
  readonly format: typeof RESULTS_FORMAT;
  readonly model: string;
  readonly casesFiles: readonly string[];
  readonly startedAt: string;
  readonly durationMs: number;
  readonly totals: Totals;
  readonly cases: readonly CaseRecord[];
}

export interface CaseRecord {
  readonly name: string;
  readonly file?: string;
  readonly line?: number;
  readonly status: Result['status'];
  readonly failures: Result['failures'];
  readonly error?: string;
  readonly response?: string;
  readonly usage: { readonly promptTokens?: number; readonly cachedTokens?: number; readonly completionTokens?: number };
  readonly latencyMs?: number;
  readonly attempts: number;
}

export function resultsDocument(run: Omit<ResultsDocument, 'format' | 'cases'> & { results: readonly Result[] }): ResultsDocument {
  const { results, ...rest } = run;
  return {
    format: RESULTS_FORMAT,
    ...rest,
    cases: results.map((r) => ({
      name: r.name,
      file: r.file || undefined,
      line: r.line,
      status: r.status,
      failures: r.failures,
      error: r.error,
      response: r.response,
      usage: r.usage,
      latencyMs: r.latencyMs === undefined ? undefined : Math.round(r.latencyMs),
      attempts: r.attempts
    }))
  };
}
