// Prompt files as teams keep them, through dist/ the way the runner runs it.
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGateway, type Gateway } from '../../emulator/gateway.js';
import { ROOT } from '../../scripts/local-runner.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';

const KEY = 'sk-prompts-e2e';
let gw: Gateway;
beforeAll(async () => {
  // No minimum size: these tests are about the files; the too-small path has its own gateway below.
  gw = await startGateway({ apiKey: KEY, minTokens: 0 });
});
afterAll(() => gw.close());
beforeEach(() => gw.reset());

const run = (inputs: Record<string, string>, files: Record<string, string | Buffer>) =>
  runAction({ inputs: { 'api-key': KEY, 'base-url': gw.url, ...inputs }, files });
const errors = (r: ActionRun) => r.stdout.split('\n').filter((l) => l.startsWith('::error'));
const sent = () => gw.requests[0]!.json as { model: string; messages: { role: string; content: string }[] };

test('every sample in examples/ runs through the action', async () => {
  const dir = join(ROOT, 'examples', 'prompts');
  const files: Record<string, Buffer> = {};
  for (const name of await readdir(dir)) files[`examples/prompts/${name}`] = await readFile(join(dir, name));
  const formats = Object.keys(files).map((f) => f.replace(/^.*?(\.prompt)?\.(\w+)$/, '$2'));
  expect(new Set(formats)).toEqual(new Set(['md', 'json', 'yml', 'jsonl']));
  for (const file of Object.keys(files)) {
    gw.reset();
    const r = await run({ model: 'Doubao-pro-32k', 'prompt-file': file, vars: 'product: Acme\npolicy: strict' }, files);
    expect({ file, code: r.code, errors: errors(r) }).toEqual({ file, code: 0, errors: [] });
    expect(sent().messages.length).toBeGreaterThan(0);
  }
});

test('several files and a glob, concatenated in order; the log lists them', async () => {
  const r = await run(
    { model: 'gemini-2.5-flash', 'prompt-file': 'prompts/system.md\nprompts/examples/*.jsonl\n' },
    {
      'prompts/system.md': 'Rules.',
      'prompts/examples/b.jsonl': '{"role":"user","content":"b"}\n',
      'prompts/examples/a.jsonl': '{"role":"user","content":"a"}\n{"role":"assistant","content":"ok"}\n'
    }
  );
  expect(r.code).toBe(0);
  expect(sent().messages.map((m) => m.content)).toEqual(['Rules.', 'a', 'ok', 'b']);
  expect(r.stdout).toMatch(
    /^Prompt: prompts\/system\.md, prompts\/examples\/a\.jsonl, prompts\/examples\/b\.jsonl → 4 message\(s\), \d+ bytes, about \d+ tokens; model gemini-2\.5-flash \(from the model input\)\.$/m
  );
});

test('a glob that matches nothing fails before sending', async () => {
  const r = await run({ model: 'gemini-2.5-flash', 'prompt-file': 'prompts/*.yml' }, { 'prompts/a.md': 'x' });
  expect(r.code).toBe(1);
  expect(errors(r)[0]).toMatch(/Input 'prompt-file': "prompts\/\*\.yml" matches no file/);
  expect(gw.requests).toHaveLength(0);
});

test('the model from a .prompt.yml when the input is empty; the input wins otherwise, with a warning', async () => {
  const file = {
    'p.prompt.yml':
      'name: x\nmodel: Doubao-1.5-lite-32k\nmodelParameters: {temperature: 0}\nmessages:\n  - role: system\n    content: Grade.\n'
  };
  const fromFile = await run({ 'prompt-file': 'p.prompt.yml' }, file);
  expect(fromFile.code).toBe(0);
  expect(sent().model).toBe('Doubao-1.5-lite-32k');
  expect(fromFile.outputs['model']).toBe('Doubao-1.5-lite-32k');
  expect(fromFile.stdout).toMatch(/model Doubao-1\.5-lite-32k \(named by p\.prompt\.yml\)/);
  gw.reset();
  const both = await run({ model: 'gemini-2.5-pro', 'prompt-file': 'p.prompt.yml' }, file);
  expect(both.code).toBe(0);
  expect(sent().model).toBe('gemini-2.5-pro');
  expect(both.stdout).toMatch(/^::warning::Input 'model' \(gemini-2\.5-pro\) is used; p\.prompt\.yml names Doubao-1\.5-lite-32k\.$/m);
});

test('model stays required when no file names one', async () => {
  const r = await run({ 'prompt-file': 'p.md' }, { 'p.md': 'x' });
  expect(r.code).toBe(1);
  expect(errors(r)[0]).toMatch(/Input 'model': is required/);
  expect(gw.requests).toHaveLength(0);
});

test('vars fill placeholders after parsing: newlines, quotes and colons survive', async () => {
  const value = 'line 1\n"quoted": value\n  indented: {x}';
  const r = await run(
    { model: 'gemini-2.5-flash', 'prompt-file': 'p.yml', vars: `policy: |\n  line 1\n  "quoted": value\n    indented: {x}\nteam: QA` },
    { 'p.yml': '- role: system\n  content: "Policy: {{policy}} / {{ team }}"\n' }
  );
  expect(r.code).toBe(0);
  expect(sent().messages[0]!.content).toBe(`Policy: ${value}\n / QA`);
});

test('a missing variable is annotated on its file and line, and nothing is sent', async () => {
  const r = await run({ model: 'gemini-2.5-flash', 'prompt-file': 'p.md', vars: 'known: 1' }, { 'p.md': 'Intro\n{{known}} {{unknown}}\n' });
  expect(r.code).toBe(1);
  expect(errors(r)[0]).toMatch(
    /^::error title=Invalid prompt file,file=p\.md,line=2::Prompt file 'p\.md': uses template variables that vars does not define: unknown \(p\.md:2\)/
  );
  expect(gw.requests).toHaveLength(0);
});

test('bad vars name the vars input', async () => {
  const r = await run({ model: 'gemini-2.5-flash', 'prompt-file': 'p.md', vars: '- not\n- a mapping' }, { 'p.md': 'x' });
  expect(r.code).toBe(1);
  expect(errors(r)[0]).toMatch(/Input 'vars': is not a mapping/);
});

test('a YAML syntax error is annotated with line and column', async () => {
  const r = await run(
    { model: 'gemini-2.5-flash', 'prompt-file': 'p.yaml' },
    { 'p.yaml': 'messages:\n  - role: system\n    content: "unclosed\n' }
  );
  expect(r.code).toBe(1);
  expect(errors(r)[0]).toMatch(
    /^::error title=Invalid prompt file,file=p\.yaml,line=\d+,col=\d+::Prompt file 'p\.yaml': is not valid YAML at line \d+, column \d+/
  );
});

test('a bad role at message N is annotated on its line', async () => {
  const r = await run(
    { model: 'gemini-2.5-flash', 'prompt-file': 'p.jsonl' },
    { 'p.jsonl': '{"role":"system","content":"a"}\n{"role":"tool","content":"b"}\n' }
  );
  expect(r.code).toBe(1);
  expect(errors(r)[0]).toMatch(
    /^::error title=Invalid prompt file,file=p\.jsonl,line=2::Prompt file 'p\.jsonl': message 2 role "tool" is not one of system, user, assistant/
  );
});

test('binary-looking files fail', async () => {
  const r = await run(
    { model: 'gemini-2.5-flash', 'prompt-file': 'p.txt' },
    { 'p.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) }
  );
  expect(r.code).toBe(1);
  expect(errors(r)[0]).toMatch(/looks binary/);
});

test('estimated-tokens is an output, and below the Gemini minimum there is a warning', async () => {
  const r = await run({ model: 'gemini-2.5-flash', 'prompt-file': 'p.md' }, { 'p.md': 'a'.repeat(400) });
  expect(r.code).toBe(0);
  expect(r.outputs['estimated-tokens']).toBe('104');
  expect(r.stdout).toMatch(
    /::warning title=Prompt may be too small to cache,file=p\.md::The prompt is about 104 tokens; gemini-2\.5-flash caches only prompts of at least ~1024 tokens/
  );
});

test('a too-small refusal says so plainly, with the server’s minimum and our estimate', async () => {
  const small = await startGateway({ apiKey: KEY, minTokens: 4096 });
  try {
    const r = await runAction({
      inputs: { 'api-key': KEY, 'base-url': small.url, model: 'gemini-3-pro-preview', 'prompt-file': 'p.md' },
      files: { 'p.md': 'a'.repeat(1000) }
    });
    expect(r.code).toBe(1);
    expect(errors(r)[0]).toMatch(
      /The gateway refused the cache: the prompt is too small to cache \(it counted \d+ tokens and its minimum is 4096; this action estimated 254\)\..*Add content to the prompt to reach 4096 tokens/
    );
    expect(small.requests).toHaveLength(1);
  } finally {
    await small.close();
  }
});

test('a link out of the workspace fails before sending, and what it points at never reaches the log', async () => {
  const root = await mkdtemp(join(tmpdir(), 'escape-'));
  try {
    await mkdir(join(root, 'home'));
    await mkdir(join(root, 'ws', 'prompts'), { recursive: true });
    await writeFile(join(root, 'home', 'id_ed25519'), 'BEGIN-PRIVATE-KEY-e2e');
    await writeFile(join(root, 'ws', 'prompts', 'rules.md'), 'Rules.');
    await symlink(join(root, 'home', 'id_ed25519'), join(root, 'ws', 'prompts', 'system.md'));
    const r = await runAction({
      inputs: { 'api-key': KEY, 'base-url': gw.url, model: 'gemini-2.5-flash', 'prompt-file': 'prompts/*.md' },
      workspace: join(root, 'ws')
    });
    expect(r.code).toBe(1);
    expect(errors(r)).toEqual([
      expect.stringMatching(
        /^::error title=Invalid prompt file,file=prompts\/system\.md::Prompt file 'prompts\/system\.md': is a link that leads outside the workspace or to a file that does not exist\. /
      )
    ]);
    expect(gw.requests).toHaveLength(0);
    expect(r.stdout + r.stderr).not.toContain('BEGIN-PRIVATE-KEY-e2e');
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('a file name with line breaks cannot inject a workflow command; ##[ in a name is broken up', async () => {
  const injected = await run(
    { model: 'gemini-2.5-flash', 'prompt-file': 'prompts/*.md' },
    { 'prompts/a.md': 'A', 'prompts/x\n::error title=CI::All tests passed\n.md': 'x' }
  );
  expect(injected.code).toBe(1);
  expect(injected.stdout.split('\n').filter((l) => l.startsWith('::error title=CI'))).toEqual([]);
  expect(errors(injected)).toEqual([expect.stringContaining('has a control character in its name')]);
  expect(gw.requests).toHaveLength(0);
  const stop = await run(
    { model: 'gemini-2.5-flash', 'prompt-file': 'prompts/*.yml' },
    { 'prompts/##[stop-commands]x.yml': 'not: [valid' }
  );
  expect(stop.code).toBe(1);
  expect(stop.stdout).not.toContain('##[stop-commands]');
  expect(errors(stop)[0]).toMatch(/Prompt file 'prompts\/## \[stop-commands\]x\.yml': is not valid YAML/);
});

test('prompts/* skips dotfiles such as .gitkeep and .DS_Store', async () => {
  const r = await run(
    { model: 'gemini-2.5-flash', 'prompt-file': 'prompts/*' },
    { 'prompts/a.md': 'A', 'prompts/.gitkeep': '', 'prompts/.DS_Store': Buffer.from([0, 0, 0, 1]) }
  );
  expect({ code: r.code, errors: errors(r) }).toEqual({ code: 0, errors: [] });
  expect(sent().messages.map((m) => m.content)).toEqual(['A']);
});

// On Node 24, as the runner runs it: Node 20's regexp compiler aborts the process when the YAML
// parser runs at a deep stack twice, so this is not a unit test.
test('deeply nested YAML and JSON are annotated as prompt errors, never a crash or "Unexpected error"', async () => {
  for (const [file, text] of [
    ['deep.yml', `${'- '.repeat(30_000)}x\n`],
    ['flow.yml', `messages: ${'['.repeat(100_000)}\n`],
    ['deep.json', '['.repeat(200_000)]
  ] as const) {
    const r = await run({ model: 'gemini-2.5-flash', 'prompt-file': file }, { [file]: text });
    expect({ file, code: r.code }).toEqual({ file, code: 1 });
    expect(errors(r)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^::error title=Invalid prompt file,file=${file.replace('.', '\\.')}(,line=\\d+,col=\\d+)?::Prompt file '${file.replace('.', '\\.')}': `
        )
      )
    ]);
    expect(r.stdout).not.toMatch(/Unexpected error/);
  }
  expect(gw.requests).toHaveLength(0);
});

// Peak memory against a baseline measured in the same test (a one-line prompt), with a wide
// margin: at 8 MiB, short YAML messages took ~1,040 MiB above the baseline before the fast path
// (~190 MiB after), and Chinese text ~170 MiB (~20 MiB after) while its tokens were estimated.
test('8 MiB of short YAML messages or of Chinese text stay far below the old peak memory', async () => {
  const dryRun = (file: string, text: string) =>
    runAction({
      inputs: { 'api-key': KEY, model: 'gemini-2.5-flash', 'prompt-file': file, 'dry-run': 'true' },
      files: { [file]: text },
      sampleMemory: true,
      timeoutMs: 60_000
    });
  const base = await dryRun('p.yml', '- role: user\n  content: hi\n');
  const MiB = 1024;
  const yaml = Array.from({ length: 260_000 }, (_, i) => `- role: user\n  content: m${i}\n`).join('');
  const chinese = '评分者阅读每个答案并根据评分标准打分，引用相应的行。\n'.repeat(100_000);
  for (const [file, text, over] of [
    ['short.yml', yaml, 450],
    ['chinese.md', chinese, 90]
  ] as const) {
    expect(Buffer.byteLength(text)).toBeGreaterThan(7.5 * 1024 * 1024);
    const r = await dryRun(file, text);
    expect({ file, code: r.code }).toEqual({ file, code: 0 });
    const above = Math.round((r.peakRssKiB! - base.peakRssKiB!) / MiB);
    // A failure names the file and the figure.
    expect({ file, above: above < over ? 'under the bound' : `${above} MiB` }).toEqual({ file, above: 'under the bound' });
  }
});
