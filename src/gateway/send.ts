// One JSON POST to the gateway, retried under the one retry policy: what every endpoint's client
// (create, chat) is built on. A 2xx comes back as it came (secrets cut out); anything else ends,
// after the retries the verdict allows, in a GatewayError or TransportError a user can act on,
// carrying the attempts it took (an `attempts` field: a chat's report counts them).
import { GatewayError, TransportError } from '../errors.js';
import { describeFailure } from './failure.js';
import { MAX_RESPONSE_BYTES, RETRYABLE_STATUS, type HttpResponse, type Transport } from './http.js';
import { redactResponse } from './redact.js';
import { retryPolicy, withRetry, worstCaseMs, type RetryDecision, type RetryDeps } from './retry.js';

export interface SendOptions {
  readonly url: string;
  readonly apiKey: string;
  /** The JSON request body, already serialised. */
  readonly body: string;
  /** Per attempt, connect to last byte. */
  readonly timeoutMs: number;
  readonly maxAttempts: number;
  readonly transport: Transport;
  readonly retry: RetryDeps;
  /** Extra secrets to redact from responses (cache ids, tokens), besides the key. */
  readonly secrets?: readonly string[];
  /** Which failures a retry may fix; default createRetryDecision (never a request that may have created something). */
  readonly retryable?: (e: unknown) => RetryDecision;
  /** Awaited before every attempt (e.g. a pool's shared Retry-After pause). */
  readonly beforeAttempt?: () => Promise<void>;
  /** Told of every Retry-After the gateway sends, in ms, capped as the retry loop caps it. */
  readonly onRetryAfter?: (ms: number) => void;
  /** Bodies larger than this are cut off (default 1 MiB). */
  readonly maxResponseBytes?: number;
}

/** What a failure from send() carries besides its message: the attempts made before giving up. */
export interface Failed {
  readonly attempts: number;
}

export interface Sent {
  /** A 2xx response, with every form of the key and `secrets` replaced by `***`. */
  readonly res: HttpResponse;
  readonly attempts: number;
  readonly elapsedMs: number;
}

/** The headers every gateway call sends. */
function requestHeaders(apiKey: string): Record<string, string> {
  return {
    'Content-Type': 'application/json',
    Accept: 'application/json',
    Authorization: `Bearer ${apiKey}`,
    'User-Agent': 'context-cache-action'
  };
}

export async function send(options: SendOptions): Promise<Sent> {
  const started = performance.now();
  const policy = retryPolicy(options.maxAttempts);
  const secrets = [options.apiKey, ...(options.secrets ?? [])];
  const headers = requestHeaders(options.apiKey);
  let made = 0;
  const { value: res, attempts } = await withRetry(
    async () => {
      await options.beforeAttempt?.();
      made++;
      const raw = await options.transport({
        url: options.url,
        headers,
        body: options.body,
        timeoutMs: options.timeoutMs,
        maxResponseBytes: options.maxResponseBytes ?? MAX_RESPONSE_BYTES
      });
      const res = redactResponse(raw, secrets);
      if (res.status >= 200 && res.status < 300) return res;
      const failure = describeFailure(res, options.url, Date.now(), secrets);
      if (failure.retryAfterSeconds !== undefined)
        options.onRetryAfter?.(Math.min(failure.retryAfterSeconds * 1000, policy.maxRetryAfterMs));
      throw failure;
    },
    options.retryable ?? createRetryDecision,
    policy,
    options.retry
  ).catch((e: unknown) => {
    // Each attempt's error is its own object: say on the last one how many attempts were made.
    if (e instanceof Error) Object.assign(e, { attempts: made } satisfies Failed);
    throw e;
  });
  return { res, attempts, elapsedMs: performance.now() - started };
}

/**
 * The create call's rule: retry what certainly did not reach the gateway or what the gateway
 * says was not done (408, 429, 5xx); never a request the gateway may have acted on (a reset or
 * stall after a 2xx's headers), which could create a second cache.
 */
export function createRetryDecision(error: unknown): RetryDecision {
  if (error instanceof TransportError) return { retryable: error.retryable, summary: error.message };
  if (error instanceof GatewayError)
    return {
      retryable: RETRYABLE_STATUS.has(error.status),
      retryAfterMs: error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : undefined,
      summary: error.message
    };
  return { retryable: false, summary: String(error) };
}

/** The longest send() can take for these settings (every attempt timing out, every wait at its cap). */
export function sendBoundMs(timeoutMs: number, maxAttempts: number): number {
  return worstCaseMs(retryPolicy(maxAttempts), timeoutMs);
}
