// The gateway refusing a cache as too small, said plainly: the server's minimum and count next
// to this action's estimate. The words themselves are each family's (src/models.ts).
import { GatewayError } from '../errors.js';
import type { ErrorDialects } from '../models.js';

/** The server's minimum and count, from the upstream messages the gateway passes on. */
export function parseTooSmall(message: string, dialects: ErrorDialects): { minimum?: number; counted?: number } | undefined {
  for (const pattern of dialects.tooSmall) {
    const m = pattern.exec(message);
    if (!m) continue;
    const n = (v: string | undefined) => (v === undefined ? undefined : Number(v));
    return { counted: n(m.groups?.['counted']), minimum: n(m.groups?.['minimum']) };
  }
  return undefined;
}

/** A gateway refusal for size, said plainly with the server's minimum and our estimate. */
export function explainTooSmall(error: unknown, dialects: ErrorDialects, estimatedTokens?: number): unknown {
  if (!(error instanceof GatewayError)) return error;
  const small = parseTooSmall(error.message, dialects);
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
