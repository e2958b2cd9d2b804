// The head-against-base section of the report: the paired test's verdict in one line a reviewer
// reads in a second, each side's pass rate with its 95% interval, and what each side cost. The
// regressed cases' two answers follow in the baseline section (regressions.ts). Pure; the base's
// name (a branch name) is escaped like any untrusted text.
import { forCell, forHtml } from '../escape.js';
import { PRICES_DATE } from '../models.js';
import { usd, type SideCost } from '../evaluation/cost.js';
import type { Paired, SideRate } from '../evaluation/paired.js';
import { percent, pValueText } from '../evaluation/totals.js';

export interface AbReport {
  readonly paired?: Paired;
  readonly costs?: { readonly head?: SideCost; readonly base?: SideCost; readonly unpriced: readonly string[] };
  /** The base branch (e.g. main), when known. */
  readonly baseName?: string;
  /** Both sides ran in this job (baseline-context-id), rather than a baseline-file from earlier. */
  readonly sideBySide: boolean;
  /** Side by side: the cases left out of the paired test, with why (a side without an answer). */
  readonly uncompared?: ReadonlyMap<string, string>;
}

/** Cases named, with why, where some were left out of the comparison; the rest are counted. */
const SHOWN_UNCOMPARED = 5;

export function abSection(ab: AbReport | undefined): string {
  if (!ab) return '';
  const base = ab.baseName ? forHtml(ab.baseName.slice(0, 100)) : 'the baseline';
  const lines: string[] = [];
  const p = ab.paired;
  if (p) {
    const counts = `${p.regressed} regressed, ${p.fixed} fixed (p = ${pValueText(p.change === 'better' ? p.pBetter : p.pValue)})`;
    lines.push(
      p.change === 'worse'
        ? `**🔻 Worse than ${base}: ${counts}**`
        : p.change === 'better'
          ? `**🔺 Better than ${base}: ${counts}**`
          : `**No significant change: ${counts}**`,
      '',
      `| side | passed | pass rate | 95% interval |${ab.costs ? ' cost |' : ''}`,
      `| --- | ---: | ---: | --- |${ab.costs ? ' ---: |' : ''}`,
      row(ab.sideBySide ? 'head (this change)' : 'this run', p.head, ab.costs ? money(ab.costs.head) : undefined),
      row(ab.sideBySide ? `base (${base})` : `baseline (${base})`, p.base, ab.costs ? money(ab.costs.base) : undefined),
      '',
      `Paired over the cases both ran: one-sided exact McNemar on the ${p.regressed + p.fixed} that changed${p.change === 'better' ? '' : ` (mid-p ${pValueText(p.midP)})`}, alpha ${p.alpha}. The 95% intervals are Wilson's.`
    );
  }
  const left = [...(ab.uncompared ?? [])];
  if (left.length) {
    const named = left.slice(0, SHOWN_UNCOMPARED).map(([name, why]) => `<code>${forCell(name, 120)}</code> (${forCell(why, 200)})`);
    const more = left.length > SHOWN_UNCOMPARED ? `, and ${left.length - SHOWN_UNCOMPARED} more` : '';
    lines.push(
      '',
      `> ⚠️ **${left.length} case(s) left out of the comparison**: a side got no answer, which says nothing of its prompt: ${named.join(', ')}${more}.`
    );
  }
  const c = ab.costs;
  if (c) {
    const saved = [c.head && `${usd(c.head.savedUsd)} on the head`, c.base && `${usd(c.base.savedUsd)} on the base`].filter(Boolean);
    if (!p && c.head) lines.push(`Cost: $${usd(c.head.usd)}.`);
    if (saved.length) lines.push('', `The cache saved $${saved.join(', $')} against sending the cached tokens uncached.`);
    if (c.unpriced.length)
      lines.push('', `No cost for ${forCell(c.unpriced.join(', '), 300)}: no price is known (add it to the prices input).`);
    lines.push('', `_Costs are estimates from list prices (${PRICES_DATE}; the prices input overrides them), judges included._`);
  }
  return `${lines.join('\n')}\n\n`;
}

function row(label: string, r: SideRate, cost: string | undefined): string {
  return `| ${label} | ${r.passed} of ${r.total} | ${percent(r.total ? r.passed / r.total : 0)} | ${Math.round(r.low * 100)}%–${Math.round(r.high * 100)}% |${cost === undefined ? '' : ` ${cost} |`}`;
}

function money(cost: SideCost | undefined): string {
  return cost ? `$${usd(cost.usd)}` : '—';
}
