// Self-hosted runners sit behind proxies: a real proxy server on 127.0.0.1 records what passes.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createProxy } from 'proxy';
import { startGateway, type Gateway } from '../../emulator/gateway.js';
import { runAction } from '../helpers/run-action.js';

const KEY = 'sk-proxy-test';
let gw: Gateway;
let proxy: Server;
let proxyUrl: string;
const seen: string[] = [];

beforeAll(async () => {
  gw = await startGateway({ apiKey: KEY });
  proxy = createProxy(createServer());
  proxy.on('connect', (req: IncomingMessage) => seen.push(`CONNECT ${req.url}`));
  proxy.on('request', (req: IncomingMessage) => seen.push(`${req.method} ${req.url}`));
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as { port: number }).port}`;
});
afterAll(async () => {
  proxy.closeAllConnections();
  await new Promise((resolve) => proxy.close(resolve));
  await gw.close();
});
beforeEach(() => {
  gw.reset();
  seen.length = 0;
});

const run = (env: Record<string, string>) =>
  runAction({
    inputs: { model: 'Doubao-pro-32k', 'prompt-file': 'p.md', 'api-key': KEY, 'base-url': gw.url },
    files: { 'p.md': 'You are a grader.' },
    env
  });

test('HTTP_PROXY routes the request through the proxy', async () => {
  const r = await run({ HTTP_PROXY: proxyUrl });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/\(proxy from HTTPS_PROXY\/HTTP_PROXY/);
  const target = new URL(gw.url).host;
  expect(seen.some((s) => s === `CONNECT ${target}` || s.startsWith(`POST ${gw.url}/v1/context/create`))).toBe(true);
  expect(gw.requests).toHaveLength(1);
  expect(r.outputs['context-id']).toMatch(/^ctx-/);
});

test('lower-case http_proxy works too; NO_PROXY bypasses it', async () => {
  const viaLower = await run({ http_proxy: proxyUrl });
  expect(viaLower.code).toBe(0);
  expect(seen.length).toBeGreaterThan(0);
  seen.length = 0;
  const bypass = await run({ HTTP_PROXY: proxyUrl, NO_PROXY: '127.0.0.1' });
  expect(bypass.code).toBe(0);
  expect(seen).toEqual([]);
  expect(gw.requests).toHaveLength(2);
});

test('an unreachable proxy fails with a one-line cause', async () => {
  const r = await run({ HTTP_PROXY: 'http://127.0.0.1:1', INPUT_TIMEOUT: '2', 'INPUT_MAX-ATTEMPTS': '1' });
  expect(r.code).toBe(1);
  const error = r.stdout.split('\n').find((l) => l.startsWith('::error'));
  expect(error).toMatch(/could not reach .*ECONNREFUSED/);
  expect(r.stdout + r.stderr).not.toMatch(/^\s+at /m);
  expect(gw.requests).toHaveLength(0);
});
