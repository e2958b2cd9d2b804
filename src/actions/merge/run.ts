// run() of the merge step: the shards' results files → one run → the same report, comment and
// gate as a single evaluation. Sends nothing to the gateway.
import { z } from 'zod';
import { forLog } from '../../escape.js';
import { InputError, InputErrors } from '../../errors.js';
import { readBaselineFile } from '../../evaluation/compare.js';
import { mergeShards, readShardFile, type ShardFile } from '../../results/merge.js';
import { publishEvaluation } from '../publish-evaluation.js';
import { HISTORY_INPUTS, readHistorySettings } from '../../history/settings.js';
import { MAX_RESULTS_BYTES } from '../../results/format.js';
import { decimalIn, parseFailOn, parseLines } from '../eval/inputs.js';
import { field, inputErrors } from '../../inputs/rules.js';
import { failStep } from '../../runner/fail.js';
import { checkCommandFiles, error, getInput, info, setSecret } from '../../runner/toolkit.js';
import { decode, readBounded, resolveFiles } from '../../files/workspace.js';

const MERGE_INPUTS = [
  'results-files',
  'min-pass-rate',
  'fail-on',
  'baseline-file',
  'github-token',
  'comment-key',
  'output-dir',
  ...HISTORY_INPUTS
] as const;

const Schema = z.object({
  'results-files': field(parseLines),
  'min-pass-rate': field(decimalIn(0, 1, 'Set min-pass-rate between 0 and 1 (e.g. 0.9), or as a percentage (90%)', true)),
  'fail-on': field(parseFailOn),
  'baseline-file': z.string(),
  'github-token': z.string(),
  'comment-key': z.string(),
  'output-dir': z.string()
});

export async function run(): Promise<void> {
  const started = Date.now();
  try {
    const token = getInput('github-token');
    if (token) setSecret(token);
    const raw = Object.fromEntries(MERGE_INPUTS.map((n) => [n, getInput(n)]));
    const parsed = Schema.safeParse(raw);
    if (!parsed.success) throw new InputErrors(inputErrors(parsed.error.issues));
    const v = parsed.data;
    const history = readHistorySettings((name) => getInput(name));
    if (Array.isArray(history)) throw new InputErrors(history);
    checkCommandFiles(['GITHUB_OUTPUT']);
    if (v['results-files'].length === 0)
      throw new InputErrors([
        new InputError('results-files', 'is required', 'Name the downloaded results files, e.g. results/**/*.results.json')
      ]);
    if (v['fail-on'] === 'regressions' && v['baseline-file'].trim() === '' && getInput('history').trim() === '')
      throw new InputErrors([
        new InputError('fail-on', 'is regressions, but no baseline-file is given', 'Pass an earlier run’s results-file as baseline-file')
      ]);
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();

    const rules = { workspace, input: 'results-files', noun: 'Results file' };
    const shards: ShardFile[] = [];
    let left = MAX_RESULTS_BYTES;
    for (const file of await resolveFiles(v['results-files'], rules)) {
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

    const baseline = v['baseline-file'].trim() ? await readBaselineFile(v['baseline-file'].trim(), workspace) : undefined;

    await publishEvaluation({
      model: merged.models.join(', '),
      casesFiles: merged.casesFiles,
      results: merged.results,
      minPassRate: v['min-pass-rate'] ?? 1,
      failOn: v['fail-on'],
      baseline,
      githubToken: v['github-token'],
      commentKey: v['comment-key'],
      outputDir: v['output-dir'],
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
