// The live check's verdict names the field where the real gateway differs from the emulator.
import { differences, kind, verdict } from '../../scripts/live-check.js';

const usage = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ prompt_tokens: 2100, completion_tokens: 0, total_tokens: 2100, prompt_tokens_details: { cached_tokens: 0 }, ...extra });
const run = (create: Record<string, string> = {}, evaluate: Record<string, string> = {}) => ({
  create: {
    'context-id': 'ctx-20261123070901-20984',
    ttl: '3600',
    mode: 'common_prefix',
    model: 'Doubao-1.5-pro-32k',
    'prompt-tokens': '2100',
    usage: usage(),
    ...create
  },
  eval: { total: '2', passed: '2', failed: '0', errored: '0', 'cached-tokens': '4200', 'results-file': '/tmp/a/results.json', ...evaluate }
});
const model = 'Doubao-1.5-pro-32k';

test('kinds: what two runs can share although their values differ', () => {
  expect(['', '12', '1.5', '{"a":1}', '[1]', '{not json', 'ctx-1', null, undefined, [], {}, 3, true].map(kind)).toEqual([
    'empty',
    'a number',
    'a number',
    'JSON',
    'JSON',
    'text',
    'text',
    'nothing',
    'nothing',
    'a list',
    'an object',
    'a number',
    'a boolean'
  ]);
});

test('the same kinds everywhere and the same request-determined values: no difference', () => {
  const live = run(
    { 'context-id': 'ctx-0f3a9c', 'prompt-tokens': '2093', usage: usage({ prompt_tokens: 2093 }) },
    { 'results-file': '/tmp/b/results.json' }
  );
  expect(verdict({ model, emulator: run(), live })).toEqual([]);
});

test('each difference names its field, down into the usage JSON and the results (a number as text is still a number)', () => {
  const live = {
    ...run(
      { ttl: '86400', usage: JSON.stringify({ prompt_tokens: 2100, completion_tokens: 0, total_tokens: 2100 }), 'prompt-tokens': '' },
      { passed: '1', failed: '1' }
    ),
    results: { cases: [{ name: 'echoes a word', status: 'pass', usage: { prompt_tokens: '12' } }] }
  };
  const emulator = {
    ...run(),
    results: { cases: [{ name: 'echoes a word', status: 'pass', usage: { prompt_tokens: 12, cached_tokens: 10 } }] }
  };
  expect(verdict({ model, emulator, live })).toEqual([
    'create.prompt-tokens: the emulator gave a number, the gateway empty',
    'create.ttl: the emulator gave "3600", the gateway "86400"',
    'create.usage.prompt_tokens_details: the emulator gave an object, the gateway nothing',
    'eval.failed: the emulator gave "0", the gateway "1"',
    'eval.passed: the emulator gave "2", the gateway "1"',
    'results.cases[0].usage.cached_tokens: the emulator gave a number, the gateway nothing'
  ]);
});

test('the live run must show an id of the documented form and tokens served from the cache', () => {
  expect(verdict({ model, emulator: run(), live: run({ 'context-id': '' }) })).toContain(
    'create.context-id: the gateway gave no id (see the create step above)'
  );
  expect(verdict({ model: 'gemini-2.5-flash', emulator: run(), live: run({ 'context-id': 'ctx-1' }) })).toContain(
    'create.context-id: not of the documented form /^projects\\/[^/]+\\/locations\\/[^/]+\\/cachedContents\\/[^/]+$/'
  );
  expect(verdict({ model, emulator: run(), live: run({}, { 'cached-tokens': '0' }) })).toEqual([
    'eval.cached-tokens: the gateway reported 0; the cache was not used'
  ]);
});

test('lists of different lengths are one difference, not one per item', () => {
  expect(differences({ a: [1, 2] }, { a: [1] })).toEqual(['a: the emulator gave 2 items, the gateway 1']);
});
