// The eval action's inputs: the create action's rules where they are the same, its own where new,
// every bad input reported at once, secrets never shown.
import { InputErrors } from '../../src/errors.js';
import { EVAL_INPUTS, readEvalSettings, type EvalInput } from '../../src/actions/eval/inputs.js';

const ID = 'ctx-20261123-12345';
const base: Partial<Record<EvalInput, string>> = {
  model: 'Doubao-1.5-pro-32k',
  'cases-file': 'evals/*.yml',
  'api-key': 'sk-abcdefgh',
  'context-id': ID
};
const read = (over: Partial<Record<EvalInput, string>> = {}, env: NodeJS.ProcessEnv = {}) =>
  readEvalSettings((name) => ({ ...base, ...over })[name] ?? '', env);

function errors(over: Partial<Record<EvalInput, string>>, env: NodeJS.ProcessEnv = {}) {
  try {
    read(over, env);
  } catch (e) {
    if (e instanceof InputErrors) return e.errors.map((x) => `${x.input}: ${x.message.replace(/^Input '[^']+': /, '')}`);
    throw e;
  }
  throw new Error('expected InputErrors');
}

describe('readEvalSettings', () => {
  it('gives the documented defaults', () => {
    const s = read();
    expect(s).toMatchObject({
      contextId: ID,
      casesFiles: ['evals/*.yml'],
      baseUrl: 'https://gateway.theturbo.ai',
      timeoutMs: 120_000,
      maxAttempts: 3,
      concurrency: 4,
      minPassRate: 1,
      maxTokens: undefined,
      temperature: undefined
    });
    expect(s.model.family).toBe('doubao');
  });

  it('takes the context id from CONTEXT_CACHE_ID when the input is empty', () => {
    expect(read({ 'context-id': '' }, { CONTEXT_CACHE_ID: ' ctx-env ' }).contextId).toBe('ctx-env');
    expect(errors({ 'context-id': '' })).toEqual([expect.stringMatching(/^context-id: is empty, and CONTEXT_CACHE_ID is not set/)]);
  });

  it('reads numbers in range, and min-pass-rate as a fraction or a percentage', () => {
    const s = read({
      concurrency: '64',
      'min-pass-rate': '90%',
      temperature: '0.2',
      'max-tokens': '512',
      timeout: '30',
      'max-attempts': '1'
    });
    expect(s).toMatchObject({ concurrency: 64, minPassRate: 0.9, temperature: 0.2, maxTokens: 512, timeoutMs: 30_000, maxAttempts: 1 });
    expect(read({ 'min-pass-rate': '0' }).minPassRate).toBe(0);
  });

  it('reports every bad input at once, naming each', () => {
    const list = errors({
      concurrency: '0',
      'min-pass-rate': '1.5',
      temperature: 'hot',
      'max-tokens': '-1',
      'base-url': 'http://example.com'
    });
    expect(list.map((l) => l.split(':')[0])).toEqual(['base-url', 'max-tokens', 'temperature', 'concurrency', 'min-pass-rate']);
  });

  it('needs a cases file or a prompt, not both; a model; a key', () => {
    expect(errors({ 'cases-file': '' })).toEqual([expect.stringMatching(/^cases-file: is required \(or prompt\)/)]);
    expect(errors({ prompt: 'hi' })).toEqual([expect.stringMatching(/^prompt: is set together with cases-file/)]);
    expect(read({ 'cases-file': '', prompt: 'hi' }).prompt).toBe('hi');
    expect(errors({ model: '', 'api-key': '' })).toEqual(['model: is empty, and CONTEXT_CACHE_MODEL is not set', 'api-key: is empty']);
  });

  it('never shows the context id or the key in an error', () => {
    const secret = `ctx with space ${'x'.repeat(20)}`;
    const list = errors({ 'context-id': secret, 'api-key': 'sk-bad key' });
    expect(list.join('\n')).not.toContain('x'.repeat(20));
    expect(list.join('\n')).not.toContain('sk-bad');
    expect(errors({ 'context-id': 'c'.repeat(2000) })[0]).toMatch(/over 1024 characters/);
  });

  it('declares exactly the inputs eval/action.yml has', async () => {
    const { readFile } = await import('node:fs/promises');
    const { parse } = await import('yaml');
    const action = parse(await readFile(new URL('../../eval/action.yml', import.meta.url), 'utf8')) as { inputs: Record<string, unknown> };
    expect(Object.keys(action.inputs).sort()).toEqual([...EVAL_INPUTS].sort());
  });
});

describe('readEvalSettings: issue 9 inputs', () => {
  it('reads judges, repeats, baselines and shards', () => {
    const s = read({
      'judge-model': 'gemini-2.5-flash',
      'judge-threshold': '0.7',
      repeat: '3',
      'repeat-min-pass': '2',
      'baseline-file': 'b.json',
      'fail-on': 'regressions',
      shard: '2/4'
    });
    expect(s).toMatchObject({
      judgeThreshold: 0.7,
      repeat: 3,
      repeatMinPass: 2,
      baselineFile: 'b.json',
      failOn: 'regressions',
      shard: { index: 2, count: 4 }
    });
    expect(s.judgeModel.id).toBe('gemini-2.5-flash');
    expect(read().judgeModel.id).toBe('Doubao-1.5-pro-32k');
  });
  it('refuses what cannot work together', () => {
    expect(errors({ repeat: '2', 'repeat-min-pass': '3' })[0]).toMatch(/repeat-min-pass: 3 is more than repeat/);
    expect(errors({ 'fail-on': 'regressions' })[0]).toMatch(/fail-on: is regressions, but no baseline-file/);
    expect(errors({ 'cases-file': '', prompt: 'hi', shard: '1/2' })[0]).toMatch(/shard: is set for a single prompt/);
    expect(errors({ shard: '5/4' })[0]).toMatch(/shard: shard 5 is outside 1–4/);
  });
});

describe('readEvalSettings: the model once, dry runs, prompt-file', () => {
  const fromCreate = { CONTEXT_CACHE_ID: ID, CONTEXT_CACHE_MODEL: 'gemini-2.5-flash' };

  it('takes the model from CONTEXT_CACHE_MODEL as it takes the id from CONTEXT_CACHE_ID', () => {
    const s = read({ model: '', 'context-id': '' }, fromCreate);
    expect([s.model.id, s.contextId]).toEqual(['gemini-2.5-flash', ID]);
  });

  it("refuses a model other than the cache's, naming both", () => {
    expect(errors({ model: 'Doubao-1.5-pro-32k', 'context-id': '' }, fromCreate)).toEqual([
      'model: is Doubao-1.5-pro-32k, but the cache in CONTEXT_CACHE_ID was created for gemini-2.5-flash'
    ]);
    // Another cache passed by id: CONTEXT_CACHE_MODEL is not its model.
    expect(read({ model: 'Doubao-1.5-pro-32k', 'context-id': 'ctx-other' }, fromCreate).model.id).toBe('Doubao-1.5-pro-32k');
  });

  it('a dry run needs neither a key nor a cache', () => {
    const s = read({ 'api-key': '', 'context-id': '', 'dry-run': 'true' });
    expect([s.dryRun, s.contextId]).toEqual([true, '']);
    expect(errors({ 'dry-run': 'yes' })).toEqual([expect.stringMatching(/^dry-run: .*is not a boolean/)]);
  });

  it('prompt-file instead of a cache: one or the other, never both, never neither', () => {
    const s = read({ 'context-id': '', 'prompt-file': 'prompts/short.md' }, fromCreate);
    expect([s.contextId, s.promptFiles, s.model.id]).toEqual(['', ['prompts/short.md'], 'Doubao-1.5-pro-32k']);
    expect(errors({ 'prompt-file': 'prompts/short.md' })).toEqual([expect.stringMatching(/^prompt-file: is set together with context-id/)]);
    expect(errors({ 'context-id': '' })).toEqual([expect.stringMatching(/^context-id: is empty, and CONTEXT_CACHE_ID is not set/)]);
  });
});
