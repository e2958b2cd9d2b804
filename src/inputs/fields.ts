// The machinery every front end reads inputs with: a rule is a function from the raw string to
// the typed value that reports a bad one (message + hint) instead of throwing, so one zod schema
// per action checks every input in one pass and all problems are reported at once.
import { z } from 'zod';
import { InputError } from '../errors.js';
import { forLog } from '../escape.js';

/** A value as it may be shown in a log: quoted, control characters and workflow commands escaped, cut short. */
export function quoteValue(value: string): string {
  return forLog(JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value));
}

export type Ctx = z.core.$RefinementCtx<string>;

/** Report `message` (with its `hint`) for the input being read. */
export function reject(ctx: Ctx, message: string, hint: string): never {
  ctx.issues.push({ code: 'custom', message, input: ctx.value, params: { hint } });
  return z.NEVER;
}

/** An input read by a rule: a string in, the typed value (or a reported issue) out. */
export function field<T>(parse: (raw: string, ctx: Ctx) => T) {
  return z.string().transform((raw, ctx) => parse(raw, ctx));
}

/** zod's issues (one per bad input) → InputErrors, each with its hint. */
export function inputErrors(issues: readonly z.core.$ZodIssue[]): InputError[] {
  return issues.map(
    (issue) => new InputError(String(issue.path[0]), issue.message, (issue as { params?: { hint?: string } }).params?.hint)
  );
}
