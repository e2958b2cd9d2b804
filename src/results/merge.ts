// Shards put back together: the results files of a matrix's legs → one list of results per
// model, refusing a shard that is there twice and a case counted twice; a missing shard is named
// (the caller reports what did arrive and fails the gate).
// The caller reads the files (as hostile as any workspace file).
import type { Result } from '../evaluation/engine.js';
import { readResultsStrict, type ReadResults } from './format.js';

export interface ShardFile extends ReadResults {
  readonly file: string;
}

/** One results file's text → its results, or why it is not a results file of this format. */
export function readShardFile(file: string, text: string): ShardFile | string {
  const read = readResultsStrict(text);
  return typeof read === 'string' ? read : { file, ...read };
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
        // Once across the files and once within each: a case listed twice would count twice.
        const other = caseAt.get(r.name);
        if (other !== undefined)
          problems.push(
            `${model}: case ${JSON.stringify(r.name.slice(0, 100))} is ${other === f.file ? `listed twice in ${f.file}` : `in both ${other} and ${f.file}`}`
          );
        else caseAt.set(r.name, f.file);
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
