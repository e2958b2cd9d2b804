// @ts-check
// The gateway emulator for `npm run bench`, in a process of its own so that its work counts
// against neither the action nor the floor: two gateways (one answering at once, one after
// --latency ms), both without Gemini's minimum size, and a control endpoint for the harness.
// Prints one JSON line on stdout once listening: {"control", "instant", "slow" (urls), "apiKey", "model"}.
//   POST {control}/reset  forget every request and cache (a 32 MiB body each: keeping them would
//                         grow this process by gigabytes), then create two caches (head, base) on each gateway;
//                         answers {"instant": {"contextId", "baselineContextId", "connections"}, "slow": {…}}
//   GET  {control}/stats  {"instant": {"connections", "requests", "lastBodyBytes"}, "slow": {…}}:
//                         `connections` counts the TCP connections accepted (with keep-alive,
//                         fewer than requests); `lastBodyBytes`, the last request body's size
// Usage: node bench/emulator.js [--latency MS] (default 200)

import { createServer, request } from 'node:http';
import { parseArgs } from 'node:util';
import { startGateway } from '../emulator/gateway.js';

/** The model every bench prompt and case uses. */
const MODEL = 'gemini-2.5-flash';
const KEY = 'sk-bench';

const { values } = parseArgs({ options: { latency: { type: 'string', default: '200' } } });
const latencyMs = Number(values.latency);
if (!Number.isInteger(latencyMs) || latencyMs < 0) throw new Error(`--latency must be a whole number of ms, got '${values.latency}'`);

const gateways = {
  instant: await startGateway({ minTokens: 0, apiKey: KEY }),
  slow: await startGateway({ minTokens: 0, apiKey: KEY, latencyMs })
};

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
    instant: gateways.instant.url,
    slow: gateways.slow.url,
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
