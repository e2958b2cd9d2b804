// Issue 10: every workflow in examples/workflows/ exercised against the gateway emulator (and the
// GitHub API stand-in for PR comments). helpers/workflow-run.ts reads each file and runs the steps
// that use this repository's actions through dist/ in order, as the runner would: `with:` resolved
// from secrets, matrix legs, earlier steps' outputs and vars; GITHUB_ENV carried on; artifacts
// passed between jobs. Each step must exit as the workflow's comments say it does.
import { jest } from '@jest/globals';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { startGateway, type Gateway } from '../../emulator/gateway.js';
import { ROOT } from '../../scripts/local-runner.js';
import { CHAT_PATHS, commands, KEY, promptOf, readResults } from '../helpers/eval-run.js';
import { startGitHubApi, type GitHubApi } from '../helpers/github-api.js';
import { startGitHubGit, type GitHubGit } from '../helpers/github-git.js';
import { evaluate, interpolate } from '../helpers/workflow-expr.js';
import { runWorkflow, type JobRun, type World } from '../helpers/workflow-run.js';

jest.setTimeout(240_000); // a workflow is several Node 24 processes; the sharded nightly is 17

const DIR = join(ROOT, 'examples', 'workflows');
const TOKEN = 'ghs_exampleWorkflowToken0123456789abcd';
const NAMES = [
  'refund window',
  'shipping time',
  'greeting',
  'escalation',
  'password reset',
  'invoice copy',
  'cancel order',
  'opening hours'
];
const CASES = NAMES.map((n) => `- name: ${n}\n  prompt: 'Question: ${n}?'\n  expect:\n    icontains: ${n}\n`).join('');

let gw: Gateway;
let api: GitHubApi;
/** The nightly workflows' history branch and issues. */
let git: GitHubGit;
beforeAll(async () => {
  [gw, api, git] = await Promise.all([startGateway({ apiKey: KEY }), startGitHubApi(), startGitHubGit()]);
});
afterAll(() => Promise.all([gw.close(), api.close(), git.close()]));
beforeEach(() => {
  gw.reset();
  api.reset();
  git.reset();
});

/** What actions/checkout gives each job: the example prompts, a system prompt and a cases file. */
async function checkout(ws: string): Promise<void> {
  await cp(join(ROOT, 'examples', 'prompts'), join(ws, 'prompts'), { recursive: true });
  await cp(join(ROOT, 'examples', 'prompts', 'grader.md'), join(ws, 'prompts', 'system.md'));
  await mkdir(join(ws, 'prompts', 'cases'));
  await writeFile(join(ws, 'prompts', 'cases', 'support.yml'), CASES);
}

const pullRequest = (fork: boolean) => ({
  name: 'pull_request',
  payload: {
    action: 'synchronize',
    number: 12,
    pull_request: {
      number: 12,
      head: { repo: { full_name: fork ? 'someone/r' : 'o/r', fork } },
      base: { ref: 'main', sha: 'b45e5ha', repo: { full_name: 'o/r' } }
    },
    repository: { full_name: 'o/r' }
  }
});
const SCHEDULE = { name: 'schedule', payload: { schedule: '17 3 * * *' } };

function world(event: World['event'], fork = false): World {
  // A fork's pull request gets no secrets, only a read-only token.
  const secrets: Record<string, string> = fork ? { GITHUB_TOKEN: TOKEN } : { GITHUB_TOKEN: TOKEN, GATEWAY_API_KEY: KEY };
  api.readOnly = fork;
  return { repository: 'o/r', event, secrets, gatewayUrl: gw.url, apiUrl: api.url, checkout };
}

const covered = new Set<string>();
async function run(file: string, w: World) {
  const r = await runWorkflow(file, await readFile(join(DIR, file), 'utf8'), w);
  for (const job of r.jobs)
    for (const [i, s] of job.steps.entries()) {
      if (s.state !== 'ran') continue;
      covered.add(`${file} ${job.id} #${i + 1} ${s.uses}`);
      // An example is copied as is: none of its steps may warn (a warning on every run is noise users learn to ignore).
      expect([file, job.id, i + 1, commands(s.result!.stdout, 'warning')]).toEqual([file, job.id, i + 1, []]);
    }
  return r;
}
/** Each step of a job as [uses, state, exit code]. */
const shape = (job: JobRun) => job.steps.map((s) => [s.uses ?? 'run', s.state, s.result?.code ?? null]);
const step = (job: JobRun, id: string) => job.steps.find((s) => s.id === id)!;
const chats = () => gw.requests.filter((r) => CHAT_PATHS.includes(r.path));
const creates = () => gw.requests.filter((r) => r.path === '/v1/context/create');

test('the evaluator reads the expressions the examples use, as GitHub does', () => {
  const scope = {
    contexts: { vars: {}, env: { MODEL: 'x' }, matrix: { shard: 2 }, github: { event: pullRequest(true).payload, repository: 'o/r' } },
    succeeded: true
  };
  expect(evaluate("vars.MODEL || 'gemini-2.5-flash'", scope)).toBe('gemini-2.5-flash');
  expect(evaluate('github.event.pull_request.head.repo.fork', scope)).toBe(true);
  expect(evaluate('github.event.pull_request.head.repo.full_name != github.repository', scope)).toBe(true);
  expect(evaluate("github.repository == 'O/R' && !cancelled()", scope)).toBe(true);
  expect(interpolate('${{ matrix.shard }}/4 on ${{ env.MODEL }}', scope)).toBe('2/4 on x');
  expect(() => evaluate('hashFiles(1)', scope)).toThrow(/does not know hashfiles/);
});

describe('prompt-regression.yml', () => {
  /** The pull request's prompt: the base's with one line changed (the head's cache then holds it). */
  const CHANGED = 'NEW POLICY: answer in one word.';
  const changePrompt = async (ws: string) => {
    await checkout(ws);
    const file = join(ws, 'prompts', 'system.md');
    await writeFile(file, `${await readFile(file, 'utf8')}\n${CHANGED}\n`);
  };
  /** The base commit's prompts in base/, as the sparse checkout of the base sha gives them. */
  const baseAt = async (dir: string, inputs: Record<string, string>) => {
    expect(inputs).toMatchObject({ ref: 'b45e5ha', path: 'base', 'sparse-checkout': 'prompts' });
    await checkout(dir);
  };
  const prWorld = (changed: boolean): World => ({
    ...world(pullRequest(false)),
    checkout: changed ? changePrompt : checkout,
    checkoutAt: baseAt
  });
  const idOf = (c: (typeof gw.requests)[number]) => (c.json as { context_id: string }).context_id;

  test('a pull request that changes the prompt: both caches, every case on both side by side, worse fails, one sticky comment', async () => {
    // The changed prompt breaks five of the eight cases.
    gw.setAnswers(NAMES.slice(0, 5).map((n) => ({ match: n, reply: 'Yes.', cached: CHANGED })));
    const r = await run('prompt-regression.yml', prWorld(true));
    const [job] = r.jobs;
    expect(shape(job!)).toEqual([
      ['actions/checkout@v5', 'recorded', null],
      ['actions/checkout@v5', 'recorded', null],
      ['your-org/context-cache-action@v1', 'ran', 0],
      ['your-org/context-cache-action@v1', 'ran', 0],
      ['your-org/context-cache-action/eval@v1', 'ran', 1]
    ]);
    expect(creates().map((c) => c.json)).toEqual([
      expect.objectContaining({ model: 'Doubao-1.5-pro-32k', mode: 'common_prefix', ttl: 3600 }),
      expect.objectContaining({ model: 'Doubao-1.5-pro-32k', mode: 'common_prefix', ttl: 3600 })
    ]);
    const head = step(job!, 'head').result!.outputs['context-id']!;
    const base = step(job!, 'base').result!.outputs['context-id']!;
    const evalStep = job!.steps[4]!;
    expect(evalStep.inputs).toMatchObject({ 'context-id': head, 'baseline-context-id': base, 'fail-on': 'worse' });
    // The pull request's cache stays in CONTEXT_CACHE_ID; the base's went to its own variable.
    expect(evalStep.env).toMatchObject({ CONTEXT_CACHE_ID: head, BASE_CONTEXT_CACHE_ID: base });
    expect(evalStep.result!.outputs).toMatchObject({ change: 'worse', regressed: '5', fixed: '0', passed: '3', 'baseline-passed': '8' });
    // Each case asked of both caches, once each (the two go out at once, so arrival order is the network's).
    const sent = chats();
    expect(sent).toHaveLength(16);
    const byCase = new Map<string, string[]>();
    for (const c of sent) byCase.set(promptOf(c), [...(byCase.get(promptOf(c)) ?? []), idOf(c)]);
    expect(byCase.size).toBe(8);
    for (const ids of byCase.values()) expect(ids.sort()).toEqual([head, base].sort());
    const comments = () => api.on('o', 'r', 12);
    expect(comments()).toHaveLength(1);
    const body = comments()[0]!.body;
    expect(body).toContain('🔻 Worse than main: 5 regressed, 0 fixed (p = 0.03)');
    const detail = body.slice(body.indexOf('<summary>refund window: ❌ fail</summary>'));
    const baseAnswer = detail.indexOf('Emulated answer to&#x3A; Question&#x3A; refund window&#x3F;');
    expect(baseAnswer).toBeGreaterThan(0);
    expect(detail.indexOf('> Yes&#x2E;')).toBeGreaterThan(baseAnswer);

    // The next push mends four of them: one regression of eight is no significant change; the check passes.
    gw.reset();
    gw.setAnswers([{ match: NAMES[0]!, reply: 'Yes.', cached: CHANGED }]);
    const again = await run('prompt-regression.yml', prWorld(true));
    expect(shape(again.jobs[0]!).map((s) => s[2])).toEqual([null, null, 0, 0, 0]);
    expect(comments()).toHaveLength(1);
    expect(comments()[0]!.body).toContain('No significant change: 1 regressed, 0 fixed (p = 0.50)');
  });

  test('a pull request whose prompts equal the base’s: no base cache, the cases gate on min-pass-rate', async () => {
    const r = await run('prompt-regression.yml', prWorld(false));
    const [job] = r.jobs;
    expect(shape(job!).map((s) => s[1])).toEqual(['recorded', 'recorded', 'ran', 'skipped', 'ran']);
    expect(creates()).toHaveLength(1);
    const evalStep = job!.steps[4]!;
    expect(evalStep.inputs).toMatchObject({ 'baseline-context-id': '', 'fail-on': 'pass-rate' });
    expect(evalStep.result!.outputs).toMatchObject({ total: '8', passed: '8', change: '' });
    expect(chats()).toHaveLength(8);
    expect(api.on('o', 'r', 12)[0]!.body).toContain('Evaluation passed: 8 of 8 cases on Doubao-1.5-pro-32k');
  });

  test('a pull request that changes only the cases, or adds the prompt the base lacks: no base cache', async () => {
    const casesOnly: World = {
      ...prWorld(false),
      checkout: async (ws) => {
        await checkout(ws);
        const file = join(ws, 'prompts', 'cases', 'support.yml');
        await writeFile(
          file,
          `${await readFile(file, 'utf8')}- name: new case\n  prompt: 'Question: new case?'\n  expect:\n    icontains: new case\n`
        );
      }
    };
    const a = await run('prompt-regression.yml', casesOnly);
    expect(shape(a.jobs[0]!).map((s) => s[1])).toEqual(['recorded', 'recorded', 'ran', 'skipped', 'ran']);
    expect(creates()).toHaveLength(1);
    expect(a.jobs[0]!.steps[4]!.result!.outputs).toMatchObject({ total: '9', change: '' });

    gw.reset();
    const newPrompt: World = { ...prWorld(true), checkoutAt: (dir) => mkdir(dir, { recursive: true }).then(() => undefined) };
    const b = await run('prompt-regression.yml', newPrompt);
    expect(shape(b.jobs[0]!).map((s) => [s[1], s[2]])).toEqual([
      ['recorded', null],
      ['recorded', null],
      ['ran', 0],
      ['skipped', null],
      ['ran', 0]
    ]);
    expect(creates()).toHaveLength(1);
  });

  test("a fork's pull request: the job is skipped, nothing is sent, nothing is posted", async () => {
    const r = await run('prompt-regression.yml', world(pullRequest(true), true));
    expect(r.jobs.map((j) => [j.id, j.ran, j.steps.length])).toEqual([['regression', false, 0]]);
    expect(gw.requests).toEqual([]);
    expect(api.requests).toEqual([]);
  });
});

describe('validate-prompts.yml', () => {
  test("a fork's pull request: the dry run validates the prompt without a key and sends nothing", async () => {
    const r = await run('validate-prompts.yml', world(pullRequest(true), true));
    const [job] = r.jobs;
    expect(shape(job!)).toEqual([
      ['actions/checkout@v5', 'recorded', null],
      ['your-org/context-cache-action@v1', 'ran', 0],
      ['your-org/context-cache-action/eval@v1', 'ran', 0]
    ]);
    // The cases files too: validated, what would run logged, nothing sent.
    const cases = job!.steps[2]!;
    expect(cases.inputs).toMatchObject({ 'dry-run': 'true', 'cases-file': 'prompts/cases/*.yml' });
    expect(cases.result!.stdout).toMatch(
      /^Dry run: \d+ case\(s\) from prompts\/cases\/support\.yml would run on Doubao-1\.5-pro-32k .*nothing was sent\./m
    );
    const dry = job!.steps[1]!;
    expect(dry.inputs).toMatchObject({ 'dry-run': 'true', 'prompt-file': 'prompts/system.md' });
    expect(dry.inputs!['api-key']).toBeUndefined();
    expect(dry.result!.stdout).toMatch(
      /Dry run: would POST .*\/v1\/context\/create with model Doubao-1\.5-pro-32k, 1 message\(s\).*Nothing was sent\./
    );
    expect(dry.result!.outputs['context-id'] ?? '').toBe('');
    expect(gw.requests).toEqual([]);
  });

  test('a pull request from the repository: skipped (prompt-regression.yml covers it)', async () => {
    const r = await run('validate-prompts.yml', world(pullRequest(false)));
    expect(r.jobs.map((j) => [j.id, j.ran])).toEqual([['dry-run', false]]);
    expect(gw.requests).toEqual([]);
  });
});

describe('nightly-eval.yml', () => {
  test('each model of the matrix: its own cache, its cases on its endpoint, results kept as an artifact', async () => {
    const r = await run('nightly-eval.yml', { ...world(SCHEDULE), apiUrl: git.url });
    expect(r.jobs.map((j) => [j.id, j.matrix['model']])).toEqual([
      ['evaluate', 'gemini-2.5-flash'],
      ['evaluate', 'Doubao-1.5-pro-32k']
    ]);
    for (const job of r.jobs) {
      expect(shape(job)).toEqual([
        ['actions/checkout@v5', 'recorded', null],
        ['your-org/context-cache-action@v1', 'ran', 0],
        ['your-org/context-cache-action/eval@v1', 'ran', 0],
        ['actions/upload-artifact@v4', 'recorded', null]
      ]);
      const model = job.matrix['model'] as string;
      const id = step(job, 'cache').result!.outputs['context-id']!;
      const mine = chats().filter((c) => (c.json as { context_id: string }).context_id === id);
      expect(mine.map(promptOf).sort()).toEqual(NAMES.map((n) => `Question: ${n}?`).sort());
      expect(new Set(mine.map((c) => c.path))).toEqual(new Set([model.startsWith('Doubao') ? CHAT_PATHS[0] : CHAT_PATHS[1]]));
      const evalRun = step(job, 'eval').result!;
      expect(evalRun.outputs['results-file']!.startsWith(join(job.workspace, 'eval-results'))).toBe(true);
      // The upload keeps what the eval step wrote, even when it failed (if: !cancelled()).
      const upload = job.steps[3]!;
      expect(upload.if).toBe('${{ !cancelled() }}');
      expect(upload.inputs!['path']).toMatch(/^eval-results\/?/);
      expect((await readdir(r.artifacts.get(`eval-${model}`)!)).sort()).toEqual([
        `eval-${model}-eval.junit.xml`,
        `eval-${model}-eval.results.json`
      ]);
    }
    expect(creates()).toHaveLength(2);
    // Each leg recorded its night in the history branch; no issue on a first night.
    expect([...git.files('eval-history').keys()].map((f) => f.split('/')[0]).sort()).toEqual(['doubao-1.5-pro-32k', 'gemini-2.5-flash']);
    expect(git.issues).toEqual([]);
    expect(step(r.jobs[0]!, 'eval').result!.summary).toContain('### 📈 History');
  });
});

describe('nightly-sharded.yml', () => {
  test('models × 4 shards, each case once per model, then one merged report and gate from the artifacts', async () => {
    const r = await run('nightly-sharded.yml', { ...world(SCHEDULE), apiUrl: git.url });
    const legs = r.jobs.filter((j) => j.matrix['shard'] !== undefined);
    expect(legs).toHaveLength(8);
    for (const leg of legs) {
      expect(shape(leg).map((s) => [s[1], s[2]])).toEqual([
        ['recorded', null],
        ['ran', 0],
        ['ran', 0],
        ['recorded', null]
      ]);
      expect(leg.steps[2]!.inputs!['shard']).toBe(`${leg.matrix['shard'] as number}/4`);
      expect(leg.steps[1]!.inputs!['mode']).toBe(leg.matrix['model'] === 'Doubao-1.5-pro-32k' ? 'common_prefix' : '');
    }
    for (const model of ['gemini-2.5-flash', 'Doubao-1.5-pro-32k']) {
      const sent = chats().filter((c) => (c.json as { model: string }).model === model);
      expect([model, sent.map(promptOf).sort()]).toEqual([model, NAMES.map((n) => `Question: ${n}?`).sort()]);
    }
    expect(r.artifacts.size).toBe(9); // 8 shards, and the merged report

    const merge = r.jobs.find((j) => j.matrix['shard'] === undefined)!;
    expect(merge.ran).toBe(true);
    const uses = merge.steps.map((s) => s.uses);
    expect(uses.indexOf('actions/download-artifact@v4')).toBeLessThan(uses.indexOf('your-org/context-cache-action/eval/merge@v1'));
    const merged = merge.steps.find((s) => s.uses?.includes('/eval/merge@'))!.result!;
    expect([merged.code, merged.stderr]).toEqual([0, '']);
    expect(merged.stdout).toMatch(/^Merged 8 results file\(s\): 16 case\(s\) of (Doubao-1\.5-pro-32k|gemini-2\.5-flash), (?!\1)\S+\.$/m);
    expect(merged.outputs).toMatchObject({ total: '16', passed: '16', 'pass-rate': '1' });
    const names = (await readResults(merged)).cases.map((c) => c.name);
    expect(names.filter((n) => n.startsWith('Doubao-1.5-pro-32k: '))).toHaveLength(8);
    expect(merged.summary).toContain('Evaluation passed: 16 of 16 cases');
    expect(gw.requests.length).toBe(8 + 16); // 8 caches, 16 chats: the merge sent nothing
    expect([...r.artifacts.keys()].filter((k) => !k.startsWith('shard-'))).toEqual(['merged-results']);
    // The merge recorded one record per model in one commit; the shards recorded nothing.
    expect([...git.files('eval-history').keys()]).toHaveLength(2);
    expect(git.log('eval-history')).toHaveLength(1);
    expect(merged.summary).toContain('### Per model');
  });
});

test('every step that uses one of our actions, in every example workflow, ran in a test above', async () => {
  const files = (await readdir(DIR)).filter((f) => f.endsWith('.yml')).sort();
  expect(files.length).toBeGreaterThanOrEqual(4);
  const wanted: string[] = [];
  for (const file of files) {
    const doc = parse(await readFile(join(DIR, file), 'utf8')) as { jobs: Record<string, { steps: { uses?: string }[] }> };
    for (const [id, job] of Object.entries(doc.jobs))
      for (const [i, s] of job.steps.entries())
        if (s.uses && /context-cache-action|^\.\/?/.test(s.uses)) wanted.push(`${file} ${id} #${i + 1} ${s.uses}`);
  }
  expect(wanted.length).toBeGreaterThanOrEqual(8);
  expect(wanted.filter((w) => !covered.has(w))).toEqual([]);
});
