// The evaluation engine: cases → a bounded pool of calls → expectations (and judges) → results.
// Free of the runner: it takes typed cases and ways to ask, and returns one Result per case, so
// the action, a command line or a test can drive it alike.
import type { ChatAnswer, TokenUsage } from '../gateway/chat.js';
import { ContextGoneError } from '../gateway/chat.js';
import { ActionError } from '../errors.js';
import type { Messages } from '../prompt/messages.js';
import type { Case } from './cases.js';
import { checkAnswer, type Checked, type Failure } from './expectations.js';
import { gradePasses, gradingMessages, readGrade, type Grade } from './judge.js';
import { dollars } from './cost.js';
import { runPool } from './pool.js';
import { textOf, type AnswerShelf, type Kept } from './answer-shelf.js';

export type Status = 'pass' | 'fail' | 'error';

export interface Result {
  readonly name: string;
  readonly file: string;
  readonly line?: number;
  readonly status: Status;
  /** Expectations the answer failed (status fail): of the first run that failed. */
  readonly failures: readonly Failure[];
  /** Why there is no answer (status error). */
  readonly error?: string;
  /** The answer shown: of the first run that did not pass, else of the first run. */
  readonly response?: string;
  /** Summed over every run. */
  readonly usage: TokenUsage;
  /** The judges' own tokens, summed apart from the case's. */
  readonly judgeUsage: TokenUsage;
  /** The grader's grade of the answer shown, when the case has a judge. */
  readonly grade?: Grade;
  /** Mean over the runs that were answered. */
  readonly latencyMs?: number;
  readonly attempts: number;
  /** With repeat: how many runs passed, failed and errored, and (more than one run) what each run gave. */
  readonly runs: RunCounts & { readonly detail?: readonly RunDetail[] };
  /** Some runs passed and some failed: the answer is not stable. */
  readonly flaky: boolean;
  /** Set when results of several models are put together (merge): this case's own model. */
  readonly model?: string;
  /** An error only because the context cache was gone (one cause: reported once, not per case). */
  readonly cacheGone?: boolean;
}

export interface RunCounts {
  readonly passed: number;
  readonly failed: number;
  readonly errored: number;
  readonly total: number;
}

/** One run of a repeated case, as the reports keep it: a flaky case's failing run must not be lost. */
export interface RunDetail {
  readonly status: Status;
  readonly failures: readonly Failure[];
  readonly error?: string;
  /** Clipped to MAX_RUN_ANSWER characters. */
  readonly response?: string;
  readonly grade?: Grade;
  readonly latencyMs?: number;
}

/** Characters of each run's answer kept in a repeated case's run list. */
export const MAX_RUN_ANSWER = 2000;

/** How the error of a run never made (after the cache was gone) begins. */
export const NOT_RUN = 'Not run:';

/** The case got no answer worth judging its prompt by: never sent, or sent to a cache that was gone. */
export function notRun(r: Pick<Result, 'status' | 'error' | 'cacheGone'>): boolean {
  return r.status === 'error' && (r.cacheGone === true || (r.error?.startsWith(NOT_RUN) ?? false));
}

/** One call: messages in, the answer out (or a thrown ActionError). */
export type Ask = (messages: Messages, label: string) => Promise<ChatAnswer>;

export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly passed: number;
  readonly failed: number;
  readonly errored: number;
  readonly name: string;
  readonly status: Status;
  readonly latencyMs?: number;
}

export interface EngineOptions {
  readonly concurrency: number;
  readonly ask: Ask;
  /** Grades `judge:` expectations; required when a case has one. */
  readonly judge?: { readonly ask: Ask; readonly threshold: number };
  /** Runs per case (default 1); a case passes when at least `repeatMinPass` (default all) pass. */
  readonly repeat?: number;
  readonly repeatMinPass?: number;
  /** Characters of each answer kept for the reports (default MAX_KEPT_ANSWER); checks see it whole. */
  readonly keepAnswer?: number;
  /** Where kept answers wait past a memory budget (answer-shelf.ts); without it, all in memory. */
  readonly shelf?: AnswerShelf;
  /** Runs `matches` apart from the event loop, with a deadline (see regex.ts); else inline. */
  readonly testRegex?: (re: RegExp, text: string) => Promise<boolean | 'timeout'>;
  /** Told of every run as it finishes. */
  readonly onRun?: (progress: Progress) => void;
  /**
   * A second side (the base's prompt, or another model): every run of every case is made on both,
   * side by side (a case's head and base runs adjacent), graded by the same judge.
   */
  readonly baseline?: { readonly ask: Ask };
  /** Stop sending once the runs made so far cost `limit` (USD, by `costOf`). */
  readonly budget?: { readonly limit: number; readonly costOf: (side: Side, run: Pick<Result, 'usage' | 'judgeUsage'>) => number };
}

/** Which prompt a run asked: the pull request's (head) or its base's. */
export type Side = 'head' | 'base';

export interface Evaluation {
  readonly results: readonly Result[];
  /** Set when the gateway said a cache is gone: the runs after it were not made. */
  readonly contextGone?: ContextGoneError;
  /** The base side's results, case by case as `results`, when options.baseline was given. */
  readonly baselineResults?: readonly Result[];
  /** Set when the budget was reached: the runs after it were not made. */
  readonly budgetReached?: number;
}

type Run = Omit<Result, 'name' | 'file' | 'line' | 'runs' | 'flaky' | 'response'> & { readonly response?: Kept };

export async function evaluate(cases: readonly Case[], options: EngineOptions): Promise<Evaluation> {
  const repeat = options.repeat ?? 1;
  const minPass = options.repeatMinPass ?? repeat;
  const sides: readonly Side[] = options.baseline ? ['head', 'base'] : ['head'];
  let contextGone: ContextGoneError | undefined;
  let spent = 0;
  /** Whether the budget kept a run from being sent (reaching it on the last run is no cut). */
  let cut = false;
  const budget = options.budget;
  const overBudget = () => budget !== undefined && spent >= budget.limit;
  const counts = { done: 0, passed: 0, failed: 0, errored: 0 };
  // Case × repeat × side, the sides of one run next to each other: both meet the gateway at the
  // same moment and under the same load, so neither is favoured by when it ran.
  const items = cases.flatMap((_, i) => Array.from({ length: repeat }, () => sides.map((side) => ({ i, side }))).flat());
  const finish = (c: Case, side: Side, run: Run): Run => {
    counts.done++;
    counts[run.status === 'pass' ? 'passed' : run.status === 'fail' ? 'failed' : 'errored']++;
    const name = side === 'base' ? `${c.name} (base)` : c.name;
    options.onRun?.({ ...counts, total: items.length, name, status: run.status, latencyMs: run.latencyMs });
    return run;
  };
  const runs = await runPool(
    items,
    options.concurrency,
    async ({ i, side }) => {
      const run = await runOnce(cases[i]!, side === 'base' ? { ...options, ask: options.baseline!.ask } : options);
      if (run.gone) contextGone ??= run.gone;
      if (budget) spent += budget.costOf(side, run.run);
      return finish(cases[i]!, side, run.run);
    },
    {
      stop: () => contextGone !== undefined || overBudget(),
      skipped: ({ i, side }) => {
        if (!contextGone) cut = true;
        const run = contextGone
          ? { ...errorRun(`${NOT_RUN} the context cache was gone (see above)`, 0), cacheGone: true }
          : errorRun(`${NOT_RUN} the max-cost budget of $${dollars(budget!.limit)} was reached`, 0);
        return finish(cases[i]!, side, run);
      }
    }
  );
  const per = repeat * sides.length;
  const resultsOf = (s: number) =>
    cases.map((c, i) =>
      combine(
        c,
        runs.slice(i * per, (i + 1) * per).filter((_, k) => k % sides.length === s),
        minPass
      )
    );
  return {
    results: resultsOf(0),
    contextGone,
    baselineResults: options.baseline ? resultsOf(1) : undefined,
    budgetReached: cut ? budget!.limit : undefined
  };
}

async function runOnce(c: Case, options: EngineOptions): Promise<{ run: Run; gone?: ContextGoneError }> {
  let answer: ChatAnswer;
  try {
    answer = await options.ask(c.messages, c.name);
  } catch (e) {
    return failed(e, '');
  }
  let gone: ContextGoneError | undefined;
  const judge = options.judge;
  const question = c.messages.findLast((m) => m.role === 'user')?.content ?? '';
  let checked: Checked;
  try {
    checked = await checkAnswer(
      c.expect,
      { content: answer.content, latencyMs: answer.latencyMs },
      {
        testRegex: options.testRegex ?? ((re, text) => Promise.resolve(re.test(text))),
        judge: judge
          ? async (criterion, content): Promise<Checked> => {
              let graded: ChatAnswer;
              try {
                graded = await judge.ask(gradingMessages(criterion, question, content), `${c.name} (judge)`);
              } catch (e) {
                const { run, gone: lost } = failed(e, 'the judge call failed: ');
                gone = lost;
                return { failures: [], error: run.error };
              }
              const read = readGrade(graded.content);
              if (!read.ok) return { failures: [], error: `judge: ${read.why}`, judgeUsage: graded.usage };
              const { grade } = read;
              const failures = gradePasses(grade, judge.threshold)
                ? []
                : [
                    {
                      expectation: 'judge',
                      expected: clip(`${criterion} (pass, score ≥ ${judge.threshold})`),
                      got: `${grade.pass ? 'pass' : 'fail'}, score ${grade.score}: ${grade.reason}`
                    }
                  ];
              return { failures, grade, judgeUsage: graded.usage };
            }
          : undefined
      }
    );
  } catch (e) {
    // One answer the checks cannot handle fails its own case, never the whole evaluation.
    if (e instanceof ActionError) throw e;
    const run = errorRun(`the answer could not be checked: ${e instanceof Error ? e.message : String(e)}`, answer.attempts);
    return { run: { ...run, response: keep(answer.content, options), usage: answer.usage } };
  }
  // attempts stay the case's own: a reader takes more for retries of the case.
  const run: Run = {
    response: keep(answer.content, options),
    usage: answer.usage,
    latencyMs: answer.latencyMs,
    attempts: answer.attempts,
    judgeUsage: checked.judgeUsage ?? {},
    grade: checked.grade,
    failures: checked.failures.map(bounded),
    status: checked.error !== undefined ? 'error' : checked.failures.length ? 'fail' : 'pass',
    error: checked.error,
    cacheGone: gone ? true : undefined
  };
  return { run, gone };
}

/** What a failure keeps of what was expected and got (YAML aliases can multiply an expectation's text). */
const MAX_FAILURE_TEXT = 2000;

function clip(text: string): string {
  return text.length > MAX_FAILURE_TEXT ? `${text.slice(0, MAX_FAILURE_TEXT - 1)}…` : text;
}

function bounded(f: Failure): Failure {
  return { expectation: f.expectation, expected: clip(f.expected), got: clip(f.got) };
}

/** Answers kept for the reports: checks see the whole answer; reports need no more than this. */
const MAX_KEPT_ANSWER = 32 * 1024;

/** The answer as the reports will show it: clipped, and on the shelf when there is one. */
function keep(answer: string, options: EngineOptions): Kept {
  const kept = clipAnswer(answer, options.keepAnswer ?? MAX_KEPT_ANSWER);
  return options.shelf ? options.shelf.keep(kept) : kept;
}

function clipAnswer(answer: string, max: number): string {
  return answer.length > max ? `${answer.slice(0, max)}\n… (${answer.length - max} more characters not kept)` : answer;
}

function failed(e: unknown, prefix: string): { run: Run; gone?: ContextGoneError } {
  // Anything but an ActionError is a bug: let it fail the run rather than pass as an error.
  if (!(e instanceof ActionError)) throw e;
  const attempts = (e as { attempts?: unknown }).attempts;
  const gone = e instanceof ContextGoneError ? e : undefined;
  return {
    run: { ...errorRun(`${prefix}${e.describe()}`, typeof attempts === 'number' ? attempts : 1), cacheGone: gone !== undefined },
    gone
  };
}

function errorRun(error: string, attempts: number): Run {
  return { status: 'error', failures: [], error, usage: {}, judgeUsage: {}, attempts };
}

/**
 * A case's runs → its result. It passes when enough runs pass; when errors kept it from that (the
 * errored runs could have passed), it is an error, else a failure.
 */
function combine(c: Case, runs: readonly Run[], minPass: number): Result {
  const passed = runs.filter((r) => r.status === 'pass').length;
  const errored = runs.filter((r) => r.status === 'error').length;
  const failedRuns = runs.length - passed - errored;
  const status: Status = passed >= minPass ? 'pass' : passed + errored >= minPass ? 'error' : 'fail';
  const shown = runs.find((r) => r.status === status) ?? runs[0]!;
  const answered = runs.filter((r) => r.latencyMs !== undefined);
  const result: Result = {
    name: c.name,
    file: c.file,
    line: c.line,
    status,
    failures: status === 'pass' ? [] : shown.failures,
    error: status === 'error' ? shown.error : undefined,
    response: typeof shown.response === 'object' ? undefined : shown.response,
    grade: shown.grade,
    usage: sumUsage(runs.map((r) => r.usage)),
    judgeUsage: sumUsage(runs.map((r) => r.judgeUsage)),
    latencyMs: answered.length ? answered.reduce((n, r) => n + r.latencyMs!, 0) / answered.length : undefined,
    attempts: runs.reduce((n, r) => n + r.attempts, 0),
    runs: {
      passed,
      failed: failedRuns,
      errored,
      total: runs.length,
      detail: runs.length > 1 ? runs.map(runDetail) : undefined
    },
    flaky: passed > 0 && failedRuns > 0,
    cacheGone: status === 'error' && runs.every((r) => r.status !== 'error' || r.cacheGone === true) ? true : undefined
  };
  // A shelved answer is read when a report asks for it (an enumerable getter: JSON and spreads see the text).
  const kept = shown.response;
  if (typeof kept === 'object') Object.defineProperty(result, 'response', { get: kept.read, enumerable: true });
  return result;
}

function runDetail(r: Run): RunDetail {
  return {
    status: r.status,
    failures: r.failures,
    error: r.error,
    response: r.response === undefined ? undefined : clipAnswer(textOf(r.response), MAX_RUN_ANSWER),
    grade: r.grade,
    latencyMs: r.latencyMs === undefined ? undefined : Math.round(r.latencyMs)
  };
}

function sumUsage(list: readonly TokenUsage[]): TokenUsage {
  const sum = (pick: (u: TokenUsage) => number | undefined) => {
    const known = list.map(pick).filter((n): n is number => n !== undefined);
    return known.length ? known.reduce((a, b) => a + b, 0) : undefined;
  };
  return {
    promptTokens: sum((u) => u.promptTokens),
    cachedTokens: sum((u) => u.cachedTokens),
    completionTokens: sum((u) => u.completionTokens)
  };
}
