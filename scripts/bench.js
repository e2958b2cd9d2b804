// @ts-check
// npm run bench: what each action costs beyond the gateway's own time. dist/ runs the
// way the runner runs it (bench/measure.js) on Node 24, beside the floor (bench/floor.js,
// bench/floor-eval.js: the same inputs, the same POSTs with bare node:http; bench/floor-merge.js:
// the same files parsed), alternately A B A B after a warm-up pair, against the emulator on
// 127.0.0.1 in a process of its own (bench/emulator.js). The history row runs eval with a history
// branch on a GitHub API stand-in (bench/github.js) beside the same run without one. Prints
// medians, the median of per-pair ratios and the targets met or missed as a Markdown table, and
// writes everything to reports/bench.json.
//   npm run bench [-- --quick] [--only ID,...] [--pairs N] [--profile] [--json FILE]
// --quick: 3 pairs, no 32 MiB prompts (unless --only names them). --only: rows whose id contains one of the words (md-20k,
// md-8m, md-32m, json-32m, jsonl-32m, yaml-32m, eval-200, eval-40-slow, eval-2000-c32,
// eval-10000-long, merge-64x500, history-500). --profile: after each row, one more action run
// under --cpu-prof, with its top functions by self time.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, release, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RSS_SOURCE, runner, startEmulator } from '../bench/measure.js';
import { selfTimes } from '../bench/profile.js';
import { writePrompts } from '../bench/prompts.js';
import { median, pairRatio, table } from '../bench/report.js';
import { LATENCIES, LATENCY_MS, ROWS, casesFileOf, filesOf, gatewayOf, idealMs } from '../bench/scenarios.js';
import { ROOT, actionMain } from './local-runner.js';
import { node24Path } from './node24.js';

/** @typedef {import('../bench/scenarios.js').Row} Row */
/** @typedef {import('../bench/report.js').RowResult} RowResult */
/** @typedef {import('../bench/measure.js').Sample} Sample */

const { values: opts } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    pairs: { type: 'string' },
    profile: { type: 'boolean', default: false },
    json: { type: 'string', default: join(ROOT, 'reports', 'bench.json') }
  }
});
const pairs = Number(opts.pairs ?? (opts.quick ? 3 : 9));
if (!Number.isInteger(pairs) || pairs < 1) throw new Error(`--pairs must be a whole number ≥ 1, got '${opts.pairs}'`);
const only = opts.only
  ?.split(',')
  .map((w) => w.trim())
  .filter(Boolean);
const rows = ROWS.filter((r) => (only ? only.some((w) => r.id.includes(w)) : !(opts.quick && r.big)));
if (rows.length === 0) throw new Error(`--only ${opts.only} matches no row (ids: ${ROWS.map((r) => r.id).join(', ')})`);

const node24 = node24Path();
if (!node24) throw new Error('Node 24 is needed (the action runs on it): node scripts/node24.js --ensure');
const node = node24;
for (const action of /** @type {const} */ (['create', 'eval', 'merge']))
  if (!existsSync(actionMain(action))) throw new Error(`${actionMain(action)} is missing: npm run bundle`);
const FLOOR = join(ROOT, 'bench', 'floor.js');
const FLOOR_EVAL = join(ROOT, 'bench', 'floor-eval.js');
const FLOOR_MERGE = join(ROOT, 'bench', 'floor-merge.js');

const log = (/** @type {string} */ line) => process.stderr.write(`${line}\n`);
// The prompts in <scratch>/workspace, each run's command files beside it; all removed at the end.
const scratch = await mkdtemp(join(tmpdir(), 'bench-'));
const workspace = join(scratch, 'workspace');
await mkdir(workspace);
log(`Writing the test prompts into ${workspace} ...`);
await writePrompts(workspace, [...new Set(rows.flatMap(filesOf))]);
const emulator = await startEmulator(process.execPath, LATENCIES);
const load = [loadavg()[0] ?? 0];

/**
 * The warm-up pair, then `pairs` pairs, each `step` returning named samples; every value kept.
 * @param {string} id
 * @param {() => Promise<Record<string, number>>} step
 */
async function alternate(id, step) {
  await step();
  /** @type {Record<string, number[]>} */
  const samples = {};
  for (let i = 0; i < pairs; i++) {
    for (const [k, v] of Object.entries(await step())) (samples[k] ??= []).push(v);
    log(`  ${id}: pair ${i + 1}/${pairs}`);
  }
  return samples;
}

/** @param {import('../bench/scenarios.js').CreateRow} row */
async function createRow(row) {
  const inputs = {
    model: emulator.model,
    'prompt-file': row.file,
    'api-key': emulator.apiKey,
    'base-url': emulator.gateways.instant ?? ''
  };
  const action = await runner(node, { action: 'create', script: actionMain('create'), workspace, scratch, inputs });
  const floor = await runner(node, { action: 'create', script: FLOOR, workspace, scratch, inputs });
  /** @param {() => Promise<Sample>} run */
  const once = async (run) => {
    const s = await run();
    const lastBodyBytes = (await emulator.stats()).instant?.lastBodyBytes;
    await emulator.reset(); // drops the body it kept
    if (!s.outputs['context-id']) throw new Error(`${row.id}: no context-id output`);
    return { ...s, lastBodyBytes };
  };
  const samples = await alternate(row.id, async () => {
    const a = await once(action);
    const b = await once(floor);
    // The floor is only a floor while it sends what the action sends.
    if (a.lastBodyBytes !== b.lastBodyBytes)
      throw new Error(
        `${row.id}: the action sent ${a.lastBodyBytes} bytes, the floor ${b.lastBodyBytes}: bench/floor.js no longer sends the same body`
      );
    return { actionMs: a.ms, floorMs: b.ms, actionRssKiB: a.rssKiB, floorRssKiB: b.rssKiB, actionCpuMs: a.cpuMs, floorCpuMs: b.cpuMs };
  });
  return { samples, profileRun: /** @type {(flags: string[]) => Promise<unknown>} */ ((flags) => action({}, flags)) };
}

/** @param {import('../bench/scenarios.js').EvalRow} row */
async function evalRow(row) {
  const gateway = gatewayOf(row);
  const base = { model: emulator.model, 'api-key': emulator.apiKey, concurrency: String(row.concurrency) };
  const one = { ...base, 'cases-file': 'cases-1.json', 'base-url': emulator.gateways.instant ?? '' };
  const all = { ...base, 'cases-file': casesFileOf(row), 'base-url': emulator.gateways[gateway] ?? '' };
  const spec = (/** @type {string} */ script, /** @type {Record<string, string>} */ inputs) =>
    runner(node, { action: 'eval', script, workspace, scratch, inputs });
  const [action1, floor1, actionN, floorN] = await Promise.all([
    spec(actionMain('eval'), one),
    spec(FLOOR_EVAL, one),
    spec(actionMain('eval'), all),
    spec(FLOOR_EVAL, all)
  ]);
  /** Runs against a fresh cache on `on`; the sockets it opened there. @param {typeof action1} run @param {string} on @param {number} n @param {string[]} [flags] */
  const once = async (run, on, n, flags = []) => {
    const fresh = (await emulator.reset())[on];
    if (!fresh) throw new Error(`the bench emulator has no gateway ${on}`);
    /** @type {Record<string, string>} */
    const inputs = { 'context-id': fresh.contextId };
    if (row.sides === 2) inputs['baseline-context-id'] = fresh.baselineContextId;
    const s = await run(inputs, flags);
    const sockets = ((await emulator.stats())[on]?.connections ?? NaN) - fresh.connections;
    if (s.outputs.total !== String(n) || s.outputs.passed !== String(n))
      throw new Error(`${row.id}: expected ${n} cases passed, got passed=${s.outputs.passed} total=${s.outputs.total}`);
    return { ...s, sockets };
  };
  const samples = await alternate(row.id, async () => {
    const a1 = await once(action1, 'instant', 1);
    const b1 = await once(floor1, 'instant', 1);
    const aN = await once(actionN, gateway, row.cases);
    const bN = await once(floorN, gateway, row.cases);
    return {
      action1Ms: a1.ms,
      floor1Ms: b1.ms,
      actionMs: aN.ms,
      floorMs: bN.ms,
      actionRssKiB: aN.rssKiB,
      floorRssKiB: bN.rssKiB,
      actionCpuMs: aN.cpuMs,
      floorCpuMs: bN.cpuMs,
      actionSockets: aN.sockets,
      floorSockets: bN.sockets
    };
  });
  return { samples, profileRun: (/** @type {string[]} */ flags) => once(actionN, gateway, row.cases, flags) };
}

/** @param {import('../bench/scenarios.js').MergeRow} row */
async function mergeRow(row) {
  const inputs = { 'results-files': 'shards/*.results.json', 'min-pass-rate': '0' };
  const action = await runner(node, { action: 'merge', script: actionMain('merge'), workspace, scratch, inputs });
  const floor = await runner(node, { action: 'merge', script: FLOOR_MERGE, workspace, scratch, inputs });
  /** @param {Sample} s @param {string} who */
  const checked = (s, who) => {
    if (s.outputs.total !== String(row.cases)) throw new Error(`${row.id}: the ${who} counted ${s.outputs.total} cases, not ${row.cases}`);
    return s;
  };
  const samples = await alternate(row.id, async () => {
    const a = checked(await action(), 'action');
    const b = checked(await floor(), 'floor');
    if (a.outputs.passed !== b.outputs.passed)
      throw new Error(`${row.id}: the action passed ${a.outputs.passed}, the floor ${b.outputs.passed}`);
    return { actionMs: a.ms, floorMs: b.ms, actionRssKiB: a.rssKiB, floorRssKiB: b.rssKiB, actionCpuMs: a.cpuMs, floorCpuMs: b.cpuMs };
  });
  return { samples, profileRun: /** @type {(flags: string[]) => Promise<unknown>} */ ((flags) => action({}, flags)) };
}

/**
 * The GitHub API stand-in (bench/github.js) on Node 24, which runs the tests' TypeScript helper as is.
 * @param {import('../bench/scenarios.js').HistoryRow} row
 */
async function startGitHub(row) {
  const child = spawn(
    node,
    [join(ROOT, 'bench', 'github.js'), '--model', emulator.model, '--records', String(row.records), '--cases', String(row.cases)],
    { stdio: ['pipe', 'pipe', 'inherit'] }
  );
  /** @type {{ url: string, control: string }} */
  const info = await new Promise((resolve, reject) => {
    let text = '';
    child.once('exit', (code) => reject(new Error(`the GitHub stand-in exited with ${code}`)));
    child.stdout.on('data', (d) => {
      text += d;
      const line = text.split('\n')[0];
      if (text.includes('\n') && line) resolve(JSON.parse(line));
    });
  });
  return {
    url: info.url,
    /** @returns {Promise<{ records: number, requests: number }>} Files on the branch; requests since the last call. */
    stats: async () => /** @type {{ records: number, requests: number }} */ (await (await fetch(`${info.control}/stats`)).json()),
    stop() {
      child.removeAllListeners('exit');
      child.stdin.end();
      child.kill('SIGTERM');
    }
  };
}

/** @param {import('../bench/scenarios.js').HistoryRow} row */
async function historyRow(row) {
  const github = await startGitHub(row);
  try {
    const inputs = {
      model: emulator.model,
      'api-key': emulator.apiKey,
      concurrency: String(row.concurrency),
      'cases-file': casesFileOf(row),
      'base-url': emulator.gateways.instant ?? '',
      'github-token': 'ghs_benchTokenAbCdEfGhIjKlMnOpQrStUvWx'
    };
    // A nightly run on main: it reads the history and appends its record.
    const env = {
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_API_URL: github.url,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_WORKFLOW: 'Nightly',
      GITHUB_REF_NAME: 'main',
      GITHUB_SHA: 'b'.repeat(40),
      GITHUB_RUN_ATTEMPT: '1'
    };
    const spec = (/** @type {Record<string, string>} */ more) =>
      runner(node, { action: 'eval', script: actionMain('eval'), workspace, scratch, inputs: { ...inputs, ...more }, env });
    const [withHistory, without] = await Promise.all([spec({ history: 'eval-history' }), spec({})]);
    let runId = 900_000;
    /** @param {typeof without} run @param {boolean} history @param {string[]} [flags] */
    const once = async (run, history, flags = []) => {
      const fresh = (await emulator.reset()).instant;
      const s = await run({ 'context-id': fresh?.contextId ?? '' }, flags, { GITHUB_RUN_ID: String(++runId) });
      if (s.outputs.passed !== String(row.cases)) throw new Error(`${row.id}: expected ${row.cases} cases passed, got ${s.outputs.passed}`);
      const { records, requests } = await github.stats();
      // Read and written: the branch keeps its size (one record in, the oldest out) and was asked.
      if (history && (records !== row.records || requests < 5))
        throw new Error(
          `${row.id}: after a run with history the branch holds ${records} records (${requests} requests), not ${row.records}`
        );
      if (!history && requests !== 0) throw new Error(`${row.id}: a run without history made ${requests} GitHub requests`);
      return s;
    };
    const samples = await alternate(row.id, async () => {
      const a = await once(withHistory, true);
      const b = await once(without, false);
      return {
        actionMs: a.ms,
        floorMs: b.ms,
        addsMs: a.ms - b.ms,
        actionRssKiB: a.rssKiB,
        floorRssKiB: b.rssKiB,
        actionCpuMs: a.cpuMs,
        floorCpuMs: b.cpuMs
      };
    });
    // The stand-in stays up for the profile run.
    return { samples, profileRun: (/** @type {string[]} */ flags) => once(withHistory, true, flags), stop: () => github.stop() };
  } catch (e) {
    github.stop();
    throw e;
  }
}

/** @param {Row} row @param {Record<string, number[]>} s @returns {import('../bench/scenarios.js').Figures} */
function figuresOf(row, s) {
  const m = (/** @type {string} */ k) => median(s[k] ?? []);
  const f = {
    actionMs: m('actionMs'),
    floorMs: m('floorMs'),
    ratio: pairRatio(s.actionMs ?? [], s.floorMs ?? []),
    actionRssKiB: m('actionRssKiB'),
    floorRssKiB: m('floorRssKiB'),
    rssRatio: pairRatio(s.actionRssKiB ?? [], s.floorRssKiB ?? []),
    actionCpuMs: m('actionCpuMs'),
    floorCpuMs: m('floorCpuMs'),
    cpuRatio: pairRatio(s.actionCpuMs ?? [], s.floorCpuMs ?? [])
  };
  if (row.kind === 'create' || row.kind === 'merge') return f;
  if (row.kind === 'history') return { ...f, historyAddsMs: m('addsMs') };
  const actionBeyondMs = f.actionMs - m('action1Ms');
  return {
    ...f,
    actionBeyondMs,
    floorBeyondMs: f.floorMs - m('floor1Ms'),
    sockets: Math.max(...(s.actionSockets ?? [])),
    ...(row.slow && { efficiency: idealMs(row) / actionBeyondMs, floorEfficiency: idealMs(row) / (f.floorMs - m('floor1Ms')) })
  };
}

/** One more action run under --cpu-prof; its top functions by self time. @param {string} id @param {(flags: string[]) => Promise<unknown>} run */
async function profile(id, run) {
  const dir = join(dirname(resolve(opts.json)), 'profiles', id);
  await rm(dir, { recursive: true, force: true });
  await run(['--cpu-prof', '--cpu-prof-dir', dir]);
  const file = (await readdir(dir)).find((f) => f.endsWith('.cpuprofile'));
  return file ? { file: join(dir, file), top: await selfTimes(join(dir, file)) } : undefined;
}

/** @type {(RowResult & { profile?: { file: string, top: string[] } })[]} */
const results = [];
try {
  for (const row of rows) {
    log(`${row.id}: ${row.label}, ${pairs} pair${pairs === 1 ? '' : 's'} after a warm-up pair`);
    /** @type {{ samples: Record<string, number[]>, profileRun: (flags: string[]) => Promise<unknown>, stop?: () => void }} */
    const { samples, profileRun, stop } =
      row.kind === 'create'
        ? await createRow(row)
        : row.kind === 'merge'
          ? await mergeRow(row)
          : row.kind === 'history'
            ? await historyRow(row)
            : await evalRow(row);
    try {
      const figures = figuresOf(row, samples);
      results.push({
        id: row.id,
        label: row.label,
        figures,
        checks: row.checks(figures),
        samples,
        ...(opts.profile && { profile: await profile(row.id, profileRun) })
      });
    } finally {
      stop?.();
    }
  }
} finally {
  emulator.stop();
  await rm(scratch, { recursive: true, force: true });
}
load.push(loadavg()[0] ?? 0);

const nodeVersion = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  if (execFileSync('git', ['status', '--porcelain', '--', 'dist', 'src'], { cwd: ROOT, encoding: 'utf8' }).trim())
    commit += ' + uncommitted changes';
} catch {
  // not a git checkout
}
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, Linux ${release()}, load ${load.map((l) => l.toFixed(1)).join(' → ')}`;
console.log(table(results));
console.log(
  `\nNode ${nodeVersion} (dist/ at ${commit}); ${pairs} pair${pairs === 1 ? '' : 's'} after a warm-up pair, alternating action and floor; medians; ratio = median of per-pair ratios; peak RSS = ${RSS_SOURCE}; ${machine}.`
);
for (const r of results) if (r.profile) console.log(`\n${r.id}: top self time (${r.profile.file})\n${r.profile.top.join('\n')}`);
await mkdir(dirname(resolve(opts.json)), { recursive: true });
await writeFile(
  opts.json,
  `${JSON.stringify({ date: new Date().toISOString(), node: nodeVersion, commit, machine, rssSource: RSS_SOURCE, pairs, latencyMs: LATENCY_MS, quick: opts.quick, rows: results, table: table(results) }, null, 2)}\n`
);
log(`Wrote ${opts.json}`);
if (results.some((r) => r.checks.some((c) => !c.ok))) log('Some targets were missed (see the table).');
