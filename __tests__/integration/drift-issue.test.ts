// The drift issue against the GitHub stand-in: opened on a significant drop, commented on by the
// next bad run, closed when a later run recovers; found again only by the marker at the start of
// an issue our token opened; names escaped so no mention or reference fires.
import type { Result } from '../../src/evaluation/engine.js';
import { alertDrift, driftMarker } from '../../src/github/drift-issue.js';
import { octokitFor, type Octokit } from '../../src/github/octokit.js';
import { driftOf } from '../../src/history/drift.js';
import { recordOf, type HistoryRecord } from '../../src/history/record.js';
import { startGitHubGit, type GitHubGit } from '../helpers/github-git.js';

let api: GitHubGit;
let octokit: Octokit;
beforeAll(async () => {
  api = await startGitHubGit();
  octokit = await octokitFor('ghs_test', 5000, { GITHUB_API_URL: api.url });
});
afterAll(() => api.close());
beforeEach(() => api.reset());

const place = { owner: 'o', repo: 'r' };
const run = {
  workflow: 'Nightly',
  model: 'gemini-2.5-flash',
  runUrl: 'https://github.com/o/r/actions/runs/9',
  repoUrl: 'https://github.com/o/r'
};
const result = (name: string, status: Result['status']): Result => ({
  name,
  file: 'c.yml',
  status,
  failures: [],
  usage: {},
  judgeUsage: {},
  attempts: 1,
  runs: { passed: 0, failed: 0, errored: 0, total: 1 },
  flaky: false
});
const night = (day: number, statuses: Record<string, Result['status']>): HistoryRecord =>
  recordOf(
    { model: 'gemini-2.5-flash', time: new Date(Date.UTC(2026, 11, day)), commit: String(day).repeat(40).slice(0, 40), runId: String(day) },
    Object.entries(statuses).map(([n, s]) => result(n, s))
  );
const good = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`case ${i}`, 'pass' as const]));
const bad = { ...good, 'case 0': 'fail', 'case 1': 'fail', 'case 2': 'fail', 'case 3': 'error', '@octocat #1 evil': 'pass' } as const;
const worse = { ...bad, '@octocat #1 evil': 'fail' } as const;

test('a drop opens one issue (marker first, names escaped), the next bad run comments, a recovery closes it', async () => {
  const n1 = night(1, { ...good, '@octocat #1 evil': 'pass' });
  const n2 = night(2, worse);
  const opened = await alertDrift(octokit, place, run, driftOf([n1, n2]));
  expect(opened.action).toBe('opened');
  expect(api.issues).toHaveLength(1);
  const issue = api.issues[0]!;
  expect(issue.body.startsWith(`${driftMarker('Nightly', 'gemini-2.5-flash')}\n`)).toBe(true);
  expect(issue.title).toBe('Evaluation drift: gemini-2.5-flash got worse (Nightly)');
  expect(issue.body).toContain('5 case(s) newly failing');
  expect(issue.body).toContain('p = 0.031');
  expect(issue.body).toContain('- case 3');
  expect(issue.body).toContain(
    'https://github.com/o/r/compare/1111111111111111111111111111111111111111...2222222222222222222222222222222222222222'
  );
  expect(issue.body).toContain(run.runUrl);
  expect(issue.body).not.toMatch(/@octocat|#1 /);

  // Night 3 is as bad as night 2 (nothing new): no new comment, still open.
  const n3 = night(3, worse);
  expect(await alertDrift(octokit, place, run, driftOf([n2, n3]))).toEqual({ action: 'none' });
  // Night 4 drops more: a comment on the same issue.
  const n4 = night(4, { ...worse, 'case 4': 'fail', 'case 5': 'fail', 'case 6': 'fail', 'case 7': 'fail', 'case 8': 'fail' });
  expect(await alertDrift(octokit, place, run, driftOf([n3, n4]))).toMatchObject({ action: 'commented', number: issue.number });
  expect(api.issues).toHaveLength(1);
  // Night 5 recovers: a comment, then closed.
  const n5 = night(5, { ...good, '@octocat #1 evil': 'pass' });
  expect(await alertDrift(octokit, place, run, driftOf([n4, n5]))).toMatchObject({ action: 'closed', number: issue.number });
  expect(issue.state).toBe('closed');
  expect(issue.comments.map((c) => c.body.split('\n')[0])).toEqual([
    'Worse again.',
    expect.stringMatching(/^Recovered: gemini-2\.5-flash is at 100\.0%/)
  ]);
  // A later drop opens a new issue.
  expect((await alertDrift(octokit, place, run, driftOf([n5, n2]))).action).toBe('opened');
  expect(api.issues.filter((i) => i.state === 'open')).toHaveLength(1);
});

test('an issue someone else opened with our marker, or with it not at the start, is not ours; paging finds ours', async () => {
  const mark = driftMarker('Nightly', 'gemini-2.5-flash');
  api.maxPerPage = 2;
  api.seedIssue({ title: 'planted', body: `${mark}\nnot ours`, login: 'mallory' });
  const ours = api.seedIssue({ title: 'ours', body: `${mark}\nours`, login: 'github-actions[bot]' });
  for (let i = 0; i < 5; i++) api.seedIssue({ title: `other ${i}`, body: `x ${mark}`, login: 'github-actions[bot]' });
  const out = await alertDrift(octokit, place, run, driftOf([night(1, { ...good, '@octocat #1 evil': 'pass' }), night(2, worse)]));
  expect(out).toMatchObject({ action: 'commented', number: ours.number });
  expect(api.requests.filter((r) => r.url.startsWith('/repos/o/r/issues?')).length).toBeGreaterThan(2);
});

test('no earlier run, or a small drop: nothing is opened', async () => {
  expect(await alertDrift(octokit, place, run, undefined)).toEqual({ action: 'none' });
  expect(await alertDrift(octokit, place, run, driftOf([night(1, good), night(2, { ...good, 'case 0': 'fail' })]))).toEqual({
    action: 'none'
  });
  expect(api.issues).toEqual([]);
});

test('without issues: write the call fails with 403 (the caller warns)', async () => {
  api.forbidWrites = true;
  await expect(
    alertDrift(octokit, place, run, driftOf([night(1, { ...good, '@octocat #1 evil': 'pass' }), night(2, worse)]))
  ).rejects.toMatchObject({ status: 403 });
});

test('paging never leaves the API origin: a Link to another host is not followed', async () => {
  const { createServer } = await import('node:http');
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'application/json', link: '<http://example.invalid/repos/o/r/issues?page=2>; rel="next"' });
    res.end('[{"number":1}]');
  }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const { listAll } = await import('../../src/github/octokit.js');
  const other = await octokitFor('ghs_test', 2000, { GITHUB_API_URL: `http://127.0.0.1:${(server.address() as { port: number }).port}` });
  expect(await listAll(other, 'GET /repos/{owner}/{repo}/issues', { owner: 'o', repo: 'r' })).toEqual([{ number: 1 }]);
  expect(hits).toHaveLength(1);
  server.close();
});
