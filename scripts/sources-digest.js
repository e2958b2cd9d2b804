// What dist/ was built from: a digest of the bundle's inputs (every file under src/, and
// package.json, package-lock.json, tsconfig.json), one `<sha256>  <path>` line each, sorted by
// path, as `sha256sum` prints them. Content only (no mtimes), so a fresh build writes the same
// bytes and `npm run check-dist` still holds. scripts/bundle.js writes it into dist/; the
// end-to-end tests (__tests__/setup/fresh-dist.ts) recompute it and stop when dist/ is stale.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Where in the output the digest goes. */
export const DIGEST_FILE = 'sources.sha256';
/** The inputs besides src/. */
const FILES = ['package.json', 'package-lock.json', 'tsconfig.json'];

/** Every file under `dir`, as paths relative to `root` with forward slashes. */
function filesUnder(root, dir) {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'));
}

/**
 * The digest of the bundle's inputs under `root` (the repository by default).
 * @param {string} [root]
 * @returns {string}
 */
export function sourcesDigest(root = ROOT) {
  const paths = [...filesUnder(root, 'src'), ...FILES].sort();
  return paths
    .map(
      (p) =>
        `${createHash('sha256')
          .update(readFileSync(join(root, p)))
          .digest('hex')}  ${p}\n`
    )
    .join('');
}

/**
 * The inputs whose line differs between two digests (changed, added or removed), sorted.
 * @param {string} a
 * @param {string} b
 * @returns {string[]}
 */
export function changedSources(a, b) {
  const lines = (d) =>
    new Map(
      d
        .split('\n')
        .filter(Boolean)
        .map((l) => [l.slice(66), l.slice(0, 64)])
    );
  const [x, y] = [lines(a), lines(b)];
  return [...new Set([...x.keys(), ...y.keys()])].filter((p) => x.get(p) !== y.get(p)).sort();
}

/**
 * Throws "dist/ is older than src/: run npm run bundle" (and which inputs changed) when `dist`'s
 * digest is missing or is not the digest of the inputs under `root` now.
 * @param {string} [root]
 * @param {string} [dist]
 */
export function assertFreshDist(root = ROOT, dist = join(root, 'dist')) {
  let built;
  try {
    built = readFileSync(join(dist, DIGEST_FILE), 'utf8');
  } catch {
    built = '';
  }
  const now = sourcesDigest(root);
  if (built === now) return;
  const changed = built === '' ? [`${DIGEST_FILE} is missing`] : changedSources(built, now);
  const shown = changed.length > 10 ? [...changed.slice(0, 10), `and ${changed.length - 10} more`] : changed;
  throw new Error(`dist/ is older than src/: run npm run bundle (changed since the build: ${shown.join(', ')})`);
}
