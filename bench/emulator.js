// @ts-check
// The gateway emulator for `npm run bench`, in a process of its own so that its work counts
// against neither the action nor the floor: gateways without Gemini's minimum size (`instant`
// answering at once, `slow-<ms>` after each --latency, `long` at once with answers of
// LONG_ANSWER_CHARS, the size of a model's long answer), and a control endpoint for the harness.
// Prints one JSON line on stdout once listening: {"control", "gateways": {name: url}, "apiKey", "model"}.
//   POST {control}/reset  forget every request and cache (a 32 MiB body each: keeping them would
//                         grow this process by gigabytes), then create two caches (head, base) on each gateway;
//                         answers {"instant": {"contextId", "baselineContextId", "connections"}, "slow-200": {…}, …}
//   GET  {control}/stats  {"instant": {"connections", "requests", "lastBodyBytes"}, "slow-200": {…}, …}:
//                         `connections` counts the TCP connections accepted (with keep-alive,
//                         fewer than requests); `lastBodyBytes`, the last request body's size
// Usage: node bench/emulator.js [--latency MS[,MS…]] (default 200)

import { createServer, request } from 'node:http';
import { parseArgs } from 'node:util';
import { startGateway } from '../emulator/gateway.js';

/** The model every bench prompt and case uses. */
const MODEL = 'gemini-2.5-flash';
const KEY = 'sk-bench';

/** Characters of each answer of the `long` gateway: a long model answer (about 700 words). */
const LONG_ANSWER_CHARS = 4096;
/** The long answer: the same text every time (a new string in the client each time all the same). */
const LONG_ANSWER = `Question answered. ${'The release note mentions the breaking change in the cache section. '.repeat(70)}`.slice(
  0,
  LONG_ANSWER_CHARS
);

const { values } = parseArgs({ options: { latency: { type: 'string', default: '200' } } });
const latencies = (values.latency ?? '').split(',').map(Number);
if (!latencies.every((ms) => Number.isInteger(ms) && ms >= 0))
  throw new Error(`--latency must be whole numbers of ms, comma-separated, got '${values.latency}'`);

/** @type {Record<string, import('../emulator/gateway.js').Gateway>} */
const gateways = {
  instant: await startGateway({ minTokens: 0, apiKey: KEY }),
  long: await startGateway({ minTokens: 0, apiKey: KEY, answers: [{ match: 'Question', reply: LONG_ANSWER }] })
};
for (const latencyMs of latencies) gateways[`slow-${latencyMs}`] = await startGateway({ minTokens: 0, apiKey: KEY, latencyMs });

/**
 * Creates a small cache on a gateway over a connection of its own (closed afterwards, and
 * counted before the harness reads the baseline), for the eval action's context-id.
 * @param {string} url
 * @returns {Promise<string>}
 */
function createCache(url) {
  const body = JSON.stringify({ model: MODEL, messages: [{ role: 'system', content: 'You answer questions about release notes.' }] });
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/v1/context/create`,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}`, 'content-length': Buffer.byteLength(body) }
      },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => {
          const id = JSON.parse(text).id;
          if (typeof id === 'string') resolve(id);
          else reject(new Error(`the emulator created no cache: ${res.statusCode} ${text}`));
        });
      }
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function reset() {
  /** @type {Record<string, { contextId: string, baselineContextId: string, connections: number }>} */
  const out = {};
  for (const [name, g] of Object.entries(gateways)) {
    g.reset();
    const contextId = await createCache(g.url);
    const baselineContextId = await createCache(g.url);
    out[name] = { contextId, baselineContextId, connections: g.connections };
  }
  return out;
}

const stats = () =>
  Object.fromEntries(
    Object.entries(gateways).map(([name, g]) => [
      name,
      { connections: g.connections, requests: g.requests.length, lastBodyBytes: Buffer.byteLength(g.requests.at(-1)?.body ?? '') }
    ])
  );

const control = createServer((req, res) => {
  const reply = (/** @type {unknown} */ value, status = 200) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(value));
  };
  if (req.method === 'POST' && req.url === '/reset') reset().then(reply, (/** @type {unknown} */ e) => reply({ error: String(e) }, 500));
  else if (req.method === 'GET' && req.url === '/stats') reply(stats());
  else reply({ error: 'POST /reset or GET /stats' }, 404);
});
await new Promise((resolve) => control.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = /** @type {import('node:net').AddressInfo} */ (control.address());
console.log(
  JSON.stringify({
    control: `http://127.0.0.1:${address.port}`,
    gateways: Object.fromEntries(Object.entries(gateways).map(([name, g]) => [name, g.url])),
    apiKey: KEY,
    model: MODEL
  })
);

const stop = () => {
  control.close();
  control.closeAllConnections();
  process.stdin.destroy();
  void Promise.all(Object.values(gateways).map((g) => g.close()));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
// The harness going away (even killed) closes stdin: stop then rather than linger.
process.stdin.on('end', stop).resume();
