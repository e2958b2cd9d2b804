// What crosses the transport boundary, and how a failed exchange is described and classified.
import { TransportError } from '../errors.js';

export interface HttpRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** Whole exchange, connect to last byte of the body. */
  readonly timeoutMs: number;
  /** Bodies larger than this are cut off: a gateway never needs more for a cache id. */
  readonly maxResponseBytes: number;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

/** Sends one request; resolves with any HTTP response, rejects only with a TransportError. */
export type Transport = (request: HttpRequest) => Promise<HttpResponse>;

export const MAX_RESPONSE_BYTES = 1024 * 1024;

// Causes where the request certainly did not reach the gateway, or that the issue tracker's
// retry rule names (reset before a response, timeouts): a retry is safe or expected.
const RETRYABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT'
]);

/**
 * A one-line TransportError for a low-level failure (`ECONNREFUSED 127.0.0.1:1`), never a stack.
 * `responded` is true once response headers arrived: the gateway then did the work, and a retry
 * could create a second cache, so it is not retried.
 */
export function connectionError(e: unknown, url: string, responded: boolean): TransportError {
  const err = (e ?? {}) as { code?: string; message?: string; address?: string; port?: number; cause?: unknown };
  const cause = (err.cause ?? {}) as { code?: string; address?: string; port?: number; message?: string };
  const code = err.code && !err.code.startsWith('UND_ERR_') ? err.code : (cause.code ?? err.code ?? 'ERROR');
  const address = err.address ?? cause.address;
  const port = err.port ?? cause.port;
  const where = address ? ` ${address}${port ? `:${port}` : ''}` : '';
  const host = new URL(url).host;
  const detail = where ? `${code}${where}` : `${code}${err.message && !err.message.includes(code) ? ` (${firstLine(err.message)})` : ''}`;
  const phase = responded ? 'the response was cut off' : `could not reach ${host}`;
  const tls = /CERT|SSL|TLS/i.test(code);
  return new TransportError(
    code,
    `POST ${url}: ${phase}: ${detail}`,
    !responded && RETRYABLE.has(code),
    tls
      ? 'The gateway certificate is not trusted here; on a self-hosted runner behind a TLS-inspecting proxy, point NODE_EXTRA_CA_CERTS at its CA'
      : code === 'ENOTFOUND'
        ? 'Check base-url: its host name does not resolve from this runner'
        : undefined
  );
}

export function timeoutError(url: string, timeoutMs: number, responded: boolean): TransportError {
  return new TransportError(
    'ETIMEDOUT',
    `POST ${url}: ${responded ? 'the response body did not finish' : 'no response'} within ${timeoutMs / 1000} s`,
    true,
    'Raise timeout if the gateway is slow for large prompts'
  );
}

export function tooLargeError(url: string, limit: number): TransportError {
  return new TransportError(
    'ETOOLARGE',
    `POST ${url}: the response is larger than ${limit / 1024} KiB and was cut off`,
    false,
    'base-url may point at something other than the gateway'
  );
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.slice(0, 200);
}
