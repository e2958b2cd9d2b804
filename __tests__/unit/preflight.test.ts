import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActionError, GatewayError } from '../../src/errors.js';
import { dialectsOf, FAMILIES, lookupModel } from '../../src/models.js';
import { explainTooSmall, parseTooSmall } from '../../src/gateway/too-small.js';
import { preflight } from '../../src/prompt/preflight.js';
import { loadPrompt, type Prompt } from '../../src/prompt/read.js';

const prompt = (estimatedTokens: number, bytes = 100): Prompt => ({
  files: [{ file: 'p.md', bytes, messages: 1, ignoredKeys: [] }],
  messages: [],
  bytes,
  estimatedTokens,
  models: [],
  unusedVars: []
});

describe('preflight', () => {
  test('below the model minimum: a warning on the file, with the estimate and the minimum', () => {
    expect(preflight(prompt(900), lookupModel('gemini-2.5-flash'))).toEqual([
      expect.objectContaining({
        file: 'p.md',
        message: expect.stringMatching(/about 900 tokens; gemini-2\.5-flash caches only prompts of at least ~1024/)
      })
    ]);
    expect(preflight(prompt(3000), lookupModel('gemini-3-pro-preview'))[0]!.message).toMatch(/at least ~4096/);
    expect(preflight(prompt(1024), lookupModel('gemini-2.5-flash'))).toEqual([]);
    expect(preflight(prompt(5), lookupModel('Doubao-pro-32k'))).toEqual([]);
    expect(preflight(prompt(5), lookupModel('some-new-model'))).toEqual([]);
  });

  test('a file whose name would need escaping is not put in the annotation’s properties', () => {
    const named = (file: string): Prompt => ({ ...prompt(900), files: [{ file, bytes: 100, messages: 1, ignoredKeys: [] }] });
    expect(preflight(named('p##[stop-commands]x.md'), lookupModel('gemini-2.5-flash'))[0]!.file).toBeUndefined();
    expect(preflight(named('prompts/p.md'), lookupModel('gemini-2.5-flash'))[0]!.file).toBe('prompts/p.md');
  });

  test('over 10 MB: a warning for Gemini only', () => {
    expect(preflight(prompt(3_000_000, 10_500_000), lookupModel('gemini-2.5-pro'))[0]!.message).toMatch(
      /10\.5 MB; Gemini accepts at most 10 MB/
    );
    expect(preflight(prompt(3_000_000, 10_500_000), lookupModel('Doubao-pro-32k'))).toEqual([]);
  });
});

describe('too small, as the gateway says it', () => {
  test.each([
    ['Cached content is too small. total_token_count=416, min_total_token_count=4096', { counted: 416, minimum: 4096 }],
    ['The cached content is of 151 tokens. The minimum token count to start caching is 1024.', { counted: 151, minimum: 1024 }],
    ['Cached content is too small', { counted: undefined, minimum: undefined }],
    ['Invalid API key', undefined],
    ['InvalidParameter: The parameter ttl is too small', undefined]
  ])('%s', (message, expected) => {
    expect(parseTooSmall(message, FAMILIES.gemini.dialects)).toEqual(expected);
    // The words are Gemini's: Doubao never says them, a model of no family may.
    expect(parseTooSmall(message, FAMILIES.doubao.dialects)).toBeUndefined();
    expect(parseTooSmall(message, dialectsOf(lookupModel('acme-model')))).toEqual(expected);
  });

  test('explainTooSmall keeps the gateway’s words and adds ours', () => {
    const original = new GatewayError(
      400,
      'POST u failed with HTTP 400: INVALID_ARGUMENT: Cached content is too small. total_token_count=416, min_total_token_count=4096'
    );
    const e = explainTooSmall(original, FAMILIES.gemini.dialects, 420) as GatewayError;
    expect(e.message).toMatch(
      /^The gateway refused the cache: the prompt is too small to cache \(it counted 416 tokens and its minimum is 4096; this action estimated 420\)\. POST u failed/
    );
    expect(e.hint).toMatch(/to reach 4096 tokens/);
    const other = new GatewayError(401, 'nope');
    expect(explainTooSmall(other, FAMILIES.gemini.dialects, 1)).toBe(other);
  });
});

test('a file over 32 MiB fails before it is read', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'big-'));
  try {
    await writeFile(join(dir, 'big.md'), '');
    await truncate(join(dir, 'big.md'), 33 * 1024 * 1024);
    const e = await loadPrompt(['big.md'], { workspace: dir, role: 'system' }).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(ActionError);
    expect((e as ActionError).message).toMatch(/is 33\.0 MiB, over the 32 MiB limit/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
