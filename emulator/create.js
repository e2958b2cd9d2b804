// @ts-check
// `POST /v1/context/create`, as the seeds document it: which body is valid for which model family
// and what a created cache looks like. Pure but for the `caches` map it is handed; no HTTP here.

import { randomInt } from 'node:crypto';
import { fieldError, googleError, openaiError } from './errors.js';
import { checkCommon, defaultMinTokens, estimateTokens } from './request.js';

/** @typedef {import('./errors.js').Reply} Reply */
/** @typedef {import('./request.js').Rules} Rules */
/** @typedef {import('./request.js').CachedMessage} CachedMessage */
/**
 * A created cache.
 * @typedef {object} CacheEntry
 * @property {string} id
 * @property {'gemini'|'doubao'} family
 * @property {string} model
 * @property {CachedMessage[]} messages For a Doubao `session` cache this grows with each chat turn.
 * @property {number} ttl
 * @property {'session'|'common_prefix'} [mode] Doubao only.
 * @property {number} tokens The emulator's estimate (see estimateTokens); what usage reports.
 * @property {number} createdAt
 * @property {number} expiresAt Chat requests after this get 404; Doubao pushes it forward on each use.
 */

const DOUBAO_TTL = { min: 3600, max: 604800, fallback: 86400 };
const GEMINI_TTL_DEFAULT = 3600;

/** 19 digits, like the Vertex ids the gateway hands out. */
const geminiId = () =>
  `projects/37021971161/locations/global/cachedContents/${randomInt(1, 10)}` + Array.from({ length: 18 }, () => randomInt(0, 10)).join('');

/** `ctx-<YYYYMMDDhhmmss>-<5 digits>`, UTC. */
const doubaoId = () => {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  return `ctx-${stamp}-${String(randomInt(0, 100000)).padStart(5, '0')}`;
};

/**
 * When a cache made now with this ttl expires: after its ttl, or sooner when the gateway was
 * started with `expireAfterMs` (a cache that lapses in the middle of a run).
 * @param {Rules} rules
 * @param {number} createdAt
 * @param {number} now
 * @param {number} ttl seconds
 */
export const expiryOf = (rules, createdAt, now, ttl) =>
  Math.min(now + ttl * 1000, rules.expireAfterMs === undefined ? Infinity : createdAt + rules.expireAfterMs);

/**
 * `POST /v1/context/create`: validates, stores the cache, answers as the family's upstream would.
 * @param {Record<string, unknown>} body
 * @param {Rules} rules
 * @param {Map<string, CacheEntry>} caches
 * @returns {Reply}
 */
export function createContext(body, rules, caches) {
  const common = checkCommon(body, rules);
  if ('reply' in common) return common.reply;
  const { model, family, dialect, messages } = common;
  const { ttl, mode } = body;
  const tokens = estimateTokens(messages);
  const now = Date.now();
  // A copy: a session cache grows, and the recorded request must not grow with it.
  const stored = messages.map(({ role, content }) => ({ role, content }));
  /** @type {(make: () => string) => string} */
  const fresh = (make) => {
    let id = make();
    while (caches.has(id)) id = make();
    return id;
  };
  /**
   * Keeps a new cache and returns its id.
   * @param {string} id @param {number} ttl @param {'session'|'common_prefix'} [mode]
   */
  const store = (id, ttl, mode) => {
    caches.set(id, {
      id,
      family,
      model,
      messages: stored,
      ttl,
      ...(mode && { mode }),
      tokens,
      createdAt: now,
      expiresAt: expiryOf(rules, now, now, ttl)
    });
    return id;
  };

  if (family === 'doubao') {
    const t = ttl === undefined ? DOUBAO_TTL.fallback : ttl;
    if (typeof t !== 'number' || !Number.isInteger(t) || t < DOUBAO_TTL.min || t > DOUBAO_TTL.max) {
      return fieldError('doubao', 'ttl', `must be an integer in [${DOUBAO_TTL.min}, ${DOUBAO_TTL.max}]`);
    }
    const m = mode === undefined ? 'session' : mode;
    if (m !== 'session' && m !== 'common_prefix') {
      return fieldError('doubao', 'mode', 'must be session or common_prefix');
    }
    const id = store(fresh(doubaoId), t, m);
    return {
      status: 200,
      body: {
        id,
        ttl: t,
        truncation_strategy: { type: 'rolling_tokens', rolling_tokens: true },
        usage: {
          prompt_tokens: tokens,
          completion_tokens: 0,
          total_tokens: tokens,
          prompt_tokens_details: { cached_tokens: 0 }
        },
        mode: m
      }
    };
  }

  // Gemini, and any unknown model the gateway passes through.
  const t = ttl === undefined ? GEMINI_TTL_DEFAULT : ttl;
  if (typeof t !== 'number' || !Number.isInteger(t) || t <= 0) {
    return fieldError(dialect, 'ttl', 'must be a positive integer number of seconds');
  }
  const minimum = rules.minTokens ?? defaultMinTokens(model);
  if (minimum > tokens) {
    const message = `Cached content is too small. total_token_count=${tokens}, min_total_token_count=${minimum}`;
    return dialect === 'openai' ? openaiError(400, message) : googleError({ status: 400, message });
  }
  const id = store(fresh(geminiId), t);
  return {
    status: 200,
    body: {
      id,
      ttl: t,
      usage: {
        prompt_tokens: tokens,
        completion_tokens: 0,
        total_tokens: 0,
        cache_creation_input_tokens: tokens
      }
    }
  };
}
