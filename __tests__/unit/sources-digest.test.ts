// The digest dist/ records of its sources (scripts/sources-digest.js): the same bytes for the same
// inputs, whatever their mtimes or the order they were written in; another digest as soon as one
// input changes; and the end-to-end tests' check that turns a stale dist/ into one clear error.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertFreshDist, changedSources, DIGEST_FILE, sourcesDigest } from '../../scripts/sources-digest.js';

let root: string;
function write(path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'digest-'));
  write('src/main.ts', 'export const a = 1;\n');
  write('src/gateway/send.ts', 'export const b = 2;\n');
  write('package.json', '{}\n');
  write('package-lock.json', '{}\n');
  write('tsconfig.json', '{}\n');
  write('README.md', 'not an input\n');
  write('__tests__/x.test.ts', 'not an input\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

test('one sorted sha256sum line per input: src/ and the three build files, nothing else', () => {
  const lines = sourcesDigest(root).trimEnd().split('\n');
  expect(lines.map((l) => l.slice(66))).toEqual([
    'package-lock.json',
    'package.json',
    'src/gateway/send.ts',
    'src/main.ts',
    'tsconfig.json'
  ]);
  for (const l of lines) expect(l).toMatch(/^[0-9a-f]{64} {2}\S+$/);
});

test('stable: the same inputs give the same bytes, whatever the mtimes or the order of writing', () => {
  const first = sourcesDigest(root);
  utimesSync(join(root, 'src/main.ts'), new Date(2000, 0, 1), new Date(2000, 0, 1));
  write('src/gateway/send.ts', 'export const b = 2;\n'); // rewritten, same content, new mtime
  write('README.md', 'changed, but not an input\n');
  expect(sourcesDigest(root)).toBe(first);
});

test('changes when a src file changes, is added or removed, or a build file changes', () => {
  const before = sourcesDigest(root);
  write('src/main.ts', 'export const a = 2;\n');
  const edited = sourcesDigest(root);
  expect(edited).not.toBe(before);
  expect(changedSources(before, edited)).toEqual(['src/main.ts']);
  write('src/prompt/new.ts', '\n');
  expect(changedSources(edited, sourcesDigest(root))).toEqual(['src/prompt/new.ts']);
  rmSync(join(root, 'src/prompt/new.ts'));
  expect(sourcesDigest(root)).toBe(edited);
  write('package-lock.json', '{"lockfileVersion":3}\n');
  expect(changedSources(edited, sourcesDigest(root))).toEqual(['package-lock.json']);
});

test('assertFreshDist: quiet on a fresh dist/, "dist/ is older than src/" on a stale or unmarked one', () => {
  const dist = join(root, 'dist');
  expect(() => assertFreshDist(root, dist)).toThrow(
    /^dist\/ is older than src\/: run npm run bundle \(changed since the build: sources\.sha256 is missing\)$/
  );
  write(`dist/${DIGEST_FILE}`, sourcesDigest(root));
  expect(() => assertFreshDist(root, dist)).not.toThrow();
  write('src/gateway/send.ts', 'export const b = 3;\n');
  expect(() => assertFreshDist(root, dist)).toThrow(
    /^dist\/ is older than src\/: run npm run bundle \(changed since the build: src\/gateway\/send\.ts\)$/
  );
});
