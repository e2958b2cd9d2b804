// Issue 9 end to end through dist/ (Node 24, the gateway emulator): a suite run once whole and
// once as 4 shards (`shard: i/4`, each its own step and output-dir) whose results files the
// merge step (dist/merge/index.js) puts back together to the same totals, JUnit and cases; the
// merge's refusals (a missing shard, a doubled one); an empty shard; and `fail-on: regressions`
// against a baseline file written by an earlier run.
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { jest } from '@jest/globals';
import { startGateway, type Gateway } from '../../emulator/gateway.js';
import { shardOf } from '../../src/evaluation/shard.js';
import {
  CHAT_PATHS,
  commands,
  createCache,
  findAll,
  KEY,
  parseXml,
  promptOf,
  readResults,
  runEval,
  runMerge
} from '../helpers/eval-run.js';
import type { ActionRun } from '../helpers/run-action.js';

jest.setTimeout(180_000); // each step is a Node 24 process; the beforeAll runs five of them

const MODEL = 'gemini-2.5-flash';
const TOTALS = ['passed', 'failed', 'errored', 'total', 'pass-rate', 'prompt-tokens', 'cached-tokens', 'completion-tokens', 'cached-share'];

/** 20 cases: every 7th errors (the emulator answers 500 to BOOM, retries off), the other multiples of 3 fail. */
const names = Array.from({ length: 20 }, (_, i) => `case ${String(i + 1).padStart(2, '0')}`);
const promptOfCase = (name: string) => `Question about ${name}${Number(name.slice(5)) % 7 === 0 ? ' BOOM' : ''}`;
const expected = (n: number) => (n % 7 === 0 ? 'error' : n % 3 === 0 ? 'fail' : 'pass');
const suite = (list: readonly string[]) =>
  list
    .map((name) => {
      const must = expected(Number(name.slice(5))) === 'fail' ? 'never said' : name;
      return `- name: ${name}\n  prompt: ${promptOfCase(name)}\n  expect:\n    contains: ${must}\n`;
    })
    .join('');

let gw: Gateway;
let ws: string;
let contextId: string;
let whole: ActionRun;
const shards: ActionRun[] = [];
/** The prompts each shard's run sent, by shard (1-based index − 1). */
const sentBy: string[][] = [];

const evalStep = (inputs: Record<string, string>) =>
  runEval(
    gw,
    { model: MODEL, 'context-id': contextId, 'cases-file': 'evals/cases.yml', 'max-attempts': '1', 'min-pass-rate': '0', ...inputs },
    { workspace: ws, env: { GITHUB_ACTION: 'eval' } }
  );
const mergeStep = (inputs: Record<string, string>) => runMerge(inputs, { workspace: ws, env: { GITHUB_ACTION: 'merge' } });
/** The prompts of the chat requests the emulator received after the first `from`. */
const sentSince = (from: number) =>
  gw.requests
    .slice(from)
    .filter((r) => CHAT_PATHS.includes(r.path))
    .map(promptOf);
/** The message of the step's failure (its `::error::` lines). */
const errorsOf = (r: ActionRun) => commands(r.stdout, 'error').map((c) => c.message);

beforeAll(async () => {
  gw = await startGateway({ apiKey: KEY, answers: [{ match: 'BOOM', status: 500, reply: 'upstream fell over' }] });
  contextId = await createCache(gw, MODEL);
  ws = await mkdtemp(join(tmpdir(), 'shards-'));
  await mkdir(join(ws, 'evals'));
  await writeFile(join(ws, 'evals/cases.yml'), suite(names));
  whole = await evalStep({ 'output-dir': 'results/whole' });
  for (let i = 1; i <= 4; i++) {
    const before = gw.requests.length;
    shards.push(await evalStep({ shard: `${i}/4`, 'output-dir': `results/shard-${i}` }));
    sentBy.push(sentSince(before));
  }
});
afterAll(() => gw.close());

test('the whole suite and each shard run; every case is sent exactly once over the 4 shards, in its own shard', async () => {
  expect(whole.code).toBe(0);
  expect(whole.outputs).toMatchObject({ passed: '12', failed: '6', errored: '2', total: '20', 'pass-rate': '0.6' });
  for (const s of shards) expect([s.code, s.stderr]).toEqual([0, '']);

  const all = sentBy.flat();
  expect(all.sort()).toEqual(names.map(promptOfCase).sort());
  for (const [i, s] of shards.entries()) {
    const results = await readResults(s);
    expect((results as unknown as { shard: unknown }).shard).toEqual({ index: i + 1, count: 4 });
    expect(results.cases.map((c) => promptOfCase(c.name)).sort()).toEqual([...sentBy[i]!].sort());
    expect(s.stdout).toContain(`Shard ${i + 1}/4: ${results.cases.length} of 20 case(s).`);
  }
  // More than one shard did work: the share is spread, not all in one leg.
  expect(sentBy.filter((p) => p.length > 0).length).toBeGreaterThan(1);
});

test('the 4 results files merged: the same totals, JUnit testcases and case outcomes as the unsharded run', async () => {
  const before = gw.requests.length;
  const merged = await mergeStep({ 'results-files': 'results/shard-*/*.results.json', 'min-pass-rate': '0.6', 'output-dir': 'merged' });
  expect([merged.code, merged.stderr]).toEqual([0, '']);
  expect(merged.stdout).toContain(`Merged 4 results file(s): 20 case(s) of ${MODEL}.`);
  for (const name of TOTALS) expect([name, merged.outputs[name]]).toEqual([name, whole.outputs[name]]);
  expect(Number(merged.outputs['cached-tokens'])).toBeGreaterThan(20 * 1000);
  expect(merged.outputs['results-file']).toBe(join(ws, 'merged', 'eval-merged.results.json'));
  expect(gw.requests.length).toBe(before); // the merge sends nothing

  const statusOf = async (r: ActionRun) => new Map((await readResults(r)).cases.map((c) => [c.name, c.status]));
  expect(await statusOf(merged)).toEqual(await statusOf(whole));
  expect([...(await statusOf(whole))].map(([n, s]) => [n, s])).toEqual(names.map((n) => [n, expected(Number(n.slice(5)))]));

  const junitOf = async (r: ActionRun) => parseXml(await readFile(r.outputs['junit-file']!));
  const [a, b] = [await junitOf(whole), await junitOf(merged)];
  const cases = (x: typeof a) => findAll(x, 'testcase').map((t) => t.attrs['name']);
  expect(cases(b)).toHaveLength(20);
  expect(new Set(cases(b))).toEqual(new Set(cases(a)));
  const counts = (x: typeof a) => ['tests', 'failures', 'errors'].map((k) => findAll(x, 'testsuite')[0]!.attrs[k]);
  expect(counts(b)).toEqual(counts(a));
  expect(counts(b)).toEqual(['20', '6', '2']);
  expect(merged.summary).toContain(`Evaluation passed: 12 of 20 cases on ${MODEL}`);

  // One gate over the whole: the same files under a stricter rate fail the merge step.
  const strict = await mergeStep({ 'results-files': 'results/shard-*/*.results.json', 'min-pass-rate': '0.9', 'output-dir': 'strict' });
  expect(strict.code).toBe(1);
  expect(errorsOf(strict).join('\n')).toContain('Pass rate 60% is below min-pass-rate 90% (12 of 20 passed)');
});

test('a missing shard is named and fails the gate, but the report of what arrived is written', async () => {
  const r = await mergeStep({
    'results-files': ['1', '2', '4'].map((i) => `results/shard-${i}/*.results.json`).join('\n'),
    'min-pass-rate': '0',
    'output-dir': 'partial'
  });
  expect(r.code).toBe(1);
  const message = errorsOf(r).join('\n');
  expect(message).toContain(`${MODEL}: shard(s) 3 of 4 missing`);
  expect(message).toContain('results/shard-4/');
  const arrived = [0, 1, 3].reduce((n, i) => n + Number(shards[i]!.outputs['total']), 0);
  expect(r.outputs['total']).toBe(String(arrived));
  expect(r.outputs['results-file']).toBe(join(ws, 'partial', 'eval-merged.results.json'));
  expect(await readFile(r.outputs['junit-file']!, 'utf8')).toContain('<testsuite');
  expect(r.summary).toContain('Evaluation failed');
  expect(r.summary).toContain(`Incomplete: ${MODEL}: shard(s) 3 of 4 missing`);
});

test('a re-run whose glob reaches the merge’s own output counts it as no shard', async () => {
  const again = await mergeStep({
    'results-files': 'results/shard-*/*.results.json\nmerged/*.results.json',
    'min-pass-rate': '0.6',
    'output-dir': 'merged'
  });
  expect([again.code, again.stderr]).toEqual([0, '']);
  expect(again.stdout).toContain('Skipped merged/eval-merged.results.json: it is a merged results file, not a shard.');
  expect(again.outputs['total']).toBe('20');
  expect(JSON.parse(await readFile(again.outputs['results-file']!, 'utf8'))).toMatchObject({ merged: true });
});

test('the merge refuses a shard that is there twice, naming it and both files, and exits 1', async () => {
  await mkdir(join(ws, 'again'), { recursive: true });
  await copyFile(shards[1]!.outputs['results-file']!, join(ws, 'again', 'copy.results.json'));
  const r = await mergeStep({ 'results-files': 'results/shard-*/*.results.json\nagain/*.results.json' });
  expect(r.code).toBe(1);
  const message = errorsOf(r).join('\n');
  expect(message).toContain(`${MODEL}: shard 2/4 is there twice`);
  expect(message).toMatch(/results\/shard-2\/[^ ]+\.results\.json and again\/copy\.results\.json/);
  expect(r.outputs['total']).toBeUndefined();
});

test('adding a case moves no other case to another shard', async () => {
  await writeFile(join(ws, 'evals/more.yml'), suite(['case 21']));
  for (let i = 1; i <= 4; i++) {
    const r = await evalStep({ 'cases-file': 'evals/cases.yml\nevals/more.yml', shard: `${i}/4`, 'output-dir': `more/${i}` });
    const now = (await readResults(r)).cases.map((c) => c.name).filter((n) => n !== 'case 21');
    expect([i, now]).toEqual([i, (await readResults(shards[i - 1]!)).cases.map((c) => c.name)]);
  }
});

test('an empty shard (2 cases over 4 shards) exits 0 on its own, sends nothing, and merges', async () => {
  const two = ['alpha', 'beta'];
  const empty = [1, 2, 3, 4].find((i) => two.every((n) => shardOf(n, 4) !== i))!;
  await writeFile(join(ws, 'evals/two.yml'), two.map((n) => `- name: ${n}\n  prompt: About ${n}\n  expect: { contains: ${n} }\n`).join(''));
  const before = gw.requests.length;
  const runs: ActionRun[] = [];
  for (let i = 1; i <= 4; i++)
    runs.push(await evalStep({ 'cases-file': 'evals/two.yml', shard: `${i}/4`, 'output-dir': `two/${i}`, 'min-pass-rate': '1' }));
  const lone = runs[empty - 1]!;
  expect([lone.code, lone.stderr]).toEqual([0, '']);
  expect(lone.outputs).toMatchObject({ total: '0', passed: '0', 'pass-rate': '0' });
  expect(lone.stdout).toContain(`Shard ${empty}/4 holds no case; the merge step judges the whole.`);
  expect(sentSince(before).sort()).toEqual(['About alpha', 'About beta']);

  const merged = await mergeStep({ 'results-files': 'two/*/*.results.json' });
  expect(merged.code).toBe(0);
  expect(merged.outputs).toMatchObject({ total: '2', passed: '2', 'pass-rate': '1' });
});

describe('fail-on: regressions against a baseline file from an earlier run', () => {
  const CASES = ['steady', 'xcase', 'ycase', 'zcase']
    .map((n) => `- name: ${n}\n  prompt: Tell me about ${n}\n  expect: { contains: ${n === 'zcase' ? 'never said' : n} }\n`)
    .join('');
  const run = (extra: Record<string, string>) => evalStep({ 'cases-file': 'evals/regress.yml', 'min-pass-rate': '1', ...extra });
  let baselineFile = '';

  beforeAll(async () => {
    await writeFile(join(ws, 'evals/regress.yml'), CASES);
    // The baseline: xcase passes, ycase fails (a wrong answer), zcase fails (an impossible expectation).
    gw.setAnswers([{ match: 'about ycase', reply: 'I would rather not say.' }]);
    const base = await run({ 'output-dir': 'baseline' });
    expect(base.code).toBe(1); // 2 of 4 below min-pass-rate 1
    expect(base.outputs).toMatchObject({ passed: '2', failed: '2' });
    baselineFile = relative(ws, base.outputs['results-file']!);
    gw.setAnswers(undefined);
  });

  test('xcase regressed and ycase fixed: exit 1, regressed=1 fixed=1, the regression first with both answers', async () => {
    gw.setAnswers([{ match: 'about xcase', reply: 'Answer changed by this pull request.' }]);
    const r = await run({ 'fail-on': 'regressions', 'baseline-file': baselineFile, 'output-dir': 'today' });
    gw.setAnswers(undefined);
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ regressed: '1', fixed: '1', passed: '2', failed: '2' });
    expect(errorsOf(r).at(-1)).toBe('1 case(s) regressed: they passed in the baseline and do not now.');

    const s = r.summary;
    expect(s).toContain('🔻 **1 regressed**, 1 fixed, 1 still failing, 1 still passing, 0 new, 0 removed.');
    const table = s.indexOf('| regressed case | now | baseline |');
    expect(table).toBeGreaterThan(0);
    expect(table).toBeLessThan(s.indexOf('| case | result |'));
    expect(s).toMatch(/\| xcase \| fail: contains: expected [^|]*xcase[^|]* \| pass \|/);
    const detailsAt = s.indexOf('<summary>xcase: ❌ fail</summary>');
    expect(detailsAt).toBeGreaterThan(table);
    const details = s.slice(detailsAt, s.indexOf('</details>', detailsAt));
    const [baselineAt, todayAt] = [details.indexOf("**The baseline's answer**"), details.indexOf("**Today's answer:**")];
    expect(0 < baselineAt && baselineAt < todayAt).toBe(true);
    expect(details.indexOf('Emulated answer to&#x3A; Tell me about xcase')).toBeGreaterThan(baselineAt);
    expect(details.indexOf('Emulated answer to&#x3A; Tell me about xcase')).toBeLessThan(todayAt);
    expect(details.indexOf('Answer changed by this pull request&#x2E;')).toBeGreaterThan(todayAt);
    expect(s).not.toContain('<summary>ycase'); // fixed, passing: no detail block
  });

  test('nothing regressed: exit 0 even below min-pass-rate, fixed=1', async () => {
    const r = await run({ 'fail-on': 'regressions', 'baseline-file': baselineFile, 'output-dir': 'ok' });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.outputs).toMatchObject({ regressed: '0', fixed: '1', passed: '3', total: '4', 'pass-rate': '0.75' });
    expect(r.summary).toContain('0 regressed, 1 fixed, 1 still failing, 2 still passing');
    expect(r.summary).toContain('Evaluation passed: 3 of 4 cases');
    // The same run gated on the pass rate fails: the baseline is what let it pass.
    const gated = await run({ 'baseline-file': baselineFile, 'output-dir': 'gated' });
    expect(gated.code).toBe(1);
    expect(gated.outputs).toMatchObject({ regressed: '0', fixed: '1' });
  });
});
