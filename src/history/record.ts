// One history record: what a run of one model left for the runs after it (the trend chart, "since
// the last run", the drift alert, a pull request's baseline). Versioned JSON, small on purpose:
// totals, tokens and each case's status by name, never answers.
//
// Reading is hostile: anyone who can push to the history branch can write any file there. A record
// is parsed by a bounded schema; one that does not parse is skipped (the caller warns), and its
// text, once shown, goes through src/escape.ts like any other untrusted text.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { Result, Status } from '../evaluation/engine.js';
import { wilson } from '../evaluation/statistics.js';
import { isModelId } from '../inputs/rules.js';
import { slug } from '../files/report-files.js';

export const HISTORY_FORMAT = 'context-cache-eval/history@1';
/** A record's file is refused unread past this: far past 20,000 cases of long names. */
export const MAX_RECORD_BYTES = 4 * 1024 * 1024;
const MAX_CASES = 20_000;

const Count = z.number().int().nonnegative().max(1e12);
const Fraction = z.number().min(0).max(1);
const Name = z.string().min(1).max(1000);
const RecordSchema = z.object({
  format: z.literal(HISTORY_FORMAT),
  time: z.iso.datetime(),
  commit: z.string().regex(/^[0-9a-f]{7,64}$/),
  /** The branch the run was on (GITHUB_REF_NAME): a pull request's baseline is its base branch's. */
  ref: z.string().max(255).optional(),
  runId: z.string().regex(/^[0-9]{1,20}$/),
  runAttempt: z.number().int().positive().max(1000).optional(),
  runUrl: z
    .url({ protocol: /^https?$/ })
    .max(2048)
    .optional(),
  workflow: z.string().max(255).optional(),
  model: z.string().max(128).refine(isModelId, 'is not a model id'),
  /** sha256 over the sorted sha256 of each cases file: a change of cases shows in the trend. */
  casesDigest: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  totals: z.object({
    passed: Count,
    failed: Count,
    errored: Count,
    total: Count,
    passRate: Fraction,
    interval: z.object({ low: Fraction, high: Fraction })
  }),
  tokens: z.object({ prompt: Count, cached: Count, completion: Count }),
  /** In the cost input's currency, when prices were given. */
  cost: z.number().nonnegative().max(1e9).optional(),
  /** Case names by status: compact, and a name is there at most once. */
  cases: z.object({
    pass: z.array(Name).max(MAX_CASES),
    fail: z.array(Name).max(MAX_CASES),
    error: z.array(Name).max(MAX_CASES)
  })
});

export type HistoryRecord = z.infer<typeof RecordSchema>;

export interface RunFacts {
  readonly model: string;
  readonly time: Date;
  readonly commit: string;
  readonly ref?: string;
  readonly runId: string;
  readonly runAttempt?: number;
  readonly runUrl?: string;
  readonly workflow?: string;
  readonly casesDigest?: string;
  readonly cost?: number;
}

/** One model's results of this run → its record. */
export function recordOf(run: RunFacts, results: readonly Result[]): HistoryRecord {
  const names = (s: Status) => results.filter((r) => r.status === s).map((r) => r.name);
  const passed = results.filter((r) => r.status === 'pass').length;
  const total = results.length;
  const sum = (pick: (r: Result) => number | undefined) => results.reduce((n, r) => n + (pick(r) ?? 0), 0);
  return {
    format: HISTORY_FORMAT,
    time: run.time.toISOString(),
    commit: run.commit.toLowerCase(),
    ref: run.ref || undefined,
    runId: run.runId,
    runAttempt: run.runAttempt,
    runUrl: run.runUrl,
    workflow: run.workflow || undefined,
    model: run.model,
    casesDigest: run.casesDigest,
    totals: {
      passed,
      failed: results.filter((r) => r.status === 'fail').length,
      errored: results.filter((r) => r.status === 'error').length,
      total,
      passRate: total ? passed / total : 0,
      interval: wilson(passed, total)
    },
    tokens: {
      prompt: sum((r) => r.usage.promptTokens),
      cached: sum((r) => r.usage.cachedTokens),
      completion: sum((r) => r.usage.completionTokens)
    },
    cost: run.cost,
    cases: { pass: names('pass'), fail: names('fail'), error: names('error') }
  };
}

/** A record's text → the record, or why it is skipped (a short reason, safe to escape and show). */
export function parseRecord(text: string): HistoryRecord | string {
  if (text.length > MAX_RECORD_BYTES) return `is larger than ${MAX_RECORD_BYTES} bytes`;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'is not JSON';
  }
  const parsed = RecordSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return `is not a ${HISTORY_FORMAT} record (${issue.path.slice(0, 3).join('.') || 'document'}: ${issue.message.slice(0, 120)})`;
  }
  const r = parsed.data;
  const t = r.totals;
  if (t.passed + t.failed + t.errored !== t.total) return 'has totals that do not add up';
  if (r.cases.pass.length + r.cases.fail.length + r.cases.error.length > MAX_CASES) return `holds more than ${MAX_CASES} cases`;
  return r;
}

/** Each case's status in a record, by name (a name listed twice keeps its worst status). */
export function statusesOf(record: HistoryRecord): Map<string, Status> {
  const map = new Map<string, Status>();
  for (const name of record.cases.pass) map.set(name, 'pass');
  for (const name of record.cases.fail) map.set(name, 'fail');
  for (const name of record.cases.error) map.set(name, 'error');
  return map;
}

/**
 * Where a record lives in the history branch: `<model slug>/<UTC time>-<run id>-<attempt>.json`.
 * Names sort by time, so the newest are the last names of one directory listing.
 */
export function recordPath(record: Pick<HistoryRecord, 'model' | 'time' | 'runId' | 'runAttempt'>): string {
  const stamp = record.time.replace(/[-:]/g, '').replace(/\.\d+/, '');
  return `${modelDirectory(record.model)}/${stamp}-${record.runId}-${record.runAttempt ?? 1}.json`;
}

/** A model's directory: its slug, lower-cased (model ids are matched case-insensitively). */
export function modelDirectory(model: string): string {
  return slug(model.toLowerCase());
}

/**
 * sha256 over the sorted sha256 of each file's bytes: the same cases give the same digest whatever
 * the files are called or listed in; undefined when a file cannot be read (merge without checkout).
 */
export async function casesDigest(files: readonly string[], workspace: string): Promise<string | undefined> {
  if (files.length === 0) return undefined;
  try {
    const each = await Promise.all(
      files.map(async (f) =>
        createHash('sha256')
          .update(await readFile(resolve(workspace, f)))
          .digest('hex')
      )
    );
    return createHash('sha256').update(each.sort().join('\n')).digest('hex');
  } catch {
    return undefined;
  }
}

/** Each model's results, with a merged run's `model: ` prefix taken off the names. */
export function resultsByModel(models: readonly string[], results: readonly Result[]): Map<string, Result[]> {
  const out = new Map<string, Result[]>(models.map((m) => [m, []]));
  if (models.length === 1) out.set(models[0]!, [...results]);
  else
    for (const r of results) {
      const model = models.find((m) => m.toLowerCase() === (r.model ?? '').toLowerCase());
      if (!model) continue;
      const prefix = `${model}: `;
      out.get(model)!.push({ ...r, name: r.name.startsWith(prefix) ? r.name.slice(prefix.length) : r.name });
    }
  return out;
}
