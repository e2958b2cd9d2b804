// Hands the cache on: masks the id, sets the step outputs, exports the env var, writes the job
// summary. The id is masked before it is written anywhere; the summary never shows it at all.
import type { CacheCreated } from './gateway/client.js';
import type { Prompt } from './prompt/read.js';
import type { Settings } from './settings.js';
import { exportVariable, setOutput, setSecret, summary } from './toolkit.js';

export interface Handover {
  readonly outputs: Readonly<Record<string, string>>;
  readonly summaryRows: readonly (readonly [string, string])[];
}

/** What gets published, computed without side effects. */
export function handover(
  cache: CacheCreated,
  settings: Settings,
  prompt: Pick<Prompt, 'estimatedTokens'>,
  now: number = Date.now()
): Handover {
  // The gateway's ttl is the truth; else what we asked for; else the family's documented default.
  const ttl = cache.ttl ?? settings.ttl ?? settings.model.rules?.defaultTtl;
  const expiresAt = ttl !== undefined ? new Date(now + ttl * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z') : '';
  const usage = cache.usage ?? {};
  const tokens = usage['prompt_tokens'] ?? usage['cache_creation_input_tokens'];
  const promptTokens = typeof tokens === 'number' ? String(tokens) : '';
  const mode = cache.mode ?? '';
  return {
    outputs: {
      'context-id': cache.id,
      ttl: ttl !== undefined ? String(ttl) : '',
      'expires-at': expiresAt,
      mode,
      model: settings.model.id,
      'prompt-tokens': promptTokens,
      'estimated-tokens': String(prompt.estimatedTokens),
      usage: JSON.stringify(usage)
    },
    summaryRows: [
      ['Model', settings.model.id],
      ['TTL', ttl !== undefined ? `${ttl} s` : 'gateway default'],
      ['Expires at', expiresAt || 'unknown'],
      ['Mode', mode || '—'],
      ['Prompt tokens', promptTokens ? `${promptTokens} (estimated ${prompt.estimatedTokens})` : `estimated ${prompt.estimatedTokens}`],
      ['Attempts', String(cache.attempts)],
      ['Time', `${(cache.elapsedMs / 1000).toFixed(2)} s`]
    ]
  };
}

export async function publish(cache: CacheCreated, settings: Settings, prompt: Prompt): Promise<Handover> {
  setSecret(cache.id); // first: every later line that could carry the id is masked
  const result = handover(cache, settings, prompt);
  for (const [name, value] of Object.entries(result.outputs)) setOutput(name, value);
  exportVariable(settings.envVar, cache.id);
  if (process.env['GITHUB_STEP_SUMMARY']) {
    await summary
      .addHeading('Context cache created', 3)
      .addTable([
        [
          { data: 'Field', header: true },
          { data: 'Value', header: true }
        ],
        ...result.summaryRows.map((row) => [...row])
      ])
      .addRaw(`The id is in <code>${settings.envVar}</code> and in the <code>context-id</code> output (masked in logs).`, true)
      .write();
  }
  return result;
}
