// @ts-check
// The figures of `npm run bench`: medians, per-pair ratios, and the table (Markdown, so that it
// reads the same in a terminal, the README and a note). Pure.

/** @typedef {import('./scenarios.js').Figures} Figures */
/** @typedef {import('./scenarios.js').Check} Check */
/**
 * @typedef {object} RowResult
 * @property {string} id
 * @property {string} label
 * @property {Figures} figures
 * @property {Check[]} checks
 * @property {Record<string, number[]>} samples Every measured value, in run order.
 */

/** @param {readonly number[]} xs */
export function median(xs) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const hi = s[mid] ?? NaN;
  return s.length % 2 ? hi : ((s[mid - 1] ?? NaN) + hi) / 2;
}

/** Median of a[i] / b[i]. @param {readonly number[]} a @param {readonly number[]} b */
export const pairRatio = (a, b) => median(a.map((v, i) => v / (b[i] ?? NaN)));

const secs = (/** @type {number} */ ms) => (ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`);
const mb = (/** @type {number} */ kib) => `${((kib * 1024) / 1e6).toFixed(0)} MB`;

/** @param {RowResult} r */
function cells(r) {
  const f = r.figures;
  const beyond = (/** @type {number} */ total, /** @type {number | undefined} */ extra) =>
    extra === undefined ? secs(total) : `${secs(total)} (${secs(extra)} beyond start-up)`;
  const met = r.checks.every((c) => c.ok);
  return [
    r.label,
    beyond(f.actionMs, f.actionBeyondMs),
    beyond(f.floorMs, f.floorBeyondMs),
    `${f.ratio.toFixed(2)}×`,
    `${secs(f.actionCpuMs)} / ${secs(f.floorCpuMs)} = ${f.cpuRatio.toFixed(2)}×`,
    mb(f.actionRssKiB),
    mb(f.floorRssKiB),
    `${f.rssRatio.toFixed(2)}×`,
    `${met ? 'met' : '**missed**'}: ${r.checks.map((c) => `${c.ok ? '' : '✗ '}${c.label}`).join('; ')}`
  ];
}

/** The results as a Markdown table. @param {readonly RowResult[]} rows */
export function table(rows) {
  const head = [
    'case',
    'action (median)',
    'floor (median)',
    'time ratio',
    'CPU time: action / floor',
    'action peak RSS',
    'floor peak RSS',
    'RSS ratio',
    'targets'
  ];
  const body = rows.map(cells);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (/** @type {string[]} */ cs) => `| ${cs.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
