// @ts-check
// The floor for the eval action in `npm run bench`: read the cases (a JSON list of {name, prompt,
// expect: {contains}}), ask each against the cache with node:http over keep-alive sockets,
// `concurrency` at a time, check `contains`, and write the counts. No validation, retries, report
// files or summary. Runs as the action does: inputs from INPUT_* variables, cwd = GITHUB_WORKSPACE.

import { appendFileSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';

const env = process.env;
const input = (/** @type {string} */ name) => (env[`INPUT_${name.toUpperCase()}`] ?? '').trim();

/** @typedef {{ name: string, prompt: string, expect?: { contains?: string } }} Case */

/** @type {Case[]} */
const cases = JSON.parse(readFileSync(input('cases-file'), 'utf8'));
const concurrency = Number(input('concurrency') || 4);
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
const url = `${input('base-url')}/v1/chat/completions`;

/** With a baseline cache, every case is asked of both, one after the other (as the action does). */
const ids = [input('context-id'), input('baseline-context-id')].filter(Boolean);
/** @param {Case} c @param {string} id @returns {Promise<string>} the answer's text */
function ask(c, id) {
  const body = JSON.stringify({ model: input('model'), context_id: id, messages: [{ role: 'user', content: c.prompt }] });
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${input('api-key')}`,
          'content-length': Buffer.byteLength(body)
        }
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (text += d));
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`${c.name}: the gateway answered ${res.statusCode}: ${text.slice(0, 300)}`));
          resolve(String(JSON.parse(text).choices?.[0]?.message?.content ?? ''));
        });
      }
    );
    req.on('error', reject);
    req.end(body);
  });
}

const items = cases.flatMap((c) => ids.map((id, side) => ({ c, id, side })));
let next = 0;
let passed = 0;
async function worker() {
  while (next < items.length) {
    const { c, id, side } = /** @type {(typeof items)[number]} */ (items[next++]);
    const answer = await ask(c, id);
    if (side === 0 && answer.includes(c.expect?.contains ?? '')) passed++;
  }
}

try {
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  appendFileSync(/** @type {string} */ (env.GITHUB_OUTPUT), `passed=${passed}\ntotal=${cases.length}\n`);
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
} finally {
  agent.destroy();
}
