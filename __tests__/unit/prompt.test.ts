import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PromptError } from '../../src/errors.js';
import { estimateTokens } from '../../src/prompt/estimate.js';
import { jsonErrorPosition, parsePrompt } from '../../src/prompt/formats.js';
import { loadPrompt } from '../../src/prompt/read.js';

function promptError(fn: () => unknown): PromptError {
  try {
    fn();
  } catch (e) {
    if (e instanceof PromptError) return e;
    throw e;
  }
  throw new Error('expected a PromptError');
}

describe('parsePrompt', () => {
  test('a text or Markdown file is one message with the given role, verbatim', () => {
    const text = '# Rules\n\nBe {{terse}}.\n';
    expect(parsePrompt(text, 'p.md', 'system')).toEqual([{ role: 'system', content: text }]);
    expect(parsePrompt(text, 'p.txt', 'user')).toEqual([{ role: 'user', content: text }]);
    expect(parsePrompt('{"not": "json file"}', 'p.prompt', 'system')).toHaveLength(1);
  });

  test('a JSON array of messages, or an object with messages', () => {
    const messages = [
      { role: 'system', content: 'You are a reviewer.' },
      { role: 'user', content: '你好' },
      { role: 'assistant', content: 'Hi' }
    ];
    expect(parsePrompt(JSON.stringify(messages), 'p.json', 'system')).toEqual(messages);
    expect(parsePrompt(JSON.stringify({ name: 'x', messages }), 'P.JSON', 'system')).toEqual(messages);
  });

  test('extra keys on a message are not sent', () => {
    const out = parsePrompt('[{"role":"user","content":"a","name":"bob"}]', 'p.json', 'system');
    expect(out).toEqual([{ role: 'user', content: 'a' }]);
  });

  test('invalid JSON names the file, the line and the column', () => {
    const text = '[\n  {"role": "system", "content": "a"},\n  {"role": "user" "content": "b"}\n]';
    const e = promptError(() => parsePrompt(text, 'prompts/p.json', 'system'));
    expect(e.message).toMatch(/^Prompt file 'prompts\/p.json': is not valid JSON at line 3, column \d+/);
    expect(e.annotation).toMatchObject({ file: 'prompts/p.json', startLine: 3 });
    expect(e.hint).toMatch(/Fix the syntax/);
  });

  test('JSON cut short points at its end', () => {
    const e = promptError(() => parsePrompt('[{"role": "system",\n"content": "a"', 'p.json', 'system'));
    expect(e.annotation?.startLine).toBe(2);
  });

  test.each([
    ['[]', /empty message list/],
    ['{"prompt": "x"}', /holds no message list/],
    ['"just a string"', /holds no message list/],
    [
      '[{"role": "system", "content": "a"}, {"role": "tool", "content": "b"}]',
      /message 2 role "tool" is not one of system, user, assistant/
    ],
    ['[{"role": "system", "content": "   "}]', /message 1 content is empty/],
    ['[{"role": "system", "content": 42}]', /message 1 content is not a string/],
    ['[{"role": "system"}]', /message 1 content is not a string/],
    ['["hello"]', /message 1 is not a \{role, content\} object/]
  ])('%s is refused: %s', (text, why) => {
    const e = promptError(() => parsePrompt(text, 'p.json', 'system'));
    expect(e.message).toMatch(why);
    expect(e.message).toMatch(/^Prompt file 'p.json'/);
  });

  test('a bad message is pinned to its line', () => {
    const text =
      '{\n  "messages": [\n    {"role": "system", "content": "a"},\n    {\n      "role": "robot",\n      "content": "b"\n    }\n  ]\n}';
    const e = promptError(() => parsePrompt(text, 'p.json', 'system'));
    expect(e.annotation).toMatchObject({ file: 'p.json', startLine: 4 });
  });

  test('an empty or whitespace-only file is refused', () => {
    expect(promptError(() => parsePrompt(' \n\t\n', 'p.txt', 'system')).message).toMatch(/is empty/);
    expect(promptError(() => parsePrompt('', 'p.json', 'system')).message).toMatch(/is empty/);
  });

  test('jsonErrorPosition reads both of node’s message styles', () => {
    expect(jsonErrorPosition('ab\ncd', new Error('Unexpected token c in JSON at position 3'))).toEqual({ line: 2, column: 1 });
    expect(jsonErrorPosition('', new Error('Unexpected token (line 4 column 7)'))).toEqual({ line: 4, column: 7 });
  });
});

describe('loadPrompt (real files)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'prompt-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));
  const load = (file: string) => loadPrompt(file, { workspace: dir, role: 'system' });

  test('reads relative to the workspace and drops a UTF-8 BOM', async () => {
    await mkdir(join(dir, 'prompts'));
    await writeFile(join(dir, 'prompts/s.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Hello 世界')]));
    const p = await load('prompts/s.md');
    expect(p.messages).toEqual([{ role: 'system', content: 'Hello 世界' }]);
    expect(p.bytes).toBe(3 + Buffer.byteLength('Hello 世界'));
    expect(p.estimatedTokens).toBeGreaterThan(0);
  });

  test('an absolute path is used as is', async () => {
    await writeFile(join(dir, 'abs.txt'), 'x');
    expect((await loadPrompt(join(dir, 'abs.txt'), { workspace: '/nonexistent', role: 'user' })).messages[0]!.role).toBe('user');
  });

  test.each([
    ['missing.txt', null, /does not exist.*relative to the repository root/],
    ['adir', 'dir', /is a directory/],
    ['bin.txt', Buffer.from([0x66, 0x6f, 0xff, 0xfe]), /not valid UTF-8/],
    ['nul.txt', Buffer.from('abc\0def'), /NUL byte/],
    ['blank.md', Buffer.from('\n\n  \n'), /is empty/]
  ])('%s is refused before anything is sent', async (name, content, why) => {
    if (content === 'dir') await mkdir(join(dir, name));
    else if (content) await writeFile(join(dir, name), content as Buffer);
    const e = await load(name).then(
      () => undefined,
      (err: unknown) => err
    );
    expect(e).toBeInstanceOf(PromptError);
    expect((e as PromptError).describe()).toMatch(why);
    expect((e as PromptError).describe()).toContain(`Prompt file '${name}'`);
  });
});

describe('estimateTokens', () => {
  test('about 4 characters a token in English, more tokens per CJK character', () => {
    const english = estimateTokens([{ role: 'system', content: 'a'.repeat(4000) }]);
    expect(english).toBe(1000 + 4);
    const cjk = estimateTokens([{ role: 'system', content: '好'.repeat(3000) }]);
    expect(cjk).toBe(2000 + 4);
    expect(
      estimateTokens([
        { role: 'user', content: 'hi' },
        { role: 'user', content: 'hi' }
      ])
    ).toBe(10);
  });
});
