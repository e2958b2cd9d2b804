// @ts-check
// The GitHub API stand-in for `npm run bench`'s history row, in a process of its own (its work
// counts against no run): the tests' own (__tests__/helpers/github-git.ts, a real branch of git
// objects; Node 24 runs the TypeScript as is), seeded with `--records` history records of
// `--cases` cases each for one model on `--branch`. Each run with history appends one and, at the
// default history-limit, drops the oldest, so the branch keeps its size from run to run.
// Prints one JSON line once listening: {"url", "control"}.
//   GET {control}/stats  {"records": files on the branch, "requests": since the last stats}
// Usage: node24 bench/github.js --model M --branch B --records N --cases N

import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { startGitHubGit } from '../__tests__/helpers/github-git.ts';

const { values } = parseArgs({
  options: {
    model: { type: 'string', default: 'gemini-2.5-flash' },
    branch: { type: 'string', default: 'eval-history' },
    records: { type: 'string', default: '500' },
    cases: { type: 'string', default: '200' }
  }
});
const model = values.model ?? '';
const branch = values.branch ?? '';
const count = Number(values.records);
const cases = Number(values.cases);

/**
 * A record as the eval action writes one (src/history/record.ts): a night `k` days back, every
 * case passing but one in ten failing on odd nights, so the trend has something to say.
 * @param {number} k
 */
function record(k) {
  const time = new Date(Date.UTC(2026, 0, 1) + k * 86_400_000);
  const names = Array.from({ length: cases }, (_, i) => `case ${i + 1}`);
  const fail = k % 2 ? names.filter((_, i) => i % 10 === 0) : [];
  const pass = names.filter((n) => !fail.includes(n));
  const runId = String(100_000 + k);
  const low = (pass.length / cases) * 0.95;
  return {
    path: `${model.toLowerCase()}/${time.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '')}-${runId}-1.json`,
    text: `${JSON.stringify({
      format: 'context-cache-eval/history@1',
      time: time.toISOString(),
      commit: (k.toString(16) + 'a'.repeat(40)).slice(0, 40),
      ref: 'main',
      runId,
      runAttempt: 1,
      runUrl: `https://github.example/o/r/actions/runs/${runId}`,
      workflow: 'Nightly',
      model,
      totals: {
        passed: pass.length,
        failed: fail.length,
        errored: 0,
        total: cases,
        passRate: pass.length / cases,
        interval: { low, high: 1 }
      },
      tokens: { prompt: cases * 40, cached: cases * 30, completion: cases * 20 },
      cases: { pass, fail, error: [] }
    })}\n`
  };
}

const api = await startGitHubGit();
/** @type {Record<string, string>} */
const files = {};
for (let k = 0; k < count; k++) {
  const r = record(k);
  files[r.path] = r.text;
}
api.commitFiles(branch, files, `history: ${count} records`);

const control = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ records: api.files(branch).size, requests: api.requests.length }));
  api.requests.length = 0;
});
await new Promise((resolve) => control.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = /** @type {import('node:net').AddressInfo} */ (control.address());
console.log(JSON.stringify({ url: api.url, control: `http://127.0.0.1:${address.port}` }));

const stop = () => {
  control.close();
  control.closeAllConnections();
  process.stdin.destroy();
  void api.close();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
// The harness going away (even killed) closes stdin: stop then rather than linger.
process.stdin.on('end', stop).resume();
