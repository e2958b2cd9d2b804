// package.json's engines say where `npm ci` installs cleanly: exactly the Node versions that every
// locked package's own `engines` accepts (else npm warns EBADENGINE). A dependency update that
// narrows them fails here until engines (and .node-version, the version CI and contributors use)
// follow.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../../scripts/local-runner.js';

// npm's own range semantics, from semver (a devDependency for this test).
const { satisfies } = createRequire(import.meta.url)('semver') as { satisfies(version: string, range: string): boolean };

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[] }>;
};
const ranges = Object.entries(lock.packages)
  .filter(([path]) => path !== '')
  .flatMap(([path, p]) => (p.engines && !Array.isArray(p.engines) && p.engines.node ? [[path, p.engines.node] as const] : []));

// Node releases from 20 on, at the versions where engines ranges tend to start.
const CANDIDATES = [
  '20.18.1',
  '20.19.0',
  '21.7.3',
  '22.0.0',
  '22.12.0',
  '22.13.0',
  '22.22.0',
  '23.11.0',
  '24.0.0',
  '24.11.0',
  '25.2.0',
  '26.0.0'
];

test.each(CANDIDATES)('engines accepts Node %s exactly when every locked package does', (version) => {
  const refusing = ranges
    .filter(([, range]) => !satisfies(version, range))
    .map(([path, range]) => `${path.replace(/^.*node_modules\//, '')} ${range}`);
  expect({ version, accepted: satisfies(version, pkg.engines.node), refusing }).toEqual({
    version,
    accepted: refusing.length === 0,
    refusing
  });
});

test('.node-version is a major that engines accepts, and the one the actions run on', () => {
  const major = readFileSync(join(ROOT, '.node-version'), 'utf8').trim();
  expect(satisfies(`${major}.0.0`, pkg.engines.node)).toBe(true);
  for (const file of ['action.yml', 'eval/action.yml']) {
    const action = parse(readFileSync(join(ROOT, file), 'utf8')) as { runs: { using: string } };
    expect(action.runs.using).toBe(`node${major}`);
  }
});
