// The history inputs, shared by the eval and merge actions: `history` (the branch; empty = off),
// `history-limit` (records kept per model) and `alert-issue`. Pure.
import { InputError } from '../errors.js';
import { forLog } from '../escape.js';

export const HISTORY_INPUTS = ['history', 'history-limit', 'alert-issue'] as const;

export interface HistorySettings {
  /** The branch that holds the records; '' = no history. */
  readonly branch: string;
  readonly limit: number;
  readonly alertIssue: boolean;
}

export const DEFAULT_HISTORY_LIMIT = 500;

/** A branch name git and GitHub both take (git check-ref-format, kept simple and strict). */
export function isBranchName(name: string): boolean {
  return name.length <= 200 && /^[A-Za-z0-9._/-]+$/.test(name) && !/^[-/.]|[/.]$|\.\.|\/\/|\/\.|\.lock$|\.lock\//.test(name);
}

/** The three inputs → settings, or the input errors (the caller throws them with the rest). */
export function readHistorySettings(getInput: (name: (typeof HISTORY_INPUTS)[number]) => string): HistorySettings | InputError[] {
  const errors: InputError[] = [];
  const branch = getInput('history').trim();
  if (branch !== '' && !isBranchName(branch))
    errors.push(
      new InputError(
        'history',
        `${JSON.stringify(forLog(branch, 100))} is not a branch name`,
        'Name a branch for the records, e.g. eval-history'
      )
    );
  const rawLimit = getInput('history-limit').trim();
  const limit = rawLimit === '' ? DEFAULT_HISTORY_LIMIT : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 2 || limit > 10_000)
    errors.push(
      new InputError(
        'history-limit',
        `${JSON.stringify(forLog(rawLimit, 40))} is not a whole number from 2 to 10000`,
        'Set history-limit to how many records per model the branch keeps, e.g. 500'
      )
    );
  const rawAlert = getInput('alert-issue').trim();
  const alertIssue = ['true', 'True', 'TRUE'].includes(rawAlert);
  if (!alertIssue && !['', 'false', 'False', 'FALSE'].includes(rawAlert))
    errors.push(new InputError('alert-issue', `${JSON.stringify(forLog(rawAlert, 40))} is not a boolean`, 'Use true or false'));
  if (alertIssue && branch === '')
    errors.push(
      new InputError(
        'alert-issue',
        'is true, but history is empty',
        'Set history to a branch name: the alert compares against the last recorded run'
      )
    );
  return errors.length ? errors : { branch, limit, alertIssue };
}
