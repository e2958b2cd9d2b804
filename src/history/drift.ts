// What changed between a model's last two runs, and whether the drop is real: cases newly failing
// and newly passing by name, since when each failing case fails, and McNemar's paired test (the
// same cases on both sides). Pure.
import type { Status } from '../evaluation/engine.js';
import { mcnemar } from '../evaluation/statistics.js';
import { statusesOf, type HistoryRecord } from './record.js';

/** The drop is called real below this one-sided p (the exact test, which is the conservative one). */
export const DRIFT_ALPHA = 0.05;

export interface FailingSince {
  readonly name: string;
  readonly status: Exclude<Status, 'pass'>;
  /** The first run of the streak of runs in which it did not pass (among the records read). */
  readonly since: HistoryRecord;
  /** How many runs in a row, this one included. */
  readonly runs: number;
  /** It did not pass in even the oldest record read: it may fail for longer. */
  readonly atLeast: boolean;
}

export interface Drift {
  readonly previous: HistoryRecord;
  readonly current: HistoryRecord;
  /** Passed last run, does not now. */
  readonly newlyFailing: readonly string[];
  /** Did not pass last run, does now. */
  readonly newlyPassing: readonly string[];
  /** One-sided exact McNemar p of "worse than last run", and its mid-p. */
  readonly p: number;
  readonly midP: number;
  /** Worse than last run at DRIFT_ALPHA. */
  readonly worse: boolean;
  /** Every case not passing now, with the first run of its streak. */
  readonly failingSince: readonly FailingSince[];
}

/** One model's records, oldest first (the current run last) → its drift, or undefined with fewer than two. */
export function driftOf(records: readonly HistoryRecord[]): Drift | undefined {
  if (records.length < 2) return undefined;
  const current = records[records.length - 1]!;
  const previous = records[records.length - 2]!;
  const now = statusesOf(current);
  const before = statusesOf(previous);
  const newlyFailing: string[] = [];
  const newlyPassing: string[] = [];
  for (const [name, status] of now) {
    const was = before.get(name);
    if (was === undefined) continue;
    if (was === 'pass' && status !== 'pass') newlyFailing.push(name);
    if (was !== 'pass' && status === 'pass') newlyPassing.push(name);
  }
  const test = mcnemar(newlyFailing.length, newlyPassing.length);
  return {
    previous,
    current,
    newlyFailing,
    newlyPassing,
    p: test.exact,
    midP: test.midP,
    worse: test.exact < DRIFT_ALPHA,
    failingSince: failingSince(records)
  };
}

/** Each case the last record has not passing, with the first run of its streak. */
export function failingSince(records: readonly HistoryRecord[]): FailingSince[] {
  const maps = records.map(statusesOf);
  const last = maps[maps.length - 1];
  if (!last) return [];
  const out: FailingSince[] = [];
  for (const [name, status] of last) {
    if (status === 'pass') continue;
    let i = maps.length - 1;
    while (i > 0 && maps[i - 1]!.has(name) && maps[i - 1]!.get(name) !== 'pass') i--;
    out.push({ name, status, since: records[i]!, runs: maps.length - i, atLeast: i === 0 && maps.length > 1 });
  }
  return out;
}
