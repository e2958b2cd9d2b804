import { InputErrors } from '../../src/errors.js';
import { createUrl } from '../../src/gateway/create.js';
import { PromptError } from '../../src/errors.js';
import { isLoopback, ttlVarName } from '../../src/inputs/rules.js';
import { readInputs, readSettings, settle, type InputName } from '../../src/actions/create/inputs.js';

const base: Partial<Record<InputName, string>> = {
  model: 'gemini-2.5-flash',
  'prompt-file': 'prompts/system.md',
  'api-key': 'sk-secret-value'
};

function read(inputs: Partial<Record<InputName, string>>) {
  const all = { ...base, ...inputs };
  return readSettings((name) => all[name] ?? '');
}

function errorsOf(inputs: Partial<Record<InputName, string>>): InputErrors {
  try {
    read(inputs);
  } catch (e) {
    if (e instanceof InputErrors) return e;
    throw e;
  }
  throw new Error('expected InputErrors');
}

describe('readSettings', () => {
  test('defaults match action.yml and the gateway documents', () => {
    const { settings, warnings } = read({});
    expect(settings).toMatchObject({
      promptFiles: ['prompts/system.md'],
      modelSource: 'input',
      baseUrl: 'https://gateway.theturbo.ai',
      role: 'system',
      envVar: 'CONTEXT_CACHE_ID',
      timeoutMs: 120_000,
      maxAttempts: 3,
      dryRun: false
    });
    expect(settings.ttl).toBeUndefined();
    expect(settings.mode).toBeUndefined();
    expect(settings.model.family).toBe('gemini');
    expect(warnings).toEqual([]);
  });

  test.each([
    ['https://gateway.serevixai.ai', 'https://gateway.serevixai.ai/v1/context/create'],
    ['https://gateway.serevixai.ai/', 'https://gateway.serevixai.ai/v1/context/create'],
    ['https://gateway.serevixai.ai/v1', 'https://gateway.serevixai.ai/v1/context/create'],
    ['https://gateway.serevixai.ai/v1/', 'https://gateway.serevixai.ai/v1/context/create'],
    ['https://gateway.serevixai.ai/v1/context/create', 'https://gateway.serevixai.ai/v1/context/create'],
    ['https://corp.example/llm/', 'https://corp.example/llm/v1/context/create'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080/v1/context/create'],
    ['http://localhost:8080/v1', 'http://localhost:8080/v1/context/create'],
    ['http://[::1]:9000', 'http://[::1]:9000/v1/context/create'],
    ['https://gateway.serevixai.ai/v1/chat/completions', 'https://gateway.serevixai.ai/v1/context/create'],
    ['https://gateway.serevixai.ai/v1/context/chat/completions', 'https://gateway.serevixai.ai/v1/context/create']
  ])('base-url %s → %s', (raw, endpoint) => {
    expect(createUrl(read({ 'base-url': raw }).settings.baseUrl)).toBe(endpoint);
  });

  test.each([
    ['http://gateway.theturbo.ai', /plain http/],
    ['http://10.0.0.5', /plain http/],
    ['ftp://gateway.theturbo.ai', /not an http\(s\) URL/],
    ['gateway.theturbo.ai', /not a URL/],
    ['https://gateway.theturbo.ai/?x=1', /query or fragment/]
  ])('base-url %s is refused', (raw, why) => {
    const e = errorsOf({ 'base-url': raw });
    expect(e.errors).toHaveLength(1);
    expect(e.errors[0]!.input).toBe('base-url');
    expect(e.describe()).toMatch(why);
    expect(e.describe()).toMatch(/Input 'base-url'/);
  });

  test('credentials in base-url are refused without echoing them', () => {
    const e = errorsOf({ 'base-url': 'https://user:hunter2@gateway.theturbo.ai' });
    expect(e.describe()).toMatch(/credentials/);
    expect(e.describe()).not.toContain('hunter2');
  });

  test('isLoopback', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', '[::1]', '::1'].every(isLoopback)).toBe(true);
    expect(['128.0.0.1', 'localhost.evil.com', '127.0.0.1.nip.io', '10.0.0.1'].some(isLoopback)).toBe(false);
  });

  test.each([
    ['ttl', 'abc', /"abc" is not a whole number/],
    ['ttl', '0', /"0" is not a whole number of seconds above 0/],
    ['ttl', '-5', /not a whole number/],
    ['ttl', '1.5', /not a whole number/],
    ['mode', 'prefix', /"prefix" is not a cache mode.*session or common_prefix/],
    ['role', 'tool', /"tool" is not a message role/],
    ['env-var', '1ABC', /not a plain environment variable name/],
    ['env-var', 'A-B', /not a plain environment variable name/],
    ['env-var', 'A=B', /not a plain environment variable name/],
    ['env-var', '_CACHE', /not a plain environment variable name/],
    ['env-var', 'GITHUB_TOKEN', /reserved/],
    ['env-var', 'path', /reserved/],
    ['env-var', 'NODE_OPTIONS', /reserved/],
    ['env-var', 'LD_PRELOAD', /reserved/],
    ['env-var', 'RUNNER_TEMP', /reserved/],
    ['env-var', 'ACTIONS_RUNTIME_TOKEN', /reserved/],
    ['timeout', '0', /between 0 and 3600/],
    ['timeout', 'ten', /between 0 and 3600/],
    ['timeout', '3601', /between 0 and 3600/],
    ['timeout', '0.0001', /between 0 and 3600/],
    ['max-attempts', '0', /from 1 to 10/],
    ['max-attempts', '2.5', /from 1 to 10/],
    ['max-attempts', '11', /from 1 to 10/],
    ['dry-run', 'yes', /"yes" is not a boolean/],
    ['model', 'gemini 2.5', /is not a model id/],
    ['prompt-file', 'a\u0000b', /"a\\u0000b" is not a path/]
  ] as const)('%s=%j is refused, naming the input and the fix', (input, value, why) => {
    const e = errorsOf({ [input]: value });
    expect(e.errors.map((x) => x.input)).toEqual([input]);
    expect(e.describe()).toContain(`Input '${input}'`);
    expect(e.describe()).toMatch(why);
    expect(e.errors[0]!.hint).toBeTruthy();
  });

  test('required inputs say they are required', () => {
    const e = errorsOf({ model: '', 'prompt-file': '' });
    expect(e.errors.map((x) => x.input).sort()).toEqual(['model', 'prompt-file']);
    expect(e.describe()).toMatch(/2 inputs are invalid/);
    expect(e.errors.every((x) => /is required/.test(x.message))).toBe(true);
  });

  test('an empty api-key fails unless dry-run, and points at secrets', () => {
    const e = errorsOf({ 'api-key': '' });
    expect(e.describe()).toMatch(/Input 'api-key': is empty.*secrets/);
    expect(read({ 'api-key': '', 'dry-run': 'true' }).settings.dryRun).toBe(true);
  });

  test.each([['sk-abc\r\nX-Injected: 1'], ['sk-abc def'], ['sk-ключ']])('a malformed api-key is refused without showing it (%#)', (key) => {
    const e = errorsOf({ 'api-key': key });
    expect(e.errors[0]!.input).toBe('api-key');
    expect(e.describe()).not.toContain('sk-abc');
    expect(e.describe()).not.toContain('ключ');
  });

  test('Doubao ttl must be within 3600–604800', () => {
    expect(read({ model: 'Doubao-1.5-pro-32k', ttl: '3600' }).settings.ttl).toBe(3600);
    expect(read({ model: 'Doubao-1.5-pro-32k', ttl: '604800' }).settings.ttl).toBe(604800);
    for (const ttl of ['3599', '604801', '300']) {
      const e = errorsOf({ model: 'Doubao-1.5-pro-32k', ttl });
      expect(e.describe()).toMatch(/Input 'ttl': \d+ is outside the Doubao range 3600–604800/);
    }
    // Gemini documents no range: 300 s (the seed's example) is fine.
    expect(read({ model: 'gemini-2.0-flash', ttl: '300' }).settings.ttl).toBe(300);
  });

  test('mode is sent for Doubao, dropped with a warning for Gemini', () => {
    expect(read({ model: 'Doubao-pro-32k', mode: 'common_prefix' }).settings.mode).toBe('common_prefix');
    const gemini = read({ model: 'gemini-2.5-pro', mode: 'session' });
    expect(gemini.settings.mode).toBeUndefined();
    expect(gemini.warnings.join()).toMatch(/'mode' is ignored for Gemini/);
  });

  test('an unknown model is passed through with a warning, never blocked', () => {
    const { settings, warnings } = read({ model: 'gpt-5-mini', ttl: '10', mode: 'session' });
    expect(settings.model).toMatchObject({ id: 'gpt-5-mini', family: undefined });
    expect(settings.ttl).toBe(10);
    expect(settings.mode).toBe('session');
    expect(warnings.join()).toMatch(/not in this action's catalog/);
  });

  // Issue 7, item 8: names a shell, runtime or tool reads as configuration. The id comes from the
  // gateway: `xtrace:verbose` in SHELLOPTS would trace every later bash step.
  test.each([
    'SHELLOPTS',
    'BASHOPTS',
    'OPENSSL_CONF',
    'LESSOPEN',
    'XDG_CONFIG_HOME',
    'xdg_data_dirs',
    'CORECLR_PROFILER_PATH',
    'COR_ENABLE_PROFILING',
    'GLIBC_TUNABLES',
    'SSLKEYLOGFILE',
    'PYTHONWARNINGS',
    'BASH_XTRACEFD',
    'TF_CLI_ARGS',
    'AWS_CONFIG_FILE',
    'MY_TOOL_OPTS',
    'SOME_HOME',
    'LD' // its ttl would go to LD_TTL
  ])('env-var %s is reserved', (name) => {
    expect(errorsOf({ 'env-var': name }).describe()).toMatch(/Input 'env-var': ".*" is reserved.*: .*later steps/);
  });

  test('env-var: names of one’s own are accepted; the ttl goes to the same name with _TTL for _ID', () => {
    for (const name of ['CONTEXT_CACHE_ID', 'EVAL_CACHE', 'GEMINI_CACHE_ID', 'cache_id', 'X1'])
      expect(read({ 'env-var': name }).settings.envVar).toBe(name);
    expect(ttlVarName('CONTEXT_CACHE_ID')).toBe('CONTEXT_CACHE_TTL');
    expect(ttlVarName('EVAL_CACHE')).toBe('EVAL_CACHE_TTL');
    expect(ttlVarName('cache_id')).toBe('cache_TTL');
  });

  test('a model outside the catalog gets a warning, with a did-you-mean for a typo', () => {
    expect(read({ model: 'gemini-2.5-flsh' }).warnings).toEqual([
      "Model 'gemini-2.5-flsh' is not one the gateway's pages list; it is sent as given, with the Gemini rules. Did you mean gemini-2.5-flash?"
    ]);
    expect(read({ model: 'doubao-pro-32' }).warnings.join()).toMatch(/Did you mean Doubao-pro-32k\?/);
    expect(read({ model: 'gemini-9-ultra' }).warnings.join()).toMatch(/not one the gateway's pages list.*A new model\? Then ignore this/);
    expect(read({ model: 'gemini-2.5-flash' }).warnings).toEqual([]);
    expect(read({ model: 'GEMINI-2.5-FLASH' }).warnings).toEqual([]);
  });

  test('timeout accepts fractions of a second; max-attempts 1 disables retries', () => {
    const { settings } = read({ timeout: '0.5', 'max-attempts': '1' });
    expect(settings.timeoutMs).toBe(500);
    expect(settings.maxAttempts).toBe(1);
  });

  test('dry-run takes the runner’s boolean spellings', () => {
    for (const v of ['true', 'True', 'TRUE']) expect(read({ 'dry-run': v }).settings.dryRun).toBe(true);
    for (const v of ['false', 'False', 'FALSE', '']) expect(read({ 'dry-run': v }).settings.dryRun).toBe(false);
  });

  test('prompt-file takes one path or pattern per line, blank lines ignored', () => {
    const { settings } = read({ 'prompt-file': '\n prompts/system.md \n\nprompts/examples/*.json\n' });
    expect(settings.promptFiles).toEqual(['prompts/system.md', 'prompts/examples/*.json']);
  });

  test('vars is read as text; its YAML is parsed only when set', () => {
    expect(readInputs((name) => ({ ...base, vars: 'a: 1' })[name] ?? '').vars).toBe('a: 1');
  });

  test('a base-url with a line break or tab is refused, not silently repaired', () => {
    const e = errorsOf({ 'base-url': 'http://127.0.0.1:8080/\r\nX-Injected: 1' });
    expect(e.describe()).toMatch(/Input 'base-url': "http:\/\/127\.0\.0\.1:8080\/"… contains whitespace or a line break/);
    expect(errorsOf({ 'base-url': 'https://gw.example/\tv1' }).errors[0]!.input).toBe('base-url');
  });

  test('a base-url error never echoes a query, fragment or credentials', () => {
    const e = errorsOf({ 'base-url': 'http://gateway.example/v1?key=sk-leak#frag' });
    expect(e.describe()).toMatch(/"http:\/\/gateway\.example\/v1" uses plain http/);
    expect(e.describe()).not.toMatch(/sk-leak|frag/);
    expect(errorsOf({ 'base-url': 'https://gw.example/?token=abc' }).describe()).not.toContain('abc');
  });
});

describe('settle: the model from a prompt file', () => {
  const inputs = (model: string, extra: Partial<Record<InputName, string>> = {}) => {
    const all: Partial<Record<InputName, string>> = { ...base, model, ...extra };
    return readInputs((name) => all[name] ?? '');
  };

  test('an empty model input takes the model the file names', () => {
    const { settings, warnings } = settle(inputs(''), [{ id: 'Doubao-pro-32k', file: 'p.prompt.yml' }]);
    expect(settings.model).toMatchObject({ id: 'Doubao-pro-32k', family: 'doubao' });
    expect(settings.modelSource).toBe('p.prompt.yml');
    expect(warnings).toEqual([]);
  });

  test('both given and different: the input wins, with a warning', () => {
    const { settings, warnings } = settle(inputs('gemini-2.5-pro'), [{ id: 'gemini-2.5-flash', file: 'p.json' }]);
    expect(settings.model.id).toBe('gemini-2.5-pro');
    expect(warnings).toEqual(["Input 'model' (gemini-2.5-pro) is used; p.json names gemini-2.5-flash."]);
    expect(settle(inputs('gemini-2.5-pro'), [{ id: 'gemini-2.5-pro', file: 'p.json' }]).warnings).toEqual([]);
  });

  test('model stays required when no file names one', () => {
    expect(() => settle(inputs(''))).toThrow(InputErrors);
    expect(() => settle(inputs(''))).toThrow(/Input 'model': is required/);
  });

  test('files naming different models: an error without the input, a warning each with it', () => {
    const two = [
      { id: 'gemini-2.5-flash', file: 'a.json' },
      { id: 'gemini-2.5-pro', file: 'b.json' }
    ];
    expect(() => settle(inputs(''), two)).toThrow(/names model gemini-2\.5-pro, but a\.json names gemini-2\.5-flash/);
    const { settings, warnings } = settle(inputs('gemini-2.5-pro'), two);
    expect(settings.model.id).toBe('gemini-2.5-pro');
    expect(warnings).toEqual(["Input 'model' (gemini-2.5-pro) is used; a.json names gemini-2.5-flash."]);
  });

  test('a file naming a malformed model fails on the file', () => {
    expect(() => settle(inputs(''), [{ id: 'bad model', file: 'p.yml' }])).toThrow(PromptError);
  });

  test('the model rules apply to a model from a file', () => {
    expect(() => settle(inputs('', { ttl: '60' }), [{ id: 'Doubao-pro-32k', file: 'p.yml' }])).toThrow(/outside the Doubao range/);
  });
});
