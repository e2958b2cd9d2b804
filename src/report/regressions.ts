// The baseline section of the report: counts per change, the cases that changed by name (removed
// ones first: deleting a regressing case must not turn `fail-on: regressions` green unseen), then
// a table of the regressed cases. Their answers, the baseline's beside today's, are in each case's
// details below the cases table. Pure; every untrusted piece escaped by src/escape.ts.
import { forCell } from '../escape.js';
import type { Comparison } from '../evaluation/compare.js';
import type { Result } from '../evaluation/engine.js';
import { clipList } from './names.js';

/** The section's Markdown blocks (the caller separates them by blank lines). */
export function regressionSection(comparison: Comparison, results: readonly Result[], budget: number): string[] {
  const c = comparison.counts;
  const blocks = [
    `**Against the baseline:** ${c.regressed ? `🔻 **${c.regressed} regressed**` : '0 regressed'}, ${c.fixed} fixed, ${c['still-failing']} still failing, ${c['still-passing']} still passing, ${c.new} new, ${c.removed} removed.`
  ];
  const named = (change: string) => comparison.changes.filter((x) => x.change === change).map((x) => x.name);
  const removed = named('removed');
  if (removed.length)
    blocks.push(
      `> ⚠️ **${removed.length} case(s) of the baseline were not run** (removed or renamed), so they cannot count as regressions: ${clipList(removed, budget / 6)}`
    );
  const fresh = named('new');
  if (fresh.length) blocks.push(`**New** (not in the baseline): ${clipList(fresh, budget / 6)}`);
  const fixed = named('fixed');
  if (fixed.length) blocks.push(`**Fixed** (failed in the baseline, pass now): ${clipList(fixed, budget / 6)}`);

  const regressed = comparison.changes.filter((x) => x.change === 'regressed');
  if (regressed.length === 0) return blocks;
  const byName = new Map(results.map((r) => [r.name, r]));
  const table = ['| regressed case | now | baseline |', '| --- | --- | --- |'];
  let size = blocks.join('\n\n').length + table.join('\n').length;
  let shown = 0;
  for (const x of regressed) {
    const now = byName.get(x.name);
    const why =
      now?.status === 'error'
        ? (now.error ?? 'error')
        : (now?.failures
            .map((f) => `${f.expectation}: expected ${f.expected}; got ${f.got.length > 120 ? `${f.got.slice(0, 119)}…` : f.got}`)
            .join('; ') ?? '');
    const row = `| ${forCell(x.name, 120)} | ${now?.status ?? '?'}: ${forCell(why, 300)} | pass |`;
    if (size + row.length > budget) break;
    table.push(row);
    size += row.length + 1;
    shown++;
  }
  blocks.push(table.join('\n'));
  if (shown < regressed.length) blocks.push(`${regressed.length - shown} more regressed case(s): see the results file.`);
  return blocks;
}
