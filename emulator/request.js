// @ts-check
// What every endpoint checks in a request body (`model`, `messages`), the model families, and the
// emulator's token estimate. Pure functions.

import { arkError, fieldError } from './errors.js';

/** @typedef {import('./errors.js').Reply} Reply */
/** @typedef {import('./errors.js').Dialect} Dialect */
/**
 * One message as the gateway takes it (OpenAI shape, text content only).
 * @typedef {{ role: 'system'|'user'|'assistant', content: string }} CachedMessage
 */
/**
 * The rules a gateway was started with.
 * @typedef {{ minTokens: number | undefined, knownModelsOnly: boolean, expireAfterMs: number | undefined }} Rules
 */

const ROLES = ['system', 'user', 'assistant'];

/**
 * The emulator's token estimate: the sum over messages of ceil(code points / 4) + 4. Upstream
 * counts differ; this only has to be stable so tests can predict it.
 * @param {ReadonlyArray<{ content: string }>} messages
 * @returns {number}
 */
export function estimateTokens(messages) {
  return messages.reduce((sum, m) => sum + Math.ceil([...m.content].length / 4) + 4, 0);
}

/**
 * 'gemini' or 'doubao' by model-name prefix (case-insensitive), else null.
 * @param {string} model
 * @returns {'gemini'|'doubao'|null}
 */
export function familyOf(model) {
  const name = model.toLowerCase();
  if (name.startsWith('gemini-')) return 'gemini';
  if (name.startsWith('doubao-')) return 'doubao';
  return null;
}

/**
 * The smallest cache a model takes when the gateway was given no `minTokens`. The gateway's
 * create page says "usually not less than 1024 or 4096 tokens": 4,096 for Gemini 3, 1,024 for the
 * other Gemini models (as src/models.ts reads it). Doubao documents no minimum; a model of no
 * known family gets none.
 * @param {string} model
 * @returns {number}
 */
export function defaultMinTokens(model) {
  if (familyOf(model) !== 'gemini') return 0;
  return /^gemini-3/i.test(model) ? 4096 : 1024;
}

/** @param {unknown} v @returns {v is Record<string, unknown>} */
export const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks `model` and `messages`, the fields every endpoint shares.
 * @param {Record<string, unknown>} body
 * @param {Rules} rules
 * @returns {{ reply: Reply } | { model: string, family: 'gemini'|'doubao', dialect: Dialect,
 *   messages: CachedMessage[] }}
 */
export function checkCommon(body, rules) {
  const { model } = body;
  /** @type {unknown} */
  const messages = body.messages;
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
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- each element was checked above
    messages: /** @type {CachedMessage[]} */ (messages)
  };
}
