// The fuzz seed is fixed in CI, replayable from the failure message, and random only on request.
import fc from 'fast-check';
import { DEFAULT_FUZZ_SEED, resolveSeed } from '../setup/fuzz-seed.js';

test('FUZZ_SEED: unset is the fixed default, a number replays, "random" draws, anything else is refused', () => {
  expect(resolveSeed(undefined)).toBe(DEFAULT_FUZZ_SEED);
  expect(resolveSeed(' ')).toBe(DEFAULT_FUZZ_SEED);
  expect(resolveSeed('123')).toBe(123);
  expect(resolveSeed('-7')).toBe(-7);
  expect(resolveSeed('random', () => 0.5)).toBe(2 ** 30);
  expect(() => resolveSeed('1.5')).toThrow("FUZZ_SEED must be an integer or 'random', got '1.5'");
  expect(() => resolveSeed('abc')).toThrow(/FUZZ_SEED/);
});

test('every property runs from the one seed, which FUZZ_SEED then holds for tests that draw their own cases', () => {
  const seed = Number(process.env['FUZZ_SEED']);
  expect(Number.isSafeInteger(seed)).toBe(true);
  expect(fc.readConfigureGlobal().seed).toBe(seed);
  // The same seed, the same cases: a run can be replayed.
  expect(fc.sample(fc.string(), 20)).toEqual(fc.sample(fc.string(), 20));
});

test('a failing property names the seed and how to replay it, sync or async', async () => {
  const seed = process.env['FUZZ_SEED']!;
  const replay = new RegExp(`seed: ${seed}[\\s\\S]*Replay with: FUZZ_SEED=${seed} npm test -- .*fuzz-seed\\.test\\.ts`);
  expect(() => fc.assert(fc.property(fc.integer(), (n) => n < 10))).toThrow(replay);
  await expect(fc.assert(fc.asyncProperty(fc.integer(), async (n) => n < 10))).rejects.toThrow(replay);
  // A passing property stays silent.
  expect(() => fc.assert(fc.property(fc.integer(), (n) => Number.isInteger(n)))).not.toThrow();
});
