// @ts-check
// The three error dialects a client of the gateway meets: OpenAI (the gateway's own), Ark
// (Doubao's upstream) and Google (Gemini's upstream). Pure builders: each returns a Reply.

import { STATUS_CODES } from 'node:http';
import { randomBytes } from 'node:crypto';

/**
 * What the server sends: a status, a body (serialised as JSON) and extra headers; `delayMs`, when
 * set, is how long to wait before sending it (an answer rule's own latency).
 * @typedef {{ status: number, body: unknown, headers?: Record<string, string>, delayMs?: number }} Reply
 */

/** @typedef {'doubao'|'gemini'|'openai'} Dialect */

/** @param {number} status */
const reasonOf = (status) => STATUS_CODES[status] ?? 'Unknown Status';

/** @param {number} status */
const snake = (status) =>
  reasonOf(status)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_');

/**
 * `{"error":{"message","type","code"}}`.
 * @param {number} status
 * @param {string} message
 * @param {string} [type] default: derived from status
 * @param {string|null} [code] default: derived from status
 * @returns {Reply}
 */
export function openaiError(status, message, type, code) {
  const defaultType = status === 429 ? 'rate_limit_error' : status >= 500 ? 'server_error' : 'invalid_request_error';
  const defaultCode = status === 429 ? 'rate_limit_exceeded' : snake(status);
  return {
    status,
    body: {
      error: { message, type: type ?? defaultType, code: code === undefined ? defaultCode : code }
    }
  };
}

/** The OpenAI-style body a status fault sends when it names none. */
export const defaultErrorFor = (/** @type {number} */ status) =>
  openaiError(status, `Emulated upstream failure: ${status} ${reasonOf(status)}`);

const ARK_TYPES = /** @type {Record<number, string>} */ ({
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  429: 'TooManyRequests',
  500: 'InternalServiceError',
  503: 'ServiceUnavailable'
});

const ARK_CODES = /** @type {Record<number, string>} */ ({
  400: 'InvalidParameter',
  401: 'AuthenticationError',
  403: 'OperationDenied',
  404: 'InvalidEndpointOrModel.NotFound',
  429: 'RateLimitExceeded',
  500: 'InternalServiceError',
  503: 'ServiceUnavailable'
});

/** An Ark-looking request id: Ark appends one to every message. */
export const arkRequestId = () => `02${Date.now()}${randomBytes(12).toString('hex')}`;

/**
 * `{"error":{"code","message","param"?,"type"}}`, message ending in "Request id: …".
 * @param {{ status?: number, code?: string, message?: string, param?: string, type?: string }} e
 * @returns {Reply}
 */
export function arkError({ status = 400, code, message, param, type }) {
  let text = message ?? `Emulated Ark error (${status} ${reasonOf(status)}).`;
  if (!/Request id:/i.test(text)) text = `${text} Request id: ${arkRequestId()}`;
  /** @type {Record<string, string>} */
  const error = { code: code ?? ARK_CODES[status] ?? 'InternalServiceError', message: text };
  if (param !== undefined) error.param = param;
  error.type = type ?? ARK_TYPES[status] ?? reasonOf(status).replace(/\s+/g, '');
  return { status, body: { error } };
}

const GOOGLE_STATUSES = /** @type {Record<number, string>} */ ({
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ALREADY_EXISTS',
  429: 'RESOURCE_EXHAUSTED',
  499: 'CANCELLED',
  500: 'INTERNAL',
  501: 'UNIMPLEMENTED',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED'
});

/**
 * `{"error":{"code":<number>,"message","status":"INVALID_ARGUMENT"}}`.
 * @param {{ status?: number, code?: number, message?: string, statusText?: string }} e
 * @returns {Reply}
 */
export function googleError({ status = 400, code, message, statusText }) {
  const error = {
    code: code ?? status,
    message: message ?? `Emulated Google error (${status} ${reasonOf(status)}).`,
    status: statusText ?? GOOGLE_STATUSES[status] ?? 'UNKNOWN'
  };
  return { status, body: { error } };
}

/**
 * A 400 about one request field, in the dialect of the model's upstream.
 * @param {Dialect} dialect
 * @param {string} field e.g. `messages[1].role`
 * @param {string} problem e.g. `must be one of system, user, assistant`
 * @param {boolean} [missing] the field is absent (Ark says MissingParameter)
 * @returns {Reply}
 */
export function fieldError(dialect, field, problem, missing = false) {
  if (dialect === 'doubao') {
    const message = missing
      ? `The request is missing the required parameter \`${field}\`.`
      : `The parameter \`${field}\` specified in the request is not valid: ${problem}.`;
    const code = missing ? 'MissingParameter' : 'InvalidParameter';
    return arkError({ status: 400, code, message, param: field });
  }
  if (dialect === 'gemini') {
    return googleError({ status: 400, message: `Invalid value at '${field}': ${problem}` });
  }
  const code = missing ? 'missing_required_parameter' : 'invalid_value';
  return openaiError(400, `Invalid '${field}': ${problem}.`, 'invalid_request_error', code);
}

/**
 * An error with this status in the dialect of the model's upstream, e.g. for an answer rule that
 * makes one prompt fail.
 * @param {Dialect} dialect
 * @param {number} status
 * @param {string} [message] default: names the status
 * @returns {Reply}
 */
export function dialectError(dialect, status, message) {
  const text = message ?? `Emulated upstream failure: ${status} ${reasonOf(status)}`;
  if (dialect === 'doubao') return arkError({ status, message: text });
  if (dialect === 'gemini') return googleError({ status, message: text });
  return openaiError(status, text);
}
