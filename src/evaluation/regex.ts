// `matches` runs regular expressions a pull request wrote against answers a model wrote. A
// pattern like ^(a+)+$ backtracks exponentially on the wrong answer and would block the event
// loop (the job hangs until its timeout), so tests run in a worker with a deadline: on time out
// the worker is ended and the case fails with a message that names the cause.
import { Worker } from 'node:worker_threads';

/** Inside the worker: V8's linear engine takes over patterns that backtrack too much, where it can. */
const WORKER = `
const { parentPort } = require('node:worker_threads');
try { require('node:v8').setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks'); } catch {}
parentPort.on('message', ({ source, flags, text }) => {
  let ok = false;
  try { ok = new RegExp(source, flags).test(text); } catch {}
  parentPort.postMessage(ok);
});`;

export type RegexOutcome = boolean | 'timeout';

export interface RegexRunner {
  test(re: RegExp, text: string): Promise<RegexOutcome>;
  close(): Promise<void>;
}

/** One worker, one test at a time (so a deadline measures the test, not a queue). */
export function regexRunner(deadlineMs = 2000): RegexRunner {
  let worker: Worker | undefined;
  let chain: Promise<unknown> = Promise.resolve();
  const run = (re: RegExp, text: string) =>
    new Promise<RegexOutcome>((resolve, reject) => {
      const w = (worker ??= new Worker(WORKER, { eval: true }));
      const timer = setTimeout(() => {
        w.removeAllListeners();
        worker = undefined; // the next test starts a fresh worker
        void w.terminate();
        resolve('timeout');
      }, deadlineMs);
      w.once('message', (ok: boolean) => {
        clearTimeout(timer);
        w.removeAllListeners('error');
        resolve(ok);
      });
      w.once('error', (e) => {
        clearTimeout(timer);
        worker = undefined;
        reject(e);
      });
      w.postMessage({ source: re.source, flags: re.flags, text });
    });
  return {
    test(re, text) {
      const next = chain.then(() => run(re, text));
      chain = next.catch(() => undefined);
      return next;
    },
    async close() {
      await chain;
      await worker?.terminate();
      worker = undefined;
    }
  };
}
