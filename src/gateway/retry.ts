// One small retry helper: full-jitter exponential backoff that honours Retry-After (capped), a
// label on every log line, and sleep/random injected so tests neither wait nor guess. The policy
// is built here only (retryPolicy), so the bound announced and the loop run cannot drift apart.
import { forLog } from '../escape.js';

export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Retry-After beyond this is capped (and the log says so): a job must not idle for an hour. */
  readonly maxRetryAfterMs: number;
}

export const DEFAULT_POLICY: Omit<RetryPolicy, 'maxAttempts'> = { baseDelayMs: 1000, maxDelayMs: 20_000, maxRetryAfterMs: 60_000 };

/** The one policy every request uses, for a max-attempts setting. */
export function retryPolicy(maxAttempts: number): RetryPolicy {
  return { ...DEFAULT_POLICY, maxAttempts };
}

export interface RetryDeps {
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  log: (message: string) => void;
}

export const realRetryDeps = (log: (m: string) => void): RetryDeps => ({
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  random: Math.random,
  log
});

/** What the caller tells us about a failure. */
export interface RetryDecision {
  retryable: boolean;
  /** The server's Retry-After, in ms, when it sent one. */
  retryAfterMs?: number;
  /** One line for the log. */
  summary: string;
}

/** Full jitter: a uniform pick in [0, min(max, base·2^(n−1))]. */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number): number {
  return random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
}

/** Retry-After as seconds or an HTTP date, in ms from `now`; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now: number = Date.now()): number | undefined {
  const v = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!v) return undefined;
  // Hundreds of digits are Infinity to Number(): still "very long", so capped like any other.
  if (/^\d+(\.\d+)?$/.test(v)) return Math.min(Number(v) * 1000, Number.MAX_SAFE_INTEGER);
  const date = Date.parse(v);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The longest the retry loop can take: every attempt timing out, every wait at its cap. */
export function worstCaseMs(policy: RetryPolicy, timeoutMs: number): number {
  return policy.maxAttempts * timeoutMs + (policy.maxAttempts - 1) * Math.max(policy.maxDelayMs, policy.maxRetryAfterMs);
}

export interface WithAttempts<T> {
  value: T;
  attempts: number;
}

export async function withRetry<T>(
  attempt: (n: number) => Promise<T>,
  judge: (error: unknown) => RetryDecision,
  policy: RetryPolicy,
  deps: RetryDeps
): Promise<WithAttempts<T>> {
  for (let n = 1; ; n++) {
    try {
      return { value: await attempt(n), attempts: n };
    } catch (error) {
      const verdict = judge(error);
      if (!verdict.retryable || n >= policy.maxAttempts) throw error;
      let delay = backoffDelay(n, policy, deps.random);
      let note = '';
      if (verdict.retryAfterMs !== undefined) {
        delay = Math.min(verdict.retryAfterMs, policy.maxRetryAfterMs);
        note =
          verdict.retryAfterMs > policy.maxRetryAfterMs
            ? ` (the gateway asked for ${seconds(verdict.retryAfterMs)} s via Retry-After; capped at ${seconds(policy.maxRetryAfterMs)} s)`
            : ' (as Retry-After asked)';
      }
      // The summary quotes the gateway: escaped here too, whoever built it.
      deps.log(`attempt ${n} of ${policy.maxAttempts} failed: ${forLog(verdict.summary, 1000)}; retrying in ${seconds(delay)} s${note}`);
      await deps.sleep(delay);
    }
  }
}

export function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}
