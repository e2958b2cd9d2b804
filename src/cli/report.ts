// The end of an evaluation on the command line (eval, merge, run): the outcome computed as for the
// action (src/report/outcome.ts), the files it writes written where the flags say, then a report
// made for a terminal: a summary table and the cases that did not pass, with what was expected and
// what came back. Every untrusted text through forTerminal.
import { basename, dirname, resolve } from 'node:path';
import { forTerminal } from '../escape.js';
import { writeReportFile } from '../files/report-files.js';
import { evaluationOutcome, type Outcome, type OutcomePlan } from '../report/outcome.js';
import { pValueText } from '../evaluation/totals.js';
import { usd } from '../evaluation/cost.js';
import { resultsJsonChunks } from '../report/results-json.js';
import { EXIT } from './exit.js';
import { valueOf, type Command, type Parsed } from './flags.js';
import type { Screen } from './terminal.js';

/** The whole report in the Markdown file: no job-summary budget applies. */
const MARKDOWN_BUDGET = 10_000_000;
/** Cases listed in full on the terminal; the results file has every one. */
const SHOWN = 20;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

async function writeFiles(outcome: Outcome, parsed: Parsed, command: Command, screen: Screen): Promise<void> {
  const files: [string, () => string | Iterable<string>][] = [
    ['results-file', () => resultsJsonChunks(outcome.document)],
    ['junit-file', () => outcome.junit()],
    ['markdown-file', () => outcome.markdown(MARKDOWN_BUDGET)]
  ];
  for (const [flag, text] of files) {
    const path = valueOf(parsed, command, flag);
    if (path === '') continue;
    const full = resolve(path);
    await writeReportFile(dirname(full), basename(full), text());
    screen.log.info(`Wrote ${forTerminal(path, { max: 300 })}`);
  }
}

const changeWords = { worse: 'worse', better: 'better', 'no-significant-change': 'no significant change' } as const;

function table(outcome: Outcome, plan: OutcomePlan, screen: Screen): string[] {
  const { totals, comparison } = outcome;
  const p = screen.out;
  const rows: [string, string][] = [
    ['passed', p.green(String(totals.passed))],
    ['failed', totals.failed ? p.red(String(totals.failed)) : '0'],
    ['errors', totals.errored ? p.yellow(String(totals.errored)) : '0'],
    ['total', String(totals.total)],
    ['pass rate', totals.total > 0 ? `${pct(totals.passRate)} (needs ${pct(plan.minPassRate)})` : '— (no cases)']
  ];
  if (totals.flaky) rows.push(['flaky', p.yellow(String(totals.flaky))]);
  rows.push([
    'tokens',
    `${totals.promptTokens} prompt, ${totals.cachedTokens} from the cache (${pct(totals.cachedShare)}), ${totals.completionTokens} completion`
  ]);
  if (totals.judge.promptTokens) rows.push(['judges', `${totals.judge.promptTokens} prompt, ${totals.judge.cachedTokens} from the cache`]);
  if (comparison) rows.push(['baseline', `${comparison.counts.regressed} regressed, ${comparison.counts.fixed} fixed`]);
  const paired = outcome.paired;
  if (paired)
    rows.push([
      'change',
      `${changeWords[paired.change]} (p = ${pValueText(paired.pValue)}; base passed ${paired.base.passed} of ${paired.base.total})`
    ]);
  if (outcome.costs?.head)
    rows.push(['cost', `$${usd(outcome.costs.head.usd)}${outcome.costs.base ? `, base $${usd(outcome.costs.base.usd)}` : ''} (estimate)`]);
  rows.push(['time', `${(plan.durationMs / 1000).toFixed(1)} s`]);
  return [p.bold(forTerminal(plan.model, { max: 200 })), ...rows.map(([k, v]) => `  ${k.padEnd(10)} ${v}`)];
}

function notPassed(outcome: Outcome, plan: OutcomePlan, screen: Screen): string[] {
  const p = screen.out;
  const bad = plan.results.filter((r) => r.status !== 'pass');
  if (!bad.length) return [];
  const lines = ['', p.bold(`Did not pass (${bad.length}):`)];
  for (const r of bad.slice(0, SHOWN)) {
    const where = r.file ? p.dim(` ${forTerminal(r.file, { max: 200 })}${r.line ? `:${r.line}` : ''}`) : '';
    const mark = r.status === 'fail' ? p.red('✗ fail ') : p.yellow('! error');
    lines.push(`  ${mark} ${forTerminal(r.name, { max: 200 })}${where}`);
    if (r.status === 'error') lines.push(`      ${forTerminal(r.error ?? 'no answer', { max: 1000 })}`);
    for (const f of r.failures) {
      lines.push(`      ${forTerminal(f.expectation, { max: 80 })}: expected ${forTerminal(f.expected, { max: 400 })}`);
      lines.push(`      ${' '.repeat(f.expectation.length)}  got      ${forTerminal(f.got, { max: 400 })}`);
    }
    if (r.status === 'fail' && r.response !== undefined)
      lines.push(`      answer: ${forTerminal(r.response, { max: 600, lines: true, indent: '              ' })}`);
  }
  if (bad.length > SHOWN) lines.push(`  … and ${bad.length - SHOWN} more (the results file has every case)`);
  return lines;
}

/** Writes the files, prints the report, and returns the exit code. */
export async function finish(plan: OutcomePlan, parsed: Parsed, command: Command, screen: Screen, single = false): Promise<number> {
  const outcome = evaluationOutcome(plan);
  await writeFiles(outcome, parsed, command, screen);
  const { totals, verdict } = outcome;
  if (outcome.comparison?.differences.length)
    screen.log.warning(`The baseline differs from this run: ${outcome.comparison.differences.join('; ')}. Cases are compared by name.`);
  if (plan.contextGone) screen.log.warning(plan.contextGone.describe());
  if (totals.total > 0 && totals.cachedTokens === 0 && totals.promptTokens > 0)
    screen.log.warning(
      `0% of prompt tokens came from the cache on ${plan.model}: the cache is not being used. Check --context-id and --model.`
    );
  if (single && plan.results[0]?.response !== undefined)
    screen.print(forTerminal(plan.results[0].response, { max: 1_000_000, lines: true }));
  else for (const line of [...table(outcome, plan, screen), ...notPassed(outcome, plan, screen)]) screen.print(line);
  const p = screen.out;
  if (verdict.ok) {
    // A shard the hash gave no case passes (the merge judges the whole), but says so: it tested nothing.
    if (totals.total === 0 && plan.shard)
      screen.print(`\n${p.bold('NO CASES')}: shard ${plan.shard.index}/${plan.shard.count} had no cases; nothing was evaluated.`);
    else if (!single) screen.print(`\n${p.green(p.bold('PASSED'))}`);
    return EXIT.passed;
  }
  screen.print(`\n${p.red(p.bold('FAILED'))}: ${forTerminal(verdict.reasons.join(' '), { max: 2000 })}`);
  // Nothing answered at all, or the cache went away: the gateway, not the prompt, is at fault.
  if (plan.contextGone || (totals.total > 0 && totals.errored === totals.total)) return EXIT.unavailable;
  return EXIT.gateFailed;
}
