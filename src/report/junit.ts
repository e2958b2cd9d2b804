// JUnit XML, the format every test reporter reads (dorny/test-reporter, mikepenz/action-junit-report,
// GitLab, Jenkins, Azure): one testcase per case, classname = the model, the failed expectation as
// the failure message and the answer in system-out. Well-formed whatever the model said. Pure.
import { forXml } from '../escape.js';
import type { Result } from '../evaluation/engine.js';
import type { Totals } from '../evaluation/totals.js';

export interface JUnitRun {
  readonly model: string;
  readonly totals: Totals;
  readonly results: readonly Result[];
  readonly durationMs: number;
  readonly timestamp: string;
}

/** Attribute values: escaped, and kept to one line (reporters show them as titles). */
const attr = (text: string) => forXml(text.replace(/\s+/g, ' ').trim());
const secs = (ms: number | undefined) => ((ms ?? 0) / 1000).toFixed(3);

export function junitXml(run: JUnitRun): string {
  const { totals } = run;
  const counts = `tests="${totals.total}" failures="${totals.failed}" errors="${totals.errored}" skipped="0" time="${secs(run.durationMs)}"`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="context-cache-eval" ${counts}>`,
    `  <testsuite name="${attr(run.model)}" ${counts} timestamp="${attr(run.timestamp)}">`
  ];
  for (const r of run.results) {
    const file = r.file ? ` file="${attr(r.file)}"${r.line ? ` line="${r.line}"` : ''}` : '';
    lines.push(`    <testcase name="${attr(r.name)}" classname="${attr(r.model ?? run.model)}" time="${secs(r.latencyMs)}"${file}>`);
    if (r.status === 'fail') {
      const [first] = r.failures;
      const message = first ? `${first.expectation}: expected ${first.expected}` : 'failed';
      const body = r.failures.map((f) => `${f.expectation}: expected ${f.expected}, got ${f.got}`).join('\n');
      lines.push(`      <failure message="${attr(message)}" type="${attr(first?.expectation ?? 'expectation')}">${forXml(body)}</failure>`);
    } else if (r.status === 'error') {
      lines.push(`      <error message="${attr(r.error ?? 'error')}" type="gateway">${forXml(r.error ?? '')}</error>`);
    }
    if (r.response !== undefined) lines.push(`      <system-out>${forXml(r.response)}</system-out>`);
    lines.push('    </testcase>');
  }
  lines.push('  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}
