// The eval action's sticky PR comment, end to end: dist/eval/index.js on a pull_request event,
// talking to a local stand-in for the GitHub REST API (helpers/github-api.ts) through
// @actions/github's octokit (GITHUB_API_URL), and to the gateway emulator.
import { startGateway, type Gateway } from '../../emulator/gateway.js';
import { commands, createCache, KEY, runEval } from '../helpers/eval-run.js';
import { startGitHubApi, type GitHubApi } from '../helpers/github-api.js';

const TOKEN = 'ghs_e2eTokenAbCdEfGhIjKlMnOpQrStUvWxYz0123';
const PR = {
  name: 'pull_request',
  payload: { action: 'synchronize', number: 7, pull_request: { number: 7 }, repository: { full_name: 'o/r' } }
};
const MARKER = /^<!-- context-cache-eval [0-9a-f]+ -->\n/;

let gw: Gateway;
let api: GitHubApi;
let env: Record<string, string>;
beforeAll(async () => {
  [gw, api] = await Promise.all([startGateway({ apiKey: KEY }), startGitHubApi()]);
  env = { GITHUB_REPOSITORY: 'o/r', GITHUB_API_URL: api.url, GITHUB_WORKFLOW: 'CI', GITHUB_JOB: 'eval' };
});
afterAll(() => Promise.all([gw.close(), api.close()]));
beforeEach(() => {
  gw.reset();
  api.reset();
});

const cases = (...names: string[]) =>
  names.map((n) => `- name: ${n}\n  prompt: Tell me about ${n}\n  expect:\n    contains: ${n}\n`).join('');

function evalOnPr(
  inputs: Record<string, string>,
  files: Record<string, string>,
  event: typeof PR | { name: string; payload: unknown } = PR
) {
  return runEval(gw, { 'cases-file': 'evals/cases.yml', 'github-token': TOKEN, ...inputs }, { files, env, event });
}

/** Every comment the action wrote (it carries the marker), on o/r#7. */
const ours = () => api.on('o', 'r', 7).filter((c) => MARKER.test(c.body));

function expectNoSecrets(bodies: string[], secrets: string[]) {
  for (const body of bodies) for (const s of secrets) expect(body).not.toContain(s);
}

test('the first run creates one comment; the next run updates it, found again past the first pages', async () => {
  const id = await createCache(gw, 'gemini-2.5-flash');
  // Five comments by others first, two per page: the action's comment ends up on page 3, then 4.
  api.maxPerPage = 2;
  for (let i = 0; i < 5; i++)
    api.seed('o', 'r', 7, i === 2 ? '<!-- context-cache-eval 0123456789abcdef01234567 -->\nanother job' : `LGTM ${i}`);
  api.seed('o', 'r', 8, 'a comment on another pull request');

  const first = await evalOnPr({ model: 'gemini-2.5-flash', 'context-id': id }, { 'evals/cases.yml': cases('alpha') });
  expect(first.code).toBe(0);
  expect(ours()).toHaveLength(2); // the seeded other job's, and this one
  const mine = ours().find((c) => c.login === 'github-actions[bot]')!;
  expect(mine.body).toMatch(MARKER);
  expect(mine.body).toContain('Evaluation passed: 1 of 1 cases on gemini-2.5-flash');
  expect(mine.body).toMatch(/\| alpha \| ✅ pass \|/);
  expect(api.requests.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual([
    'GET /user', // who the token writes as (GITHUB_TOKEN cannot say: github-actions[bot])
    'GET /repos/o/r/issues/7/comments',
    'GET /repos/o/r/issues/7/comments',
    'GET /repos/o/r/issues/7/comments',
    'POST /repos/o/r/issues/7/comments'
  ]);
  // The comment shows what the job summary shows.
  for (const line of first.summary.split('\n').filter((l) => l.startsWith('|'))) expect(mine.body).toContain(line);
  expect(first.stdout).toMatch(/^PR comment created/m);

  api.requests.length = 0;
  const second = await evalOnPr({ model: 'gemini-2.5-flash', 'context-id': id }, { 'evals/cases.yml': cases('alpha', 'beta') });
  expect(second.code).toBe(0);
  expect(api.on('o', 'r', 7)).toHaveLength(6);
  expect(api.requests.filter((r) => r.method === 'POST')).toEqual([]);
  const patches = api.requests.filter((r) => r.method === 'PATCH');
  expect(patches.map((r) => r.url)).toEqual([`/repos/o/r/issues/comments/${mine.id}`]);
  expect(api.requests.some((r) => r.method === 'GET' && /[?&]page=3\b/.test(r.url))).toBe(true);
  expect(mine.body).toContain('Evaluation passed: 2 of 2 cases');
  expect(mine.body).toMatch(/\| beta \| ✅ pass \|/);
  expect(second.stdout).toMatch(/^PR comment updated/m);
  // The other job's comment and the other PR's are untouched.
  expect(api.on('o', 'r', 7)[2]!.body).toContain('another job');
  expect(api.on('o', 'r', 8)[0]!.body).toBe('a comment on another pull request');

  for (const r of api.requests) expect(r.authorization).toBe(`token ${TOKEN}`);
  expectNoSecrets(
    api.on('o', 'r', 7).map((c) => c.body),
    [KEY, id, TOKEN]
  );
});

test('another comment-key or another model keeps a comment of its own', async () => {
  const [flash, pro] = await Promise.all([createCache(gw, 'gemini-2.5-flash'), createCache(gw, 'gemini-2.5-pro')]);
  const files = { 'evals/cases.yml': cases('alpha') };
  expect((await evalOnPr({ model: 'gemini-2.5-flash', 'context-id': flash }, files)).code).toBe(0);
  expect((await evalOnPr({ model: 'gemini-2.5-flash', 'context-id': flash, 'comment-key': 'nightly' }, files)).code).toBe(0);
  expect((await evalOnPr({ model: 'gemini-2.5-pro', 'context-id': pro }, files)).code).toBe(0);
  expect(ours()).toHaveLength(3);
  // Three markers, three comments; a second run of each leg finds its own.
  expect(new Set(ours().map((c) => MARKER.exec(c.body)![0])).size).toBe(3);
  expect(ours()[2]!.body).toContain('cases on gemini-2.5-pro');
  api.requests.length = 0;
  expect((await evalOnPr({ model: 'gemini-2.5-flash', 'context-id': flash, 'comment-key': 'nightly' }, files)).code).toBe(0);
  expect(ours()).toHaveLength(3);
  expect(api.requests.filter((r) => r.method === 'PATCH').map((r) => r.url)).toEqual([`/repos/o/r/issues/comments/${ours()[1]!.id}`]);
  expectNoSecrets(
    ours().map((c) => c.body),
    [KEY, flash, pro, TOKEN]
  );
});

test('a read-only token (a fork pull request) gets a warning, and the step still passes', async () => {
  const id = await createCache(gw, 'gemini-2.5-flash');
  api.readOnly = true;
  const r = await evalOnPr({ model: 'gemini-2.5-flash', 'context-id': id }, { 'evals/cases.yml': cases('alpha') });
  expect(r.code).toBe(0);
  expect(r.outputs['passed']).toBe('1');
  expect(api.comments).toEqual([]);
  expect(api.requests.map((q) => q.method)).toEqual(['GET', 'GET', 'POST']);
  const skipped = commands(r.stdout, 'warning').find((w) => w.props['title'] === 'PR comment skipped');
  expect(skipped?.message).toMatch(/HTTP 403/);
  expect(skipped?.message).toMatch(/pull-requests: write/);
  expect(commands(r.stdout, 'error')).toEqual([]);
  expect(r.summary).toContain('Evaluation passed: 1 of 1');
});

test('no comment off a pull request, nor without a token', async () => {
  const id = await createCache(gw, 'gemini-2.5-flash');
  const files = { 'evals/cases.yml': cases('alpha') };
  const push = await evalOnPr({ model: 'gemini-2.5-flash', 'context-id': id }, files, {
    name: 'push',
    payload: { ref: 'refs/heads/main' }
  });
  expect(push.code).toBe(0);
  const noToken = await evalOnPr({ model: 'gemini-2.5-flash', 'context-id': id, 'github-token': '' }, files);
  expect(noToken.code).toBe(0);
  expect(api.requests).toEqual([]);
  // The job summary is written either way.
  expect(push.summary).toContain('Evaluation passed');
  expect(noToken.summary).toContain('Evaluation passed');
});

test('a comment someone else wrote with our marker is neither updated nor lets our report go stale', async () => {
  const id = await createCache(gw, 'gemini-2.5-flash');
  const first = await evalOnPr({ model: 'gemini-2.5-flash', 'context-id': id }, { 'evals/cases.yml': cases('alpha') });
  expect(first.code).toBe(0);
  const mine = ours().find((c) => c.login === 'github-actions[bot]')!;
  // The marker is no secret: the pull request's author copies it into a comment of their own.
  const planted = api.seed('o', 'r', 7, `${mine.body.split('\n')[0]}\n### ✅ Evaluation passed`, 'mallory');

  gw.setAnswers([{ match: 'alpha', reply: 'something else' }]);
  const second = await evalOnPr({ model: 'gemini-2.5-flash', 'context-id': id }, { 'evals/cases.yml': cases('alpha') });
  expect(second.code).toBe(1);
  expect(api.on('o', 'r', 7).find((c) => c.id === planted.id)!.body).toContain('### ✅ Evaluation passed');
  const updated = api.on('o', 'r', 7).find((c) => c.id === mine.id)!;
  expect(updated.body).toContain('Evaluation failed');
});
