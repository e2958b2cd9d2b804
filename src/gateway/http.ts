// What crosses the transport boundary, and how a failed exchange is described and classified.
import { forLog } from '../escape.js';
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

// Causes where the request certainly did not reach the gateway, or a transient network fault
// (a reset before any response, a timeout): a retry is safe, and usually succeeds.
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

/** Statuses a retry can fix: the gateway (or something before it) was briefly unable to answer. */
export const RETRYABLE_STATUS: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

/**
 * A one-line TransportError for a low-level failure (`ECONNREFUSED 127.0.0.1:1`), never a stack.
 * `responded` is true once response headers arrived: the gateway then did the work, and a retry
 * could create a second cache, so it is not retried.
 */
export function connectionError(e: unknown, url: string, responded: boolean): TransportError {
  const err = (e ?? {}) as {
    code?: string;
    name?: string;
    message?: string;
    address?: string;
    port?: number;
    hostname?: string;
    cause?: unknown;
  };
  const cause = (err.cause ?? {}) as { code?: string; address?: string; port?: number; hostname?: string; message?: string };
  // undici's parser errors can come without a code; their name says more than 'ERROR'.
  const named = err.name && err.name !== 'Error' ? err.name : undefined;
  const code = err.code && !err.code.startsWith('UND_ERR_') ? err.code : (cause.code ?? err.code ?? named ?? 'ERROR');
  const host = new URL(url).host;
  const message = [err.message, cause.message].filter((m): m is string => !!m).join('; ');

  // Through a proxy, the proxy connects to the gateway: all we learn is the status it answered.
  const tunnel = /Proxy response \((\d+)\)/.exec(message);
  if (tunnel && !responded) {
    const status = Number(tunnel[1]);
    return new TransportError(
      code,
      `POST ${url}: could not reach ${host} through the proxy: it answered HTTP ${status} to CONNECT`,
      status >= 500, // the request never reached the gateway, so a retry cannot create a second cache
      'The proxy in HTTPS_PROXY/HTTP_PROXY could not connect to the gateway (is base-url right, and allowed by the proxy?); list the host in NO_PROXY to bypass the proxy'
    );
  }

  const address = err.address ?? cause.address;
  const port = err.port ?? cause.port;
  const hostname = err.hostname ?? cause.hostname;
  const where = address ? ` ${address}${port ? `:${port}` : ''}` : hostname ? ` ${hostname}` : '';
  // OpenSSL's own words ("wrong version number"), not its source path and line.
  const text = oneLine(message);
  const reason = opensslReason(text) ?? (text && !text.includes(code) ? text.slice(0, 200) : undefined);
  // Socket and TLS messages can carry what the other side sent: escaped like any untrusted text.
  const detail = forLog(oneLine(`${code}${where}${!where && reason ? ` (${reason})` : ''}`), 300);
  // The server answered, but not in HTTP a client can read (garbage, or headers over 16 KiB).
  const unreadable = /^HPE_|HEADERS_OVERFLOW|HTTPParserError/.test(code);
  const phase = responded
    ? 'the response was cut off'
    : unreadable
      ? `${host} answered with something that is not readable HTTP`
      : `could not reach ${host}`;
  return new TransportError(code, `POST ${url}: ${phase}: ${detail}`, !responded && RETRYABLE.has(code), hintFor(code));
}

function hintFor(code: string): string | undefined {
  if (/CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ALTNAME/.test(code))
    return 'The gateway certificate is not trusted here; on a self-hosted runner behind a TLS-inspecting proxy, point NODE_EXTRA_CA_CERTS at its CA';
  if (/^EPROTO$|SSL|TLS/.test(code))
    return 'The TLS handshake failed: is base-url https to a server that speaks plain http, or is something in between intercepting it?';
  if (code === 'ENOTFOUND') return 'Check base-url: its host name does not resolve from this runner';
  if (code === 'EAI_AGAIN') return 'The host name could not be resolved just now; check the runner can reach a DNS server';
  if (code === 'ECONNREFUSED') return 'Nothing accepts connections at that address; check base-url';
  return undefined;
}

function opensslReason(message: string): string | undefined {
  return /error:[0-9A-Fa-f]+:[^:]*:[^:]*:([^:]+)/.exec(message)?.[1]?.trim() || undefined;
}

/**
 * The attempt ran out of time. `status` is the response's status when its headers had arrived.
 * Retried unless the gateway had already said it succeeded (2xx, or anything not in
 * RETRYABLE_STATUS): a body that stalls after a 200 still means the cache was created, and a
 * retry would create a second one.
 */
export function timeoutError(url: string, timeoutMs: number, status?: number): TransportError {
  const responded = status !== undefined;
  const retryable = !responded || RETRYABLE_STATUS.has(status);
  return new TransportError(
    'ETIMEDOUT',
    `POST ${url}: ${responded ? `HTTP ${status} came back, but its body did not finish` : 'no response'} within ${timeoutMs / 1000} s`,
    retryable,
    retryable
      ? 'Raise timeout if the gateway is slow for large prompts'
      : 'The cache may have been created, so it was not retried (a retry could create a second one). Raise timeout if the gateway is slow'
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

/** Whitespace runs (line breaks included) as one space: an error is one log line. */
function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
