// npm run bench: what the action costs beyond the gateway's own time, against the yardstick of a
// bare node:http script doing the same POST. Both run on Node 24 against the emulator on
// 127.0.0.1 (which answers at once), alternately, N times each; prints medians and the ratio.
// Usage: npm run bench [-- N [path/to/bundle.js]] (default 30 runs of dist/index.js); a second
// bundle path compares two builds, e.g. before and after a change.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT, runtime } from './local-runner.js';

const N = Number(process.argv[2] ?? 30);
const bundle = process.argv[3] ? resolve(process.argv[3]) : join(ROOT, 'dist/index.js');
const node = runtime();
const dir = await mkdtemp(join(tmpdir(), 'bench-'));
await cp(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });

// The yardstick: read the prompt, POST it, mask and write the id. Nothing else.
const bare = join(dir, 'bare.mjs');
await writeFile(
  bare,
  `import http from 'node:http';
import { readFileSync, appendFileSync } from 'node:fs';
const env = process.env;
const body = JSON.stringify({ model: env.INPUT_MODEL, messages: [{ role: 'system', content: readFileSync(env['INPUT_PROMPT-FILE'], 'utf8') }] });
const req = http.request(env['INPUT_BASE-URL'] + '/v1/context/create', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + env['INPUT_API-KEY'], 'Content-Length': Buffer.byteLength(body) } }, (res) => {
  let text = '';
  res.on('data', (d) => (text += d));
  res.on('end', () => { const { id } = JSON.parse(text); console.log('::add-mask::' + id); appendFileSync(env.GITHUB_OUTPUT, 'context-id=' + id + '\\n'); });
});
req.end(body);
`
);

const files = { GITHUB_OUTPUT: join(dir, 'out'), GITHUB_ENV: join(dir, 'env'), GITHUB_STEP_SUMMARY: join(dir, 'summary') };
for (const f of Object.values(files)) await writeFile(f, '');
const env = {
  PATH: process.env.PATH,
  GITHUB_WORKSPACE: dir,
  ...files,
  INPUT_MODEL: 'gemini-2.5-flash',
  'INPUT_PROMPT-FILE': 'examples/prompts/grader.md',
  'INPUT_API-KEY': 'sk-bench',
  INPUT_ROLE: 'system',
  'INPUT_ENV-VAR': 'CONTEXT_CACHE_ID',
  INPUT_TIMEOUT: '120',
  'INPUT_MAX-ATTEMPTS': '3',
  'INPUT_DRY-RUN': 'false'
};

// spawnSync blocks this process, so the emulator runs as a child of its own.
const emulator = spawn(process.execPath, [join(ROOT, 'emulator/cli.js'), '--port', '0'], {
  stdio: ['ignore', 'pipe', 'inherit']
});
const url = await new Promise((resolve) => emulator.stdout.once('data', (d) => resolve(/http:\/\/\S+/.exec(String(d))[0])));
env['INPUT_BASE-URL'] = url;

function time(script) {
  const t = process.hrtime.bigint();
  const r = spawnSync(node, [script], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const times = { bare: [], action: [] };
time(bare);
time(bundle); // warm the file cache for both
for (let i = 0; i < N; i++) {
  times.bare.push(time(bare));
  times.action.push(time(bundle));
}
emulator.kill();
const b = median(times.bare);
const a = median(times.action);
console.log(`node ${spawnSync(node, ['--version']).stdout.toString().trim()}, ${N} runs each, emulator at ${url}, bundle ${bundle}`);
console.log(`bare node:http POST   median ${b.toFixed(1)} ms (min ${Math.min(...times.bare).toFixed(1)})`);
console.log(`action bundle         median ${a.toFixed(1)} ms (min ${Math.min(...times.action).toFixed(1)})`);
console.log(`ratio ${(a / b).toFixed(2)}x (budget 1.50x)`);
