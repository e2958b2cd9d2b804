// `npm run local-action` (GitHub's @github/local-action) runs the source with its own stub of
// @actions/core: the key and the id must stay masked and the outputs must be captured, which holds
// only while src/ reaches @actions/core through its public entry (`#core`, see core-commands.ts).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { ROOT } from '../../scripts/local-runner.js';

const run = promisify(execFile);
const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
const settings = Object.fromEntries([...example.matchAll(/^([A-Z][\w-]*)=(.*)$/gm)].map((m) => [m[1]!, m[2]!] as const)) as Record<
  string,
  string
>;

let emulator: ChildProcess;
let url: string;

beforeAll(async () => {
  emulator = spawn(process.execPath, [join(ROOT, 'emulator/cli.js'), '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  url = await new Promise<string>((resolve) => emulator.stdout!.once('data', (d) => resolve(/http:\/\/\S+/.exec(String(d))![0])));
});
afterAll(() => emulator.kill());

test('.env.example sets every input of action.yml, debug on, and the emulator URL', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
  const inputs = Object.keys(settings)
    .filter((k) => k.startsWith('INPUT_'))
    .map((k) => k.slice('INPUT_'.length).toLowerCase());
  expect(inputs.sort()).toEqual(Object.keys(action.inputs).sort());
  expect(settings['ACTIONS_STEP_DEBUG']).toBe('true');
  expect(settings['INPUT_BASE-URL']).toBe('http://127.0.0.1:8787');
  expect(example).toContain('npm run emulator -- --port 8787');
});

test('local-action runs the source: masks applied, debug shown, outputs captured', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'local-action-'));
  const envFile = join(dir, '.env');
  const summary = join(dir, 'summary.md');
  writeFileSync(
    envFile,
    example.replace('http://127.0.0.1:8787', url).replace(/^GITHUB_STEP_SUMMARY=.*$/m, `GITHUB_STEP_SUMMARY=${summary}`)
  );
  const { stdout, stderr } = await run(
    process.execPath,
    [join(ROOT, 'node_modules/@github/local-action/bin/local-action.js'), '.', 'src/actions/create/run.ts', envFile],
    { cwd: ROOT, env: { PATH: process.env['PATH'], HOME: process.env['HOME'] }, timeout: 90_000 }
  );
  rmSync(dir, { recursive: true, force: true });
  const log = stdout + stderr;
  const outputs = log.split('Action Outputs')[1] ?? '';

  // The stub took the masks: no raw ::add-mask:: line, neither the key nor any cache id in clear.
  expect(log).not.toContain('::add-mask::');
  expect(log).not.toContain(settings['INPUT_API-KEY']!);
  expect(log).not.toMatch(/ctx-[\w-]+/);
  expect(log).toContain('Skip output context-id since it may contain secret');
  // Debug on, as .env.example asks; the outputs the action set, captured.
  expect(log).toMatch(/^::debug::/m);
  expect(outputs).not.toContain('No outputs were set!');
  for (const [name, value] of [
    ['ttl', '3600'],
    ['mode', 'common_prefix'],
    ['model', 'Doubao-1.5-pro-32k']
  ])
    expect(outputs).toMatch(new RegExp(`'${name}'\\s*│\\s*'${value}'`));
}, 120_000);
