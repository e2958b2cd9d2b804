// The results file, in one place: its types, its one schema (read strictly by merge, leniently as a
// baseline), and the document a run writes. Every case's outcome as JSON, for artifacts, baselines
// and other tools; `format` names the layout, so a later version can read (or refuse) an older file.
import { z } from 'zod';
import type { Result, Status } from '../evaluation/engine.js';
import type { Shard } from '../evaluation/shard.js';
import type { Totals } from '../evaluation/totals.js';
import { isModelId } from '../inputs/rules.js';

export const RESULTS_FORMAT = 'context-cache-eval/results@1';

/** The most a results file (or all of a merge's together) may hold: far past any real suite. */
export const MAX_RESULTS_BYTES = 64 * 1024 * 1024;

/** What became of a case against a baseline. */
export type Change = 'regressed' | 'fixed' | 'still-failing' | 'still-passing' | 'new' | 'removed';
export type ChangeCounts = Readonly<Record<Change, number>>;

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
  readonly baseline?: ChangeCounts;
  readonly cases: readonly CaseRecord[];
}

export interface CaseRecord {
  readonly name: string;
  /** In a merged file of several models: the case's own model (its name then starts with it). */
  readonly model?: string;
  readonly file?: string;
  readonly line?: number;
  readonly status: Status;
  readonly failures: Result['failures'];
  readonly error?: string;
  readonly response?: string;
  readonly usage: Result['usage'];
  readonly latencyMs?: number;
  readonly attempts: number;
  readonly runs: Result['runs'];
  readonly flaky: boolean;
  readonly judge?: Result['grade'];
  readonly judgeUsage: Result['judgeUsage'];
  /** Against the baseline: regressed, fixed, still-failing, still-passing, new. */
  readonly change?: Change;
}

/** A run's results as the document the results file holds. */
export function resultsDocument(
  run: Omit<ResultsDocument, 'format' | 'cases' | 'baseline'> & {
    results: readonly Result[];
    comparison?: { readonly counts: ChangeCounts; readonly changes: readonly { readonly name: string; readonly change: Change }[] };
  }
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
      // Read as each case is written: a long run's answers wait on the engine's shelf, not all here at once.
      get response() {
        return r.response;
      },
      usage: r.usage,
      latencyMs: r.latencyMs === undefined ? undefined : Math.round(r.latencyMs),
      attempts: r.attempts,
      runs: r.runs,
      flaky: r.flaky,
      judge: r.grade,
      judgeUsage: r.judgeUsage,
      change: change.get(r.name)
    }))
  };
}

// One schema for reading a results file, which may come from anywhere (an artifact, a baseline a
// pull request planted): every string bounded, every count a sane integer.
const Count = z.number().int().nonnegative().max(1e12).optional();
const UsageSchema = z.object({ promptTokens: Count, cachedTokens: Count, completionTokens: Count }).catch({});
const Text = (max: number) => z.string().max(max);
const Status = z.enum(['pass', 'fail', 'error']);
const FailureSchema = z.object({ expectation: Text(100), expected: Text(100_000), got: Text(100_000) });
const GradeSchema = z.object({ pass: z.boolean(), score: z.number().min(0).max(1), reason: Text(1000) });
const CaseSchema = z.object({
  name: Text(1000),
  file: Text(4096).optional(),
  line: z.number().int().positive().optional(),
  status: Status,
  failures: z.array(FailureSchema).max(100),
  error: Text(100_000).optional(),
  response: Text(4 * 1024 * 1024).optional(),
  usage: UsageSchema,
  judgeUsage: UsageSchema.optional(),
  judge: GradeSchema.optional(),
  latencyMs: z.number().nonnegative().max(1e9).optional(),
  attempts: z.number().int().nonnegative().max(1e6),
  runs: z
    .object({
      passed: z.number().int(),
      failed: z.number().int(),
      errored: z.number().int(),
      total: z.number().int(),
      // Each run of a repeated case (answers clipped): optional, so older files read as before.
      detail: z
        .array(
          z.object({
            status: Status,
            failures: z.array(FailureSchema).max(100),
            error: Text(100_000).optional(),
            response: Text(64 * 1024).optional(),
            grade: GradeSchema.optional(),
            latencyMs: z.number().nonnegative().max(1e9).optional()
          })
        )
        .max(100)
        .optional()
    })
    .optional(),
  flaky: z.boolean().optional(),
  model: Text(128).refine(isModelId).optional()
});
const DocumentSchema = z.object({
  format: z.literal(RESULTS_FORMAT),
  // A model id by the model input's own rule: this text reaches the log, titles and names.
  model: Text(128).refine(isModelId, 'is not a model id'),
  casesFiles: z.array(Text(4096)).max(10_000),
  // As the shard input allows: 1–1000 shards, an index among them (a count is also an allocation).
  shard: z
    .object({ index: z.number().int().positive(), count: z.number().int().positive().max(1000) })
    .refine((sh) => sh.index <= sh.count, 'shard index is larger than the shard count')
    .optional(),
  merged: z.boolean().optional(),
  cases: z.array(CaseSchema).max(100_000)
});
// Lenient: an older or foreign file still serves as a baseline by what it has; a case it cannot
// read is skipped, not fatal.
const LenientCase = CaseSchema.pick({ name: true, status: true, response: true, model: true }).loose();
const LenientDocument = z.looseObject({
  format: Text(200).optional(),
  model: Text(200).optional(),
  casesFiles: z.array(Text(1000)).max(10_000).optional(),
  // Read leniently: a baseline without a readable date still serves, it is just not dated.
  startedAt: z.unknown().optional(),
  cases: z.array(z.unknown()).max(100_000)
});

/** A results file as read strictly: the current format, every case whole. */
export interface ReadResults {
  readonly model: string;
  readonly casesFiles: readonly string[];
  readonly shard?: Shard;
  readonly results: readonly Result[];
  /** A merge step's own output (a re-run's glob may match it): never counted as a shard. */
  readonly merged?: boolean;
}

/** What a lenient read keeps of each case: enough to compare against. */
export interface BaselineCase {
  readonly name: string;
  /** In a merged file of several models: the case's own model. */
  readonly model?: string;
  readonly status: Status;
  readonly response?: string;
}

export interface LenientResults {
  /** The file's format, or '(none)'. */
  readonly format: string;
  readonly model?: string;
  readonly casesFiles?: readonly string[];
  /** When the run started (ISO 8601), when the file says so readably. */
  readonly startedAt?: string;
  readonly cases: readonly BaselineCase[];
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; why: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, why: `is not JSON (${(e instanceof Error ? e.message : String(e)).slice(0, 100)})` };
  }
}

/** A results file's text, read strictly (merge): its results, or why it is not a results file of this format. */
export function readResultsStrict(text: string): ReadResults | string {
  const json = parseJson(text);
  if (!json.ok) return json.why;
  const doc = DocumentSchema.safeParse(json.value);
  if (!doc.success) {
    const issue = doc.error.issues[0]!;
    return `is not a ${RESULTS_FORMAT} results file (${issue.path.slice(0, 4).join('.') || 'document'}: ${issue.message})`;
  }
  const d = doc.data;
  return {
    model: d.model,
    casesFiles: d.casesFiles,
    shard: d.shard,
    merged: d.merged,
    results: d.cases.map((c) => ({
      name: c.name,
      file: c.file ?? '',
      line: c.line,
      status: c.status,
      failures: c.failures,
      error: c.error,
      response: c.response,
      usage: c.usage,
      judgeUsage: c.judgeUsage ?? {},
      grade: c.judge,
      latencyMs: c.latencyMs,
      attempts: c.attempts,
      runs: c.runs ?? {
        passed: Number(c.status === 'pass'),
        failed: Number(c.status === 'fail'),
        errored: Number(c.status === 'error'),
        total: 1
      },
      flaky: c.flaky ?? false,
      model: c.model
    }))
  };
}

/** A results file's text, read leniently (a baseline): what it has, or why it is no results file at all. */
export function readResultsLenient(text: string): LenientResults | string {
  const json = parseJson(text);
  if (!json.ok) return json.why;
  const doc = LenientDocument.safeParse(json.value);
  if (!doc.success) return 'is not a results file (no "cases" list)';
  const cases: BaselineCase[] = [];
  for (const item of doc.data.cases) {
    const c = LenientCase.safeParse(item);
    if (c.success) cases.push({ name: c.data.name, status: c.data.status, response: c.data.response, model: c.data.model });
  }
  return {
    format: doc.data.format ?? '(none)',
    model: doc.data.model,
    casesFiles: doc.data.casesFiles,
    startedAt: isoDate(doc.data.startedAt),
    cases
  };
}

/** A date as written by a results file, kept only when it reads as one (it reaches the report). */
function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 40 || !/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
