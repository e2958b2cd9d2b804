// npm run release, in a throwaway git repository: tags vX.Y.Z, moves vX, and refuses what would
// publish something other than the reviewed sources.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { release, staleFiles, type ReleaseOptions } from '../../scripts/release.js';

let repo: string;
const quiet = () => undefined;
const env: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com'
};
for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[name];
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' }).trim();

function write(files: Record<string, string>, root = repo): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

function commit(version: string, dist = 'built from src v1'): void {
  write({
    'package.json': JSON.stringify({ version }),
    'CHANGELOG.md': `# Changelog\n\n## [Unreleased]\n\n## [${version}] - 2026-11-23\n\n- Something.\n`,
    'src/index.ts': 'v1',
    'dist/index.js': dist,
    'dist/eval/index.js': 'eval'
  });
  git('add', '-A');
  git('commit', '-q', '-m', `release ${version}`);
}

/** What a fresh `npm run bundle` would build from the committed sources. */
const build = (out: string) => write({ 'index.js': 'built from src v1', 'eval/index.js': 'eval' }, out);
const run = (version: string, extra: Partial<ReleaseOptions> = {}) => release({ cwd: repo, version, build, log: quiet, env, ...extra });

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'release-'));
  git('init', '-q', '-b', 'main');
  commit('1.0.0');
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

test('tags vX.Y.Z on HEAD and moves vX to it, release after release', () => {
  const first = run('1.0.0');
  expect(first).toEqual({ tag: 'v1.0.0', major: 'v1', commit: git('rev-parse', 'HEAD') });
  expect(git('rev-parse', 'v1^{commit}')).toBe(first.commit);

  commit('1.1.0');
  const second = run('v1.1.0');
  expect(git('rev-parse', 'v1^{commit}')).toBe(second.commit);
  expect(git('rev-parse', 'v1.0.0^{commit}')).toBe(first.commit); // never moved
  expect(second.commit).not.toBe(first.commit);
});

test('refuses a dirty tree, naming the files', () => {
  write({ 'src/index.ts': 'edited' });
  expect(() => run('1.0.0')).toThrow(/uncommitted changes[\s\S]*src\/index\.ts/);
  write({ 'notes.txt': 'untracked' });
  expect(() => run('1.0.0')).toThrow(/notes\.txt/);
  expect(git('tag', '--list')).toBe('');
});

test('refuses a stale dist/, naming what differs', () => {
  commit('1.0.0', 'built from an older src');
  expect(() => run('1.0.0')).toThrow('dist/ is not what the sources build (index.js); run npm run bundle and commit dist/ first.');
  expect(git('tag', '--list')).toBe('');
});

test('refuses a version that is malformed, not newer, already tagged, or missing from package.json or CHANGELOG.md', () => {
  expect(() => run('1.0')).toThrow("'1.0' is not a version");
  expect(() => run('1.0.1')).toThrow('package.json says version 1.0.0; set it to 1.0.1');
  run('1.0.0');
  expect(() => run('1.0.0')).toThrow('v1.0.0 already exists');
  commit('0.9.0');
  expect(() => run('0.9.0')).toThrow('v0.9.0 is older than the latest release v1.0.0');
  write({ 'package.json': JSON.stringify({ version: '1.2.0' }) });
  git('commit', '-qam', 'bump');
  expect(() => run('1.2.0')).toThrow("CHANGELOG.md has no '## [1.2.0]' section");
});

test('staleFiles lists changed, missing and extra files', () => {
  const a = mkdtempSync(join(tmpdir(), 'dist-a-'));
  const b = mkdtempSync(join(tmpdir(), 'dist-b-'));
  write({ 'index.js': '1', 'same.js': 's', 'old.js': 'x', 'eval/index.js': 'e' }, a);
  write({ 'index.js': '2', 'same.js': 's', 'new.js': 'y', 'eval/index.js': 'e' }, b);
  expect(staleFiles(a, b)).toEqual(['index.js', 'new.js', 'old.js']);
  rmSync(a, { recursive: true, force: true });
  rmSync(b, { recursive: true, force: true });
});
