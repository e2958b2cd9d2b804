// run() of the merge step: inputs → the shards' results files → one run → the same report,
// comment and gate as a single evaluation. Sends nothing to the gateway.
import { forLog } from '../../escape.js';
import { InputErrors } from '../../errors.js';
import { readBaselineFile } from '../../evaluation/compare.js';
import { mergeResultsFiles } from '../../results/merge-files.js';
import { failStep } from '../../runner/fail.js';
import { checkCommandFiles, error, getInput, info, runnerLog, setSecret } from '../../runner/toolkit.js';
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

    const { shards, merged } = await mergeResultsFiles(settings.resultsFiles, workspace, runnerLog);
    for (const m of merged.missing)
      error(forLog(`Missing: ${m}. The report below covers what arrived; the step fails.`, 800), { title: 'Shard missing' });
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
