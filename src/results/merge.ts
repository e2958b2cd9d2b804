// Shards put back together: the results files of a matrix's legs → one list of results per
// model, refusing a shard that is there twice and a case counted twice; a missing shard is named
// (the caller reports what did arrive and fails the gate).
// Pure: the caller reads the files (as hostile as any workspace file).
import { z } from 'zod';
import { isModelId } from '../inputs/rules.js';
import type { Result } from '../evaluation/engine.js';
import { RESULTS_FORMAT } from './format.js';

const Count = z.number().int().nonnegative().max(1e12).optional();
const UsageSchema = z.object({ promptTokens: Count, cachedTokens: Count, completionTokens: Count }).catch({});
const Text = (max: number) => z.string().max(max);
const CaseSchema = z.object({
  name: Text(1000),
  file: Text(4096).optional(),
  line: z.number().int().positive().optional(),
  status: z.enum(['pass', 'fail', 'error']),
  failures: z.array(z.object({ expectation: Text(100), expected: Text(100_000), got: Text(100_000) })).max(100),
  error: Text(100_000).optional(),
  response: Text(4 * 1024 * 1024).optional(),
  usage: UsageSchema,
  judgeUsage: UsageSchema.optional(),
  judge: z.object({ pass: z.boolean(), score: z.number().min(0).max(1), reason: Text(1000) }).optional(),
  latencyMs: z.number().nonnegative().max(1e9).optional(),
  attempts: z.number().int().nonnegative().max(1e6),
  runs: z.object({ passed: z.number().int(), failed: z.number().int(), errored: z.number().int(), total: z.number().int() }).optional(),
  flaky: z.boolean().optional(),
  model: Text(128).refine(isModelId).optional()
});
const DocumentSchema = z.object({
  format: z.literal(RESULTS_FORMAT),
  // A model id by the model input's own rule: this text reaches the log, titles and names.
  model: Text(128).refine(isModelId, 'is not a model id'),
  casesFiles: z.array(Text(4096)).max(10_000),
  shard: z.object({ index: z.number().int().positive(), count: z.number().int().positive() }).optional(),
  merged: z.boolean().optional(),
  cases: z.array(CaseSchema).max(100_000)
});

export interface ShardFile {
  readonly file: string;
  readonly model: string;
  readonly casesFiles: readonly string[];
  readonly shard?: { readonly index: number; readonly count: number };
  readonly results: readonly Result[];
  /** A merge step's own output (a re-run's glob may match it): never counted as a shard. */
  readonly merged?: boolean;
}

/** One results file's text → its results, or why it is not a results file of this format. */
export function readShardFile(file: string, text: string): ShardFile | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'is not JSON';
  }
  const doc = DocumentSchema.safeParse(json);
  if (!doc.success) {
    const issue = doc.error.issues[0]!;
    return `is not a ${RESULTS_FORMAT} results file (${issue.path.slice(0, 4).join('.') || 'document'}: ${issue.message})`;
  }
  const d = doc.data;
  return {
    file,
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
      verdict: c.judge,
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

export interface Merged {
  readonly models: readonly string[];
  readonly casesFiles: readonly string[];
  /** With several models, each case's name starts with its model. */
  readonly results: readonly Result[];
  /** Shards that did not arrive, one line per model: the report of the rest is still written, the gate fails. */
  readonly missing: readonly string[];
}

/** The files of every shard of every model → one run; a message naming each problem otherwise. */
export function mergeShards(files: readonly ShardFile[]): Merged | string[] {
  const problems: string[] = [];
  const missingShards: string[] = [];
  const byModel = new Map<string, ShardFile[]>();
  for (const f of files) byModel.set(f.model, [...(byModel.get(f.model) ?? []), f]);
  const tagged: { model: string; result: Result }[] = [];
  for (const [model, group] of byModel) {
    const counts = new Set(group.map((f) => f.shard?.count ?? 0));
    if (counts.size > 1) {
      problems.push(
        `${model}: the files disagree on the number of shards (${[...counts].map((n) => n || 'unsharded').join(', ')}): ${names(group)}`
      );
      continue;
    }
    const n = [...counts][0]!;
    const seen = new Map<number, string>();
    for (const f of group) {
      const i = f.shard?.index ?? 1;
      const twin = seen.get(i);
      if (twin)
        problems.push(
          `${model}: ${n ? `shard ${i}/${n}` : 'an unsharded run'} is there twice (${twin} and ${f.file}): its cases would be counted twice`
        );
      else seen.set(i, f.file);
    }
    const missing = Array.from({ length: Math.max(n, 1) }, (_, k) => k + 1).filter((i) => !seen.has(i));
    if (missing.length) missingShards.push(`${model}: shard(s) ${missing.join(', ')} of ${n} missing (has ${names(group)})`);
    const caseAt = new Map<string, string>();
    for (const f of group)
      for (const r of f.results) {
        const other = caseAt.get(r.name);
        if (other && other !== f.file)
          problems.push(`${model}: case ${JSON.stringify(r.name.slice(0, 100))} is in both ${other} and ${f.file}`);
        caseAt.set(r.name, f.file);
      }
    tagged.push(...group.flatMap((f) => f.results.map((result) => ({ model, result }))));
  }
  if (problems.length) return problems.slice(0, 20);
  const models = [...byModel.keys()];
  const results = tagged.map(({ model, result }) => (models.length > 1 ? { ...result, name: `${model}: ${result.name}`, model } : result));
  return { models, casesFiles: [...new Set(files.flatMap((f) => f.casesFiles))], results, missing: missingShards };
}

function names(group: readonly ShardFile[]): string {
  return group.map((f) => f.file).join(', ');
}
