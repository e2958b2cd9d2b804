// The evaluation engine: cases → a bounded pool of calls → expectations → results. Free of the
// runner: it takes typed cases and a way to ask, and returns one Result per case, so the action,
// a command line or a test can drive it alike.
import type { ChatAnswer, Usage } from '../gateway/chat.js';
import { ContextGoneError } from '../gateway/chat.js';
import { ActionError } from '../errors.js';
import type { Messages } from '../prompt/messages.js';
import type { Case } from './cases.js';
import { check, type Failure } from './expect.js';
import { runPool } from './pool.js';

export type Status = 'pass' | 'fail' | 'error';

export interface Result {
  readonly name: string;
  readonly file: string;
  readonly line?: number;
  readonly status: Status;
  /** Expectations the answer failed (status fail). */
  readonly failures: readonly Failure[];
  /** Why there is no answer (status error). */
  readonly error?: string;
  readonly response?: string;
  readonly usage: Usage;
  readonly latencyMs?: number;
  readonly attempts: number;
}

/** One call: the case's messages in, the answer out (or a thrown ActionError). */
export type Ask = (messages: Messages, label: string) => Promise<ChatAnswer>;

export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly passed: number;
  readonly failed: number;
  readonly errored: number;
  /** The result that just finished. */
  readonly last: Result;
}

export interface EngineOptions {
  readonly concurrency: number;
  readonly ask: Ask;
  readonly onResult?: (progress: Progress) => void;
}

export interface Evaluation {
  readonly results: readonly Result[];
  /** Set when the gateway said the cache is gone: the cases after it were not run. */
  readonly contextGone?: ContextGoneError;
}

export async function evaluate(cases: readonly Case[], options: EngineOptions): Promise<Evaluation> {
  let contextGone: ContextGoneError | undefined;
  const counts = { done: 0, passed: 0, failed: 0, errored: 0 };
  const finish = (r: Result): Result => {
    counts.done++;
    if (r.status === 'pass') counts.passed++;
    else if (r.status === 'fail') counts.failed++;
    else counts.errored++;
    options.onResult?.({ ...counts, total: cases.length, last: r });
    return r;
  };
  const results = await runPool(
    cases,
    options.concurrency,
    async (c) => {
      try {
        const answer = await options.ask(c.messages, c.name);
        const failures = check(c.expect, answer.content, answer.latencyMs);
        return finish({
          ...where(c),
          status: failures.length ? 'fail' : 'pass',
          failures,
          response: answer.content,
          usage: answer.usage,
          latencyMs: answer.latencyMs,
          attempts: answer.attempts
        });
      } catch (e) {
        if (e instanceof ContextGoneError) contextGone ??= e;
        // Anything but an ActionError is a bug: let it fail the run rather than pass as an error.
        if (!(e instanceof ActionError)) throw e;
        return finish({ ...where(c), status: 'error', failures: [], error: e.describe(), usage: {}, attempts: attemptsOf(e) });
      }
    },
    {
      stop: () => contextGone !== undefined,
      skipped: (c) =>
        finish({
          ...where(c),
          status: 'error',
          failures: [],
          error: 'Not run: the context cache was gone (see above)',
          usage: {},
          attempts: 0
        })
    }
  );
  return { results, contextGone };
}

function where(c: Case): Pick<Result, 'name' | 'file' | 'line'> {
  return { name: c.name, file: c.file, line: c.line };
}

function attemptsOf(e: unknown): number {
  const n = (e as { attempts?: unknown }).attempts;
  return typeof n === 'number' ? n : 1;
}
