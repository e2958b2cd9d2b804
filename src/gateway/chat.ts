// Chats against a context cache: the new turn only, with `context_id`, on the endpoint the model's
// family documents (chatUrl in src/models.ts).
// Retried under the shared policy; a context that is gone ends the run with a message that says so.
import { z } from 'zod';
import { GatewayError, TransportError } from '../errors.js';
import { dialectsOf, lookupModel, type ErrorDialects } from '../models.js';
import type { Messages } from '../prompt/messages.js';
import { RETRYABLE_STATUS } from './http.js';
import { redactText, secretForms } from './redact.js';
import type { RetryDecision } from './retry.js';
import { send, type SendOptions } from './send.js';
import { wording } from '../wording.js';

export interface ChatRequest {
  readonly model: string;
  /** Absent for a plain chat (a judge without a rubric cache). */
  readonly contextId?: string;
  readonly messages: Messages;
  readonly maxTokens?: number;
  readonly temperature?: number;
}

/** Token counts as the gateway reported them; absent where it did not (or sent nonsense). */
export interface TokenUsage {
  readonly promptTokens?: number;
  readonly cachedTokens?: number;
  readonly completionTokens?: number;
}

export interface ChatAnswer {
  readonly content: string;
  readonly usage: TokenUsage;
  readonly attempts: number;
  /** The whole call, retries and waits included. */
  readonly latencyMs: number;
}

/** The gateway says the cache is gone: no case can pass after this, so the run stops. */
export class ContextGoneError extends GatewayError {}

export type ChatOptions = Omit<SendOptions, 'body' | 'retryable'>;

function chatBody(req: ChatRequest): string {
  return JSON.stringify({
    model: req.model,
    ...(req.contextId !== undefined && { context_id: req.contextId }),
    messages: req.messages.map(({ role, content }) => ({ role, content })),
    ...(req.maxTokens !== undefined && { max_tokens: req.maxTokens }),
    ...(req.temperature !== undefined && { temperature: req.temperature })
  });
}

export async function chat(req: ChatRequest, options: ChatOptions): Promise<ChatAnswer> {
  let tried = 0;
  const dialects = dialectsOf(lookupModel(req.model));
  const secrets = [...(req.contextId !== undefined ? [req.contextId] : []), ...(options.secrets ?? [])];
  const { res, attempts, elapsedMs } = await send({
    ...options,
    body: chatBody(req),
    secrets,
    retryable: (e) => chatRetryDecision(e, dialects),
    beforeAttempt: async () => {
      tried++;
      await options.beforeAttempt?.();
    }
  }).catch((e: unknown) => {
    throw Object.assign(contextGone(e, dialects) ?? chatWords(e), { attempts: tried });
  });
  const answer = readAnswer(res.body, options.url);
  // The raw body was redacted, but JSON escapes (`\u0073k-…`) and an answer in several parts
  // only spell a secret once decoded: the decoded text is redacted too.
  const forms = [...new Set([options.apiKey, ...secrets].flatMap(secretForms))].sort((a, b) => b.length - a.length);
  return { ...answer, content: redactText(answer.content, forms), attempts, latencyMs: elapsedMs };
}

/** A timeout's hint in a chat's words: the transport's speaks of a create, which is not retried. */
function chatWords(e: unknown): Error {
  if (!(e instanceof TransportError) || e.code !== 'ETIMEDOUT') return e as Error;
  return new TransportError(
    e.code,
    e.message,
    e.retryable,
    'Raise timeout if the gateway is slow (chat calls are retried up to max-attempts; each attempt gets timeout seconds)'
  );
}

/**
 * A chat creates nothing, so unlike a create it may be retried after the gateway answered: a
 * reset or a stalled body mid-answer too. What a retry cannot fix (4xx but 408/429, an answer too
 * large) is not retried; nor is a context that is gone.
 */
function chatRetryDecision(error: unknown, dialects: ErrorDialects): RetryDecision {
  if (error instanceof TransportError) return { retryable: error.code !== 'ETOOLARGE', summary: error.message };
  if (error instanceof GatewayError)
    return {
      retryable: RETRYABLE_STATUS.has(error.status) && !isContextGone(error, dialects),
      retryAfterMs: error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : undefined,
      summary: error.message
    };
  return { retryable: false, summary: String(error) };
}

function isContextGone(e: GatewayError, dialects: ErrorDialects): boolean {
  return (e.status === 404 || e.status === 400 || e.status === 403) && dialects.contextGone.some((p) => p.test(e.message));
}

function contextGone(e: unknown, dialects: ErrorDialects): ContextGoneError | undefined {
  if (!(e instanceof GatewayError) || e instanceof ContextGoneError || !isContextGone(e, dialects)) return undefined;
  return new ContextGoneError(e.status, `The context cache does not exist or has expired: ${e.message}`, wording().freshCache);
}

const Count = z.number().int().nonnegative().max(1e12);
const AnswerSchema = z.object({
  choices: z
    .array(
      z
        .object({
          message: z
            .object({ content: z.union([z.string(), z.null(), z.array(z.object({ text: z.string().optional() }).loose())]) })
            .loose()
        })
        .loose()
    )
    .min(1),
  usage: z.unknown().optional()
});

/** A 2xx chat body → the answer's text and usage; a GatewayError when there is no answer in it. */
function readAnswer(body: string, url: string): Omit<ChatAnswer, 'attempts' | 'latencyMs'> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new GatewayError(
      200,
      `POST ${url} answered 2xx with a body that is not JSON`,
      'base-url may point at something other than the gateway'
    );
  }
  const parsed = AnswerSchema.safeParse(json);
  if (!parsed.success)
    throw new GatewayError(
      200,
      `POST ${url} answered 2xx without an answer (no choices[0].message.content)`,
      'Check model: is it a chat model the gateway serves?'
    );
  const content = parsed.data.choices[0]!.message.content;
  const text = typeof content === 'string' ? content : Array.isArray(content) ? content.map((p) => p.text ?? '').join('') : '';
  return { content: text, usage: chatUsage(parsed.data.usage) };
}

/** OpenAI-style usage, read field by field: a malformed count is dropped, never trusted. */
function chatUsage(usage: unknown): TokenUsage {
  if (typeof usage !== 'object' || usage === null) return {};
  const u = usage as Record<string, unknown>;
  const count = (v: unknown) => (Count.safeParse(v).success ? (v as number) : undefined);
  const details = u['prompt_tokens_details'];
  const cached =
    count(typeof details === 'object' && details !== null ? (details as Record<string, unknown>)['cached_tokens'] : undefined) ??
    count(u['cache_read_input_tokens']);
  return { promptTokens: count(u['prompt_tokens']), cachedTokens: cached, completionTokens: count(u['completion_tokens']) };
}
