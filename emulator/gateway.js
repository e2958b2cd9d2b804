// @ts-check
// A local stand-in for the LLM gateway's context-cache API, for the tests and `npm run demo`.
// It records every request, answers the way the seeds document (create.js, chat.js), with
// scriptable answers (answers.js) and latency, and on demand misbehaves the way gateways and
// proxies do (faults.js). Node builtins only. The JSDoc types here are the module's only types.

import { createServer } from 'node:http';
import { compileAnswers } from './answers.js';
import { chatCompletion } from './chat.js';
import { createContext } from './create.js';
import { openaiError } from './errors.js';
import { faultKind, runFault } from './faults.js';
import { chaosDraws, checkChaos, checkLatency, checkOptions } from './options.js';

export { estimateTokens, familyOf, defaultMinTokens } from './request.js';
export { defaultAnswer, DEFAULT_ANSWER_PREFIX } from './answers.js';

/** @typedef {import('./errors.js').Reply} Reply */
/** @typedef {import('./create.js').CacheEntry} CacheEntry */
/** @typedef {import('./request.js').CachedMessage} CachedMessage */
/** @typedef {import('./answers.js').AnswerRule} AnswerRule */
/** @typedef {import('./options.js').GatewayOptions} GatewayOptions */
/** @typedef {import('./options.js').Chaos} Chaos */
/** @typedef {import('./faults.js').Fault} Fault */
/** @typedef {import('./faults.js').FaultCommon} FaultCommon */
/** @typedef {import('./faults.js').StatusFault} StatusFault */
/** @typedef {import('./chat.js').Backend} Backend */
/**
 * One request as the emulator received it (faulted ones too).
 * @typedef {object} RecordedRequest
 * @property {string} method
 * @property {string} path The request target as sent, query string included.
 * @property {Record<string, string>} headers Lower-cased names; repeated headers joined with ', '.
 * @property {string} body The raw body, UTF-8 decoded ('' until fully received).
 * @property {unknown} json The body parsed as JSON, or undefined when it does not parse.
 * @property {number} at Date.now() when the request arrived.
 */
/**
 * @typedef {object} GatewayShape
 * @property {string} url 'http://127.0.0.1:PORT', no trailing slash.
 * @property {RecordedRequest[]} requests Every request received, in arrival order.
 * @property {Map<string, CacheEntry>} caches Created caches by id (expired ones stay until a chat
 *   names them).
 * @property {number} pendingFaults Queued faults no request has taken yet.
 * @property {number} chaosHits Requests chaos answered with its fault since the last reset.
 * @property {number} connections TCP connections accepted since the start or the last reset():
 *   with keep-alive, n requests over k sockets count k.
 * @property {(chaos: Chaos | undefined) => void} setChaos Turn chaos on (or change it), or off
 *   with undefined. Throws a TypeError on a malformed one.
 * @property {(...faults: Fault[]) => void} enqueue Queue faults; each is taken by exactly one
 *   incoming request, first in first out. Throws a TypeError on a malformed fault, and then
 *   queues none of them.
 * @property {(rules: AnswerRule[] | undefined) => void} setAnswers Replace the answer rules (their
 *   `times` counts start afresh); undefined for none. Throws a TypeError naming a bad rule, and
 *   then keeps the old ones.
 * @property {(latencyMs: number) => void} setLatency How long after a request ends its ordinary
 *   answer is sent.
 * @property {(id?: string) => number} expire Expire the cache with this id now (every cache when no
 *   id is given): later chats naming it get the 404. Returns how many caches it expired.
 * @property {() => void} reset Clears requests, caches, queued faults, the chaos and connection
 *   counters, and restores the answer rules and latency given at start (the same array and map
 *   objects are kept; a chaos setting stays).
 * @property {() => Promise<void>} close Closes the server and destroys every open socket, hanging
 *   ones too. Idempotent.
 */
/** @typedef {Readonly<GatewayShape>} Gateway */

/**
 * An endpoint: takes the parsed JSON object body.
 * @typedef {(body: Record<string, unknown>, backend: Backend) => Reply} Route
 */

/** @type {Map<string, Route>} */
const ROUTES = new Map([
  ['/v1/context/create', (body, { rules, caches }) => createContext(body, rules, caches)],
  ['/v1/context/chat/completions', (body, backend) => chatCompletion(body, backend, true)],
  ['/v1/chat/completions', (body, backend) => chatCompletion(body, backend, false)]
]);

/**
 * The ordinary answer to a request whose body has been read.
 * @param {RecordedRequest} rec
 * @param {string | undefined} apiKey
 * @param {Backend} backend
 * @returns {Reply}
 */
function answer(rec, apiKey, backend) {
  const pathname = rec.path.split('?')[0] ?? rec.path;
  const route = ROUTES.get(pathname);
  if (!route) {
    const message = `Invalid URL (${rec.method} ${pathname})`;
    return openaiError(404, message, 'invalid_request_error', 'unknown_url');
  }
  if (rec.method !== 'POST') {
    const reply = openaiError(
      405,
      `Method ${rec.method} is not allowed on ${pathname}; use POST.`,
      'invalid_request_error',
      'method_not_allowed'
    );
    return { ...reply, headers: { allow: 'POST' } };
  }
  const token = /^Bearer\s+(.+)$/i.exec(rec.headers.authorization ?? '')?.[1]?.trim();
  if (!token || (apiKey !== undefined && token !== apiKey)) {
    // Never echo the key: a client that logs this body must not leak it.
    const message = 'Invalid API key. Send `Authorization: Bearer <your API key>`.';
    return openaiError(401, message, 'invalid_request_error', 'invalid_api_key');
  }
  const type = (rec.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    return openaiError(
      415,
      `Content-Type must be application/json, got '${type || '(none)'}'.`,
      'invalid_request_error',
      'unsupported_media_type'
    );
  }
  if (rec.json === undefined) {
    return openaiError(400, 'We could not parse the JSON body of your request.', 'invalid_request_error', 'invalid_json');
  }
  if (typeof rec.json !== 'object' || rec.json === null || Array.isArray(rec.json)) {
    return openaiError(400, 'The request body must be a JSON object.', 'invalid_request_error', 'invalid_json');
  }
  return route(/** @type {Record<string, unknown>} */ (rec.json), backend);
}

/**
 * @param {string} text
 * @returns {unknown}
 */
const parseJson = (text) => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/**
 * Starts the emulator on `host:port` (default 127.0.0.1, an ephemeral port).
 * @param {GatewayOptions} [options]
 * @returns {Promise<Gateway>}
 */
export async function startGateway(options = {}) {
  const config = checkOptions(options);
  /** @type {RecordedRequest[]} */
  const requests = [];
  /** @type {Map<string, CacheEntry>} */
  const caches = new Map();
  /** @type {Backend} */
  const backend = { rules: config.rules, caches, answers: compileAnswers(config.answers) };
  let latencyMs = config.latencyMs;
  let connections = 0;
  /** @type {Fault[]} */
  const queue = [];
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();
  /** @type {Set<NodeJS.Timeout>} */
  const timers = new Set();
  let chaos = config.chaos;
  let draws = chaosDraws(chaos?.seed);
  let chaosHits = 0;
  /** @type {import('./faults.js').Clock} */
  const clock = {
    later(fn, ms) {
      const t = setTimeout(() => (timers.delete(t), fn()), ms);
      timers.add(t);
    },
    every(fn, ms) {
      const t = setInterval(fn, ms);
      timers.add(t);
      return () => (clearInterval(t), timers.delete(t));
    }
  };

  const server = createServer((req, res) => {
    /** @type {Record<string, string>} */
    const headers = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    }
    /** @type {RecordedRequest} */
    const rec = {
      method: req.method ?? '',
      path: req.url ?? '/',
      headers,
      body: '',
      json: undefined,
      at: Date.now()
    };
    requests.push(rec);
    const fault = queue.shift(); // taken on arrival, so concurrent requests consume faults in order

    /** @param {Reply} reply */
    const send = ({ status, body, headers: extra }) => {
      if (res.headersSent || res.destroyed) return;
      const text = JSON.stringify(body);
      res.writeHead(status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(text),
        ...extra
      });
      res.end(text);
    };
    const normal = () => {
      const reply = answer(rec, config.apiKey, backend);
      const wait = reply.delayMs ?? latencyMs;
      if (wait > 0) clock.later(() => send(reply), wait);
      else send(reply);
    };

    /** @type {Buffer[]} */
    const chunks = [];
    req.on('data', (/** @type {Buffer} */ c) => chunks.push(c));
    req.on('error', () => {}); // a client that aborts mid-body is its own business
    req.on('end', () => {
      rec.body = Buffer.concat(chunks).toString('utf8');
      rec.json = parseJson(rec.body);
      if (fault) runFault(fault, { req, res, clock, send, normal });
      else if (chaos && draws.draw(rec) < chaos.rate) {
        chaosHits++;
        runFault(chaos.fault, { req, res, clock, send, normal });
      } else normal();
    });
  });
  server.on('connection', (socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => (server.off('error', reject), resolve(undefined)));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  /** @type {Promise<void> | undefined} */
  let closing;
  /** @type {Gateway} */
  const gateway = {
    url: `http://${host}:${address.port}`,
    requests,
    caches,
    get pendingFaults() {
      return queue.length;
    },
    get chaosHits() {
      return chaosHits;
    },
    get connections() {
      return connections;
    },
    setChaos(next) {
      if (next !== undefined) checkChaos(next);
      chaos = next;
      draws = chaosDraws(next?.seed);
    },
    enqueue(...faults) {
      faults.forEach(faultKind); // throws on a malformed fault, before any is queued
      queue.push(...faults);
    },
    setAnswers(rules) {
      backend.answers = compileAnswers(rules);
    },
    setLatency(ms) {
      latencyMs = checkLatency(ms);
    },
    expire(id) {
      const now = Date.now();
      let n = 0;
      for (const cache of caches.values()) {
        if (id !== undefined && cache.id !== id) continue;
        cache.expiresAt = Math.min(cache.expiresAt, now);
        n += 1;
      }
      return n;
    },
    reset() {
      requests.length = 0;
      caches.clear();
      queue.length = 0;
      chaosHits = 0;
      connections = 0;
      draws.reset();
      backend.answers = compileAnswers(config.answers);
      latencyMs = config.latencyMs;
    },
    close() {
      closing ??= new Promise((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        queue.length = 0;
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
        server.closeAllConnections();
      });
      return closing;
    }
  };
  return gateway;
}
