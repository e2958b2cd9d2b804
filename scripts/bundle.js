// npm run bundle: ncc → dist/ (the create action), dist/eval/ (the eval action) and dist/merge/
// (the eval/merge action), and dist/cli/ (the context-cache command).
// All are built into a fresh temporary directory that replaces dist/ only when every build
// succeeds: ncc never deletes the chunks of an earlier build, and a failed build must not leave
// dist/ half gone while the end-to-end tests run it. dist/sources.sha256 records the sources it was
// built from (scripts/sources-digest.js): the end-to-end tests refuse to run a stale dist/.
//   node scripts/bundle.js [--out DIR]   (DIR instead of dist/; the release script compares the two)
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIGEST_FILE, sourcesDigest } from './sources-digest.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/**
 * Entry point → directory under the output, one per action (docs.test.ts checks that every
 * action.yml's runs.main is one of them).
 * @type {ReadonlyArray<readonly [entry: string, dir: string]>}
 */
export const BUILDS = [
  ['src/actions/create/index.ts', '.'],
  ['src/actions/eval/index.ts', 'eval'],
  ['src/actions/merge/index.ts', 'merge'],
  ['src/cli/index.ts', 'cli']
];

/** The command line's bundle, run as a program (package.json bin): a shebang, executable. */
const PROGRAM = 'cli/index.js';

/** Build every action into `out` (which must not exist yet); throws when a build fails. */
export function bundle(out) {
  const ncc = join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
  for (const [entry, dir] of BUILDS) {
    const r = spawnSync(process.execPath, [ncc, 'build', entry, '-o', join(out, dir), '--license', 'licenses.txt', '-q'], {
      cwd: ROOT,
      stdio: 'inherit'
    });
    if (r.status !== 0) throw new Error(`ncc build ${entry} failed (exit ${r.status ?? r.signal}); dist/ is unchanged.`);
  }
  const program = join(out, PROGRAM);
  const text = readFileSync(program, 'utf8');
  if (!text.startsWith('#!')) writeFileSync(program, `#!/usr/bin/env node\n${text}`);
  chmodSync(program, 0o755);
  // What it was built from, so the end-to-end tests can tell a stale dist/ (sources-digest.js).
  writeFileSync(join(out, DIGEST_FILE), sourcesDigest(ROOT));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  const target = i > 0 ? resolve(process.argv[i + 1] ?? '') : join(ROOT, 'dist');
  const staging = mkdtempSync(join(tmpdir(), 'bundle-'));
  try {
    bundle(join(staging, 'dist'));
    rmSync(target, { recursive: true, force: true });
    cpSync(join(staging, 'dist'), target, { recursive: true });
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
