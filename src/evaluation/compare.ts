// Baselines: today's results beside an earlier run's (typically the nightly run on main), case
// by case by name, so a pull request is judged by what it broke, not by what was already broken.
import { forLog } from '../escape.js';
import { InputError } from '../errors.js';
import { decode, readBounded, resolveFiles, type FileRules } from '../files/workspace.js';
import {
  MAX_RESULTS_BYTES,
  readResultsLenient,
  RESULTS_FORMAT,
  type BaselineCase,
  type Change,
  type ChangeCounts
} from '../results/format.js';
import type { Result } from './engine.js';

export type { BaselineCase, Change } from '../results/format.js';

export interface Baseline {
  readonly model?: string;
  readonly casesFiles?: readonly string[];
  readonly format: string;
  /** When the baseline's run started (ISO 8601), when its file says so. */
  readonly startedAt?: string;
  readonly cases: ReadonlyMap<string, BaselineCase>;
}

export interface Comparison {
  /** Every case of today's run and of the baseline's, with what changed. */
  readonly changes: readonly { readonly name: string; readonly change: Change; readonly before?: BaselineCase }[];
  readonly counts: ChangeCounts;
  /** What differs between the two runs besides the cases (model, files, format): worth a warning. */
  readonly differences: readonly string[];
}

/** A results file's text → a Baseline, or why it cannot be one. Cases it cannot read are skipped. */
export function readBaseline(text: string): Baseline | string {
  const read = readResultsLenient(text);
  if (typeof read === 'string') return read;
  return { ...read, cases: new Map(read.cases.map((c) => [c.name, c])) };
}

export function compare(full: Baseline, results: readonly Result[], today: { model: string; casesFiles: readonly string[] }): Comparison {
  const baseline = forModel(full, today.model);
  const changes: Comparison['changes'][number][] = [];
  const seen = new Set<string>();
  for (const r of results) {
    seen.add(r.name);
    const before = baseline.cases.get(r.name);
    const change: Change = !before
      ? 'new'
      : before.status === 'pass'
        ? r.status === 'pass'
          ? 'still-passing'
          : 'regressed'
        : r.status === 'pass'
          ? 'fixed'
          : 'still-failing';
    changes.push({ name: r.name, change, before });
  }
  for (const [name, before] of baseline.cases) if (!seen.has(name)) changes.push({ name, change: 'removed', before });
  const counts = { regressed: 0, fixed: 0, 'still-failing': 0, 'still-passing': 0, new: 0, removed: 0 };
  for (const c of changes) counts[c.change]++;
  const differences: string[] = [];
  if (baseline.format !== RESULTS_FORMAT) differences.push(`its format is ${baseline.format}, not ${RESULTS_FORMAT}`);
  if (baseline.model !== undefined && baseline.model !== today.model)
    differences.push(`it was run on ${baseline.model}, this run on ${today.model}`);
  const files = (list: readonly string[]) => [...list].sort().join(', ');
  if (baseline.casesFiles && files(baseline.casesFiles) !== files(today.casesFiles))
    differences.push(
      `its cases files were ${files(baseline.casesFiles) || '(none)'}, this run's are ${files(today.casesFiles) || '(none)'}`
    );
  return { changes, counts, differences };
}

/**
 * A merged baseline of several models, seen as this run's model's own: its cases, by their names
 * without the model in front. Any other baseline is used as it is.
 */
function forModel(baseline: Baseline, model: string): Baseline {
  const mine = [...baseline.cases.values()].filter((c) => c.model?.toLowerCase() === model.toLowerCase());
  if (mine.length === 0) return baseline;
  const prefix = (c: BaselineCase) => `${c.model}: `;
  const cases = new Map(mine.map((c) => [c.name.startsWith(prefix(c)) ? c.name.slice(prefix(c).length) : c.name, c]));
  return { ...baseline, model, cases };
}

/** A results file of an earlier run, read as hostile as any workspace file; unreadable is an input error. */
export async function readBaselineFile(entry: string, workspace: string): Promise<Baseline> {
  const rules: FileRules = { workspace, input: 'baseline-file', noun: 'Baseline file' };
  const files = await resolveFiles([entry], rules);
  // One baseline, never the first of several: a file planted beside it must not decide the gate.
  if (files.length !== 1)
    throw new InputError(
      'baseline-file',
      `matches ${files.length} files (${forLog(
        files
          .slice(0, 5)
          .map((f) => f.shown)
          .join(', ') + (files.length > 5 ? ', …' : ''),
        400
      )}); it must name exactly one`,
      'Name the one results file of the earlier run (its full path, or a pattern that matches only it)'
    );
  const file = files[0];
  const baseline = readBaseline(decode(await readBounded(file!, MAX_RESULTS_BYTES, rules), file!.shown, rules.noun));
  if (typeof baseline === 'string')
    throw new InputError(
      'baseline-file',
      `${forLog(file!.shown, 200)} ${baseline}`,
      'Pass the results-file output of an earlier run of this action'
    );
  return baseline;
}
