// Nightly history end to end: dist/eval/index.js on scheduled and pull_request events, against
// the gateway emulator and a GitHub stand-in that keeps a real branch and issues
// (helpers/github-git.ts). Three nights in a row (cases break on the third: named, "since" right,
// a chart of three points, the drift issue opened, then closed by a recovery), two matrix legs
// writing at once, a pull request that reads but never writes (last night is its baseline), a
// planted unparsable record, a token without contents: write.
import { jest } from '@jest/globals';
import { startGateway, type Gateway } from '../../emulator/gateway.js';
import { commands, createCache, KEY, runEval } from '../helpers/eval-run.js';
import { startGitHubGit, type GitHubGit } from '../helpers/github-git.js';
import type { ActionRun } from '../helpers/run-action.js';

jest.setTimeout(120_000);

const TOKEN = 'ghs_e2eHistoryTokenAbCdEfGhIjKlMnOpQrStUv';
const MODEL = 'gemini-2.5-flash';
const BRANCH = 'eval-history';
let gw: Gateway;
let api: GitHubGit;
let contextId: string;
beforeAll(async () => {
  [gw, api] = await Promise.all([startGateway({ apiKey: KEY }), startGitHubGit()]);
  contextId = await createCache(gw, MODEL);
});
afterAll(() => Promise.all([gw.close(), api.close()]));
beforeEach(() => api.reset());

const NAMES = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'];
/** The cases; those in `broken` expect what no answer says. */
const cases = (broken: readonly string[] = []) =>
  NAMES.map((n) => `- name: ${n}\n  prompt: Tell me about ${n}\n  expect:\n    contains: ${broken.includes(n) ? 'never said' : n}\n`).join(
    ''
  );
const sha = (n: number) => String(n).repeat(40).slice(0, 40);

function night(n: number, broken: readonly string[] = [], inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
  return runEval(
    gw,
    {
      model: MODEL,
      'context-id': contextId,
      'cases-file': 'evals/cases.yml',
      'github-token': TOKEN,
      history: BRANCH,
      'min-pass-rate': '0',
      ...inputs
    },
    {
      files: { 'evals/cases.yml': cases(broken) },
      env: {
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_API_URL: api.url,
        GITHUB_SERVER_URL: 'https://github.example',
        GITHUB_WORKFLOW: 'Nightly',
        GITHUB_SHA: sha(n),
        GITHUB_REF_NAME: 'main',
        GITHUB_RUN_ID: String(1000 + n),
        GITHUB_RUN_ATTEMPT: '1',
        ...env
      },
      event: { name: 'schedule', payload: {} }
    }
  );
}
const warnings = (r: ActionRun) => commands(r.stdout, 'warning').map((c) => c.message);
const writes = () => api.requests.filter((r) => r.method !== 'GET');

test('three nights: records land, the third names the broken cases, "since" is that night, a chart of three points; the drift issue opens, then a recovery closes it', async () => {
  const one = await night(1, [], { 'alert-issue': 'true' });
  expect([one.code, one.stderr]).toEqual([0, '']);
  expect(one.stdout).toContain(`History: recorded 1 record(s) in ${BRANCH} (branch created).`);
  expect(api.log(BRANCH)[0]!.parents).toEqual([]); // an orphan
  await night(2, [], { 'alert-issue': 'true' });
  const broken = ['beta', 'gamma', 'delta', 'epsilon', 'zeta'];
  const three = await night(3, broken, { 'alert-issue': 'true' });
  expect(three.code).toBe(0);
  expect([...api.files(BRANCH).keys()]).toHaveLength(3);

  const block = /```mermaid\n([\s\S]*?)```/.exec(three.summary)![1]!;
  expect(block).toMatch(/x-axis \["\d\d-\d\d", "\d\d-\d\d #2", "\d\d-\d\d #3"\]/);
  expect(block).toContain('line [100, 100, 16.7]');
  expect(three.summary).toContain('Newly failing (5): beta, gamma, delta, epsilon, zeta');
  expect(three.summary).toMatch(/worse than the last run\*\* \(paired McNemar test, one-sided p = 0\.031/);
  expect(three.summary).toMatch(/\| beta \| \d\d-\d\d \(\[`3333333`\]\(https:\/\/github\.example\/o\/r\/commit\/3{40}\)\) \| 1 \|/);
  expect(three.summary).toMatch(/\| \d{4}-\d\d-\d\d \d\d:\d\d \| \[`3333333`\][^|]*\| 16\.7% \(\d+–\d+%\) \| 1 \/ 6 \| — \| changed \|/);

  expect(api.issues).toHaveLength(1);
  const issue = api.issues[0]!;
  expect(issue.state).toBe('open');
  expect(issue.body).toMatch(/^<!-- context-cache-eval drift [0-9a-f]{24} -->\n/);
  expect(issue.body).toContain('- beta');
  expect(issue.body).toContain('https://github.example/o/r/compare/' + sha(2) + '...' + sha(3));
  expect(issue.body).toContain('https://github.example/o/r/actions/runs/1003');
  expect(three.stdout).toMatch(/Drift issue #\d+ opened/);

  const four = await night(4, [], { 'alert-issue': 'true' });
  expect(four.code).toBe(0);
  expect(four.summary).toContain('Newly passing (5)');
  expect(issue.state).toBe('closed');
  expect(issue.comments.at(-1)!.body).toMatch(/^Recovered: gemini-2\.5-flash is at 100\.0%/);
  expect(api.issues).toHaveLength(1);
});

test('a pull request reads the history but never writes; last night is its baseline; no record: a notice', async () => {
  const pr = { name: 'pull_request', payload: { number: 7, pull_request: { number: 7 } } };
  const prEnv = { GITHUB_BASE_REF: 'main', GITHUB_REF_NAME: '7/merge', GITHUB_EVENT_NAME: 'pull_request' };
  // No branch yet: a notice, the run passes.
  const before = await runEval(
    gw,
    { model: MODEL, 'context-id': contextId, 'cases-file': 'evals/cases.yml', 'github-token': TOKEN, history: BRANCH },
    { files: { 'evals/cases.yml': cases() }, env: { GITHUB_REPOSITORY: 'o/r', GITHUB_API_URL: api.url, ...prEnv }, event: pr }
  );
  expect(before.code).toBe(0);
  expect(
    commands(before.stdout, 'notice')
      .map((c) => c.message)
      .join('\n')
  ).toContain(`the branch ${BRANCH} does not exist yet`);
  expect(warnings(before)).toEqual([]);

  await night(1);
  api.requests.length = 0;
  const run = await runEval(
    gw,
    {
      model: MODEL,
      'context-id': contextId,
      'cases-file': 'evals/cases.yml',
      'github-token': TOKEN,
      history: BRANCH,
      'fail-on': 'regressions'
    },
    { files: { 'evals/cases.yml': cases(['alpha']) }, env: { GITHUB_REPOSITORY: 'o/r', GITHUB_API_URL: api.url, ...prEnv }, event: pr }
  );
  expect(run.code).toBe(1); // alpha passed last night and fails now: a regression
  expect(run.outputs['regressed']).toBe('1');
  expect(
    commands(run.stdout, 'error')
      .map((c) => c.message)
      .join('\n')
  ).toContain('1 case(s) regressed');
  expect(run.summary).toContain('🔻 **1 regressed**');
  expect(run.summary).toContain('```mermaid');
  expect(writes().filter((r) => r.url.includes('/git/'))).toEqual([]);
  expect([...api.files(BRANCH).keys()]).toHaveLength(1);
  // The PR comment carries the trend too.
  const posted = writes().find((r) => r.method === 'POST' && r.url === '/repos/o/r/issues/7/comments');
  expect((posted!.body as { body: string }).body).toContain('### 📈 History');
});

test('two matrix legs writing at once both land', async () => {
  const other = await createCache(gw, 'gemini-2.5-pro');
  await night(1);
  const [a, b] = await Promise.all([night(2), night(2, [], { model: 'gemini-2.5-pro', 'context-id': other })]);
  expect([a.code, b.code]).toEqual([0, 0]);
  const files = [...api.files(BRANCH).keys()];
  expect(files.filter((f) => f.startsWith('gemini-2.5-flash/'))).toHaveLength(2);
  expect(files.filter((f) => f.startsWith('gemini-2.5-pro/'))).toHaveLength(1);
  expect(
    warnings(a)
      .concat(warnings(b))
      .filter((w) => w.startsWith('History'))
  ).toEqual([]);
});

test('a planted unparsable record is skipped with a warning, and the run still passes and records', async () => {
  await night(1);
  api.commitFiles(BRANCH, {
    'gemini-2.5-flash/20270101T000000Z-1-1.json': '{"format":"context-cache-eval/history@1","model":"##[stop-commands]x"}'
  });
  const two = await night(2);
  expect(two.code).toBe(0);
  const w = warnings(two).filter((m) => m.startsWith('History: skipped'));
  expect(w).toHaveLength(1);
  expect(w[0]).toContain('gemini-2.5-flash/20270101T000000Z-1-1.json is not a context-cache-eval/history@1 record');
  expect(two.stdout).not.toContain('##[stop-commands]');
  expect([...api.files(BRANCH).keys()]).toHaveLength(3);
  expect(/```mermaid\n[\s\S]*?line \[100, 100\]/.test(two.summary)).toBe(true);
});

test('a token without contents: write: a warning only, the evaluation passes', async () => {
  await night(1);
  api.forbidWrites = true;
  const two = await night(2, [], { 'min-pass-rate': '1' });
  expect(two.code).toBe(0);
  expect(warnings(two).join('\n')).toContain(
    'History: this run was not recorded in eval-history: the token may not write to the branch (HTTP 403); give the job `permissions: contents: write`.'
  );
  expect(two.stdout).toMatch(/^Passed: 6 passed/m);
  expect(two.outputs['passed']).toBe('6');
});
