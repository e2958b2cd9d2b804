// The gateway's contract for a well-formed request, as the seeds document it: which body is valid
// for which model family, what a created cache looks like, and how a later chat uses it. Pure but
// for the `caches` map it is handed; no HTTP here.

import { randomBytes, randomInt } from 'node:crypto';
import { arkError, fieldError, googleError, openaiError } from './errors.js';

/** @typedef {import('./errors.js').Reply} Reply */
/** @typedef {{ role: 'system'|'user'|'assistant', content: string }} Message */
/**
 * @typedef {{ id: string, family: 'gemini'|'doubao', model: string, messages: Message[], ttl: number,
 *   mode?: 'session'|'common_prefix', tokens: number, createdAt: number, expiresAt: number }} CacheEntry
 */
/** @typedef {{ minTokens: number, knownModelsOnly: boolean }} Rules */

const ROLES = ['system', 'user', 'assistant'];
const DOUBAO_TTL = { min: 3600, max: 604800, fallback: 86400 };
const GEMINI_TTL_DEFAULT = 3600;

/**
 * The emulator's token estimate: ceil(characters / 4) + 4 per message. Upstream counts differ;
 * this only has to be stable so tests can predict it.
 * @param {ReadonlyArray<{ content: string }>} messages
 */
export function estimateTokens(messages) {
  return messages.reduce((sum, m) => sum + Math.ceil([...m.content].length / 4) + 4, 0);
}

/**
 * The upstream family by model name; `null` for a model neither family claims.
 * @param {string} model
 */
export function familyOf(model) {
  const name = model.toLowerCase();
  if (name.startsWith('gemini-')) return 'gemini';
  if (name.startsWith('doubao-')) return 'doubao';
  return null;
}

/** @param {unknown} v @returns {v is Record<string, unknown>} */
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks `model` and `messages`, the fields every endpoint shares.
 * @param {Record<string, unknown>} body
 * @param {Rules} rules
 * @returns {{ reply: Reply } | { model: string, family: 'gemini'|'doubao',
 *   dialect: 'gemini'|'doubao'|'openai', messages: Message[] }}
 */
function checkCommon(body, rules) {
  const { model, messages } = body;
  if (model === undefined) return { reply: fieldError('openai', 'model', 'is required', true) };
  if (typeof model !== 'string' || model.trim() === '') {
    return { reply: fieldError('openai', 'model', 'must be a non-empty string') };
  }
  const known = familyOf(model);
  if (!known && rules.knownModelsOnly) {
    const message = `The model or endpoint ${model} does not exist or you do not have access to it.`;
    return { reply: arkError({ status: 404, code: 'InvalidEndpointOrModel.NotFound', message }) };
  }
  const dialect = known ?? 'openai';
  if (messages === undefined) {
    return { reply: fieldError(dialect, 'messages', 'is required', true) };
  }
  if (!Array.isArray(messages) || messages.length === 0) {
    return { reply: fieldError(dialect, 'messages', 'must be a non-empty array') };
  }
  for (const [i, m] of messages.entries()) {
    if (!isObject(m)) return { reply: fieldError(dialect, `messages[${i}]`, 'must be an object') };
    if (typeof m.role !== 'string' || !ROLES.includes(m.role)) {
      return {
        reply: fieldError(dialect, `messages[${i}].role`, `must be one of ${ROLES.join(', ')}`)
      };
    }
    if (typeof m.content !== 'string' || m.content.length === 0) {
      return { reply: fieldError(dialect, `messages[${i}].content`, 'must be a non-empty string') };
    }
  }
  return {
    model,
    family: known ?? 'gemini',
    dialect,
    messages: /** @type {Message[]} */ (messages)
  };
}

/** 19 digits, like the Vertex ids the gateway hands out. */
const geminiId = () =>
  `projects/37021971161/locations/global/cachedContents/${randomInt(1, 10)}` + Array.from({ length: 18 }, () => randomInt(0, 10)).join('');

/** `ctx-<YYYYMMDDhhmmss>-<5 digits>`, UTC. */
const doubaoId = () => {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  return `ctx-${stamp}-${String(randomInt(0, 100000)).padStart(5, '0')}`;
};

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

  if (family === 'doubao') {
    const t = ttl === undefined ? DOUBAO_TTL.fallback : ttl;
    if (typeof t !== 'number' || !Number.isInteger(t) || t < DOUBAO_TTL.min || t > DOUBAO_TTL.max) {
      return fieldError('doubao', 'ttl', `must be an integer in [${DOUBAO_TTL.min}, ${DOUBAO_TTL.max}]`);
    }
    const m = mode === undefined ? 'session' : mode;
    if (m !== 'session' && m !== 'common_prefix') {
      return fieldError('doubao', 'mode', 'must be session or common_prefix');
    }
    const id = fresh(doubaoId);
    caches.set(id, {
      id,
      family,
      model,
      messages: stored,
      ttl: t,
      mode: m,
      tokens,
      createdAt: now,
      expiresAt: now + t * 1000
    });
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
  if (rules.minTokens > tokens) {
    const message = `Cached content is too small. total_token_count=${tokens}, min_total_token_count=${rules.minTokens}`;
    return dialect === 'openai' ? openaiError(400, message) : googleError({ status: 400, message });
  }
  const id = fresh(geminiId);
  caches.set(id, {
    id,
    family,
    model,
    messages: stored,
    ttl: t,
    tokens,
    createdAt: now,
    expiresAt: now + t * 1000
  });
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

/**
 * `POST /v1/context/chat/completions` (Doubao; `context_id` required) and `POST /v1/chat/completions`
 * (Gemini; `context_id` optional): an emulated answer whose usage shows the cached tokens.
 * @param {Record<string, unknown>} body
 * @param {Rules} rules
 * @param {Map<string, CacheEntry>} caches
 * @param {boolean} contextRequired
 * @returns {Reply}
 */
export function chatCompletion(body, rules, caches, contextRequired) {
  const contextId = body.context_id;
  /** @type {CacheEntry | undefined} */
  let cache;
  if (contextId === undefined) {
    if (contextRequired) return fieldError('doubao', 'context_id', 'is required', true);
  } else {
    if (typeof contextId !== 'string' || contextId === '') {
      return fieldError('doubao', 'context_id', 'must be a non-empty string');
    }
    cache = caches.get(contextId);
    if (cache && cache.expiresAt <= Date.now()) {
      caches.delete(contextId);
      cache = undefined;
    }
    if (!cache) {
      // The id is not echoed: the action treats cache ids as secrets.
      const message = 'The specified context_id does not exist or has expired.';
      return arkError({
        status: 404,
        code: 'InvalidParameter.ContextNotFound',
        message,
        param: 'context_id',
        type: 'NotFound'
      });
    }
  }
  const common = checkCommon(body, rules);
  if ('reply' in common) return common.reply;
  const { model, dialect, messages } = common;
  if (cache && cache.model.toLowerCase() !== model.toLowerCase()) {
    return fieldError(dialect, 'model', 'does not match the model the context was created with');
  }
  if (contextRequired && messages[messages.length - 1]?.role === 'assistant') {
    return fieldError('doubao', 'messages', 'the last message may not have role assistant');
  }
  if (contextRequired && body.tools !== undefined) {
    return fieldError('doubao', 'tools', 'tools are not supported with a context cache');
  }

  const cached = cache ? cache.tokens : 0;
  const fresh = estimateTokens(messages);
  const content = `(emulated answer using cached context ${cached} tokens)`;
  const completion = Math.ceil(content.length / 4);
  if (cache?.family === 'doubao') {
    // Doubao resets the ttl on each use; a session cache grows with each turn.
    cache.expiresAt = Date.now() + cache.ttl * 1000;
    if (cache.mode === 'session') {
      cache.messages.push(...messages, { role: 'assistant', content });
      cache.tokens = estimateTokens(cache.messages);
    }
  }
  return {
    status: 200,
    body: {
      id: `chatcmpl-${randomBytes(12).toString('hex')}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model,
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage: {
        prompt_tokens: cached + fresh,
        completion_tokens: completion,
        total_tokens: cached + fresh + completion,
        prompt_tokens_details: { cached_tokens: cached }
      }
    }
  };
}
