// The merge action's inputs → one validated MergeSettings, every bad input reported in one pass.
import { z } from 'zod';
import { InputError, InputErrors } from '../../errors.js';
import { field, inputErrors } from '../../inputs/fields.js';
import { SPECS, type InputName } from '../../inputs/specs.js';
import { parseFailOn, parseLines, parseMinPassRate } from '../../inputs/rules.js';

export type MergeInput = InputName<'merge'>;
/** The inputs eval/merge/action.yml declares, by the names users write. */
export const MERGE_INPUTS = Object.keys(SPECS.merge.inputs) as MergeInput[];

export interface MergeSettings {
  /** Paths and patterns of the shards' results files, in order. */
  readonly resultsFiles: readonly string[];
  readonly minPassRate: number;
  readonly failOn: 'pass-rate' | 'regressions' | 'worse';
  readonly baselineFile?: string;
  readonly githubToken: string;
  readonly commentKey: string;
  readonly outputDir: string;
}

const Schema = z.object({
  'results-files': field(parseLines),
  'min-pass-rate': field(parseMinPassRate),
  'fail-on': field(parseFailOn),
  'baseline-file': z.string(),
  'github-token': z.string(),
  'comment-key': z.string(),
  'output-dir': z.string()
});

/** Every input, validated in one pass; throws InputErrors listing each bad one. */
export function readMergeSettings(getInput: (name: MergeInput) => string): MergeSettings {
  const raw = Object.fromEntries(MERGE_INPUTS.map((n) => [n, getInput(n)]));
  const parsed = Schema.safeParse(raw);
  if (!parsed.success) throw new InputErrors(inputErrors(parsed.error.issues));
  const v = parsed.data;
  const errors: InputError[] = [];
  if (v['results-files'].length === 0)
    errors.push(new InputError('results-files', 'is required', 'Name the downloaded results files, e.g. results/**/*.results.json'));
  const baselineFile = v['baseline-file'].trim() || undefined;
  // The history branch can be the baseline instead (the latest record: last night, or a PR's base).
  if (v['fail-on'] !== 'pass-rate' && baselineFile === undefined && getInput('history').trim() === '')
    errors.push(
      new InputError('fail-on', `is ${v['fail-on']}, but no baseline-file is given`, 'Pass an earlier run’s results-file as baseline-file')
    );
  if (errors.length) throw new InputErrors(errors);
  return {
    resultsFiles: v['results-files'],
    minPassRate: v['min-pass-rate'] ?? 1,
    failOn: v['fail-on'],
    baselineFile,
    githubToken: v['github-token'],
    commentKey: v['comment-key'],
    outputDir: v['output-dir']
  };
}
