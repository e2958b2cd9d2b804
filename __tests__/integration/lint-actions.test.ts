// npm run lint's workflow check finds what each of its three checkers is for, and passes what is
// right: a checker that silently found nothing would pass every workflow.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../../scripts/local-runner.js';
import { checkOwnSteps, ourAction } from '../../scripts/lint-steps.js';

const run = promisify(execFile);
const actions = {
  'action.yml': {
    name: 'create',
    description: '',
    inputs: { model: { description: '' }, 'prompt-file': { description: '', required: true } },
    outputs: { 'context-id': { description: '' } }
  },
  'eval/action.yml': { name: 'eval', description: '', inputs: { model: { description: '', required: true } }, outputs: {} }
};

const GOOD = `name: ok
on: [pull_request]
permissions:
  contents: read
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with:
          persist-credentials: false
      - id: cache
        uses: ./
        with:
          prompt-file: p.md
      - run: echo "\${{ steps.cache.outputs.context-id }}"
`;

async function lint(files: Record<string, string>): Promise<{ code: number; stdout: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'lint-'));
  const paths = Object.entries(files).map(([name, text]) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  });
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/lint-actions.ts'), ...paths], { cwd: ROOT });
    return { code: 0, stdout };
  } catch (e) {
    return { code: (e as { code: number }).code, stdout: (e as { stdout: string }).stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('which uses: name our actions', () => {
  const uses = [
    './',
    '.',
    './eval',
    'acme/context-cache-action@v1',
    'acme/context-cache-action/eval@v1.2.0',
    'actions/checkout@v5',
    './other'
  ];
  expect(uses.map((u) => ourAction(u, Object.keys(actions)))).toEqual([
    'action.yml',
    'action.yml',
    'eval/action.yml',
    'action.yml',
    'eval/action.yml',
    undefined,
    undefined
  ]);
});

test('steps using our actions: unknown and missing inputs, unknown outputs, with their lines', () => {
  const text = GOOD.replace('          prompt-file: p.md', '          prompt_file: p.md')
    .replace('context-id }}', 'context_id }}')
    .concat('      - uses: ./eval\n');
  expect(checkOwnSteps('w.yml', text, actions).map((f) => `${f.line}: ${f.message}`)).toEqual([
    "15: 'prompt_file' is not an input of action.yml (model, prompt-file)",
    "13: action.yml requires the input 'prompt-file'",
    "17: eval/action.yml requires the input 'model'",
    "16: step 'cache' has no output 'context_id'"
  ]);
  expect(checkOwnSteps('w.yml', GOOD, actions)).toEqual([]);
});

test('house rules: top-level permissions, persist-credentials: false on every checkout', () => {
  const text = GOOD.replace('permissions:\n  contents: read\n', '').replace('        with:\n          persist-credentials: false\n', '');
  expect(checkOwnSteps('w.yml', text, actions).map((f) => f.message)).toEqual([
    'no top-level permissions: (the token would get the repository default)',
    'actions/checkout without persist-credentials: false'
  ]);
});

test('the lint run reports GitHub validator, actionlint and house-rule findings, and passes a clean workflow', async () => {
  const bad = await lint({
    'wf.yml': GOOD.replace('on: [pull_request]', 'on: [pull_requests]').replace('echo "', 'echo "${{ secretz.X }} '),
    'action.yml': 'name: x\ndescription: y\nruns:\n  using: node99\n  main: x.js\n'
  });
  expect(bad.code).toBe(1);
  expect(bad.stdout).toMatch(/wf\.yml:2:\d+: .*pull_requests.* \(languageservice\)/);
  expect(bad.stdout).toMatch(/wf\.yml:\d+:\d+: undefined variable "secretz".* \(actionlint\)/);
  expect(bad.stdout).toMatch(/action\.yml:4:\d+: Unexpected value 'node99' \(languageservice\)/);
  const good = await lint({ 'wf.yml': GOOD });
  expect(good).toEqual({ code: 0, stdout: expect.stringContaining('No findings in 0 action file(s) and 1 workflow(s)') });
}, 60_000);
