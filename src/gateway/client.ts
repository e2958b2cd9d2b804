// Creates a context cache: POST {base}/v1/context/create, as the gateway's pages describe it,
// retried where a retry is safe, with every failure turned into an error a user can act on.
import { z } from 'zod';
import { GatewayError, TransportError } from '../errors.js';
import type { CacheMode } from '../models.js';
import type { Messages } from '../prompt/messages.js';
import { describeDetail, excerpt, parseErrorBody } from './error-body.js';
import { MAX_RESPONSE_BYTES, RETRYABLE_STATUS, type HttpResponse, type Transport } from './http.js';
import { DEFAULT_POLICY, parseRetryAfter, withRetry, type RetryDeps, type Verdict } from './retry.js';

export interface CacheRequest {
  readonly model: string;
  readonly messages: Messages;
  readonly ttl?: number;
  readonly mode?: CacheMode;
}

export interface CacheCreated {
  readonly id: string;
  readonly ttl?: number;
  readonly mode?: string;
  readonly usage?: Readonly<Record<string, unknown>>;
  readonly attempts: number;
  readonly elapsedMs: number;
}

export interface ClientOptions {
  readonly endpoint: string;
  readonly apiKey: string;
  readonly timeoutMs: number;
  readonly maxAttempts: number;
  readonly transport: Transport;
  readonly retry: RetryDeps;
  readonly userAgent?: string;
}

/** The success body both families share; everything else is kept as it came. */
const CreatedSchema = z.looseObject({
  id: z.string().min(1),
  ttl: z.number().optional(),
  mode: z.string().optional(),
  usage: z.record(z.string(), z.unknown()).optional()
});

/** The request body exactly as the gateway documents it: model, messages, then mode and ttl if set. */
export function requestBody(req: CacheRequest): string {
  return JSON.stringify({
    model: req.model,
    messages: req.messages.map(({ role, content }) => ({ role, content })),
    ...(req.mode !== undefined && { mode: req.mode }),
    ...(req.ttl !== undefined && { ttl: req.ttl })
  });
}

export async function createContextCache(req: CacheRequest, options: ClientOptions): Promise<CacheCreated> {
  const started = performance.now();
  const body = requestBody(req);
  const headers = {
    'Content-Type': 'application/json',
    Accept: 'application/json',
    Authorization: `Bearer ${options.apiKey}`,
    'User-Agent': options.userAgent ?? 'context-cache-action'
  };
  const { value, attempts } = await withRetry(
    async () => {
      const res = await options.transport({
        url: options.endpoint,
        headers,
        body,
        timeoutMs: options.timeoutMs,
        maxResponseBytes: MAX_RESPONSE_BYTES
      });
      return readCreated(redactResponse(res, options.apiKey), options.endpoint);
    },
    judge,
    { ...DEFAULT_POLICY, maxAttempts: options.maxAttempts },
    options.retry
  );
  return { ...value, attempts, elapsedMs: performance.now() - started };
}

function judge(error: unknown): Verdict {
  if (error instanceof TransportError) return { retryable: error.retryable, summary: error.message };
  if (error instanceof GatewayError)
    return {
      retryable: RETRYABLE_STATUS.has(error.status),
      retryAfterMs: error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : undefined,
      summary: error.message
    };
  return { retryable: false, summary: String(error) };
}

/**
 * A gateway that echoes the key back (in an error message, an HTML page, a Location header) must
 * not put it in our errors: the runner masks it in the log, but the step's own error should not
 * rely on that, and an excerpt cut short could show part of it, which no mask catches. So the
 * key is replaced before the response is read. Keys too short to be real (test stand-ins) are
 * left alone rather than garble the text.
 */
export function redactResponse(res: HttpResponse, key: string): HttpResponse {
  if (key.length < 8) return res;
  const forms = [...new Set([key, JSON.stringify(key).slice(1, -1), encodeURIComponent(key)])];
  const redact = (text: string) => forms.reduce((t, form) => t.split(form).join('***'), text);
  const headers = Object.fromEntries(
    Object.entries(res.headers).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.map(redact) : value === undefined ? value : redact(value)
    ])
  );
  return { status: res.status, headers, body: redact(res.body) };
}

/** A response → the cache it created, or a GatewayError that says what came back instead. */
export function readCreated(res: HttpResponse, url: string, now: number = Date.now()): Omit<CacheCreated, 'attempts' | 'elapsedMs'> {
  const where = `POST ${url}`;
  if (res.status >= 300 && res.status < 400) {
    const location = [res.headers['location']].flat()[0] ?? '(no Location header)';
    throw new GatewayError(
      res.status,
      `${where} answered HTTP ${res.status}, a redirect to ${location}; it was not followed, so the key went nowhere else`,
      'Set base-url to the address the gateway really serves from'
    );
  }
  if (res.status < 200 || res.status >= 300) {
    const detail = parseErrorBody(res.body);
    const said = detail ? describeDetail(detail) : excerpt(res.body);
    const retryAfter = parseRetryAfter(res.headers['retry-after'], now);
    throw new GatewayError(
      res.status,
      `${where} failed with HTTP ${res.status}: ${said}`,
      hintFor(res.status, said),
      retryAfter !== undefined ? retryAfter / 1000 : undefined
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(res.body);
  } catch {
    throw new GatewayError(
      res.status,
      `${where} answered HTTP ${res.status} with a body that is not JSON: ${excerpt(res.body)}`,
      'base-url may point at something other than the gateway'
    );
  }
  const parsed = CreatedSchema.safeParse(json);
  if (!parsed.success) {
    const detail = parseErrorBody(res.body);
    const said = detail ? `the gateway said: ${describeDetail(detail)}` : `it sent: ${excerpt(res.body)}`;
    throw new GatewayError(
      res.status,
      `${where} answered HTTP ${res.status} but with no cache id; ${said}`,
      'The cache was not created; check the model and prompt, then try again'
    );
  }
  const { id, ttl, mode, usage } = parsed.data;
  return { id, ttl, mode, usage };
}

function hintFor(status: number, said: string): string | undefined {
  if (/too small|minimum token count|min_total_token_count/i.test(said))
    return 'The prompt is below the model’s minimum cache size; add content (Gemini needs about 1,024–4,096 tokens)';
  switch (status) {
    case 401:
      return 'Check api-key: the gateway did not accept it (is the secret set, and for this gateway?)';
    case 403:
      return 'The key is valid but may not use this model or endpoint; check its permissions on the gateway';
    case 404:
      return 'Check model (is it one the gateway serves?) and base-url';
    case 413:
      return 'The prompt is too large for the gateway; trim it';
    case 429:
      return 'The gateway is rate-limiting this key; raise max-attempts or run fewer jobs at once';
    default:
      return status >= 500 ? 'The gateway had a problem; it was retried where safe. Try again later' : undefined;
  }
}
