// The baseline section of the report: counts per change, then each regressed case with the
// baseline's answer beside today's. Pure; every untrusted piece escaped by src/escape.ts.
import { forCell, forPre } from '../escape.js';
import type { Comparison } from '../evaluation/compare.js';
import type { Result } from '../evaluation/engine.js';

export function regressionSection(comparison: Comparison, results: readonly Result[], budget: number): string {
  const c = comparison.counts;
  const lines = [
    `**Against the baseline:** ${c.regressed ? `🔻 **${c.regressed} regressed**` : '0 regressed'}, ${c.fixed} fixed, ${c['still-failing']} still failing, ${c['still-passing']} still passing, ${c.new} new, ${c.removed} removed.`,
    ''
  ];
  const regressed = comparison.changes.filter((x) => x.change === 'regressed');
  if (regressed.length === 0) return `${lines.join('\n')}\n`;
  const byName = new Map(results.map((r) => [r.name, r]));
  lines.push('| regressed case | now | baseline |', '| --- | --- | --- |');
  const details: string[] = [];
  let size = lines.join('\n').length;
  let shown = 0;
  for (const x of regressed) {
    const now = byName.get(x.name);
    const why =
      now?.status === 'error'
        ? (now.error ?? 'error')
        : (now?.failures.map((f) => `${f.expectation}: expected ${f.expected}`).join('; ') ?? '');
    const row = `| ${forCell(x.name, 120)} | ${now?.status ?? '?'}: ${forCell(why, 200)} | pass |`;
    // Two <pre> blocks, not a <table>: a blank line in an answer would end a table's HTML block
    // and let the rest be read as Markdown; a <pre> block runs to its own end tag.
    const detail = `<details><summary>${forCell(x.name, 120)}: the baseline's answer, then today's</summary>\n\n**Baseline**\n\n<pre>${forPre(x.before?.response ?? '(not recorded)', 1500)}</pre>\n\n**Today**\n\n<pre>${forPre(now?.response ?? '(no answer)', 1500)}</pre>\n\n</details>\n`;
    if (size + row.length + detail.length > budget) break;
    lines.push(row);
    details.push(detail);
    size += row.length + detail.length;
    shown++;
  }
  if (shown < regressed.length) lines.push('', `${regressed.length - shown} more regressed case(s): see the results file.`);
  return `${[...lines, '', ...details].join('\n')}\n`;
}
