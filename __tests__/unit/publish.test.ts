import { createOutputs } from '../../src/actions/create/outputs.js';
import { readSettings } from '../../src/actions/create/inputs.js';

const prompt = { estimatedTokens: 1234 };
const settingsFor = (model: string, ttl = '') =>
  readSettings((name) => ({ model, 'prompt-file': 'p.md', 'api-key': 'k', ttl })[name as string] ?? '').settings;
const now = Date.parse('2026-03-01T12:00:00.500Z');

describe('createOutputs', () => {
  test('the gateway’s ttl wins, and expires-at is now + ttl in UTC, to the second', () => {
    const h = createOutputs(
      { id: 'ctx-1', ttl: 3600, mode: 'session', attempts: 2, elapsedMs: 1500, usage: { prompt_tokens: 8 } },
      settingsFor('Doubao-pro-32k', '7200'),
      prompt,
      now
    );
    expect(h.outputs).toMatchObject({
      'context-id': 'ctx-1',
      ttl: '3600',
      'expires-at': '2026-03-01T13:00:00Z',
      mode: 'session',
      'prompt-tokens': '8',
      'estimated-tokens': '1234',
      usage: '{"prompt_tokens":8}'
    });
    expect(h.summaryRows).toContainEqual(['Attempts', '2']);
    expect(h.summaryRows).toContainEqual(['Time', '1.50 s']);
    expect(JSON.stringify(h.summaryRows)).not.toContain('ctx-1');
  });

  test('without a ttl in the answer: what was sent, else the family default', () => {
    expect(createOutputs({ id: 'a', attempts: 1, elapsedMs: 1 }, settingsFor('gemini-2.5-flash', '300'), prompt, now).outputs['ttl']).toBe(
      '300'
    );
    expect(createOutputs({ id: 'a', attempts: 1, elapsedMs: 1 }, settingsFor('Doubao-pro-32k'), prompt, now).outputs['ttl']).toBe('86400');
    const unknown = createOutputs({ id: 'a', attempts: 1, elapsedMs: 1 }, settingsFor('mystery-model'), prompt, now).outputs;
    expect(unknown['ttl']).toBe('');
    expect(unknown['expires-at']).toBe('');
  });

  test('prompt-tokens falls back to cache_creation_input_tokens (Gemini reports total_tokens 0)', () => {
    const h = createOutputs(
      { id: 'a', attempts: 1, elapsedMs: 1, usage: { cache_creation_input_tokens: 4375, total_tokens: 0 } },
      settingsFor('gemini-2.5-flash'),
      prompt,
      now
    );
    expect(h.outputs['prompt-tokens']).toBe('4375');
  });
});

describe('createOutputs: the env vars and the summary', () => {
  test('the ttl is exported next to the id, as <name>_TTL (CONTEXT_CACHE_ID → CONTEXT_CACHE_TTL)', () => {
    const h = createOutputs({ id: 'ctx-1', ttl: 3600, attempts: 1, elapsedMs: 1 }, settingsFor('Doubao-pro-32k'), prompt, now);
    expect(h.env).toEqual({ CONTEXT_CACHE_ID: 'ctx-1', CONTEXT_CACHE_TTL: '3600', CONTEXT_CACHE_MODEL: 'Doubao-pro-32k' });
    // No ttl known at all (an unknown model, none asked for, none answered): only the id.
    expect(createOutputs({ id: 'a', attempts: 1, elapsedMs: 1 }, settingsFor('mystery-model'), prompt, now).env).toEqual({
      CONTEXT_CACHE_ID: 'a',
      CONTEXT_CACHE_MODEL: 'mystery-model'
    });
    // Named as the ttl is: MY_ID → MY_MODEL.
    expect(createOutputs({ id: 'a', attempts: 1, elapsedMs: 1 }, { ...settingsFor('m'), envVar: 'MY_ID' }, prompt, now).env).toEqual({
      MY_ID: 'a',
      MY_MODEL: 'm'
    });
  });

  test('every summary cell is escaped for a Markdown table', () => {
    const h = createOutputs({ id: 'a', mode: 'common_prefix', attempts: 1, elapsedMs: 1 }, settingsFor('Doubao-pro-32k'), prompt, now);
    expect(h.summaryRows).toContainEqual(['Mode', 'common&#x5F;prefix']);
    expect(h.summaryRows).toContainEqual(['Model', 'Doubao-pro-32k']);
  });
});
