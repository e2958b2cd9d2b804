// run() of the merge step: inputs → the shards' results files → one run → the same report,
// comment and gate as a single evaluation. Sends nothing to the gateway.
import { forLog } from '../../escape.js';
import { InputError, InputErrors } from '../../errors.js';
import { readBaselineFile } from '../../evaluation/compare.js';
import { decode, readBounded, resolveFiles } from '../../files/workspace.js';
import { MAX_RESULTS_BYTES } from '../../results/format.js';
import { mergeShards, readShardFile, type ShardFile } from '../../results/merge.js';
import { failStep } from '../../runner/fail.js';
import { checkCommandFiles, error, getInput, info, setSecret } from '../../runner/toolkit.js';
import { publishEvaluation } from '../publish-evaluation.js';
import { readMergeSettings } from './inputs.js';
import { readHistorySettings } from '../../history/settings.js';

export async function run(): Promise<void> {
  const started = Date.now();
  try {
    const token = getInput('github-token');
    if (token) setSecret(token);
    const settings = readMergeSettings((name) => getInput(name));
    const history = readHistorySettings((name) => getInput(name));
    if (Array.isArray(history)) throw new InputErrors(history);
    checkCommandFiles(['GITHUB_OUTPUT']);
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();

    const rules = { workspace, input: 'results-files', noun: 'Results file' };
    const shards: ShardFile[] = [];
    let left = MAX_RESULTS_BYTES;
    for (const file of await resolveFiles(settings.resultsFiles, rules)) {
      const bytes = await readBounded(file, left, rules);
      left -= bytes.length;
      const shard = readShardFile(file.shown, decode(bytes, file.shown, rules.noun));
      if (typeof shard === 'string')
        throw new InputError('results-files', `${forLog(file.shown, 200)} ${shard}`, 'Pass the results-file outputs of the eval action');
      // A merge's own output (a re-run whose glob reaches it): not a shard, never counted twice.
      if (shard.merged) info(forLog(`Skipped ${file.shown}: it is a merged results file, not a shard.`, 600));
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
    for (const m of merged.missing)
      error(forLog(`Missing: ${m}. The report below covers what arrived; the step fails.`, 800), { title: 'Shard missing' });
    info(forLog(`Merged ${shards.length} results file(s): ${merged.results.length} case(s) of ${merged.models.join(', ')}.`, 1000));

    const baseline = settings.baselineFile ? await readBaselineFile(settings.baselineFile, workspace) : undefined;

    await publishEvaluation({
      model: merged.models.join(', '),
      casesFiles: merged.casesFiles,
      results: merged.results,
      minPassRate: settings.minPassRate,
      failOn: settings.failOn,
      baseline,
      githubToken: settings.githubToken,
      commentKey: settings.commentKey,
      outputDir: settings.outputDir,
      workspace,
      startedAt: started,
      fileStem: 'eval-merged',
      history,
      models: merged.models,
      merged: true,
      incomplete: merged.missing
    });
  } catch (e) {
    await failStep(e);
  }
}
