import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, FileError } from '../../src/errors.js';
import { estimateTokens } from '../../src/prompt/estimate.js';
import { formatOf, parsePrompt } from '../../src/prompt/formats.js';
import { syntaxErrorOffset } from '../../src/prompt/json.js';
import { loadPrompt } from '../../src/prompt/read.js';
import { parseVars } from '../../src/prompt/template.js';
import { costRatio } from '../helpers/linear.js';

async function promptError(p: Promise<unknown> | (() => unknown)): Promise<FileError> {
  const e = await Promise.resolve()
    .then(() => (typeof p === 'function' ? p() : p))
    .then(
      () => undefined,
      (err: unknown) => err
    );
  if (e instanceof FileError) return e;
  throw new Error(`expected a FileError, got ${String(e)}`);
}

const messages = [
  { role: 'system', content: 'You are a reviewer.' },
  { role: 'user', content: '你好' },
  { role: 'assistant', content: 'Hi' }
];

describe('formats', () => {
  test('by extension; content decides only where there is none', () => {
    expect(formatOf('p.md', '[]')).toBe('text');
    expect(formatOf('p.txt', '{"messages": []}')).toBe('text');
    expect(formatOf('p.JSON', '')).toBe('json');
    expect(formatOf('p.jsonl', '')).toBe('jsonl');
    expect(formatOf('p.ndjson', '')).toBe('jsonl');
    expect(formatOf('a.prompt.yml', '')).toBe('yaml');
    expect(formatOf('p.yaml', '')).toBe('yaml');
    expect(formatOf('prompts/PROMPT', '[{"role":"user","content":"x"}]')).toBe('json');
    expect(formatOf('prompts/PROMPT', '{"messages": [{"role": "user", "content": "x"}]}')).toBe('json');
    expect(formatOf('prompts/PROMPT', '{not json')).toBe('text');
    expect(formatOf('prompts/PROMPT', 'Be brief.')).toBe('text');
  });

  test('a text or Markdown file is one message with the given role, verbatim', async () => {
    const text = '# Rules\n\nBe {{terse}}.\n';
    expect((await parsePrompt(text, 'p.md', 'system')).messages).toEqual([{ role: 'system', content: text }]);
    expect((await parsePrompt(text, 'p.txt', 'user')).messages).toEqual([{ role: 'user', content: text }]);
  });

  test('JSON: a list of messages, or an object with messages and model', async () => {
    expect((await parsePrompt(JSON.stringify(messages), 'p.json', 'system')).messages).toEqual(messages);
    const parsed = await parsePrompt(JSON.stringify({ name: 'x', model: 'gemini-2.5-pro', messages }), 'p.json', 'system');
    expect(parsed).toEqual({ messages, lineOf: expect.any(Function), model: 'gemini-2.5-pro', ignoredKeys: ['name'] });
    expect([0, 1, 2].map(parsed.lineOf)).toEqual([1, 1, 1]);
  });

  test('extra keys on a message are not sent', async () => {
    const out = await parsePrompt('[{"role":"user","content":"a","name":"bob"}]', 'p.json', 'system');
    expect(out.messages).toEqual([{ role: 'user', content: 'a' }]);
  });

  test('YAML: both shapes, and the .prompt.yml layout with its other keys ignored', async () => {
    const list = '- role: system\n  content: |\n    Grade strictly.\n    Answer in JSON.\n- role: user\n  content: "Hello: world"\n';
    expect((await parsePrompt(list, 'p.yaml', 'system')).messages).toEqual([
      { role: 'system', content: 'Grade strictly.\nAnswer in JSON.\n' },
      { role: 'user', content: 'Hello: world' }
    ]);
    const promptYml = [
      'name: Grader',
      'description: Grades answers',
      'model: openai/gpt-4o',
      'modelParameters:',
      '  temperature: 0.2',
      'messages:',
      '  - role: system',
      '    content: You grade answers.',
      '  - role: user',
      '    content: "{{input}}"',
      'testData:',
      '  - input: x'
    ].join('\n');
    const parsed = await parsePrompt(promptYml, 'grader.prompt.yml', 'system');
    expect(parsed.model).toBe('openai/gpt-4o');
    expect(parsed.messages).toEqual([
      { role: 'system', content: 'You grade answers.' },
      { role: 'user', content: '{{input}}' }
    ]);
    expect(parsed.ignoredKeys).toEqual(['name', 'description', 'modelParameters', 'testData']);
  });

  test('JSONL: one message per line, blank lines skipped', async () => {
    const text = '{"role":"system","content":"a"}\n\n{"role":"user","content":"b"}\n';
    expect((await parsePrompt(text, 'p.jsonl', 'system')).messages).toEqual([
      { role: 'system', content: 'a' },
      { role: 'user', content: 'b' }
    ]);
  });

  test('invalid JSON names the file, the line and the column', async () => {
    const text = '[\n  {"role": "system", "content": "a"},\n  {"role": "user" "content": "b"}\n]';
    const e = await promptError(parsePrompt(text, 'prompts/p.json', 'system'));
    expect(e.message).toMatch(/^Prompt file 'prompts\/p.json': is not valid JSON at line 3, column \d+/);
    expect(e.annotation).toMatchObject({ file: 'prompts/p.json', startLine: 3, startColumn: expect.any(Number) });
    expect(e.hint).toMatch(/Fix the syntax/);
  });

  test('JSON cut short points at its end', async () => {
    const e = await promptError(parsePrompt('[{"role": "system",\n"content": "a"', 'p.json', 'system'));
    expect(e.annotation?.startLine).toBe(2);
  });

  test('invalid YAML names the line and column', async () => {
    const e = await promptError(parsePrompt('messages:\n  - role: system\n    content: [unclosed\n', 'p.yml', 'system'));
    expect(e.message).toMatch(/^Prompt file 'p.yml': is not valid YAML at line \d+, column \d+/);
    expect(e.annotation).toMatchObject({ file: 'p.yml', startLine: expect.any(Number), startColumn: expect.any(Number) });
  });

  test('a bad line in JSONL is pinned to it', async () => {
    const e = await promptError(parsePrompt('{"role":"system","content":"a"}\n{"role":"user","content":}\n', 'p.jsonl', 'system'));
    expect(e.message).toMatch(/line 2 is not valid JSON/);
    expect(e.annotation?.startLine).toBe(2);
    const role = await promptError(parsePrompt('{"role":"system","content":"a"}\n\n{"role":"bot","content":"b"}\n', 'p.jsonl', 'system'));
    expect(role.message).toMatch(/message 2 role "bot"/);
    expect(role.annotation?.startLine).toBe(3);
  });

  test.each([
    ['[]', /empty message list/],
    ['{"prompt": "x"}', /holds no message list/],
    ['"just a string"', /holds no message list/],
    ['{"model": 42, "messages": [{"role":"user","content":"x"}]}', /"model" is 42, not a model id/],
    [
      '[{"role": "system", "content": "a"}, {"role": "tool", "content": "b"}]',
      /message 2 role "tool" is not one of system, user, assistant/
    ],
    ['[{"content": "a"}]', /message 1 role is missing and is not one of/],
    ['[{"role": "system", "content": "   "}]', /message 1 content is empty/],
    ['[{"role": "system", "content": 42}]', /message 1 content is not a string/],
    ['[{"role": "system"}]', /message 1 content is not a string/],
    ['["hello"]', /message 1 is not a \{role, content\} object/]
  ])('%s is refused: %s', async (text, why) => {
    const e = await promptError(parsePrompt(text, 'p.json', 'system'));
    expect(e.message).toMatch(why);
    expect(e.message).toMatch(/^Prompt file 'p.json'/);
  });

  test('a bad message is pinned to its line, in JSON and in YAML', async () => {
    const json =
      '{\n  "messages": [\n    {"role": "system", "content": "a"},\n    {\n      "role": "robot",\n      "content": "b"\n    }\n  ]\n}';
    expect((await promptError(parsePrompt(json, 'p.json', 'system'))).annotation).toMatchObject({ file: 'p.json', startLine: 4 });
    const yaml = 'messages:\n  - role: system\n    content: a\n  - role: user\n    content: ""\n';
    const e = await promptError(parsePrompt(yaml, 'p.yml', 'system'));
    expect(e.message).toMatch(/message 2 content is empty/);
    expect(e.annotation).toMatchObject({ file: 'p.yml', startLine: 4 });
  });

  test('an empty or whitespace-only file is refused', async () => {
    expect((await promptError(parsePrompt(' \n\t\n', 'p.txt', 'system'))).message).toMatch(/is empty/);
    expect((await promptError(parsePrompt('', 'p.yml', 'system'))).message).toMatch(/is empty/);
  });

  test.each([
    ['[{"role": "user", "content": x}]', 29],
    ['[{"a": 1},]', 10],
    ['{"a" 1}', 5],
    ['[1, 2', 5],
    ['"abc', 4],
    ['[tru]', 4],
    ['{"a": "\\q"}', 8],
    ['[1] x', 4]
  ])('syntaxErrorOffset(%j) = %i', (text, offset) => {
    expect(syntaxErrorOffset(text)).toBe(offset);
  });

  test('the commonest JSON mistakes are pinned to line and column, without an echo of the file', async () => {
    const trailing = '{\n  "messages": [\n    {"role": "user", "content": "a"},\n  ]\n}';
    const e = await promptError(parsePrompt(trailing, 'p.json', 'system'));
    expect(e.annotation).toMatchObject({ startLine: 4, startColumn: 3 });
    expect(e.message).toMatch(/^Prompt file 'p.json': is not valid JSON at line 4, column 3: /);
    expect(e.message).not.toMatch(/"messages"|is not valid JSON$/);
    const unquoted = '[\n  {"role": "user", "content": hello}\n]';
    expect((await promptError(parsePrompt(unquoted, 'p.json', 'system'))).annotation).toMatchObject({ startLine: 2, startColumn: 31 });
  });

  test('message lines: items counted at list depth, nested "messages" keys ignored', async () => {
    const text =
      '{\n  "meta": {"messages": [1]},\n  "messages": [\n    "oops-not-an-object",\n    {"role": "user", "content": "x"}\n  ]\n}';
    const e = await promptError(parsePrompt(text, 'p.json', 'system'));
    expect(e.message).toMatch(/message 1 is not a \{role, content\} object/);
    expect(e.annotation?.startLine).toBe(4);
    const second = '[\n  {"role": "user", "content": "a"},\n  "b",\n  {"role": "user", "content": "c"}\n]';
    expect((await promptError(parsePrompt(second, 'p.json', 'system'))).annotation?.startLine).toBe(3);
  });

  test('JSONL with CRLF line endings', async () => {
    const parsed = await parsePrompt('{"role":"system","content":"a"}\r\n{"role":"user","content":"b"}\r\n', 'p.jsonl', 'system');
    expect(parsed.messages.map((m) => m.content)).toEqual(['a', 'b']);
    expect([parsed.lineOf(0), parsed.lineOf(1)]).toEqual([1, 2]);
  });

  test('an extensionless file is JSON only when it is a list of role objects', async () => {
    expect(formatOf('PROMPT', '[1, 2]')).toBe('text');
    expect(formatOf('PROMPT', '{"messages": [{"role":"user","content":"x"}]}')).toBe('json');
  });

  test('a YAML document that expands without bound is a prompt error, not a crash', async () => {
    const text = `a: &a [x, x, x, x, x, x, x, x, x, x]\nmessages:\n${Array.from({ length: 1200 }, () => '  - *a').join('\n')}\n`;
    const e = await promptError(parsePrompt(text, 'p.yml', 'system'));
    expect(e.describe()).toBe(
      "Prompt file 'p.yml': repeats aliases (*name) too often: more than 100 are expanded. Repeat fewer aliases, or write the content out"
    );
  });

  test('the alias budget is low: 101 aliases of one message are refused, 100 are read', async () => {
    const yaml = (n: number) => `- &m {role: user, content: hi}\n${'- *m\n'.repeat(n)}`;
    expect((await parsePrompt(yaml(99), 'p.yml', 'system')).messages).toHaveLength(100);
    expect((await promptError(parsePrompt(yaml(101), 'p.yml', 'system'))).message).toMatch(/repeats aliases/);
  });

  test('JSON of 200,000 [ is annotated with line and column, never a crash', async () => {
    const e = await promptError(parsePrompt('['.repeat(200_000), 'deep.json', 'system'));
    expect(e.message).toMatch(/^Prompt file 'deep\.json': is not valid JSON at line 1, column 200001: /);
    expect(e.annotation).toMatchObject({ file: 'deep.json', startLine: 1, startColumn: 200_001 });
    expect(syntaxErrorOffset(`${'[{"a":'.repeat(100_000)}1${'}]'.repeat(100_000)},`)).toBe(800_001);
  });

  test('a large JSON prompt is validated in linear time: 8x the messages cost well under 64x the time', async () => {
    const doc = (n: number) =>
      JSON.stringify(
        Array.from({ length: n }, (_, i) => ({ role: 'user', content: `message ${i} `.repeat(20) })),
        null,
        1
      );
    // Small enough that the collector's share stays linear too (40,000 messages measured 40x under load).
    const texts = new Map([1_000, 8_000].map((n) => [n, doc(n)]));
    const ratio = await costRatio(
      async (n) => expect((await parsePrompt(texts.get(n)!, 'p.json', 'system')).messages).toHaveLength(n),
      1_000,
      8
    );
    // Linear is 8 (up to twice that with the collector's share at the larger size); quadratic, 64.
    expect(ratio).toBeLessThan(32);
  });
});

describe('loadPrompt (real files)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'prompt-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));
  const put = async (files: Record<string, string | Buffer>) => {
    for (const [path, content] of Object.entries(files)) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), content);
    }
  };
  const load = (entries: string[], vars?: Record<string, string>) =>
    loadPrompt(entries, { workspace: dir, role: 'system', vars: vars ? new Map(Object.entries(vars)) : undefined });

  test('reads relative to the workspace and drops a UTF-8 BOM', async () => {
    await put({ 'prompts/s.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Hello 世界')]) });
    const p = await load(['prompts/s.md']);
    expect(p.messages).toEqual([{ role: 'system', content: 'Hello 世界' }]);
    expect(p.bytes).toBe(Buffer.byteLength('Hello 世界'));
    expect(p.files).toEqual([{ file: 'prompts/s.md', bytes: 3 + p.bytes, messages: 1, ignoredKeys: [] }]);
    expect(p.estimatedTokens).toBeGreaterThan(0);
  });

  test('an absolute path is used as is', async () => {
    await put({ 'abs.txt': 'x' });
    const p = await loadPrompt([join(dir, 'abs.txt')], { workspace: '/nonexistent', role: 'user' });
    expect(p.messages[0]!.role).toBe('user');
  });

  test('several files are concatenated in the order given', async () => {
    await put({ 'prompts/system.md': 'Rules.', 'prompts/examples.json': JSON.stringify(messages.slice(1)) });
    const p = await load(['prompts/system.md', 'prompts/examples.json']);
    expect(p.messages).toEqual([{ role: 'system', content: 'Rules.' }, ...messages.slice(1)]);
    expect(p.files.map((f) => f.file)).toEqual(['prompts/system.md', 'prompts/examples.json']);
  });

  test('a pattern expands in sorted order; a file named twice is read once', async () => {
    await put({ 'prompts/b.md': 'B', 'prompts/a.md': 'A', 'prompts/10.md': '10', 'prompts/sub/c.md': 'C', 'prompts/x.txt': 'X' });
    expect((await load(['prompts/*.md'])).files.map((f) => f.file)).toEqual(['prompts/10.md', 'prompts/a.md', 'prompts/b.md']);
    expect((await load(['prompts/b.md', 'prompts/*.md'])).files.map((f) => f.file)).toEqual([
      'prompts/b.md',
      'prompts/10.md',
      'prompts/a.md'
    ]);
    expect((await load(['prompts/**/*.md'])).files.map((f) => f.file)).toEqual([
      'prompts/10.md',
      'prompts/a.md',
      'prompts/b.md',
      'prompts/sub/c.md'
    ]);
    expect((await load(['prompts/[ab].md', 'prompts/?.txt'])).files.map((f) => f.file)).toEqual([
      'prompts/a.md',
      'prompts/b.md',
      'prompts/x.txt'
    ]);
  });

  test('a pattern that matches nothing, or a missing file, is an input error', async () => {
    await put({ 'prompts/a.md': 'A' });
    const noMatch = await load(['prompts/*.yml']).catch((e: unknown) => e);
    expect(noMatch).toBeInstanceOf(InputError);
    expect((noMatch as InputError).describe()).toMatch(/^Input 'prompt-file': "prompts\/\*\.yml" matches no file\. Check the pattern/);
    const missing = await load(['missing.txt']).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(InputError);
    expect((missing as InputError).describe()).toMatch(
      /^Input 'prompt-file': "missing.txt" does not exist\. Check the path; it is read relative to the repository root/
    );
  });

  test('./ and repeated spellings name one file; paths show relative to the workspace', async () => {
    await put({ 'prompts/a.md': 'A', 'prompts/b.md': 'B' });
    const p = await load(['./prompts/a.md', 'prompts/*.md', join(dir, 'prompts/b.md')]);
    expect(p.files.map((f) => f.file)).toEqual(['prompts/a.md', 'prompts/b.md']);
    expect(p.messages).toHaveLength(2);
  });

  test('an existing path with [brackets] is a path, not a pattern; absolute patterns work', async () => {
    await put({ '[draft]/d.md': 'D', 'p/x.md': 'X' });
    expect((await load(['[draft]/d.md'])).files.map((f) => f.file)).toEqual(['[draft]/d.md']);
    expect((await load([`${dir}/p/*.md`])).files.map((f) => f.file)).toEqual(['p/x.md']);
  });

  test('* skips dotfiles and braces expand, as in bash', async () => {
    await put({
      'prompts/a.md': 'A',
      'prompts/b.yml': '- role: user\n  content: B\n',
      'prompts/.gitkeep': '',
      'prompts/.DS_Store': '\0\0'
    });
    expect((await load(['prompts/*'])).files.map((f) => f.file)).toEqual(['prompts/a.md', 'prompts/b.yml']);
    expect((await load(['prompts/{b,a}.*'])).files.map((f) => f.file)).toEqual(['prompts/a.md', 'prompts/b.yml']);
  });

  test('a link out of the workspace is refused before anything is read', async () => {
    const home = await mkdtemp(join(tmpdir(), 'home-'));
    try {
      await writeFile(join(home, 'id_ed25519'), 'PRIVATE');
      await mkdir(join(dir, 'prompts'));
      await symlink(join(home, 'id_ed25519'), join(dir, 'prompts/system.md'));
      const e = await promptError(load(['prompts/*.md']));
      expect(e.message).toMatch(
        /^Prompt file 'prompts\/system\.md': is a link that leads outside the workspace or to a file that does not exist$/
      );
      expect((await promptError(load(['prompts/../.git/config']))).message).toMatch(/is inside \.git\//);
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });

  test('links to files count, links to directories are not followed', async () => {
    await put({ 'real/a.md': 'A' });
    const { symlink } = await import('node:fs/promises');
    await mkdir(join(dir, 'p'));
    await symlink(join(dir, 'real/a.md'), join(dir, 'p/link.md'));
    await symlink(join(dir, 'real'), join(dir, 'p/dirlink'));
    expect((await load(['p/*'])).files.map((f) => f.file)).toEqual(['p/link.md']);
  });

  test('an invalid pattern matches nothing: an input error, not a crash', async () => {
    const e = await load(['p/[z-a].md']).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toMatch(/"p\/\[z-a\]\.md" matches no file/);
  });

  test('the models files name come along, in file order', async () => {
    await put({
      'a.yml': 'model: Doubao-pro-32k\nmessages:\n  - role: system\n    content: a\n',
      'b.json': '{"model": "gemini-2.5-pro", "messages": [{"role":"user","content":"b"}]}'
    });
    expect((await load(['a.yml'])).models).toEqual([{ id: 'Doubao-pro-32k', file: 'a.yml' }]);
    expect((await load(['a.yml', 'b.json'])).models).toEqual([
      { id: 'Doubao-pro-32k', file: 'a.yml' },
      { id: 'gemini-2.5-pro', file: 'b.json' }
    ]);
  });

  test('templating fills {{name}} and {{ name }} after parsing, so values cannot break the format', async () => {
    const value = 'line one\n"quoted": yes, {braces} and\ttabs';
    await put({ 'p.json': '[{"role":"system","content":"Policy: {{policy}}. Again: {{ policy }}. Team {{team}}."}]' });
    const p = await load(['p.json'], { policy: value, team: 'QA', spare: 'x' });
    expect(p.messages[0]!.content).toBe(`Policy: ${value}. Again: ${value}. Team QA.`);
    expect(p.unusedVars).toEqual(['spare']);
  });

  test('a value is not itself templated again', async () => {
    await put({ 'p.md': '{{a}}' });
    expect((await load(['p.md'], { a: '{{b}}', b: 'no' })).messages[0]!.content).toBe('{{b}}');
  });

  test('without vars, placeholders are sent verbatim', async () => {
    await put({ 'p.md': 'Show the model {{this}}.' });
    expect((await load(['p.md'])).messages[0]!.content).toBe('Show the model {{this}}.');
  });

  test('every placeholder without a value is listed, with its file and line', async () => {
    await put({ 'a.md': 'Intro\n\n{{ audience }} and {{tone}}\n', 'b.md': 'x {{audience}}' });
    const e = await promptError(load(['a.md', 'b.md'], { other: '1' }));
    expect(e.message).toBe(
      "Prompt file 'a.md': uses template variables that vars does not define: audience (a.md:3), tone (a.md:3), audience (b.md:1)"
    );
    expect(e.annotation).toMatchObject({ file: 'a.md', startLine: 3 });
  });

  test('many distinct missing placeholders: the first 20 listed and the rest counted, in linear time', async () => {
    const text = (n: number) => Array.from({ length: n }, (_, i) => `{{v${i}}}`).join('\n');
    await put({ 'many.md': text(50_000) });
    const e = await promptError(load(['many.md'], { other: '1' }));
    expect(e.message).toMatch(
      /^Prompt file 'many\.md': uses template variables that vars does not define: v0 \(many\.md:1\), v1 \(many\.md:2\), /
    );
    expect(e.message).toMatch(/, v19 \(many\.md:20\) and 49,980 more$/);
    expect(e.message.length).toBeLessThan(1000);
    const sources = new Map(
      [10_000, 80_000].map((n) => [
        n,
        [{ file: 'm.md', text: text(n), messages: [{ role: 'user' as const, content: text(n) }], lineOf: () => 1 }]
      ])
    );
    const { render } = await import('../../src/prompt/template.js');
    const vars = new Map([['other', '1']]);
    expect(await costRatio((n) => expect(() => render(sources.get(n)!, vars)).toThrow(/more$/), 10_000, 8)).toBeLessThan(32);
  });

  test('the content to send is capped after YAML aliases are expanded, naming the file', async () => {
    const big = 'x'.repeat(1024 * 1024);
    await put({ 'a.yml': `- &m {role: user, content: ${big}}\n${'- *m\n'.repeat(40)}` });
    const e = await promptError(load(['a.yml']));
    expect(e.describe()).toBe(
      "Prompt file 'a.yml': brings the content to send over 32 MiB once YAML aliases (*name) are expanded. Expand less: repeat fewer aliases, or cache fewer files"
    );
  });

  test('the content to send is capped while vars are filled, before the whole text is built', async () => {
    await put({ 'p.md': '{{p}}'.repeat(400_000) });
    const e = await promptError(load(['p.md'], { p: 'y'.repeat(100) }));
    expect(e.message).toBe("Prompt file 'p.md': brings the content to send over 32 MiB once vars are expanded");
    expect(e.hint).toMatch(/shorter vars values or fewer placeholders/);
    // Under the cap, the bytes reported are those sent.
    expect((await load(['p.md'], { p: 'é' })).bytes).toBe(800_000);
  });

  test.each([
    ['adir', 'dir', /is a directory/],
    ['bin.txt', Buffer.from([0x66, 0x6f, 0xff, 0xfe]), /not valid UTF-8/],
    ['nul.txt', Buffer.from('abc\0def'), /NUL byte/],
    ['blank.md', Buffer.from('\n\n  \n'), /is empty/]
  ])('%s is refused before anything is sent', async (name, content, why) => {
    if (content === 'dir') await mkdir(join(dir, name));
    else if (content) await writeFile(join(dir, name), content as Buffer);
    const e = await promptError(load([name]));
    expect(e.describe()).toMatch(why);
    expect(e.describe()).toContain(`Prompt file '${name}'`);
  });
});

describe('vars', () => {
  test('a YAML mapping, multi-line values included', async () => {
    const vars = await parseVars('team: QA\nlimit: 3\nstrict: true\nempty:\npolicy: |\n  one\n  two\n');
    expect(Object.fromEntries(vars)).toEqual({ team: 'QA', limit: '3', strict: 'true', empty: '', policy: 'one\ntwo\n' });
  });

  test.each([
    ['just text', /not a mapping/],
    ['- a\n- b', /not a mapping/],
    ['a: [1, 2]', /the value of a is a list/],
    ['a:\n  b: 1', /the value of a is a mapping/],
    ['"bad name": 1', /"bad name" is not a variable name/],
    ['a: 1\na: 2', /not valid YAML/],
    ['a: "unclosed', /not valid YAML/]
  ])('%j is refused, naming the vars input', async (text, why) => {
    const e = await parseVars(text).then(
      () => undefined,
      (err: unknown) => err
    );
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).describe()).toMatch(/^Input 'vars': /);
    expect((e as InputError).describe()).toMatch(why);
  });
});

describe('estimateTokens', () => {
  test('about 4 characters a token in English, more tokens per CJK character', () => {
    expect(estimateTokens([{ role: 'system', content: 'a'.repeat(4000) }])).toBe(1000 + 4);
    expect(estimateTokens([{ role: 'system', content: '好'.repeat(3000) }])).toBe(2000 + 4);
    expect(
      estimateTokens([
        { role: 'user', content: 'hi' },
        { role: 'user', content: 'hi' }
      ])
    ).toBe(10);
  });
});

describe('placeholder lines skip YAML comments', () => {
  test('the line is where the placeholder is used, not where a comment mentions it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'prompt-'));
    try {
      await writeFile(join(dir, 'p.yml'), '# fills {{who}}\nmessages:\n  - role: system\n    content: Hi {{who}}\n');
      await writeFile(join(dir, 'p.md'), '# {{who}}\n');
      const load = (file: string) => loadPrompt([file], { workspace: dir, role: 'system', vars: new Map([['x', '1']]) });
      expect((await promptError(load('p.yml'))).annotation?.startLine).toBe(4);
      expect((await promptError(load('p.md'))).annotation?.startLine).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
