// One fuzz seed per run, fixed unless asked otherwise, so CI is reproducible: FUZZ_SEED=<n> replays
// a run, FUZZ_SEED=random draws a new one (the scheduled workflow does, to keep exploring). Every
// fast-check property uses it, and tests that draw their own cases (fc.sample) read FUZZ_SEED.
// A failing property says how to replay it.
import fc from 'fast-check';

/** The seed CI uses: any fixed number would do; this one is today's date. */
export const DEFAULT_FUZZ_SEED = 20261123;

export function resolveSeed(value: string | undefined, random: () => number = Math.random): number {
  if (value === undefined || value.trim() === '') return DEFAULT_FUZZ_SEED;
  if (value.trim() === 'random') return Math.floor(random() * 2 ** 31);
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`FUZZ_SEED must be an integer or 'random', got '${value}'`);
  return n;
}

const seed = resolveSeed(process.env['FUZZ_SEED']);
process.env['FUZZ_SEED'] = String(seed);

fc.configureGlobal({
  ...fc.readConfigureGlobal(),
  seed,
  reporter: (details) => {
    if (!details.failed) return;
    const file = expect.getState().testPath ?? '<test file>';
    throw new Error(`${fc.defaultReportMessage(details)}\n\nReplay with: FUZZ_SEED=${seed} npm test -- ${file}`);
  }
});
