// What every run of the action must show, whatever went wrong: no secret anywhere but its own
// ::add-mask:: line, no stack trace, and no more time than the log announced.
import type { ActionRun } from '../../scripts/local-runner.js';

/** How the toolkit escapes a command's data (so a key with a line break is one ::add-mask:: line). */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** The forms of a secret the runner also masks, and so that must not appear either. */
function formsOf(secret: string): string[] {
  return [...new Set([secret, Buffer.from(secret).toString('base64'), encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)])];
}

/**
 * Every place `key` or `id` shows where it should not, as readable strings; [] when none.
 * - key: only in the ::add-mask:: line, which must be the first line of stdout; nowhere in
 *   stderr, the outputs, the env file or the summary.
 * - id (when the run created a cache): only in its own ::add-mask:: line on stdout (so never
 *   before it), only in the context-id output and the env var it was exported to; never in
 *   stderr or the summary.
 * `key` is the secret itself; a key sent with junk around it (an injection attempt) is matched
 * by the ::add-mask:: line that contains it.
 */
export function leaks(
  run: Pick<ActionRun, 'stdout' | 'stderr' | 'outputs' | 'env' | 'summary'>,
  secrets: { key?: string; id?: string }
): string[] {
  const found: string[] = [];
  const lines = run.stdout.split('\n');
  const { key, id } = secrets;
  if (key) {
    if (!(lines[0]?.startsWith('::add-mask::') && lines[0].includes(escapeData(key))))
      found.push(`stdout: the first line is not the key's ::add-mask:: (${lines[0]})`);
    for (const form of formsOf(key)) {
      lines.forEach((l, i) => {
        if (i > 0 && l.includes(form)) found.push(`stdout line ${i + 1} shows the key: ${l}`);
      });
      if (run.stderr.includes(form)) found.push('stderr shows the key');
      for (const [name, value] of Object.entries(run.outputs)) if (value.includes(form)) found.push(`output ${name} shows the key`);
      for (const [name, value] of Object.entries(run.env))
        if (value.includes(form) || name.includes(form)) found.push(`env file ${name} shows the key`);
      if (run.summary.includes(form)) found.push('the summary shows the key');
    }
  }
  if (id) {
    const mask = `::add-mask::${escapeData(id)}`;
    if (!lines.includes(mask)) found.push('stdout: the id was never masked');
    for (const form of formsOf(id)) {
      lines.forEach((l, i) => {
        if (l !== mask && l.includes(form)) found.push(`stdout line ${i + 1} shows the id: ${l}`);
      });
      if (run.stderr.includes(form)) found.push('stderr shows the id');
      for (const [name, value] of Object.entries(run.outputs))
        if (value.includes(form) && !(name === 'context-id' && value === id)) found.push(`output ${name} shows the id`);
      const exported = Object.entries(run.env).filter(([, value]) => value.includes(form));
      if (exported.length > 1 || exported.some(([, value]) => value !== id))
        found.push(`env file shows the id in ${exported.map(([n]) => n).join(', ')}`);
      if (run.summary.includes(form)) found.push('the summary shows the id');
    }
  }
  return found;
}

export function expectNoLeak(
  run: Pick<ActionRun, 'stdout' | 'stderr' | 'outputs' | 'env' | 'summary'>,
  secrets: { key?: string; id?: string }
): void {
  expect(leaks(run, secrets)).toEqual([]);
}

/** A stack frame (`    at f (file.js:1:2)`), node's internals, or a bundle line number. */
export const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$|node:internal|dist\/index\.js:\d+/m;

export function expectNoStackTrace(run: Pick<ActionRun, 'stdout' | 'stderr'>): void {
  expect(`${run.stdout}\n${run.stderr}`).not.toMatch(STACK_TRACE);
}

/** The ::error:: lines (annotations included). */
export function errorLines(run: Pick<ActionRun, 'stdout'>): string[] {
  return run.stdout.split('\n').filter((l) => l.startsWith('::error'));
}

/** The overall bound the action announced before its first attempt ("… N s at most in all."), in ms. */
export function announcedBoundMs(run: Pick<ActionRun, 'stdout'>): number | undefined {
  const m = /up to (\d+) attempt\(s\) of ([\d.]+) s, ([\d.]+) s at most in all\./.exec(run.stdout);
  return m ? Number(m[3]) * 1000 : undefined;
}

/** The waits the retry loop logged ("retrying in X s"), in ms. */
export function loggedWaitsMs(run: Pick<ActionRun, 'stdout'>): number[] {
  return [...run.stdout.matchAll(/^attempt \d+ of \d+ failed: .*; retrying in ([\d.]+) s/gm)].map((m) => Number(m[1]) * 1000);
}
