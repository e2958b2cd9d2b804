// The bundle talks to the runner through core-commands.ts; node, tsx, jest and @github/local-action go
// through the public @actions/core. Both must write the same bytes, or the end-to-end tests (which
// run the bundle) would prove nothing about the source, and local-action nothing about the bundle.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { ROOT } from '../../scripts/local-runner.js';
import { NASTY } from '../helpers/nasty.js';

const run = promisify(execFile);
const FIXTURE = join(ROOT, '__tests__/fixtures/toolkit-calls.ts');

interface Written {
  code: number;
  stdout: string;
  stderr: string;
  files: Record<string, string>;
}

// The heredoc delimiter is a fresh UUID on every call; everything else must match byte for byte.
const sameDelimiters = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_<uuid>');

async function callToolkit(casesFile: string, conditions: string[]): Promise<Written> {
  const dir = mkdtempSync(join(tmpdir(), 'toolkit-'));
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_ENV: join(dir, 'env'), GITHUB_STEP_SUMMARY: join(dir, 'summary') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  // GITHUB_ACTIONS as on a runner: only there are the command files required.
  const env = { PATH: process.env['PATH'], GITHUB_ACTIONS: 'true', ...files, 'INPUT_PROMPT-FILE': '  p.md \n', INPUT_API_KEY: '\tk ' };
  let code = 0;
  let stdout: string;
  let stderr: string;
  try {
    ({ stdout, stderr } = await run(process.execPath, ['--import', 'tsx', ...conditions, FIXTURE, casesFile], { cwd: ROOT, env }));
  } catch (e) {
    ({ code, stdout, stderr } = e as { code: number; stdout: string; stderr: string });
  }
  const written = Object.fromEntries(Object.entries(files).map(([name, f]) => [name, sameDelimiters(readFileSync(f, 'utf8'))]));
  rmSync(dir, { recursive: true, force: true });
  return { code, stdout: sameDelimiters(stdout), stderr, files: written };
}

test('the lean path writes exactly what @actions/core writes, for every call the action makes', async () => {
  // NUL cannot reach an environment variable; every other junk string can reach these calls.
  const texts = [
    ...NASTY.filter((s) => !s.includes('\0')),
    'a\nb %25 c, d: e',
    '::add-mask::x',
    '##[stop-commands]t',
    ...fc.sample(
      fc.string({ unit: 'binary', maxLength: 40 }).filter((s) => !s.includes('\0')),
      40 // from the run's fuzz seed (__tests__/setup/fuzz-seed.ts)
    )
  ];
  const names = ['prompt-file', 'api key', 'missing'];
  const dir = mkdtempSync(join(tmpdir(), 'toolkit-cases-'));
  const casesFile = join(dir, 'cases.json');
  writeFileSync(casesFile, JSON.stringify(texts.map((text, i) => ({ text, name: names[i % names.length] }))));

  const [pub, lean] = await Promise.all([callToolkit(casesFile, []), callToolkit(casesFile, ['--conditions=production'])]);
  rmSync(dir, { recursive: true, force: true });

  // Each run went through the module it was meant to (node reports its real path: node_modules may
  // be a link, as in a git worktree that shares another's).
  expect(pub.stderr).toContain('#core=file://' + realpathSync(join(ROOT, 'node_modules/@actions/core/lib/core.js')));
  expect(lean.stderr).toContain('#core=file://' + join(ROOT, 'src/runner/core-commands.ts'));
  expect(lean.stdout).toBe(pub.stdout);
  expect(lean.files).toEqual(pub.files);
  expect([pub.code, lean.code]).toEqual([1, 1]); // setFailed

  // What both wrote is what the runner expects: inputs trimmed, every output and variable as a heredoc.
  expect(pub.stdout).toContain('input prompt-file="p.md"');
  expect(pub.stdout).toContain('input api key="k"');
  expect(pub.files['GITHUB_OUTPUT']!.match(/^out-\d+<<ghadelimiter_<uuid>$/gm)).toHaveLength(texts.length);
  expect(pub.files['GITHUB_ENV']!.match(/^VAR_\d+<<ghadelimiter_<uuid>$/gm)).toHaveLength(texts.length);
  expect(pub.files['GITHUB_STEP_SUMMARY']).toContain('<h3>Context cache created</h3>');
  expect(pub.stdout).toContain('::error title=Invalid prompt file,file=p.md,line=3::failed at the end');
});

test('without GITHUB_OUTPUT or GITHUB_ENV the toolkit fails plainly, never with ::set-output or ::set-env', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'toolkit-cases-'));
  const casesFile = join(dir, 'cases.json');
  writeFileSync(casesFile, '[]');
  const { stdout } = await callToolkit(casesFile, ['--conditions=production']);
  rmSync(dir, { recursive: true, force: true });
  expect(stdout).not.toMatch(/^::set-(output|env)/m);
  expect(stdout).toContain('RunnerError: GITHUB_OUTPUT (step outputs) is not set');
  expect(stdout).toContain('RunnerError: GITHUB_ENV (environment variables for later steps) is not set');
  expect(stdout).toContain('does not fall back to the ::set-output/::set-env commands GitHub disabled in 2020');
});

test.each(['dist/index.js', 'dist/eval/index.js', 'dist/merge/index.js'])(
  '%s resolves #core to the lean module, without the OIDC client',
  (bundle) => {
    const path = join(ROOT, bundle);
    expect([bundle, existsSync(path)]).toEqual([bundle, true]); // every action's bundle is committed
    const text = readFileSync(path, 'utf8');
    const modules = [...text.matchAll(/^;\/\/ CONCATENATED MODULE: (.*)$/gm)].map((m) => m[1]!);
    expect(modules).toContain('./src/runner/core-commands.ts');
    expect(modules.filter((m) => /@actions\/(core\/lib\/(core|oidc-utils|platform)\.js|http-client|exec)\b/.test(m))).toEqual([]);
  }
);
