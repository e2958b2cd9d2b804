// JUnit XML, the format every test reporter reads (dorny/test-reporter, mikepenz/action-junit-report,
// GitLab, Jenkins, Azure): one testcase per case, classname = the model, the failed expectation as
// the failure message and the answer in system-out. Well-formed whatever the model said. Pure.
import { forXml } from '../escape.js';
import type { Result, RunDetail } from '../evaluation/engine.js';
import type { Totals } from '../evaluation/totals.js';

export interface JUnitRun {
  readonly model: string;
  readonly totals: Totals;
  readonly results: readonly Result[];
  readonly durationMs: number;
  readonly timestamp: string;
}

/** The most of a long message an attribute repeats: the whole text is in the element's body once. */
export const MAX_ATTR = 200;

/** Attribute values: escaped, kept to one line (reporters show them as titles) and short. */
const attr = (text: string, max = Infinity) => {
  const one = text.replace(/\s+/g, ' ').trim();
  return forXml(one.length > max ? `${one.slice(0, max - 1)}…` : one);
};
const secs = (ms: number | undefined) => ((ms ?? 0) / 1000).toFixed(3);

function runsText(runs: readonly RunDetail[]): string {
  return runs
    .map((run, i) => {
      const why =
        run.status === 'error'
          ? `: ${run.error ?? 'error'}`
          : run.failures.length
            ? `: ${run.failures.map((f) => `${f.expectation}: expected ${f.expected}, got ${f.got}`).join('; ')}`
            : '';
      const judge = run.grade ? ` (judge: score ${run.grade.score}, ${run.grade.reason})` : '';
      return `--- run ${i + 1} of ${runs.length}: ${run.status}${why}${judge}\n${run.response ?? '(no answer)'}`;
    })
    .join('\n');
}

export function junitXml(run: JUnitRun): string {
  return [...junitChunks(run)].join('');
}

/** The JUnit file in pieces, one per case: written piece by piece, no answers can make it one string too long. */
export function* junitChunks(run: JUnitRun): Generator<string> {
  const { totals } = run;
  const counts = `tests="${totals.total}" failures="${totals.failed}" errors="${totals.errored}" skipped="0" time="${secs(run.durationMs)}"`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="context-cache-eval" ${counts}>`,
    `  <testsuite name="${attr(run.model)}" ${counts} timestamp="${attr(run.timestamp)}">`
  ];
  yield `${lines.join('\n')}\n`;
  for (const r of run.results) {
    lines.length = 0;
    const file = r.file ? ` file="${attr(r.file)}"${r.line ? ` line="${r.line}"` : ''}` : '';
    lines.push(`    <testcase name="${attr(r.name)}" classname="${attr(r.model ?? run.model)}" time="${secs(r.latencyMs)}"${file}>`);
    // A flaky case says so where reporters look (a property), and keeps every run's verdict and
    // answer: the failing run's matter as much as the passing one's.
    if (r.flaky)
      lines.push(
        '      <properties>',
        '        <property name="flaky" value="true"/>',
        `        <property name="runs" value="${r.runs.passed} of ${r.runs.total} passed"/>`,
        '      </properties>'
      );
    if (r.status === 'fail') {
      const [first] = r.failures;
      const message = first ? `${first.expectation}: expected ${first.expected}` : 'failed';
      const body = r.failures.map((f) => `${f.expectation}: expected ${f.expected}, got ${f.got}`).join('\n');
      lines.push(
        `      <failure message="${attr(message, MAX_ATTR)}" type="${attr(first?.expectation ?? 'expectation')}">${forXml(body)}</failure>`
      );
    } else if (r.status === 'error') {
      lines.push(`      <error message="${attr(r.error ?? 'error', MAX_ATTR)}" type="gateway">${forXml(r.error ?? '')}</error>`);
    }
    const out = r.runs.detail && r.runs.detail.length > 1 ? runsText(r.runs.detail) : r.response;
    if (out !== undefined) lines.push(`      <system-out>${forXml(out)}</system-out>`);
    lines.push('    </testcase>');
    yield `${lines.join('\n')}\n`;
  }
  yield '  </testsuite>\n</testsuites>\n';
}
