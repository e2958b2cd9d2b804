// run() of the merge step: inputs → the shards' results files → one run → the same report,
// comment and gate as a single evaluation. Sends nothing to the gateway.
import { forLog } from '../../escape.js';
import { InputError, InputErrors } from '../../errors.js';
import { readBaselineFile } from '../../evaluation/compare.js';
import { decode, readBounded, resolveFiles } from '../../files/workspace.js';
import { MAX_RESULTS_BYTES } from '../../results/format.js';
import { mergeShards, readShardFile, type ShardFile } from '../../results/merge.js';
import { failStep } from '../../runner/fail.js';
import { checkCommandFiles, getInput, info, setSecret } from '../../runner/toolkit.js';
import { publishEvaluation } from '../publish-evaluation.js';
import { readMergeSettings } from './inputs.js';

export async function run(): Promise<void> {
  const started = Date.now();
  try {
    const token = getInput('github-token');
    if (token) setSecret(token);
    const settings = readMergeSettings((name) => getInput(name));
    checkCommandFiles(['GITHUB_OUTPUT']);
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();

    const rules = {
      workspace,
      input: 'results-files',
      noun: 'Results file',
      // merge reads the shards' artifacts, not the repository.
      source: 'an actions/download-artifact step (bringing the eval shards’ results files)'
    };
    const shards: ShardFile[] = [];
    let left = MAX_RESULTS_BYTES;
    for (const file of await resolveFiles(settings.resultsFiles, rules)) {
      const bytes = await readBounded(file, left, rules);
      left -= bytes.length;
      const shard = readShardFile(file.shown, decode(bytes, file.shown, rules.noun));
      if (typeof shard === 'string')
        throw new InputError('results-files', `${forLog(file.shown, 200)} ${shard}`, 'Pass the results-file outputs of the eval action');
      shards.push(shard);
    }
    const merged = mergeShards(shards);
    if (Array.isArray(merged))
      throw new InputErrors(
        merged.map(
          (p) => new InputError('results-files', forLog(p, 600), 'Download every shard’s results file (one per matrix leg) and no other')
        )
      );
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
      fileStem: 'eval-merged'
    });
  } catch (e) {
    await failStep(e);
  }
}
