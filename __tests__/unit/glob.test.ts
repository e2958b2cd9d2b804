// Glob patterns with bash's rules, over real files in a temporary directory.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isGlob, MAX_ENTRIES } from '../../src/files/workspace.js';
import { expandGlob as expand } from '../../src/files/glob.js';

const expandGlob = (pattern: string, cwd: string, max = MAX_ENTRIES) => expand(pattern, cwd, max);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'glob-'));
  const files = [
    'prompts/a.md',
    'prompts/b.md',
    'prompts/B.md',
    'prompts/10.md',
    'prompts/c.txt',
    'prompts/.gitkeep',
    'prompts/.DS_Store',
    'prompts/.hidden.md',
    'prompts/sub/d.md',
    'prompts/sub/deeper/e.md',
    'prompts/.drafts/f.md',
    'notes (1).md',
    'a|b.md',
    '!important.md',
    'node_modules/pkg/readme.md',
    '.git/config',
    'real/r.md'
  ];
  for (const f of files) {
    await mkdir(dirname(join(dir, f)), { recursive: true });
    await writeFile(join(dir, f), f);
  }
  await symlink(join(dir, 'real/r.md'), join(dir, 'prompts/link.md'));
  await symlink(join(dir, 'real'), join(dir, 'prompts/dirlink'));
  await symlink(join(dir, 'nowhere.md'), join(dir, 'prompts/dangling.md'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const matches = async (pattern: string) => {
  const out = await expandGlob(pattern, dir);
  expect(out.complete).toBe(true);
  return out.matches;
};

test('isGlob: bash wildcards and braces make a pattern', () => {
  expect(['*.md', 'a/?.md', 'a/[ab].md', '**/x', 'p/{a,b}.md'].every(isGlob)).toBe(true);
  expect(['a/b.md', 'prompts/system.prompt.yml', 'notes (1).md'].some(isGlob)).toBe(false);
});

test('* skips dotfiles: prompts/* does not pick .gitkeep or .DS_Store', async () => {
  expect(await matches('prompts/*')).toEqual([
    'prompts/10.md',
    'prompts/B.md',
    'prompts/a.md',
    'prompts/b.md',
    'prompts/c.txt',
    'prompts/link.md'
  ]);
  expect(await matches('prompts/.*')).toEqual(['prompts/.DS_Store', 'prompts/.gitkeep', 'prompts/.hidden.md']);
});

test('** crosses directories but not dot directories; results are sorted by code point', async () => {
  expect(await matches('prompts/**/*.md')).toEqual([
    'prompts/10.md',
    'prompts/B.md',
    'prompts/a.md',
    'prompts/b.md',
    'prompts/link.md',
    'prompts/sub/d.md',
    'prompts/sub/deeper/e.md'
  ]);
});

test('braces expand; ? and [...] match one character', async () => {
  expect(await matches('prompts/{a,b}.md')).toEqual(['prompts/a.md', 'prompts/b.md']);
  expect(await matches('prompts/{a,c}.{md,txt}')).toEqual(['prompts/a.md', 'prompts/c.txt']);
  expect(await matches('prompts/?.md')).toEqual(['prompts/B.md', 'prompts/a.md', 'prompts/b.md']);
  expect(await matches('prompts/[ab].md')).toEqual(['prompts/a.md', 'prompts/b.md']);
  expect(await matches('prompts/[!ab].md')).toEqual(['prompts/B.md']);
});

test('(, ), | and a leading ! are plain characters, as in bash without extglob', async () => {
  expect(await matches('notes (1)*')).toEqual(['notes (1).md']);
  expect(await matches('a|b*')).toEqual(['a|b.md']);
  expect(await matches('!important*')).toEqual(['!important.md']);
});

test('links to files count, links to directories and dangling links do not', async () => {
  const found = await matches('prompts/*.md');
  expect(found).toContain('prompts/link.md');
  expect(found).not.toContain('prompts/dangling.md');
  expect(await matches('prompts/**/r.md')).toEqual([]);
});

test('.git is never listed; node_modules is walked only when the pattern names it', async () => {
  expect(await matches('**/config')).toEqual([]);
  expect(await matches('**/*.md')).not.toContain('node_modules/pkg/readme.md');
  expect(await matches('node_modules/**/*.md')).toEqual(['node_modules/pkg/readme.md']);
});

test('a walk over more entries than the cap fails as a whole instead of returning part of the files', async () => {
  const all = await expandGlob('**/*', dir, 1000);
  expect(all.complete).toBe(true);
  const capped = await expandGlob('**/*', dir, 5);
  expect(capped).toEqual({ matches: [], complete: false });
  // Only the directories the pattern can match are walked: prompts/ alone is under 20 entries.
  expect((await expandGlob('prompts/*.md', dir, 20)).complete).toBe(true);
});
