// @ts-check
// What the emulated model says. By default a predictable echo of the last user message; answer
// rules let a test script per-prompt answers (a grader's verdict, a slow or failing prompt).

/**
 * One answer rule. The first rule whose `match` fits the last user message (and whose `model`, if
 * any, is the request's) answers it.
 * @typedef {object} AnswerRule
 * @property {string} match A substring of the last user message (case-sensitive), or `/regex/flags`.
 * @property {unknown} [reply] The answer: a string is sent as is, anything else as its JSON text.
 *   Default: the default answer; with an error status, a message that names the status.
 * @property {number} [delayMs] Answer after this long, instead of after the gateway's `latencyMs`.
 * @property {number} [status] Default 200. From 300: an error in the model's dialect (Ark, Google,
 *   OpenAI) whose message is `reply`; nothing is added to a session cache.
 * @property {number|string} [retryAfter] Sets `Retry-After` on the answer.
 * @property {number} [times] Answers this many requests, then is skipped. Default: every one.
 * @property {string} [model] Only for this model (case-insensitive).
 * @property {string} [contextId] Only for requests against this cache (the request's `context_id`,
 *   exactly): e.g. a base and a head cache of one pull request answering the same prompt apart.
 * @property {string} [cached] Only for requests against a cache whose prompt contains this text: the
 *   same, for a test that does not know the ids in advance (a workflow that creates both caches).
 */
/**
 * A rule ready to use, with how many more requests it may answer.
 * @typedef {{ rule: AnswerRule, test: (text: string) => boolean, left: number }} Compiled
 */

/** The answer to a request no rule matches. */
export const DEFAULT_ANSWER_PREFIX = 'Emulated answer to: ';

/**
 * The default answer, e.g. `Emulated answer to: What is 2+2?`.
 * @param {string} lastUserMessage '' when the request has no user message
 */
export const defaultAnswer = (lastUserMessage) => `${DEFAULT_ANSWER_PREFIX}${lastUserMessage}`;

/**
 * The content of the request's last user message, or ''.
 * @param {ReadonlyArray<{ role: string, content: string }>} messages
 */
export const lastUserMessage = (messages) => messages.findLast((m) => m.role === 'user')?.content ?? '';

/**
 * The text a rule answers with.
 * @param {AnswerRule} rule
 * @param {string} lastUser
 */
export const replyText = (rule, lastUser) =>
  rule.reply === undefined ? defaultAnswer(lastUser) : typeof rule.reply === 'string' ? rule.reply : JSON.stringify(rule.reply);

/**
 * A matcher for `match`, or a TypeError that names the rule.
 * @param {unknown} match
 * @param {string} where e.g. `answers[2]`
 * @returns {(text: string) => boolean}
 */
function matcher(match, where) {
  if (typeof match !== 'string' || match === '') {
    throw new TypeError(`${where}.match must be a non-empty string (a substring, or /regex/flags)`);
  }
  const regex = /^\/(.+)\/([a-z]*)$/s.exec(match);
  if (!regex) return (text) => text.includes(match);
  const [, source = '', flags = ''] = regex;
  if (/[gy]/.test(flags)) {
    throw new TypeError(`${where}.match: drop the flags g and y from ${match}; they make matching depend on earlier matches`);
  }
  try {
    const re = new RegExp(source, flags);
    return (text) => re.test(text);
  } catch (err) {
    throw new TypeError(`${where}.match: ${match} is not a valid regular expression (${err instanceof Error ? err.message : String(err)})`);
  }
}

/**
 * Checks one rule field by field; a TypeError names the rule and the field.
 * @param {unknown} value
 * @param {string} where
 * @returns {Compiled}
 */
function compileOne(value, where) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TypeError(`${where} must be an object`);
  const r = /** @type {Record<string, unknown>} */ (value);
  const known = ['match', 'reply', 'delayMs', 'status', 'retryAfter', 'times', 'model', 'contextId', 'cached'];
  const unknown = Object.keys(r).filter((k) => !known.includes(k));
  if (unknown.length > 0) throw new TypeError(`${where}: unknown key ${unknown.join(', ')} (known: ${known.join(', ')})`);
  const test = matcher(r.match, where);
  if (r.delayMs !== undefined && !(typeof r.delayMs === 'number' && Number.isFinite(r.delayMs) && r.delayMs >= 0)) {
    throw new TypeError(`${where}.delayMs must be a non-negative number of milliseconds`);
  }
  if (r.status !== undefined && !(Number.isInteger(r.status) && Number(r.status) >= 200 && Number(r.status) <= 599)) {
    throw new TypeError(`${where}.status must be an HTTP status code in [200, 599]`);
  }
  if (r.retryAfter !== undefined && typeof r.retryAfter !== 'number' && typeof r.retryAfter !== 'string') {
    throw new TypeError(`${where}.retryAfter must be a number or a string`);
  }
  if (r.times !== undefined && !(Number.isInteger(r.times) && Number(r.times) >= 1)) {
    throw new TypeError(`${where}.times must be a positive integer`);
  }
  if (r.model !== undefined && (typeof r.model !== 'string' || r.model === '')) {
    throw new TypeError(`${where}.model must be a non-empty string`);
  }
  for (const key of /** @type {const} */ (['contextId', 'cached'])) {
    if (r[key] !== undefined && (typeof r[key] !== 'string' || r[key] === '')) {
      throw new TypeError(`${where}.${key} must be a non-empty string`);
    }
  }
  const rule = /** @type {AnswerRule} */ (r);
  return { rule, test, left: rule.times ?? Infinity };
}

/**
 * Answer rules, checked; throws a TypeError naming the first bad rule (none is kept then).
 * @param {unknown} rules an array of AnswerRule, or undefined for none
 */
export function compileAnswers(rules) {
  if (rules !== undefined && !Array.isArray(rules)) throw new TypeError('answers must be an array of rules');
  /** @type {Compiled[]} */
  const compiled = (rules ?? []).map((r, i) => compileOne(r, `answers[${i}]`));
  return {
    /** How many rules there are. */
    size: compiled.length,
    /**
     * The first rule that answers this request, counting it as used; undefined when none does.
     * @param {string} model
     * @param {string} lastUser
     * @param {unknown} [contextId] the request's context_id, if any
     * @param {() => string | undefined} [cachedText] the text of the cache it names (asked only when a rule needs it)
     * @returns {AnswerRule | undefined}
     */
    pick(model, lastUser, contextId, cachedText = () => undefined) {
      const hit = compiled.find(
        (c) =>
          c.left > 0 &&
          (c.rule.model === undefined || c.rule.model.toLowerCase() === model.toLowerCase()) &&
          (c.rule.contextId === undefined || c.rule.contextId === contextId) &&
          (c.rule.cached === undefined || (cachedText()?.includes(c.rule.cached) ?? false)) &&
          c.test(lastUser)
      );
      if (hit) hit.left -= 1;
      return hit?.rule;
    }
  };
}

/** @typedef {ReturnType<typeof compileAnswers>} AnswerBook */
