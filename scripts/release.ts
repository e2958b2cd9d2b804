// npm run release -- X.Y.Z [--push]: tag the current commit vX.Y.Z and move the major tag vX to
// it (what `uses: owner/repo@vX` resolves to), as GitHub's actions/typescript-action does. Refuses
// a dirty tree, a dist/ that is not what the sources build, a version that is not newer than the
// last release, and a version without its package.json version and CHANGELOG.md entry. Without
// --push it prints the push commands instead of running them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export interface ReleaseOptions {
  /** The repository's root (a git work tree). */
  cwd: string;
  /** X.Y.Z, with or without a leading v. */
  version: string;
  /** Build the actions into `out` as `npm run bundle` builds dist/ (tests pass a stand-in). */
  build(out: string): void;
  push?: boolean;
  log?: (line: string) => void;
  /** The environment git runs with (default: this process's). */
  env?: NodeJS.ProcessEnv;
}

/** A release refused: the message says what to fix. */
export class ReleaseError extends Error {}

const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)$/;

export function parseVersion(text: string): [number, number, number] {
  const m = SEMVER.exec(text.trim());
  if (!m) throw new ReleaseError(`'${text}' is not a version: give X.Y.Z, e.g. npm run release -- 1.2.0`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const newer = (a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;

/** Every file under `dir`, relative, sorted. */
function files(dir: string, base = dir): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path, base) : [relative(base, path)];
    })
    .sort();
}

/** The files where `dist` differs from a fresh build (missing, extra or changed). */
export function staleFiles(dist: string, fresh: string): string[] {
  const have = files(dist);
  const want = files(fresh);
  const differ = want.filter((f) => !have.includes(f) || !readFileSync(join(dist, f)).equals(readFileSync(join(fresh, f))));
  return [...differ, ...have.filter((f) => !want.includes(f))].sort();
}

export function release(options: ReleaseOptions): { tag: string; major: string; commit: string } {
  const { cwd, push = false, log = console.log, env = process.env } = options;
  const git = (...args: string[]) => execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim();
  const [major, minor, patch] = parseVersion(options.version);
  const tag = `v${major}.${minor}.${patch}`;
  const majorTag = `v${major}`;

  const dirty = git('status', '--porcelain', '--untracked-files=all');
  if (dirty) throw new ReleaseError(`The work tree has uncommitted changes; commit or stash them first:\n${dirty}`);

  const pkg = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as { version?: string };
  if (pkg.version !== `${major}.${minor}.${patch}`)
    throw new ReleaseError(`package.json says version ${pkg.version ?? '(none)'}; set it to ${major}.${minor}.${patch} and commit first.`);
  const changelog = readFileSync(join(cwd, 'CHANGELOG.md'), 'utf8');
  if (!new RegExp(`^## \\[?v?${major}\\.${minor}\\.${patch}\\]?`, 'm').test(changelog))
    throw new ReleaseError(
      `CHANGELOG.md has no '## [${major}.${minor}.${patch}]' section; move the Unreleased entries under it and commit first.`
    );

  const released = git('tag', '--list', 'v*.*.*')
    .split('\n')
    .filter((t) => SEMVER.test(t))
    .map((t) => [t, parseVersion(t)] as const)
    .sort((a, b) => newer(b[1], a[1]));
  if (released.some(([t]) => t === tag)) throw new ReleaseError(`${tag} already exists; releases are never moved, only the major tag is.`);
  const latest = released[0];
  if (latest && newer([major, minor, patch], latest[1]) < 0)
    throw new ReleaseError(`${tag} is older than the latest release ${latest[0]}; give a newer version.`);

  const out = mkdtempSync(join(tmpdir(), 'release-dist-'));
  try {
    options.build(join(out, 'dist'));
    const stale = staleFiles(join(cwd, 'dist'), join(out, 'dist'));
    if (stale.length)
      throw new ReleaseError(`dist/ is not what the sources build (${stale.join(', ')}); run npm run bundle and commit dist/ first.`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }

  const commit = git('rev-parse', 'HEAD');
  git('tag', '-a', tag, '-m', tag);
  git('tag', '-fa', majorTag, '-m', `${majorTag}: ${tag}`);
  log(`Tagged ${commit.slice(0, 12)} as ${tag}, and moved ${majorTag} to it.`);
  const pushes = [
    ['push', 'origin', tag],
    ['push', '--force', 'origin', majorTag]
  ];
  if (push) for (const args of pushes) git(...args);
  else log(`Push them with:\n${pushes.map((a) => `  git ${a.join(' ')}`).join('\n')}`);
  return { tag, major: majorTag, commit };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  const { ROOT } = await import('./local-runner.js');
  const { bundle } = await import('./bundle.js');
  const args = process.argv.slice(2);
  try {
    release({ cwd: ROOT, version: args.find((a) => !a.startsWith('--')) ?? '', push: args.includes('--push'), build: bundle });
  } catch (e) {
    console.error(e instanceof ReleaseError ? e.message : e);
    process.exitCode = 1;
  }
}
