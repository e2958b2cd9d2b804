// The workspace-file layer, attacked as a pull request's author would: links out of the workspace,
// .git, names with control characters, files that never end, FIFOs. Real files, no mocks.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FileError, InputError } from '../../src/errors.js';
import { decode, readBounded, resolveFiles, type FileRules } from '../../src/files/workspace.js';

let root: string;
let ws: string;
let outside: string;
let rules: FileRules;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'workspace-'));
  ws = join(root, 'repo');
  outside = join(root, 'home');
  await mkdir(ws);
  await mkdir(outside);
  await writeFile(join(outside, 'id_ed25519'), 'PRIVATE KEY');
  await put({ '.git/config': '[http] extraheader = AUTHORIZATION: basic c2VjcmV0', 'prompts/a.md': 'A' });
  rules = { workspace: ws, input: 'prompt-file', noun: 'Prompt file' };
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function put(files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(ws, path)), { recursive: true });
    await writeFile(join(ws, path), content);
  }
}

async function refusal(entries: string[], r: FileRules = rules): Promise<FileError | InputError> {
  const e = await resolveFiles(entries, r).then(
    (files) => new Error(`expected a refusal, got ${JSON.stringify(files)}`),
    (err: unknown) => err
  );
  if (e instanceof FileError || e instanceof InputError) return e;
  throw e;
}

describe('resolveFiles: links and .git', () => {
  test('a link to a file outside the workspace is refused, by path and through a glob', async () => {
    await symlink(join(outside, 'id_ed25519'), join(ws, 'prompts/system.md'));
    for (const entry of ['prompts/system.md', 'prompts/*.md']) {
      const e = await refusal([entry]);
      expect(e).toBeInstanceOf(FileError);
      expect(e.message).toBe(
        `Prompt file 'prompts/system.md': is a link that leads outside the workspace or to a file that does not exist`
      );
      expect(e.hint).toMatch(/name it in the workflow by an absolute path or one starting with \.\.\//);
    }
  });

  test('a link to a directory outside the workspace is refused for every file reached through it', async () => {
    await symlink(outside, join(ws, 'docs'));
    expect((await refusal(['docs/id_ed25519'])).message).toMatch(
      /^Prompt file 'docs\/id_ed25519': is a link that leads outside the workspace or to a file that does not exist$/
    );
    expect((await refusal(['docs/*'])).message).toMatch(/^Prompt file 'docs\/id_ed25519': is a link that leads outside/);
  });

  test('.git is never read: directly, through a link, or through ../ tricks', async () => {
    await symlink('../.git/config', join(ws, 'prompts/config.md'));
    for (const entry of ['.git/config', 'prompts/../.git/config', 'prompts/config.md', '.git/*']) {
      const e = await refusal([entry]);
      expect(e).toBeInstanceOf(FileError);
      expect(e.message).toMatch(entry === 'prompts/config.md' ? /is a link into \.git\// : /is inside \.git\//);
      expect(e.hint).toMatch(/checkout token/);
    }
  });

  test("a PR cannot probe the runner's paths: a link to an existing and to a missing outside file read alike, no target shown", async () => {
    await symlink(join(outside, 'id_ed25519'), join(ws, 'prompts/there.md'));
    await symlink(join(outside, 'no-such-file'), join(ws, 'prompts/absent.md'));
    const [there, absent] = [await refusal(['prompts/there.md']), await refusal(['prompts/absent.md'])];
    expect(there.message.replace('there', 'X')).toBe(absent.message.replace('absent', 'X'));
    expect(there.hint).toBe(absent.hint);
    for (const e of [there, absent]) expect(`${e.message} ${e.hint}`).not.toContain(outside);
  });

  test('.GIT (any case) is .git on a case-insensitive runner: never read, by path, link or glob', async () => {
    await mkdir(join(ws, '.GIT'), { recursive: true });
    await writeFile(join(ws, '.GIT/config'), '[http] extraheader = AUTHORIZATION: basic x');
    await symlink('../.GIT/config', join(ws, 'prompts/cfg.md'));
    for (const entry of ['.GIT/config', '.Git/config', 'prompts/cfg.md']) {
      const e = await refusal([entry]);
      expect(e.message).toMatch(/\.git\//);
      expect(e.hint).toMatch(/checkout token/);
    }
    const found = await resolveFiles(['**/*'], rules).catch(() => []);
    expect(found.map((f) => f.shown)).not.toContain('.GIT/config');
  });

  test('a relative entry that climbs out through the middle is refused', async () => {
    expect((await refusal(['prompts/../../home/id_ed25519'])).message).toMatch(/is outside the workspace$/);
  });

  test('an entry the workflow points outside (absolute or ../) is read; one pointing into the workspace is still checked', async () => {
    const abs = await resolveFiles([join(outside, 'id_ed25519')], rules);
    expect(abs).toEqual([{ shown: join(outside, 'id_ed25519'), path: join(outside, 'id_ed25519') }]);
    expect((await resolveFiles(['../home/*'], rules)).map((f) => f.path)).toEqual([join(outside, 'id_ed25519')]);
    await symlink(join(outside, 'id_ed25519'), join(ws, 'prompts/system.md'));
    expect((await refusal([join(ws, 'prompts/system.md')])).message).toMatch(/is a link that leads outside the workspace/);
    expect((await refusal(['../repo/prompts/system.md'])).message).toMatch(/is a link that leads outside the workspace/);
  });

  test('links inside the workspace are fine; a file reached twice is read once', async () => {
    await symlink('a.md', join(ws, 'prompts/alias.md'));
    const files = await resolveFiles(['prompts/alias.md', 'prompts/*.md'], rules);
    expect(files).toEqual([{ shown: 'prompts/alias.md', path: join(ws, 'prompts/a.md') }]);
  });

  test('a dangling link and a missing file are told apart', async () => {
    await symlink('gone.md', join(ws, 'prompts/broken.md'));
    expect((await refusal(['prompts/broken.md'])).message).toMatch(
      /is a link that leads outside the workspace or to a file that does not exist/
    );
    const missing = await refusal(['prompts/none.md']);
    expect(missing).toBeInstanceOf(InputError);
    expect(missing.message).toBe(`Input 'prompt-file': "prompts/none.md" does not exist`);
  });
});

describe('resolveFiles: names and patterns', () => {
  test('a name with a control character is refused, shown escaped, with no annotation on it', async () => {
    await put({ 'prompts/x\n::error title=CI::All tests passed\n.md': 'x' });
    const e = await refusal(['prompts/*.md']);
    expect(e.message).toBe("Prompt file 'prompts/x\\n::error title=CI::All tests passed\\n.md': has a control character in its name");
    expect(e.message).not.toContain('\n');
    expect(e.annotation?.file).toBeUndefined();
  });

  test('a name with ##[ is read, but errors about it break the command up and drop the annotation', async () => {
    await put({ 'prompts/##[stop-commands]x.md': '' });
    const [file] = await resolveFiles(['prompts/#*'], rules);
    expect(file!.shown).toBe('prompts/##[stop-commands]x.md');
    const e = new FileError(file!.shown, 'is empty');
    expect(e.message).toBe("Prompt file 'prompts/## [stop-commands]x.md': is empty");
    expect(e.annotation?.file).toBeUndefined();
  });

  test('the entry cap is injectable: a pattern that walks too far names the input', async () => {
    await put(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`big/f${i}.txt`, ''])));
    const e = await refusal(['**/*.md'], { ...rules, maxEntries: 10 });
    expect(e).toBeInstanceOf(InputError);
    expect(e.describe()).toBe(
      `Input 'prompt-file': "**/*.md" walks more than 10 directory entries. Narrow the pattern (e.g. prompts/*.md rather than **/*.md)`
    );
  });

  test('errors speak of the kind of file the rules name', async () => {
    await symlink(join(outside, 'id_ed25519'), join(ws, 'cases.yml'));
    const e = await refusal(['cases.yml'], { workspace: ws, input: 'cases-file', noun: 'Cases file' });
    expect(e.message).toMatch(/^Cases file 'cases\.yml': is a link that leads outside/);
    expect(e.annotation).toEqual({ file: 'cases.yml', title: 'Invalid cases file' });
    const none = await refusal(['evals/*.yml'], { workspace: ws, input: 'cases-file', noun: 'Cases file' });
    expect(none.message).toMatch(/^Input 'cases-file': "evals\/\*\.yml" matches no file/);
  });
});

describe('readBounded', () => {
  const MIB = 1024 * 1024;
  const file = (path: string) => ({ shown: path, path });

  test('a procfs file that says it is empty is cut at the limit, not read to the end', async () => {
    const before = process.memoryUsage().rss;
    const e = await readBounded(file('/proc/self/pagemap'), 1024 * 1024, rules).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(FileError);
    expect((e as FileError).message).toBe("Prompt file '/proc/self/pagemap': is over the 1 MiB limit (it holds more than its size says)");
    // pagemap holds 8 bytes per page of address space: read to the end, it would take gigabytes.
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 * 1024);
  });

  test('a FIFO is refused without blocking; so are devices and directories', async () => {
    execFileSync('mkfifo', [join(ws, 'pipe.md')]);
    for (const [path, why] of [
      [join(ws, 'pipe.md'), /is not a regular file/],
      ['/dev/zero', /is not a regular file/],
      [join(ws, 'prompts'), /is a directory/]
    ] as const) {
      const e = await readBounded(file(path), 1024, rules).catch((err: unknown) => err);
      expect(e).toBeInstanceOf(FileError);
      expect((e as FileError).message).toMatch(why);
    }
  });

  test('a file over the limit is refused by its size before it is read; at the limit it is read whole', async () => {
    await writeFile(join(ws, 'big.md'), 'x'.repeat(MIB + 1));
    await writeFile(join(ws, 'edge.md'), 'y'.repeat(MIB));
    const e = await readBounded(file(join(ws, 'big.md')), MIB, rules).catch((err: unknown) => err);
    expect((e as FileError).describe()).toBe(`Prompt file '${join(ws, 'big.md')}': is 1.0 MiB, over the 1 MiB limit. Split it or trim it`);
    expect((await readBounded(file(join(ws, 'edge.md')), MIB, rules)).toString()).toBe('y'.repeat(MIB));
    await writeFile(join(ws, 'large.md'), 'z'.repeat(300_000)); // larger than the first buffer guess
    expect((await readBounded(file(join(ws, 'large.md')), 1 << 20, rules)).length).toBe(300_000);
  });
});

test('decode: strict UTF-8, BOM dropped, NUL refused, the noun kept', () => {
  expect(decode(Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69]), 'p.md')).toBe('hi');
  expect(() => decode(Buffer.from([0x66, 0xff]), 'c.yml', 'Cases file')).toThrow(
    "Cases file 'c.yml': is not valid UTF-8 (it looks binary)"
  );
  expect(() => decode(Buffer.from('a\0b'), 'p.md')).toThrow("Prompt file 'p.md': contains a NUL byte (it looks binary)");
});

test('a missing file asks about what should have brought it: a checkout by default, the artifacts for merge', async () => {
  const ws = await mkdtemp(join(tmpdir(), 'workspace-source-'));
  const plain: FileRules = { workspace: ws, input: 'cases-file', noun: 'Cases file' };
  const merge: FileRules = { workspace: ws, input: 'results-files', noun: 'Results file', source: 'an actions/download-artifact step' };
  await expect(resolveFiles(['nope.yml'], plain)).rejects.toMatchObject({ hint: expect.stringContaining('Did a checkout step run') });
  for (const entry of ['nope.json', 'shards/*.json'])
    await expect(resolveFiles([entry], merge)).rejects.toMatchObject({
      hint: expect.stringContaining('Did an actions/download-artifact step run')
    });
  await rm(ws, { recursive: true, force: true });
});
