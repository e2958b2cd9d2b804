// Size checks before money is spent. Warnings only: the gateway decides (its refusal, if it
// comes, is explained by gateway/too-small.ts). Pure.
import { forLog } from '../escape.js';
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
  // Pinned to the first file only when its name needs no escaping: the runner acts on `##[` even
  // inside a command's properties.
  const first = prompt.files[0]?.file;
  const file = first !== undefined && forLog(first) === first ? first : undefined;
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
