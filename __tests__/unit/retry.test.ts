import {
  backoffDelay,
  DEFAULT_POLICY,
  parseRetryAfter,
  retryPolicy,
  withRetry,
  worstCaseMs,
  type RetryPolicy,
  type RetryDecision
} from '../../src/gateway/retry.js';

const policy: RetryPolicy = { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 20_000, maxRetryAfterMs: 60_000 };

function recorder(random = () => 0.5) {
  const sleeps: number[] = [];
  const lines: string[] = [];
  return { sleeps, lines, deps: { sleep: async (ms: number) => void sleeps.push(ms), random, log: (m: string) => void lines.push(m) } };
}

class Failure extends Error {
  constructor(readonly verdict: RetryDecision) {
    super(verdict.summary);
  }
}
const judge = (e: unknown) => (e as Failure).verdict;

describe('backoff', () => {
  test('full jitter within [0, min(cap, base·2^(n−1))]', () => {
    expect(backoffDelay(1, policy, () => 0.999)).toBeCloseTo(999, 0);
    expect(backoffDelay(3, policy, () => 1)).toBe(4000);
    expect(backoffDelay(10, policy, () => 1)).toBe(20_000);
    expect(backoffDelay(2, policy, () => 0)).toBe(0);
  });

  test('Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter(['2.5'], now)).toBe(2500);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  test('the announced bound covers every attempt timing out and every wait at its cap', () => {
    expect(worstCaseMs(policy, 120_000)).toBe(3 * 120_000 + 2 * 60_000);
    expect(worstCaseMs({ ...policy, maxAttempts: 1 }, 5000)).toBe(5000);
  });
});

describe('withRetry', () => {
  test('retries a retryable failure and logs each retry with its label', async () => {
    const r = recorder();
    let calls = 0;
    const out = await withRetry(
      async (n) => {
        calls++;
        if (n < 3) throw new Failure({ retryable: true, summary: `HTTP 503 #${n}` });
        return 'ok';
      },
      judge,
      policy,
      r.deps
    );
    expect(out).toEqual({ value: 'ok', attempts: 3 });
    expect(calls).toBe(3);
    expect(r.sleeps).toEqual([500, 1000]);
    expect(r.lines).toEqual([
      'attempt 1 of 3 failed: HTTP 503 #1; retrying in 0.5 s',
      'attempt 2 of 3 failed: HTTP 503 #2; retrying in 1.0 s'
    ]);
  });

  test('stops after max attempts and rethrows the last failure', async () => {
    const r = recorder();
    const p = withRetry(async (n) => Promise.reject(new Failure({ retryable: true, summary: `fail ${n}` })), judge, policy, r.deps);
    await expect(p).rejects.toThrow('fail 3');
    expect(r.sleeps).toHaveLength(2);
  });

  test('never retries what is not retryable', async () => {
    const r = recorder();
    let calls = 0;
    const p = withRetry(
      async () => {
        calls++;
        throw new Failure({ retryable: false, summary: 'HTTP 400' });
      },
      judge,
      policy,
      r.deps
    );
    await expect(p).rejects.toThrow('HTTP 400');
    expect(calls).toBe(1);
    expect(r.lines).toEqual([]);
  });

  test('Retry-After replaces the backoff, and a huge one is capped and said so', async () => {
    const r = recorder();
    const waits = [3000, 3_600_000];
    await withRetry(
      async (n) => {
        if (n <= 2) throw new Failure({ retryable: true, retryAfterMs: waits[n - 1], summary: 'HTTP 429' });
        return 1;
      },
      judge,
      policy,
      r.deps
    );
    expect(r.sleeps).toEqual([3000, 60_000]);
    expect(r.lines[0]).toMatch(/retrying in 3\.0 s \(as Retry-After asked\)/);
    expect(r.lines[1]).toMatch(/retrying in 60\.0 s \(the gateway asked for 3600\.0 s via Retry-After; capped at 60\.0 s\)/);
  });
});

test('the retry line escapes what the gateway said: no workflow command, no second line', async () => {
  const r = recorder();
  await withRetry(
    async (n) => {
      if (n === 1) throw new Failure({ retryable: true, summary: 'HTTP 503: ##[stop-commands]x\n::add-mask::y' });
      return 1;
    },
    judge,
    policy,
    r.deps
  );
  expect(r.lines).toEqual(['attempt 1 of 3 failed: HTTP 503: ## [stop-commands]x\\n::add-mask::y; retrying in 0.5 s']);
});

test('one policy: retryPolicy() is what the loop and the announced bound both use', () => {
  expect(retryPolicy(4)).toEqual({ ...DEFAULT_POLICY, maxAttempts: 4 });
});
