// context-cache merge: the shards' results files → one report and one gate, as the merge action.
import { readMergeSettings, type MergeInput } from '../actions/merge/inputs.js';
import { forTerminal } from '../escape.js';
import { readBaselineFile } from '../evaluation/compare.js';
import { mergeResultsFiles } from '../results/merge-files.js';
import { inputsFor } from './inputs.js';
import type { CommandRun } from './main.js';
import { finish } from './report.js';

export const runMerge: CommandRun = async (parsed, screen, env) => {
  const started = Date.now();
  const workspace = process.cwd();
  const get = inputsFor('merge', 'merge', parsed, env, screen);
  const settings = readMergeSettings((name: MergeInput) => get(name));
  const { shards, merged } = await mergeResultsFiles(settings.resultsFiles, workspace, screen.log);
  for (const m of merged.missing) screen.log.warning(`Missing: ${m}. The report below covers what arrived; the gate fails.`);
  screen.log.info(
    forTerminal(`Merged ${shards} results file(s): ${merged.results.length} case(s) of ${merged.models.join(', ')}.`, { max: 1000 })
  );
  const baseline = settings.baselineFile ? await readBaselineFile(settings.baselineFile, workspace) : undefined;
  return finish(
    {
      model: merged.models.join(', '),
      casesFiles: merged.casesFiles,
      results: merged.results,
      minPassRate: settings.minPassRate,
      failOn: settings.failOn,
      baseline,
      merged: true,
      incomplete: merged.missing,
      startedAt: started,
      durationMs: Date.now() - started
    },
    parsed,
    'merge',
    screen
  );
};
