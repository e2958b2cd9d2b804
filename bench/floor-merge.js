// @ts-check
// The floor for the merge action in `npm run bench`: read every results file of the directory the
// `results-files` pattern names (`dir/*.results.json`), parse it, count the cases by status and
// write the counts. No validation, no report files, no summary. Runs as the action does: inputs
// from INPUT_* variables, cwd = GITHUB_WORKSPACE.

import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const env = process.env;
const pattern = (env['INPUT_RESULTS-FILES'] ?? '').trim();
const dir = dirname(pattern);
let passed = 0;
let total = 0;
for (const name of readdirSync(dir)
  .filter((n) => n.endsWith('.results.json'))
  .sort()) {
  /** @type {{ cases: { status: string }[] }} */
  const doc = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  for (const c of doc.cases) {
    total++;
    if (c.status === 'pass') passed++;
  }
}
appendFileSync(/** @type {string} */ (env.GITHUB_OUTPUT), `passed=${passed}\ntotal=${total}\n`);
