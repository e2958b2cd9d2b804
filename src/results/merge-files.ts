// The shards' results files (paths and patterns) → one merged run, every problem named: read
// bounded from the workspace, each checked, merged results files (a re-run's glob reaching the
// merge's own output) skipped, then put together. The merge action and the command line's merge
// both start here.
import { forLog } from '../escape.js';
import { InputError, InputErrors } from '../errors.js';
import { decode, readBounded, resolveFiles } from '../files/workspace.js';
import type { Log } from '../log.js';
import { MAX_RESULTS_BYTES } from './format.js';
import { mergeShards, readShardFile, type Merged, type ShardFile } from './merge.js';

export async function mergeResultsFiles(
  patterns: readonly string[],
  workspace: string,
  log: Log
): Promise<{ shards: number; merged: Merged }> {
  const rules = {
    workspace,
    input: 'results-files',
    noun: 'Results file',
    // merge reads the shards' artifacts, not the repository.
    source: 'an actions/download-artifact step (bringing the eval shards’ results files)'
  };
  const shards: ShardFile[] = [];
  let left = MAX_RESULTS_BYTES;
  for (const file of await resolveFiles(patterns, rules)) {
    const bytes = await readBounded(file, left, rules);
    left -= bytes.length;
    const shard = readShardFile(file.shown, decode(bytes, file.shown, rules.noun));
    if (typeof shard === 'string')
      throw new InputError('results-files', `${forLog(file.shown, 200)} ${shard}`, 'Pass the results-file outputs of the eval action');
    // A merge's own output (a re-run whose glob reaches it): not a shard, never counted twice.
    if (shard.merged) log.info(forLog(`Skipped ${file.shown}: it is a merged results file, not a shard.`, 600));
    else shards.push(shard);
  }
  if (shards.length === 0)
    throw new InputErrors([
      new InputError('results-files', 'matched only merged results files', 'Download the shards’ results files (one per matrix leg)')
    ]);
  const merged = mergeShards(shards);
  if (Array.isArray(merged))
    throw new InputErrors(
      merged.map(
        (p) => new InputError('results-files', forLog(p, 600), 'Download every shard’s results file (one per matrix leg) and no other')
      )
    );
  return { shards: shards.length, merged };
}
