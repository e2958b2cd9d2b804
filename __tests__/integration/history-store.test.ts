// The history branch against a stand-in that keeps a real branch (helpers/github-git.ts): an
// orphan created on first use, appends that race and both land, the cap in the same commit,
// hostile records skipped, 403 and a missing branch.
import type { Result } from '../../src/evaluation/engine.js';
import { octokitFor, type Octokit } from '../../src/github/octokit.js';
import { HISTORY_FORMAT, recordOf, recordPath, type HistoryRecord } from '../../src/history/record.js';
import { appendHistory, readHistory } from '../../src/history/store.js';
import { startGitHubGit, type GitHubGit } from '../helpers/github-git.js';

const place = { owner: 'o', repo: 'r', branch: 'eval-history' };
let api: GitHubGit;
let octokit: Octokit;
beforeAll(async () => {
  api = await startGitHubGit();
  octokit = await octokitFor('ghs_test', 5000, { GITHUB_API_URL: api.url });
});
afterAll(() => api.close());
beforeEach(() => api.reset());

const result = (name: string, status: Result['status']): Result => ({
  name,
  file: 'c.yml',
  status,
  failures: [],
  usage: { promptTokens: 10, cachedTokens: 8 },
  judgeUsage: {},
  attempts: 1,
  runs: { passed: 0, failed: 0, errored: 0, total: 1 },
  flaky: false
});
let clock = Date.parse('2026-12-01T03:17:00Z');
const night = (model: string, runId: number, statuses: Record<string, Result['status']> = { a: 'pass', b: 'pass' }): HistoryRecord =>
  recordOf(
    { model, time: new Date((clock += 86_400_000)), commit: runId.toString(16).padStart(40, 'c'), runId: String(runId), ref: 'main' },
    Object.entries(statuses).map(([n, s]) => result(n, s))
  );
const noSleep = () => Promise.resolve();

test('the first write creates the branch as an orphan holding only the record; reads come back oldest first', async () => {
  expect(await readHistory(octokit, place, ['gemini-2.5-flash'], 30)).toEqual({ exists: false, records: new Map(), skipped: [] });
  const first = await appendHistory(octokit, place, [night('gemini-2.5-flash', 1)], 500, noSleep);
  expect(first).toMatchObject({ created: true, dropped: 0, attempts: 1 });
  const log = api.log('eval-history');
  expect(log).toHaveLength(1);
  expect(log[0]!.parents).toEqual([]);
  expect([...api.files('eval-history').keys()]).toEqual([expect.stringMatching(/^gemini-2\.5-flash\/\d{8}T\d{6}Z-1-1\.json$/)]);
  await appendHistory(octokit, place, [night('gemini-2.5-flash', 2)], 500, noSleep);
  await appendHistory(octokit, place, [night('gemini-2.5-flash', 3, { a: 'pass', b: 'fail' })], 500, noSleep);
  const read = await readHistory(octokit, place, ['gemini-2.5-flash', 'Doubao-pro-32k'], 30);
  expect(read.exists).toBe(true);
  expect(read.records.get('gemini-2.5-flash')!.map((r) => r.runId)).toEqual(['1', '2', '3']);
  expect(read.records.get('Doubao-pro-32k')).toEqual([]);
  expect(read.records.get('gemini-2.5-flash')![2]!.cases.fail).toEqual(['b']);
  expect(api.log('eval-history').map((c) => c.parents.length)).toEqual([1, 1, 0]);
});

test('two matrix legs writing at once both land (the loser retries on the new head)', async () => {
  await appendHistory(octokit, place, [night('gemini-2.5-flash', 1)], 500, noSleep);
  const [a, b] = await Promise.all([
    appendHistory(octokit, place, [night('gemini-2.5-flash', 2)], 500, noSleep),
    appendHistory(octokit, place, [night('Doubao-pro-32k', 2)], 500, noSleep)
  ]);
  expect(a.attempts + b.attempts).toBeGreaterThan(2); // they did race
  const files = [...api.files('eval-history').keys()];
  expect(files.filter((f) => f.startsWith('gemini-2.5-flash/'))).toHaveLength(2);
  expect(files.filter((f) => f.startsWith('doubao-pro-32k/'))).toHaveLength(1);
  expect(api.log('eval-history')).toHaveLength(3); // linear: every update was a fast-forward
});

test('a writer that moves the branch between our read and our ref update: 422, retried, both land', async () => {
  await appendHistory(octokit, place, [night('gemini-2.5-flash', 1)], 500, noSleep);
  let raced = false;
  api.beforeRequest = (req) => {
    if (!raced && req.method === 'PATCH') {
      raced = true;
      api.commitFiles('eval-history', { 'other/20260101T000000Z-9-1.json': '{}' });
    }
  };
  const out = await appendHistory(octokit, place, [night('gemini-2.5-flash', 2)], 500, noSleep);
  expect(out.attempts).toBe(2);
  expect(api.files('eval-history').has('other/20260101T000000Z-9-1.json')).toBe(true);
  expect([...api.files('eval-history').keys()].filter((f) => f.startsWith('gemini'))).toHaveLength(2);
});

test('a race lost every time gives up after a bounded number of attempts', async () => {
  await appendHistory(octokit, place, [night('gemini-2.5-flash', 1)], 500, noSleep);
  let n = 0;
  api.beforeRequest = (req) => {
    if (req.method === 'PATCH') api.commitFiles('eval-history', { [`other/x${n++}.json`]: '{}' });
  };
  await expect(appendHistory(octokit, place, [night('gemini-2.5-flash', 2)], 500, noSleep)).rejects.toMatchObject({ status: 422 });
  expect(n).toBe(5);
});

test('the cap: older records are dropped in the same commit, so the branch holds at most limit per model', async () => {
  for (let i = 1; i <= 7; i++) await appendHistory(octokit, place, [night('gemini-2.5-flash', i)], 5, noSleep);
  api.commitFiles('eval-history', { 'doubao-pro-32k/20260101T000000Z-1-1.json': JSON.stringify(night('Doubao-pro-32k', 1)) });
  const out = await appendHistory(octokit, place, [night('gemini-2.5-flash', 8)], 5, noSleep);
  expect(out.dropped).toBe(1);
  const files = [...api.files('eval-history').keys()].filter((f) => f.startsWith('gemini'));
  expect(files).toHaveLength(5);
  expect(files.map((f) => /-(\d+)-1\.json$/.exec(f)![1])).toEqual(['4', '5', '6', '7', '8']);
  expect(api.files('eval-history').has('doubao-pro-32k/20260101T000000Z-1-1.json')).toBe(true); // another model's are not touched
  expect(api.log('eval-history')).toHaveLength(9); // one commit per write (8) plus the other writer's
});

test('planted files are skipped with a reason; the good records are read', async () => {
  await appendHistory(octokit, place, [night('gemini-2.5-flash', 1)], 500, noSleep);
  const good = night('gemini-2.5-flash', 2);
  const other = night('Doubao-pro-32k', 3);
  api.commitFiles('eval-history', {
    'gemini-2.5-flash/20270101T000000Z-5-1.json': '{"format":"context-cache-eval/history@1", "model": "```\\n::stop-commands::x"}',
    'gemini-2.5-flash/20270101T000001Z-6-1.json': 'not json at all',
    'gemini-2.5-flash/20270101T000002Z-7-1.json': JSON.stringify(other),
    'gemini-2.5-flash/##[error]x.json': '{}',
    [recordPath(good)]: JSON.stringify(good)
  });
  const read = await readHistory(octokit, place, ['gemini-2.5-flash'], 30);
  expect(read.records.get('gemini-2.5-flash')!.map((r) => r.runId)).toEqual(['1', '2']);
  expect(read.skipped).toHaveLength(4);
  expect(read.skipped.join('\n')).toContain(HISTORY_FORMAT);
  expect(read.skipped.join('\n')).not.toContain('##[');
  expect(read.skipped.some((s) => s.includes('another model'))).toBe(true);
});

test('a token without contents: write: the write fails with 403 (the caller warns); reading still works', async () => {
  await appendHistory(octokit, place, [night('gemini-2.5-flash', 1)], 500, noSleep);
  api.forbidWrites = true;
  await expect(appendHistory(octokit, place, [night('gemini-2.5-flash', 2)], 500, noSleep)).rejects.toMatchObject({ status: 403 });
  expect((await readHistory(octokit, place, ['gemini-2.5-flash'], 30)).records.get('gemini-2.5-flash')).toHaveLength(1);
});

test('a request GitHub does not answer is abandoned at the timeout', async () => {
  const slow = await octokitFor('ghs_test', 200, { GITHUB_API_URL: api.url });
  api.beforeRequest = () => new Promise((r) => setTimeout(r, 2000).unref());
  const started = Date.now();
  await expect(readHistory(slow, place, ['gemini-2.5-flash'], 30)).rejects.toBeDefined();
  expect(Date.now() - started).toBeLessThan(1900);
});

test('figures: reading the last 60 of a 500-record history and appending one (with the cap) against the stand-in', async () => {
  const many: Record<string, string> = {};
  const cases = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`case ${i}`, i % 9 ? 'pass' : 'fail'] as const));
  for (let i = 1; i <= 500; i++) {
    const r = night('gemini-2.5-flash', i, cases);
    many[recordPath(r)] = JSON.stringify(r);
  }
  api.commitFiles('eval-history', many);
  api.requests.length = 0;
  const t0 = performance.now();
  const read = await readHistory(octokit, place, ['gemini-2.5-flash'], 60);
  const t1 = performance.now();
  const out = await appendHistory(octokit, place, [night('gemini-2.5-flash', 501, cases)], 500, noSleep);
  const t2 = performance.now();
  expect(read.records.get('gemini-2.5-flash')).toHaveLength(60);
  expect(out.dropped).toBe(1);
  expect([...api.files('eval-history').keys()]).toHaveLength(500);
  const writes = api.requests.filter((r) => r.method !== 'GET');
  expect(writes.map((r) => `${r.method} ${r.url}`)).toEqual([
    'POST /repos/o/r/git/trees',
    'POST /repos/o/r/git/commits',
    'PATCH /repos/o/r/git/refs/heads%2Feval-history'
  ]);
  // The write sends the new record and one deletion, not the history.
  expect(JSON.stringify(writes[0]!.body).length).toBeLessThan(20_000);
  console.log(
    `500-record history (200 cases each): read last 60 in ${(t1 - t0).toFixed(0)} ms (${api.requests.length - 3 - 4} GETs), append+cap in ${(t2 - t1).toFixed(0)} ms`
  );
});
