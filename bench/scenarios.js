// @ts-check
// What `npm run bench` measures and the targets it checks: each row's prompt, cases or results
// files, and its targets as checks on the row's figures. The create and small eval rows hold the
// action to its floor; the nightly rows (thousands of cases, a merge of 64 shards, a long
// history) to the figures a nightly suite needs.

/** 1 GB as the issue writes it: 10^9 bytes, in KiB. */
const GB_KIB = 1e9 / 1024;

/**
 * @typedef {object} Figures What a row measured (times in ms, memory in KiB; medians).
 * @property {number} actionMs
 * @property {number} floorMs
 * @property {number} ratio Median of the per-pair time ratios action / floor.
 * @property {number} actionRssKiB
 * @property {number} floorRssKiB
 * @property {number} rssRatio Median of the per-pair peak-RSS ratios.
 * @property {number} actionCpuMs User + system CPU time.
 * @property {number} floorCpuMs
 * @property {number} cpuRatio Median of the per-pair CPU-time ratios.
 * @property {number} [actionBeyondMs] Eval: median N-case time minus median 1-case time.
 * @property {number} [floorBeyondMs]
 * @property {number} [efficiency] Eval with latency: ideal / actionBeyondMs.
 * @property {number} [floorEfficiency] The same for the floor.
 * @property {number} [sockets] Eval: the most connections the emulator saw in one action run.
 * @property {number} [historyAddsMs] History: median of the per-pair differences, run with history − the same run without.
 */
/** @typedef {{ label: string, ok: boolean }} Check */
/**
 * @typedef {object} CreateRow
 * @property {'create'} kind
 * @property {string} id
 * @property {string} label
 * @property {string} file In the generated prompts directory (bench/prompts.js).
 * @property {boolean} big 32 MiB: skipped by --quick.
 * @property {(f: Figures) => Check[]} checks
 */
/**
 * @typedef {object} EvalRow
 * @property {'eval'} kind
 * @property {string} id
 * @property {string} label
 * @property {number} cases
 * @property {number} concurrency
 * @property {boolean} slow Against the emulator that answers after `latencyMs`.
 * @property {number} [latencyMs] The slow emulator's answer delay (default LATENCY_MS).
 * @property {boolean} [long] Against the emulator whose answers are long (bench/emulator.js), at once.
 * @property {1 | 2} [sides] 2: every case against a baseline cache too (baseline-context-id), side by side.
 * @property {boolean} big
 * @property {(f: Figures) => Check[]} checks
 */
/**
 * @typedef {object} MergeRow The merge action over the shards' results files (bench/prompts.js SHARDS).
 * @property {'merge'} kind
 * @property {string} id
 * @property {string} label
 * @property {number} cases Of all shards together.
 * @property {boolean} big
 * @property {(f: Figures) => Check[]} checks
 */
/**
 * @typedef {object} HistoryRow An eval run with `history` (a branch of `records` records on the
 * GitHub stand-in, bench/github.js) beside the same run without: what the history adds.
 * @property {'history'} kind
 * @property {string} id
 * @property {string} label
 * @property {number} records
 * @property {number} cases
 * @property {number} concurrency
 * @property {boolean} big
 * @property {(f: Figures) => Check[]} checks
 */
/** @typedef {CreateRow | EvalRow | MergeRow | HistoryRow} Row */

/** The slow emulator's answer delay. */
export const LATENCY_MS = 200;

const s = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(2)} s`;
const x = (/** @type {number} */ r) => `${r.toFixed(2)}×`;
const mb = (/** @type {number} */ kib) => `${((kib * 1024) / 1e6).toFixed(0)} MB`;

/** @param {number} max @returns {(f: Figures) => Check} */
const timeRatio = (max) => (f) => ({ label: `time ${x(f.ratio)} ≤ ${max}× floor`, ok: f.ratio <= max });
/** @param {number} max MB @returns {(f: Figures) => Check} */
const rssUnder = (max) => (f) => ({ label: `peak RSS ${mb(f.actionRssKiB)} ≤ ${max} MB`, ok: (f.actionRssKiB * 1024) / 1e6 <= max });
/** @param {number} min @returns {(f: Figures) => Check} */
const efficient = (min) => (f) => ({
  label: `efficiency ${((f.efficiency ?? 0) * 100).toFixed(1)}% ≥ ${(min * 100).toFixed(0)}%`,
  ok: (f.efficiency ?? 0) >= min
});
/** @param {number} max @returns {(f: Figures) => Check} */
const socketsAtMost = (max) => (f) => ({ label: `${f.sockets} sockets ≤ ${max} (reused)`, ok: (f.sockets ?? Infinity) <= max });
/** @param {Figures} f @returns {Check} */
const underGB = (f) => ({ label: `peak RSS ${mb(f.actionRssKiB)} ≤ 1 GB`, ok: f.actionRssKiB <= GB_KIB });

/** @param {string} id @param {string} label @param {string} file @param {Array<(f: Figures) => Check>} checks @returns {CreateRow} */
const create = (id, label, file, checks) => ({
  kind: 'create',
  id,
  label,
  file,
  big: id.endsWith('32m'),
  checks: (f) => checks.map((c) => c(f))
});

/** @type {Row[]} */
export const ROWS = [
  create('md-20k', '20 KB Markdown', 'md-20k.md', [timeRatio(1.5)]),
  create('md-8m', '8 MB Markdown', 'md-8m.md', [
    timeRatio(1.2),
    (f) => ({ label: `peak RSS ${x(f.rssRatio)} ≤ 2× floor`, ok: f.rssRatio <= 2 })
  ]),
  create('md-32m', '32 MiB Markdown', 'md-32m.md', [timeRatio(2), underGB]),
  create('json-32m', '32 MiB JSON (many messages)', 'json-32m.json', [timeRatio(2), underGB]),
  create('jsonl-32m', '32 MiB JSONL', 'jsonl-32m.jsonl', [timeRatio(2), underGB]),
  create('yaml-32m', '32 MiB YAML (many messages)', 'yaml-32m.yaml', [
    (f) => ({ label: `time ${s(f.actionMs)} ≤ 10 s`, ok: f.actionMs <= 10_000 }),
    underGB
  ]),
  {
    kind: 'eval',
    id: 'eval-200',
    label: 'eval: 200 cases at 8, instant',
    cases: 200,
    concurrency: 8,
    slow: false,
    big: false,
    checks: (f) => [
      { label: `beyond start-up ${s(f.actionBeyondMs ?? NaN)} < 2 s`, ok: (f.actionBeyondMs ?? Infinity) < 2000 },
      { label: `${f.sockets} sockets ≤ 8 (reused)`, ok: (f.sockets ?? Infinity) <= 8 }
    ]
  },
  {
    kind: 'eval',
    id: 'eval-40-slow',
    label: `eval: 40 cases at 8, ${LATENCY_MS} ms answers`,
    cases: 40,
    concurrency: 8,
    slow: true,
    big: false,
    checks: (f) => [
      { label: `efficiency ${((f.efficiency ?? 0) * 100).toFixed(1)}% ≥ 90%`, ok: (f.efficiency ?? 0) >= 0.9 },
      { label: `${f.sockets} sockets ≤ 8 (reused)`, ok: (f.sockets ?? Infinity) <= 8 }
    ]
  },
  {
    kind: 'eval',
    id: 'eval-40-ab',
    label: `eval: 40 cases × head and base at 8, ${LATENCY_MS} ms answers`,
    cases: 40,
    concurrency: 8,
    slow: true,
    sides: 2,
    big: false,
    checks: (f) => [
      { label: `efficiency ${((f.efficiency ?? 0) * 100).toFixed(1)}% ≥ 90%`, ok: (f.efficiency ?? 0) >= 0.9 },
      { label: `${f.sockets} sockets ≤ 8 (reused)`, ok: (f.sockets ?? Infinity) <= 8 }
    ]
  },
  // A nightly suite: thousands of cases, wide concurrency, a gateway that answers in tens of ms.
  {
    kind: 'eval',
    id: 'eval-2000-c32',
    label: 'eval: 2,000 cases at 32, 50 ms answers',
    cases: 2000,
    concurrency: 32,
    slow: true,
    latencyMs: 50,
    big: false,
    checks: (f) => [efficient(0.93), rssUnder(120), socketsAtMost(32)].map((c) => c(f))
  },
  {
    kind: 'eval',
    id: 'eval-10000-long',
    label: 'eval: 10,000 cases at 32, 4 KB answers',
    cases: 10_000,
    concurrency: 32,
    slow: false,
    long: true,
    big: false,
    checks: (f) => [rssUnder(200), socketsAtMost(32)].map((c) => c(f))
  },
  {
    kind: 'merge',
    id: 'merge-64x500',
    label: 'merge: 64 shards × 500 cases',
    cases: 64 * 500,
    big: false,
    checks: (f) => [{ label: `time ${s(f.actionMs)} ≤ 3 s`, ok: f.actionMs <= 3000 }, rssUnder(300)(f)]
  },
  {
    kind: 'history',
    id: 'history-500',
    label: 'eval: 200 cases at 8, with a 500-record history read and written',
    records: 500,
    cases: 200,
    concurrency: 8,
    big: false,
    checks: (f) => [{ label: `history adds ${s(f.historyAddsMs ?? NaN)} ≤ 1 s`, ok: (f.historyAddsMs ?? Infinity) <= 1000 }]
  }
];

/** An eval row's cases file (bench/prompts.js names). @param {EvalRow | HistoryRow} row */
export const casesFileOf = (row) => `cases-${row.cases}${row.kind === 'eval' && row.long ? '-long' : ''}.json`;

/** The prompt and cases files a row needs (bench/prompts.js names). @param {Row} row */
export const filesOf = (row) =>
  row.kind === 'create' ? [row.file] : row.kind === 'merge' ? ['shards'] : ['cases-1.json', casesFileOf(row)];

/** The emulator an eval row runs against (bench/emulator.js names). @param {EvalRow} row */
export const gatewayOf = (row) => (row.long ? 'long' : row.slow ? `slow-${row.latencyMs ?? LATENCY_MS}` : 'instant');

/** Every answer delay the rows need. */
export const LATENCIES = [...new Set(ROWS.flatMap((r) => (r.kind === 'eval' && r.slow ? [r.latencyMs ?? LATENCY_MS] : [])))];

/** Ideal time beyond start-up of an eval row against the slow emulator: its waves of answers (both sides' calls). @param {EvalRow} row */
export const idealMs = (row) => Math.ceil((row.cases * (row.sides ?? 1)) / row.concurrency) * (row.latencyMs ?? LATENCY_MS);
