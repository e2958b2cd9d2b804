// A local stand-in for the LLM gateway's context-cache API, for the tests and `npm run demo`.
// It records every request, answers the way the seeds document (rules.js), and on demand
// misbehaves the way gateways and proxies do (faults.js). Node builtins only.

import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { openaiError } from './errors.js';
import { faultKind, runFault } from './faults.js';
import { chatCompletion, createContext } from './rules.js';

export { estimateTokens, familyOf } from './rules.js';

/** @typedef {import('./errors.js').Reply} Reply */
/** @typedef {import('./rules.js').CacheEntry} CacheEntry */
/**
 * @typedef {{ method: string, path: string, headers: Record<string, string>, body: string,
 *   json: unknown, at: number }} RecordedRequest
 */
/**
 * @typedef {{ rate: number, fault: Record<string, unknown>, seed?: number }} Chaos
 * @typedef {{ port?: number, host?: string, apiKey?: string, minTokens?: number,
 *   knownModelsOnly?: boolean, chaos?: Chaos }} GatewayOptions
 */

/**
 * An endpoint: takes the parsed JSON object body.
 * @typedef {(body: Record<string, unknown>, rules: import('./rules.js').Rules,
 *   caches: Map<string, CacheEntry>) => Reply} Route
 */

/** @type {Map<string, Route>} */
const ROUTES = new Map([
  ['/v1/context/create', createContext],
  ['/v1/context/chat/completions', (body, rules, caches) => chatCompletion(body, rules, caches, true)],
  ['/v1/chat/completions', (body, rules, caches) => chatCompletion(body, rules, caches, false)]
]);

/**
 * @param {GatewayOptions} options
 */
function checkOptions({ port = 0, host = '127.0.0.1', apiKey, minTokens = 0, knownModelsOnly = false, chaos }) {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new TypeError('port must be an integer in [0, 65535]');
  }
  if (apiKey !== undefined && (typeof apiKey !== 'string' || apiKey === '')) {
    throw new TypeError('apiKey, when given, must be a non-empty string');
  }
  if (!Number.isInteger(minTokens) || minTokens < 0) {
    throw new TypeError('minTokens must be a non-negative integer');
  }
  if (chaos !== undefined) checkChaos(chaos);
  return { port, host, apiKey, chaos, rules: { minTokens, knownModelsOnly: Boolean(knownModelsOnly) } };
}

/**
 * A chaos setting, or a TypeError.
 * @param {unknown} chaos
 * @returns {Chaos}
 */
function checkChaos(chaos) {
  if (typeof chaos !== 'object' || chaos === null) throw new TypeError('chaos must be an object');
  const c = /** @type {Record<string, unknown>} */ (chaos);
  if (typeof c.rate !== 'number' || !(c.rate >= 0 && c.rate <= 1)) throw new TypeError('chaos.rate must be a number in [0, 1]');
  if (c.seed !== undefined && !Number.isInteger(c.seed)) throw new TypeError('chaos.seed must be an integer');
  faultKind(c.fault);
  return /** @type {Chaos} */ (c);
}

/**
 * Draws in [0, 1) for chaos. Unseeded: Math.random. Seeded: a hash of the seed, the request's
 * messages (its whole body when it has none) and how many times they were seen before, so the
 * n-th request for a given prompt gets the same draw on every run, whatever order concurrent
 * clients' requests arrive in, and whatever else the body carries.
 * @param {number | undefined} seed
 */
function chaosDraws(seed) {
  /** @type {Map<string, number>} */
  const seen = new Map();
  return {
    /** @param {RecordedRequest} rec */
    draw(rec) {
      if (seed === undefined) return Math.random();
      const messages = /** @type {{ messages?: unknown } | undefined} */ (rec.json)?.messages;
      const key = messages === undefined ? rec.body : JSON.stringify(messages);
      const digest = createHash('sha256').update(key).digest('hex');
      const n = seen.get(digest) ?? 0;
      seen.set(digest, n + 1);
      return createHash('sha256').update(`${seed}:${n}:${digest}`).digest().readUInt32BE(0) / 2 ** 32;
    },
    reset() {
      seen.clear();
    }
  };
}

/**
 * The ordinary answer to a request whose body has been read.
 * @param {RecordedRequest} rec
 * @param {{ apiKey?: string, rules: import('./rules.js').Rules }} config
 * @param {Map<string, CacheEntry>} caches
 * @returns {Reply}
 */
function answer(rec, { apiKey, rules }, caches) {
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
  return route(/** @type {Record<string, unknown>} */ (rec.json), rules, caches);
}

/** @param {string} text */
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
 */
export async function startGateway(options = {}) {
  const config = checkOptions(options);
  /** @type {RecordedRequest[]} */
  const requests = [];
  /** @type {Map<string, CacheEntry>} */
  const caches = new Map();
  /** @type {Record<string, unknown>[]} */
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
    const normal = () => send(answer(rec, config, caches));

    /** @type {Buffer[]} */
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
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
  return {
    url: `http://${host}:${address.port}`,
    requests,
    caches,
    /** How many queued faults no request has taken yet. */
    get pendingFaults() {
      return queue.length;
    },
    /** How many requests chaos has answered with its fault since the last reset. */
    get chaosHits() {
      return chaosHits;
    },
    /** @param {Chaos | undefined} next */
    setChaos(next) {
      if (next !== undefined) checkChaos(next);
      chaos = next;
      draws = chaosDraws(next?.seed);
    },
    /** @param {...Record<string, unknown>} faults */
    enqueue(...faults) {
      faults.forEach(faultKind); // throws on a malformed fault, before any is queued
      queue.push(...faults);
    },
    reset() {
      requests.length = 0;
      caches.clear();
      queue.length = 0;
      chaosHits = 0;
      draws.reset();
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
}
