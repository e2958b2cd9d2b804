// Size checks before money is spent, and a plain explanation when the gateway refuses a cache
// as too small. Warnings only: the gateway decides. Pure.
import { GatewayError } from '../errors.js';
import { minimumTokens, type ModelInfo } from '../models.js';
import type { Prompt } from './read.js';

/** Upstream Gemini rejects inline content over 10 MB. */
export const GEMINI_INLINE_LIMIT = 10_000_000;

export interface PreflightWarning {
  readonly message: string;
  readonly file?: string;
  readonly title: string;
}

export function preflight(prompt: Prompt, model: ModelInfo): PreflightWarning[] {
  const warnings: PreflightWarning[] = [];
  const file = prompt.files[0]?.file;
  const min = minimumTokens(model);
  if (min !== undefined && prompt.estimatedTokens < min)
    warnings.push({
      message: `The prompt is about ${prompt.estimatedTokens} tokens; ${model.id} caches only prompts of at least ~${min} tokens, so the gateway may refuse it. Sending anyway: the gateway decides.`,
      file,
      title: 'Prompt may be too small to cache'
    });
  if (model.family === 'gemini' && prompt.bytes > GEMINI_INLINE_LIMIT)
    warnings.push({
      message: `The prompt is ${(prompt.bytes / 1e6).toFixed(1)} MB; Gemini accepts at most 10 MB of inline content, so the gateway may refuse it.`,
      file,
      title: 'Prompt may be too large for Gemini'
    });
  return warnings;
}

/** The server's minimum and count, from the upstream messages the gateway passes on. */
export function parseTooSmall(message: string): { minimum?: number; counted?: number } | undefined {
  // Vertex: "Cached content is too small. total_token_count=416, min_total_token_count=4096"
  const vertex = /too small.*?total_token_count=(\d+).*?min_total_token_count=(\d+)/is.exec(message);
  if (vertex) return { counted: Number(vertex[1]), minimum: Number(vertex[2]) };
  // Gemini API: "The cached content is of 151 tokens. The minimum token count to start caching is 1024."
  const gemini = /cached content is of (\d+) tokens.*?minimum token count to start caching is (\d+)/is.exec(message);
  if (gemini) return { counted: Number(gemini[1]), minimum: Number(gemini[2]) };
  if (/(cached? content|context|cache)[^.]*too small|minimum token count to start caching/i.test(message)) return {};
  return undefined;
}

/** A gateway refusal for size, said plainly with the server's minimum and our estimate. */
export function explainTooSmall(error: unknown, estimatedTokens: number): unknown {
  if (!(error instanceof GatewayError)) return error;
  const small = parseTooSmall(error.message);
  if (!small) return error;
  const server = [
    small.counted !== undefined && `it counted ${small.counted} tokens`,
    small.minimum !== undefined && `its minimum is ${small.minimum}`
  ]
    .filter(Boolean)
    .join(' and ');
  return new GatewayError(
    error.status,
    `The gateway refused the cache: the prompt is too small to cache (${server ? `${server}; ` : ''}this action estimated ${estimatedTokens}). ${error.message}`,
    `Add content to the prompt${small.minimum !== undefined ? ` to reach ${small.minimum} tokens` : ''} (e.g. more examples, or the documents the evaluations share), or do without a cache for prompts this short`
  );
}
