// @ts-check
// Using a cache: `POST /v1/context/chat/completions` (Doubao; `context_id` required) and
// `POST /v1/chat/completions` (Gemini; `context_id` optional), as the seeds document them. Pure
// but for the `caches` map and the answer rules' counters it is handed; no HTTP here.

import { randomBytes } from 'node:crypto';
import { arkError, dialectError, fieldError } from './errors.js';
import { checkCommon, estimateTokens } from './request.js';
import { defaultAnswer, lastUserMessage, replyText } from './answers.js';
import { expiryOf } from './create.js';

/** @typedef {import('./errors.js').Reply} Reply */
/** @typedef {import('./create.js').CacheEntry} CacheEntry */
/**
 * What a chat needs besides its body: the gateway's rules, its caches and its answer rules.
 * @typedef {{ rules: import('./request.js').Rules, caches: Map<string, CacheEntry>,
 *   answers: import('./answers.js').AnswerBook }} Backend
 */

/** @param {string} text */
const tokensOf = (text) => Math.ceil([...text].length / 4);

/**
 * The live cache a context_id names, or the reply that refuses it. An expired cache is removed.
 * @param {unknown} contextId
 * @param {Map<string, CacheEntry>} caches
 * @returns {{ reply: Reply } | { cache: CacheEntry }}
 */
function liveCache(contextId, caches) {
  if (typeof contextId !== 'string' || contextId === '') {
    return { reply: fieldError('doubao', 'context_id', 'must be a non-empty string') };
  }
  let cache = caches.get(contextId);
  if (cache && cache.expiresAt <= Date.now()) {
    caches.delete(contextId);
    cache = undefined;
  }
  if (cache) return { cache };
  // The id is not echoed: the action treats cache ids as secrets.
  const message = 'The specified context_id does not exist or has expired.';
  return {
    reply: arkError({ status: 404, code: 'InvalidParameter.ContextNotFound', message, param: 'context_id', type: 'NotFound' })
  };
}

/**
 * The optional sampling fields the eval action passes through, checked for type like upstream.
 * @param {Record<string, unknown>} body
 * @param {import('./errors.js').Dialect} dialect
 * @returns {Reply | undefined}
 */
function checkSampling(body, dialect) {
  const { max_tokens: maxTokens, temperature, stream } = body;
  if (maxTokens !== undefined && !(Number.isInteger(maxTokens) && Number(maxTokens) >= 1)) {
    return fieldError(dialect, 'max_tokens', 'must be a positive integer');
  }
  if (temperature !== undefined && !(typeof temperature === 'number' && temperature >= 0 && temperature <= 2)) {
    return fieldError(dialect, 'temperature', 'must be a number in [0, 2]');
  }
  // Said plainly rather than answered with JSON a streaming client cannot read.
  if (stream === true) return fieldError(dialect, 'stream', 'streaming is not emulated; send stream: false or omit it');
  return undefined;
}

/**
 * A chat completion: the answer rules' reply (or the default answer), cut to `max_tokens`, with
 * usage showing the cached tokens. A Doubao cache's ttl restarts on use; a session cache grows.
 * @param {Record<string, unknown>} body
 * @param {Backend} backend
 * @param {boolean} contextRequired true for the Doubao endpoint
 * @returns {Reply}
 */
export function chatCompletion(body, { rules, caches, answers }, contextRequired) {
  /** @type {CacheEntry | undefined} */
  let cache;
  if (body.context_id === undefined) {
    if (contextRequired) return fieldError('doubao', 'context_id', 'is required', true);
  } else {
    const found = liveCache(body.context_id, caches);
    if ('reply' in found) return found.reply;
    cache = found.cache;
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
  const bad = checkSampling(body, dialect);
  if (bad) return bad;

  const lastUser = lastUserMessage(messages);
  const rule = answers.pick(model, lastUser, body.context_id, () => cache?.messages.map((m) => m.content).join('\n'));
  /** @type {Pick<Reply, 'headers' | 'delayMs'>} */
  const extra = {};
  if (rule?.retryAfter !== undefined) extra.headers = { 'retry-after': String(rule.retryAfter) };
  if (rule?.delayMs !== undefined) extra.delayMs = rule.delayMs;
  const status = rule?.status ?? 200;
  if (status >= 300) {
    const message = rule?.reply === undefined ? undefined : replyText(rule, lastUser);
    return { ...dialectError(dialect, status, message), ...extra };
  }

  let content = rule ? replyText(rule, lastUser) : defaultAnswer(lastUser);
  let completion = tokensOf(content);
  let finish = 'stop';
  const maxTokens = /** @type {number | undefined} */ (body.max_tokens);
  if (maxTokens !== undefined && completion > maxTokens) {
    content = [...content].slice(0, maxTokens * 4).join('');
    completion = maxTokens;
    finish = 'length';
  }
  const cached = cache ? cache.tokens : 0;
  const fresh = estimateTokens(messages);
  if (cache?.family === 'doubao') {
    cache.expiresAt = expiryOf(rules, cache.createdAt, Date.now(), cache.ttl);
    if (cache.mode === 'session') {
      cache.messages.push(...messages.map(({ role, content: c }) => ({ role, content: c })), { role: 'assistant', content });
      cache.tokens = estimateTokens(cache.messages);
    }
  }
  return {
    status,
    body: {
      id: `chatcmpl-${randomBytes(12).toString('hex')}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model,
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: finish }],
      usage: {
        prompt_tokens: cached + fresh,
        completion_tokens: completion,
        total_tokens: cached + fresh + completion,
        prompt_tokens_details: { cached_tokens: cached }
      }
    },
    ...extra
  };
}
