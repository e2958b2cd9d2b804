// @ts-check
// The emulator's options, checked before it starts, and the seeded draws behind chaos.

import { createHash } from 'node:crypto';
import { compileAnswers } from './answers.js';
import { faultKind } from './faults.js';

/** @typedef {import('./faults.js').Fault} Fault */
/** @typedef {import('./answers.js').AnswerRule} AnswerRule */
/**
 * A gateway having a bad day: each request that takes no queued fault is answered with `fault`
 * with probability `rate`, e.g. `{ rate: 0.5, fault: { status: 429, retryAfter: 1 } }`.
 * @typedef {object} Chaos
 * @property {number} rate In [0, 1].
 * @property {Fault} fault
 * @property {number} [seed] Makes the draws reproducible: the n-th request with given messages (or,
 *   without messages, a given body) gets the same draw on every run, whatever order concurrent
 *   clients' requests arrive in. Default: Math.random.
 */
/**
 * @typedef {object} GatewayOptions
 * @property {number} [port] Default 0: an ephemeral port.
 * @property {string} [host] Default '127.0.0.1'.
 * @property {string} [apiKey] When set, only `Bearer <apiKey>` is accepted; when unset, any
 *   non-empty bearer token.
 * @property {number} [minTokens] The smallest Gemini (and unknown-model) cache, in the emulator's
 *   estimate; smaller ones are refused like upstream. Default: per model, 4096 for Gemini 3, 1024
 *   for other Gemini models, none for unknown models; 0 turns it off. Doubao never has one.
 * @property {boolean} [knownModelsOnly] Default false: an unknown model is treated like Gemini.
 *   True: 404 InvalidEndpointOrModel.NotFound.
 * @property {Chaos} [chaos] Answer a random fraction of requests with a fault (queued faults go
 *   first). Default none.
 * @property {AnswerRule[]} [answers] Per-prompt chat answers; reset() comes back to these.
 * @property {number} [latencyMs] Every ordinary answer is sent this long after the request ends
 *   (an answer rule's delayMs replaces it). Default 0; reset() comes back to this.
 * @property {number} [expireAfterMs] Every cache expires this long after its creation, whatever
 *   its ttl (and however often a Doubao cache is used). Default: only the ttl counts.
 */

/**
 * @param {unknown} n
 * @returns {n is number}
 */
const nonNegative = (n) => typeof n === 'number' && Number.isFinite(n) && n >= 0;

/**
 * The options, checked (a TypeError names the first bad one), with their defaults.
 * @param {GatewayOptions} options
 */
export function checkOptions({
  port = 0,
  host = '127.0.0.1',
  apiKey,
  minTokens,
  knownModelsOnly = false,
  chaos,
  answers,
  latencyMs = 0,
  expireAfterMs
}) {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new TypeError('port must be an integer in [0, 65535]');
  }
  if (apiKey !== undefined && (typeof apiKey !== 'string' || apiKey === '')) {
    throw new TypeError('apiKey, when given, must be a non-empty string');
  }
  if (minTokens !== undefined && (!Number.isInteger(minTokens) || minTokens < 0)) {
    throw new TypeError('minTokens must be a non-negative integer');
  }
  if (chaos !== undefined) checkChaos(chaos);
  compileAnswers(answers);
  checkLatency(latencyMs);
  if (expireAfterMs !== undefined && !nonNegative(expireAfterMs)) {
    throw new TypeError('expireAfterMs must be a non-negative number of milliseconds');
  }
  return {
    port,
    host,
    apiKey,
    chaos,
    answers,
    latencyMs,
    rules: { minTokens, knownModelsOnly: Boolean(knownModelsOnly), expireAfterMs }
  };
}

/**
 * @param {unknown} latencyMs
 * @returns {number}
 */
export function checkLatency(latencyMs) {
  if (!nonNegative(latencyMs)) throw new TypeError('latencyMs must be a non-negative number of milliseconds');
  return latencyMs;
}

/**
 * A chaos setting, or a TypeError.
 * @param {unknown} chaos
 * @returns {Chaos}
 */
export function checkChaos(chaos) {
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
export function chaosDraws(seed) {
  /** @type {Map<string, number>} */
  const seen = new Map();
  return {
    /** @param {{ body: string, json: unknown }} rec */
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
