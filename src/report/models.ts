// A merged run of several models: one table row per model (pass rate with its 95% Wilson
// interval, cached share, cost when known), then a case × model grid, cases that did not pass
// everywhere first. Pure; names escaped by src/escape.ts.
import { forCell } from '../escape.js';
import type { Result } from '../evaluation/engine.js';
import { wilson } from '../evaluation/statistics.js';
import { percent } from '../evaluation/totals.js';
import { resultsByModel } from '../history/record.js';

const MARK = { pass: '✅', fail: '❌', error: '⚠️' } as const;

export function modelsSection(
  models: readonly string[],
  results: readonly Result[],
  budget: number,
  costs?: ReadonlyMap<string, number>
): string {
  if (models.length < 2) return '';
  const byModel = resultsByModel(models, results);
  const withCost = costs !== undefined && costs.size > 0;
  const lines = [
    '### Per model',
    '',
    `| model | passed | failed | errors | total | pass rate (95% interval) | cached share |${withCost ? ' cost |' : ''}`,
    `| --- | ---: | ---: | ---: | ---: | --- | ---: |${withCost ? ' ---: |' : ''}`
  ];
  for (const model of models) {
    const list = byModel.get(model) ?? [];
    const count = (s: Result['status']) => list.filter((r) => r.status === s).length;
    const passed = count('pass');
    const { low, high } = wilson(passed, list.length);
    const prompt = list.reduce((n, r) => n + (r.usage.promptTokens ?? 0), 0);
    const cached = list.reduce((n, r) => n + (r.usage.cachedTokens ?? 0), 0);
    const cost = costs?.get(model);
    lines.push(
      `| ${forCell(model, 80)} | ${passed} | ${count('fail')} | ${count('error')} | ${list.length} | ${list.length ? percent(passed / list.length) : '—'} (${Math.round(low * 100)}–${Math.round(high * 100)}%) | ${prompt ? percent(Math.min(1, cached / prompt)) : '—'} |${withCost ? ` ${cost === undefined ? '—' : cost.toFixed(4)} |` : ''}`
    );
  }
  // The grid: one row per case name, one column per model.
  const grid = new Map<string, Map<string, Result['status']>>();
  for (const model of models)
    for (const r of byModel.get(model) ?? []) {
      if (!grid.has(r.name)) grid.set(r.name, new Map());
      grid.get(r.name)!.set(model, r.status);
    }
  const rows = [...grid].sort(([a, x], [b, y]) => Number(allPass(x, models)) - Number(allPass(y, models)) || (a < b ? -1 : a > b ? 1 : 0));
  lines.push('', `| case | ${models.map((m) => forCell(m, 40)).join(' | ')} |`, `| --- |${models.map(() => ' :---: |').join('')}`);
  let size = lines.join('\n').length;
  let shown = 0;
  for (const [name, statuses] of rows) {
    const row = `| ${forCell(name, 120)} | ${models.map((m) => (statuses.has(m) ? MARK[statuses.get(m)!] : '—')).join(' | ')} |`;
    if (size + row.length + 200 > budget) break;
    lines.push(row);
    size += row.length + 1;
    shown++;
  }
  if (shown < rows.length) lines.push('', `${rows.length - shown} more case(s) (all passing first to go): see the results file.`);
  return `${lines.join('\n')}\n`;
}

function allPass(statuses: ReadonlyMap<string, Result['status']>, models: readonly string[]): boolean {
  return models.every((m) => statuses.get(m) === 'pass');
}
