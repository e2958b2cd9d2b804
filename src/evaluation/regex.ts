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

interface Slot {
  worker?: Worker;
  /** Whether the worker has started: a fresh one's start-up is not the test's time. */
  online?: boolean;
}

/** A worker that has not started by then never will; its test ends as a time out. */
const START_BOUND_MS = 60_000;

/**
 * Up to `workers` workers, each running one test at a time (so a deadline measures the test, not
 * a queue); tests beyond that wait for a free worker. Catastrophic patterns then cost
 * cases × deadline / workers, not cases × deadline.
 */
export function regexRunner(deadlineMs = 2000, workers = 1): RegexRunner {
  const idle: Slot[] = Array.from({ length: Math.max(1, Math.floor(workers)) }, () => ({}));
  const all = [...idle];
  const waiting: ((slot: Slot) => void)[] = [];
  const pending = new Set<Promise<unknown>>();
  const acquire = () => new Promise<Slot>((resolve) => (idle.length ? resolve(idle.pop()!) : waiting.push(resolve)));
  const release = (slot: Slot) => {
    const next = waiting.shift();
    if (next) next(slot);
    else idle.push(slot);
  };
  const run = (slot: Slot, re: RegExp, text: string) =>
    new Promise<RegexOutcome>((resolve, reject) => {
      if (!slot.worker) {
        slot.worker = new Worker(WORKER, { eval: true });
        slot.online = false;
      }
      const w = slot.worker;
      const expire = () => {
        w.removeAllListeners();
        slot.worker = undefined; // the next test here starts a fresh worker
        void w.terminate();
        resolve('timeout');
      };
      // The deadline starts once the worker runs, so a loaded machine's slow start-up is not a time out.
      let timer = setTimeout(expire, slot.online ? deadlineMs : START_BOUND_MS);
      if (!slot.online)
        w.once('online', () => {
          slot.online = true;
          clearTimeout(timer);
          timer = setTimeout(expire, deadlineMs);
        });
      w.once('message', (ok: boolean) => {
        clearTimeout(timer);
        w.removeAllListeners('error');
        w.removeAllListeners('online');
        resolve(ok);
      });
      w.once('error', (e) => {
        clearTimeout(timer);
        slot.worker = undefined;
        reject(e);
      });
      w.postMessage({ source: re.source, flags: re.flags, text });
    });
  return {
    test(re, text) {
      const next = acquire().then((slot) => run(slot, re, text).finally(() => release(slot)));
      const tracked = next.catch(() => undefined);
      pending.add(tracked);
      void tracked.then(() => pending.delete(tracked));
      return next;
    },
    async close() {
      await Promise.all(pending);
      await Promise.all(all.map((slot) => (slot.worker ? slot.worker.terminate() : Promise.resolve(0))));
      for (const slot of all) slot.worker = undefined;
    }
  };
}
