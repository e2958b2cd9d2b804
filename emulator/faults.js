// @ts-check
// Ways a gateway, or what stands in front of it, misbehaves. A fault is a plain object queued on
// the emulator; the next request gets it instead of (or, for `delayMs`, before) normal handling.

import { STATUS_CODES } from 'node:http';
import { arkError, defaultErrorFor, googleError } from './errors.js';

/** @typedef {import('./errors.js').Reply} Reply */
/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/**
 * Timers that close() must be able to cancel, so no test is left with an open handle.
 * @typedef {{ later: (fn: () => void, ms: number) => void, every: (fn: () => void, ms: number) => () => void }} Clock
 */

/**
 * Options every fault accepts.
 * @typedef {object} FaultCommon
 * @property {number} [delayMs] Wait this long, then act out the fault (alone: then handle the
 *   request normally).
 * @property {Record<string, string>} [headers] Extra response headers (names are lower-cased).
 * @property {string | number} [retryAfter] Sets `Retry-After`.
 * @property {number} [retryAfterDateIn] Sets `Retry-After` to the HTTP date this many ms after the
 *   answer is sent (stamped then, so a client's start-up time does not eat into the wait).
 */
/**
 * Reply with `status`; body default an OpenAI-style error JSON; a string body goes as text/plain.
 * @typedef {FaultCommon & { status: number, body?: string | object }} StatusFault
 */
/**
 * A proxy's HTML error page (status default 502); a string replaces the default page.
 * @typedef {FaultCommon & { html: true | string, status?: number }} HtmlFault
 */
/**
 * Never respond; the socket stays open until the client gives up or close().
 * @typedef {FaultCommon & { hang: true }} HangFault
 */
/**
 * Reset the connection without a response (ECONNRESET).
 * @typedef {FaultCommon & { reset: true }} ResetFault
 */
/**
 * Handle the request normally after `delayMs`.
 * @typedef {FaultCommon & { delayMs: number }} DelayFault
 */
/**
 * 3xx (default 307) with `Location`.
 * @typedef {FaultCommon & { redirect: string, status?: number }} RedirectFault
 */
/**
 * Headers at once, then `chunks` × `chunk` every `intervalMs` (defaults ' ', 200, 1000), then end.
 * @typedef {FaultCommon & { drip: { chunk?: string, intervalMs?: number, chunks?: number } | true,
 *   status?: number }} DripFault
 */
/**
 * A JSON body of exactly `bodyBytes` bytes (it parses, and has an `id`), streamed in 64 KiB
 * chunks; chunked unless `contentLength` is true.
 * @typedef {FaultCommon & { bodyBytes: number, contentLength?: boolean, status?: number }} BodyBytesFault
 */
/**
 * Exactly this JSON (status default 200), e.g. a 200 carrying `{"error":…}` and no id.
 * @typedef {FaultCommon & { json: unknown, status?: number }} JsonFault
 */
/**
 * `{"error":{"code","message":"… Request id: …","param"?,"type"}}`; status default 400.
 * @typedef {FaultCommon & { ark: { status?: number, code?: string, message?: string, param?: string,
 *   type?: string } }} ArkFault
 */
/**
 * `{"error":{"code":<number>,"message","status":"INVALID_ARGUMENT"}}`. `status` is the HTTP status
 * (default 400), `code` the body's number (default: status), `statusText` the body's status name.
 * A string `status` is taken as the status name; the HTTP status is then `code` (or 400).
 * @typedef {FaultCommon & { google: { status?: number | string, code?: number, message?: string,
 *   statusText?: string } }} GoogleFault
 */
/**
 * @typedef {StatusFault | HtmlFault | HangFault | ResetFault | DelayFault | RedirectFault | DripFault
 *   | BodyBytesFault | JsonFault | ArkFault | GoogleFault} Fault
 */

/** Keys that choose what a fault does; at most one per fault. `status` alone is a status fault. */
const KINDS = ['hang', 'reset', 'html', 'redirect', 'drip', 'bodyBytes', 'json', 'ark', 'google'];

/**
 * What a fault does, or a TypeError for one that says nothing or two things at once.
 * @param {unknown} fault
 * @returns {string} one of KINDS, 'status', or 'delay'
 */
export function faultKind(fault) {
  if (typeof fault !== 'object' || fault === null || Array.isArray(fault)) {
    throw new TypeError('A fault must be a plain object');
  }
  const f = /** @type {Record<string, unknown>} */ (fault);
  const kinds = KINDS.filter((k) => f[k] !== undefined && f[k] !== false);
  if (kinds.length > 1) {
    throw new TypeError(`A fault may have one of ${KINDS.join(', ')}; got ${kinds.join(' and ')}`);
  }
  if (f.delayMs !== undefined && !(Number.isFinite(f.delayMs) && Number(f.delayMs) >= 0)) {
    throw new TypeError('fault.delayMs must be a non-negative number');
  }
  const status = Number(f.status);
  if (f.status !== undefined && !(Number.isInteger(f.status) && status >= 200 && status <= 599)) {
    throw new TypeError('fault.status must be an HTTP status code in [200, 599]');
  }
  if (f.bodyBytes !== undefined && !(Number.isInteger(f.bodyBytes) && Number(f.bodyBytes) >= 0)) {
    throw new TypeError('fault.bodyBytes must be a non-negative integer');
  }
  const kind = kinds[0] ?? (f.status !== undefined ? 'status' : f.delayMs !== undefined ? 'delay' : undefined);
  if (!kind) {
    throw new TypeError(`A fault needs one of ${[...KINDS, 'status', 'delayMs'].join(', ')}`);
  }
  return kind;
}

/**
 * Headers every responding fault may add: its own, then Retry-After.
 * @param {Record<string, unknown>} f
 * @returns {Record<string, string>}
 */
function extraHeaders(f) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const [k, v] of Object.entries(f.headers ?? {})) headers[k.toLowerCase()] = String(v);
  if (typeof f.retryAfter === 'string' || typeof f.retryAfter === 'number') headers['retry-after'] = String(f.retryAfter);
  if (typeof f.retryAfterDateIn === 'number') headers['retry-after'] = new Date(Date.now() + f.retryAfterDateIn).toUTCString();
  return headers;
}

/** @param {number} status */
const proxyPage = (status) => {
  const line = `${status} ${STATUS_CODES[status] ?? 'Error'}`;
  return `<html><head><title>${line}</title></head><body><center><h1>${line}</h1></center><hr><center>nginx</center></body></html>`;
};

/** A JSON body of exactly `n` bytes that parses, with an id so a client that reads it all "succeeds". */
function* paddedJson(/** @type {number} */ n, chunkSize = 64 * 1024) {
  const head = '{"id":"ctx-20000101000000-00000","ttl":86400,"padding":"';
  const tail = '"}';
  const [open, close, fill] = n >= head.length + tail.length ? [head, tail, 'x'] : n >= 2 ? ['{}', '', ' '] : ['', '', ' '];
  let left = n - open.length - close.length;
  yield open;
  while (left > 0) {
    const size = Math.min(left, chunkSize);
    yield fill.repeat(size);
    left -= size;
  }
  yield close;
}

/**
 * Acts out a fault on one request. `normal` runs the ordinary handling (for `delayMs`).
 * @param {Record<string, unknown>} f a fault that passed faultKind
 * @param {{ req: IncomingMessage, res: ServerResponse, clock: Clock,
 *   send: (reply: Reply) => void, normal: () => void }} ctx
 */
export function runFault(f, ctx) {
  const kind = faultKind(f);
  if (f.delayMs !== undefined && Number(f.delayMs) > 0) {
    ctx.clock.later(() => act(kind, f, ctx), Number(f.delayMs));
  } else {
    act(kind, f, ctx);
  }
}

/**
 * @param {string} kind
 * @param {Record<string, unknown>} f
 * @param {Parameters<typeof runFault>[1]} ctx
 */
function act(kind, f, { req, res, clock, send, normal }) {
  if (res.destroyed || res.headersSent) return;
  const headers = extraHeaders(f);
  const status = /** @type {number|undefined} */ (f.status);
  switch (kind) {
    case 'delay':
      return normal();
    case 'hang':
      return; // the socket stays open until the client gives up or close() destroys it
    case 'reset': {
      const socket = req.socket;
      return socket.resetAndDestroy ? void socket.resetAndDestroy() : void socket.destroy();
    }
    case 'html': {
      const page = typeof f.html === 'string' ? f.html : proxyPage(status ?? 502);
      res.writeHead(status ?? 502, {
        'content-type': 'text/html',
        'content-length': Buffer.byteLength(page),
        ...headers
      });
      return void res.end(page);
    }
    case 'redirect':
      res.writeHead(status ?? 307, {
        location: String(f.redirect),
        'content-length': 0,
        ...headers
      });
      return void res.end();
    case 'drip': {
      const d = /** @type {{ chunk?: string, intervalMs?: number, chunks?: number }} */ (f.drip);
      const { chunk = ' ', intervalMs = 200, chunks = 1000 } = typeof d === 'object' ? d : {};
      res.writeHead(status ?? 200, { 'content-type': 'application/json', ...headers });
      res.flushHeaders();
      let sent = 0;
      const stop = clock.every(() => {
        res.write(chunk);
        if (++sent >= chunks) {
          stop();
          res.end();
        }
      }, intervalMs);
      return void res.on('close', stop);
    }
    case 'bodyBytes': {
      const n = Number(f.bodyBytes);
      const length = f.contentLength ? { 'content-length': n } : {};
      res.writeHead(status ?? 200, { 'content-type': 'application/json', ...length, ...headers });
      const parts = paddedJson(n);
      const pump = () => {
        for (let p = parts.next(); !p.done; p = parts.next()) {
          if (res.destroyed) return;
          if (!res.write(p.value)) return void res.once('drain', pump);
        }
        res.end();
      };
      return pump();
    }
    case 'json':
      return send({ status: status ?? 200, body: f.json, headers });
    case 'ark':
      return send({ ...arkError(/** @type {Parameters<typeof arkError>[0]} */ (f.ark)), headers });
    case 'google': {
      const g = /** @type {Record<string, unknown>} */ (f.google);
      // `status` is the HTTP status; a string there is the Google status name, and then the
      // HTTP status is the body's `code` (or 400).
      const code = typeof g.code === 'number' ? g.code : undefined;
      const named = typeof g.status === 'string' ? { status: code, statusText: g.status } : {};
      return send({ ...googleError({ .../** @type {object} */ (g), ...named }), headers });
    }
    case 'status': {
      const s = status ?? 500;
      if (typeof f.body === 'string') {
        res.writeHead(s, {
          'content-type': 'text/plain; charset=utf-8',
          'content-length': Buffer.byteLength(f.body),
          ...headers
        });
        return void res.end(f.body);
      }
      return send({ status: s, body: f.body ?? defaultErrorFor(s).body, headers });
    }
  }
}
