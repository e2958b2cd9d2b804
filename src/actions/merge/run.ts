// run() of the merge step: inputs → the shards' results files → one run → the same report,
// comment and gate as a single evaluation. Sends nothing to the gateway.
import { forLog } from '../../escape.js';
import { readBaselineFile } from '../../evaluation/compare.js';
import { mergeResultsFiles } from '../../results/merge-files.js';
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

    const { shards, merged } = await mergeResultsFiles(settings.resultsFiles, workspace);
    info(forLog(`Merged ${shards} results file(s): ${merged.results.length} case(s) of ${merged.models.join(', ')}.`, 1000));

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
