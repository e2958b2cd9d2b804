// What the history shows in the job summary and the PR comment: the pass rate per run over the
// last 30 runs as a Mermaid xychart (one line per model), a plain table under it (Mermaid does
// not render everywhere, and the chart has no legend), and "since the last run": cases newly
// failing and newly passing by name, each failing case with since when it fails. Pure.
//
// Records come from a branch anyone with write access can edit: every text from one is escaped
// (forCell) in Markdown, and nothing from one reaches the Mermaid block but numbers and labels
// built from a validated date; the block's own text is filtered to a small alphabet besides.
import { forCell } from '../escape.js';
import { thousands } from '../numbers.js';
import { percent } from '../evaluation/totals.js';
import { driftOf, DRIFT_ALPHA, type Drift } from '../history/drift.js';
import type { HistoryRecord } from '../history/record.js';

export const CHART_RUNS = 30;
/** Names listed per kind before "and N more". */
const MAX_NAMES = 30;

export interface TrendInput {
  /** Each model's records, oldest first, this run's last when it was recorded. */
  readonly history: ReadonlyMap<string, readonly HistoryRecord[]>;
  /** A link to a commit: the server and repository this run is in (e.g. https://github.com/o/r). */
  readonly repoUrl?: string;
}

/** The trend section, or '' when no model has a record. */
export function renderTrend(input: TrendInput, budget = 60_000): string {
  const models = [...input.history].filter(([, list]) => list.length > 0);
  if (models.length === 0) return '';
  const parts = ['### 📈 History', '', chart(models), '', ...legend(models), table(models, input.repoUrl), ''];
  for (const [model, records] of models) {
    const drift = driftOf(records);
    if (drift) parts.push(sinceLast(models.length > 1 ? model : undefined, drift, input.repoUrl));
  }
  const text = parts.join('\n');
  return text.length <= budget ? text : `${text.slice(0, Math.max(0, budget - 40))}\n\n(history cut to fit)\n`;
}

/** Only what a Mermaid label needs: no quote, bracket, backtick, newline or `%%` can get in. */
export function mermaidLabel(text: string): string {
  return text.replace(/[^0-9A-Za-z .:#-]/g, '').slice(0, 40);
}

export function shortDate(iso: string): string {
  return iso.slice(5, 10); // MM-DD of a validated ISO datetime
}

export function shortSha(sha: string): string {
  return /^[0-9a-f]{7,64}$/.test(sha) ? sha.slice(0, 7) : '?';
}

function chart(models: [string, readonly HistoryRecord[]][]): string {
  // One point per workflow run (a matrix's legs share a run id), the last 30 runs over all models.
  const runs = new Map<string, string>();
  for (const [, list] of models) for (const r of list) if (!runs.has(r.runId) || r.time < runs.get(r.runId)!) runs.set(r.runId, r.time);
  const order = [...runs].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)).slice(-CHART_RUNS);
  const seen = new Map<string, number>();
  const labels = order.map(([, time]) => {
    const day = shortDate(time);
    const n = (seen.get(day) ?? 0) + 1;
    seen.set(day, n);
    return mermaidLabel(n > 1 ? `${day} #${n}` : day);
  });
  const lines = models.map(([, list]) => {
    const byRun = new Map(list.map((r) => [r.runId, r]));
    let last: number | undefined = list.find((r) => order.some(([id]) => id === r.runId))?.totals.passRate;
    return order.map(([id]) => {
      const r = byRun.get(id);
      if (r) last = r.totals.passRate;
      return Math.round((last ?? 0) * 1000) / 10;
    });
  });
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${mermaidLabel('Pass rate per run')}"`,
    `  x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
    '  y-axis "pass rate %" 0 --> 100',
    ...lines.map((values) => `  line [${values.map((v) => (Number.isFinite(v) ? String(v) : '0')).join(', ')}]`),
    '```'
  ].join('\n');
}

function legend(models: [string, readonly HistoryRecord[]][]): string[] {
  if (models.length < 2) return [];
  return [
    `Lines, in order: ${models.map(([m], i) => `${i + 1}. ${forCell(m, 80)}`).join(', ')} (a model without a record in a run keeps its previous point).`,
    ''
  ];
}

function table(models: [string, readonly HistoryRecord[]][], repoUrl?: string): string {
  const several = models.length > 1;
  const head = several
    ? ['| model | date | commit | pass rate (95% interval) | passed | cost | cases |', '| --- | --- | --- | --- | ---: | ---: | --- |']
    : ['| date | commit | pass rate (95% interval) | passed | cost | cases |', '| --- | --- | --- | --- | ---: | --- |'];
  const rows: string[] = [];
  for (const [model, list] of models) {
    const shown = list.slice(-CHART_RUNS);
    for (let i = shown.length - 1; i >= 0; i--) {
      const r = shown[i]!;
      const before = i > 0 ? shown[i - 1] : undefined;
      const changed = before && before.casesDigest && r.casesDigest && before.casesDigest !== r.casesDigest ? 'changed' : '';
      const cells = [
        r.time.slice(0, 16).replace('T', ' '),
        commitLink(r.commit, repoUrl),
        `${rate(r)}`,
        `${r.totals.passed} / ${r.totals.total}`,
        r.cost === undefined ? '—' : cost(r.cost),
        changed
      ];
      rows.push(`| ${several ? `${forCell(model, 80)} | ` : ''}${cells.join(' | ')} |`);
    }
  }
  return [...head, ...rows].join('\n');
}

function rate(r: HistoryRecord): string {
  const { low, high } = r.totals.interval;
  return `${percent(r.totals.passRate)} (${Math.round(low * 100)}–${Math.round(high * 100)}%)`;
}

function cost(value: number): string {
  return value >= 100 ? thousands(Math.round(value)) : value.toFixed(value >= 1 ? 2 : 4);
}

/** A short SHA, linked when the repository is known (the SHA is validated hex: safe in a URL). */
function commitLink(sha: string, repoUrl?: string): string {
  const short = shortSha(sha);
  return repoUrl && short !== '?' ? `[\`${short}\`](${repoUrl}/commit/${sha})` : `\`${short}\``;
}

function names(list: readonly string[]): string {
  const shown = list.slice(0, MAX_NAMES).map((n) => forCell(n, 120));
  return `${shown.join(', ')}${list.length > MAX_NAMES ? ` and ${list.length - MAX_NAMES} more` : ''}`;
}

function sinceLast(model: string | undefined, d: Drift, repoUrl?: string): string {
  const title = `**Since the last run${model ? ` on ${forCell(model, 80)}` : ''}** (${shortDate(d.previous.time)}, ${commitLink(d.previous.commit, repoUrl)}):`;
  const verdict =
    d.newlyFailing.length === 0
      ? 'no case newly failing.'
      : d.worse
        ? `🔻 **worse than the last run** (paired McNemar test, one-sided p = ${d.p.toFixed(3)} < ${DRIFT_ALPHA}).`
        : `not a clear drop (paired McNemar test, one-sided p = ${d.p.toFixed(3)}; mid-p ${d.midP.toFixed(3)}): inconclusive.`;
  const lines = [`${title} ${verdict}`, ''];
  if (d.newlyFailing.length) lines.push(`- 🔻 Newly failing (${d.newlyFailing.length}): ${names(d.newlyFailing)}`);
  if (d.newlyPassing.length) lines.push(`- ✅ Newly passing (${d.newlyPassing.length}): ${names(d.newlyPassing)}`);
  if (d.failingSince.length) {
    lines.push('', '| failing case | since | runs in a row |', '| --- | --- | ---: |');
    const sorted = [...d.failingSince].sort((a, b) => (a.since.time < b.since.time ? 1 : a.since.time > b.since.time ? -1 : 0));
    for (const f of sorted.slice(0, MAX_NAMES))
      lines.push(
        `| ${forCell(f.name, 120)} | ${f.atLeast ? 'at least ' : ''}${shortDate(f.since.time)} (${commitLink(f.since.commit, repoUrl)}) | ${f.runs}${f.atLeast ? '+' : ''} |`
      );
    if (sorted.length > MAX_NAMES) lines.push('', `${sorted.length - MAX_NAMES} more failing case(s): see the results file.`);
  }
  return `${lines.join('\n')}\n`;
}
