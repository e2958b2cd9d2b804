// Finds Node 24, the runtime the action declares (runs.using: node24), for the end-to-end tests.
// Order: $NODE24, then .tools/node24 (installed from the npm registry's node-<os>-<arch>@24
// package). `--ensure` installs it there when missing; `--print` prints the path.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const prefix = join(root, '.tools', 'node24');
const os = process.platform === 'win32' ? 'win' : process.platform;
const pkg = `node-${os}-${process.arch}`;
const bin = join(prefix, 'node_modules', pkg, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');

/** The path of a Node 24 binary, or undefined when none is available. */
export function node24Path() {
  if (process.env.NODE24) return process.env.NODE24;
  if (existsSync(bin)) return bin;
  if (process.versions.node.startsWith('24.')) return process.execPath;
  return undefined;
}

function ensure() {
  if (node24Path()) return;
  process.stderr.write(`Installing Node 24 for the end-to-end tests (npm: ${pkg}@24 into .tools/node24)...\n`);
  try {
    execFileSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `${pkg}@24`], {
      stdio: ['ignore', 'ignore', 'inherit']
    });
  } catch {
    process.stderr.write(`Could not install ${pkg}@24; end-to-end tests will run on Node ${process.versions.node} instead.\n`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--ensure')) ensure();
  if (process.argv.includes('--print')) process.stdout.write(`${node24Path() ?? ''}\n`);
}
