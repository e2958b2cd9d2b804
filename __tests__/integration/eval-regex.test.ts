// `matches` with a pattern that backtracks catastrophically on the answer must fail that case,
// not hang the job: the test runs in a worker with a deadline. The pattern below would take hours
// on this answer; any deadline at all proves the point.
import { checkAnswer } from '../../src/evaluation/expectations.js';
import { regexRunner } from '../../src/evaluation/regex.js';

const EVIL = new RegExp('^(a+)+$', 'i'); // the i flag keeps V8's linear fallback out of it
const ANSWER = `${'a'.repeat(40)}!`;

describe('regexRunner', () => {
  it('ends a runaway test at its deadline, then goes on with a fresh worker', async () => {
    const runner = regexRunner(3000); // a fresh worker starts well inside it on a loaded machine; EVIL would take hours
    try {
      expect(await runner.test(/^yes/i, 'Yes, refunds take 30 days')).toBe(true);
      expect(await runner.test(EVIL, ANSWER)).toBe('timeout');
      expect(await runner.test(/30 days/, 'Yes, refunds take 30 days')).toBe(true);
      expect(await runner.test(/60 days/, 'Yes, refunds take 30 days')).toBe(false);
    } finally {
      await runner.close();
    }
  });

  it('runs tests one at a time, each with its own deadline, in the order asked', async () => {
    const runner = regexRunner(3000); // a fresh worker starts well inside it on a loaded machine; EVIL would take hours
    try {
      const outcomes = await Promise.all([runner.test(/a/, 'a'), runner.test(EVIL, ANSWER), runner.test(/b/, 'b'), runner.test(/c/, 'x')]);
      expect(outcomes).toEqual([true, 'timeout', true, false]);
    } finally {
      await runner.close();
    }
  });

  it('catastrophic patterns on 4 workers run their deadlines in parallel: far faster than on 1 (a ratio, not a time)', async () => {
    const deadline = 1000;
    const timeAll = async (workers: number) => {
      const runner = regexRunner(deadline, workers);
      try {
        const start = performance.now();
        const outcomes = await Promise.all(Array.from({ length: 4 }, () => runner.test(EVIL, ANSWER)));
        const elapsed = performance.now() - start;
        expect(outcomes).toEqual(Array(4).fill('timeout'));
        expect(await runner.test(/ok/, 'ok')).toBe(true);
        return elapsed;
      } finally {
        await runner.close();
      }
    };
    const serial = await timeAll(1);
    const parallel = await timeAll(4);
    // One worker: at least 4 deadlines end to end; four: about one, plus start-ups.
    expect(serial).toBeGreaterThanOrEqual(4 * deadline * 0.95);
    expect(parallel).toBeLessThan(serial * 0.7);
  });

  it('a timed-out match is a failure that says why', async () => {
    const { failures } = await checkAnswer(
      { matches: '(?i)^(a+)+$' },
      { content: ANSWER, latencyMs: 1 },
      { testRegex: () => Promise.resolve('timeout') }
    );
    expect(failures).toEqual([
      { expectation: 'matches', expected: '/^(a+)+$/i', got: expect.stringMatching(/ran past its deadline.*catastrophic backtracking/) }
    ]);
  });
});
