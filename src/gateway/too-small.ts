// The gateway refusing a cache as too small, said plainly: the server's minimum and count next
// to this action's estimate. The one place that knows the upstreams' "too small" messages. Pure.
import { GatewayError } from '../errors.js';

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
export function explainTooSmall(error: unknown, estimatedTokens?: number): unknown {
  if (!(error instanceof GatewayError)) return error;
  const small = parseTooSmall(error.message);
  if (!small) return error;
  const server = [
    small.counted !== undefined && `it counted ${small.counted} tokens`,
    small.minimum !== undefined && `its minimum is ${small.minimum}`
  ]
    .filter(Boolean)
    .join(' and ');
  const figures = [server, estimatedTokens !== undefined && `this action estimated ${estimatedTokens}`].filter(Boolean);
  const target = small.minimum !== undefined ? ` to reach ${small.minimum} tokens` : ' (Gemini caches from about 1,024–4,096 tokens)';
  return new GatewayError(
    error.status,
    `The gateway refused the cache: the prompt is too small to cache${figures.length ? ` (${figures.join('; ')})` : ''}. ${error.message}`,
    `Add content to the prompt${target} (e.g. more examples, or the documents the evaluations share), or do without a cache for prompts this short`
  );
}
