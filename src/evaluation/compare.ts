// Baselines: today's results beside an earlier run's (typically the nightly run on main), case
// by case by name, so a pull request is judged by what it broke, not by what was already broken.
// Pure: the caller reads the file.
import { z } from 'zod';
import type { Result, Status } from './engine.js';
import { forLog } from '../escape.js';
import { InputError } from '../errors.js';
import { decode, readBounded, resolveFiles, type FileRules } from '../files/workspace.js';
import { MAX_RESULTS_BYTES, RESULTS_FORMAT } from '../results/format.js';

export type Change = 'regressed' | 'fixed' | 'still-failing' | 'still-passing' | 'new' | 'removed';

export interface BaselineCase {
  readonly name: string;
  /** In a merged file of several models: the case's own model. */
  readonly model?: string;
  readonly status: Status;
  readonly response?: string;
}

export interface Baseline {
  readonly model?: string;
  readonly casesFiles?: readonly string[];
  readonly format: string;
  readonly cases: ReadonlyMap<string, BaselineCase>;
}

export interface Comparison {
  /** Every case of today's run and of the baseline's, with what changed. */
  readonly changes: readonly { readonly name: string; readonly change: Change; readonly before?: BaselineCase }[];
  readonly counts: Readonly<Record<Change, number>>;
  /** What differs between the two runs besides the cases (model, files, format): worth a warning. */
  readonly differences: readonly string[];
}

const CaseSchema = z.looseObject({
  name: z.string().max(1000),
  status: z.enum(['pass', 'fail', 'error']),
  response: z.string().optional(),
  model: z.string().max(200).optional()
});
const DocumentSchema = z.looseObject({
  format: z.string().max(200).optional(),
  model: z.string().max(200).optional(),
  casesFiles: z.array(z.string().max(1000)).max(10_000).optional(),
  cases: z.array(z.unknown()).max(100_000)
});

/** A results file's text → a Baseline, or why it cannot be one. Cases it cannot read are skipped. */
export function readBaseline(text: string): Baseline | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return `is not JSON (${(e instanceof Error ? e.message : String(e)).slice(0, 100)})`;
  }
  const doc = DocumentSchema.safeParse(json);
  if (!doc.success) return 'is not a results file (no "cases" list)';
  const cases = new Map<string, BaselineCase>();
  for (const item of doc.data.cases) {
    const c = CaseSchema.safeParse(item);
    if (c.success) cases.set(c.data.name, { name: c.data.name, status: c.data.status, response: c.data.response, model: c.data.model });
  }
  return { format: doc.data.format ?? '(none)', model: doc.data.model, casesFiles: doc.data.casesFiles, cases };
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
