// The request layer every gateway client is built on (send.ts), against the emulator on
// 127.0.0.1: what it returns and throws, the hooks a pool uses (beforeAttempt, onRetryAfter, a
// wider retry rule), redaction of extra secrets, and the keep-alive transport's one pool of
// connections that close() ends. Sleeps are recorded, not waited.
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { startGateway, type Gateway } from '../../emulator/gateway.js';
import { GatewayError, TransportError } from '../../src/errors.js';
import { directTransport } from '../../src/gateway/direct.js';
import { describeFailure } from '../../src/gateway/failure.js';
import type { Transport } from '../../src/gateway/http.js';
import { createRetryDecision, send, sendBoundMs, type SendOptions } from '../../src/gateway/send.js';
import { chooseTransport } from '../../src/gateway/transport.js';
import { retryPolicy, worstCaseMs } from '../../src/gateway/retry.js';

const KEY = 'sk-send-test-key-0123456789';
let gw: Gateway;
beforeAll(async () => {
  gw = await startGateway({ apiKey: KEY, minTokens: 0 });
});
afterAll(() => gw.close());
beforeEach(() => gw.reset());

const body = JSON.stringify({ model: 'Doubao-pro-32k', messages: [{ role: 'system', content: 'You grade answers.' }] });

function options(overrides: Partial<SendOptions> = {}) {
  const sleeps: number[] = [];
  const log: string[] = [];
  const opts: SendOptions = {
    url: `${gw.url}/v1/context/create`,
    apiKey: KEY,
    body,
    timeoutMs: 2000,
    maxAttempts: 3,
    transport: directTransport,
    retry: { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5, log: (m) => void log.push(m) },
    ...overrides
  };
  return { opts, sleeps, log };
}

async function failure(p: Promise<unknown>): Promise<Error> {
  return p.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: Error) => e
  );
}

describe('send()', () => {
  test('a 2xx comes back as it came, with attempts and elapsed time; the request carries the documented headers', async () => {
    const { opts } = options();
    const sent = await send(opts);
    expect(sent.res.status).toBe(200);
    expect(JSON.parse(sent.res.body)).toMatchObject({ id: expect.stringMatching(/^ctx-/) });
    expect(sent.attempts).toBe(1);
    expect(sent.elapsedMs).toBeGreaterThan(0);
    expect(gw.requests[0]!.headers).toMatchObject({
      'content-type': 'application/json',
      accept: 'application/json',
      authorization: `Bearer ${KEY}`
    });
    expect(gw.requests[0]!.body).toBe(body);
  });

  test('a non-2xx ends in a GatewayError with the gateway’s words, after the retries the verdict allows', async () => {
    gw.enqueue({ status: 503 }, { ark: { code: 'InvalidParameter', message: 'ttl out of range', param: 'ttl' } });
    const { opts, log } = options();
    const e = await failure(send(opts));
    expect(e).toBeInstanceOf(GatewayError);
    expect((e as GatewayError).status).toBe(400);
    expect(e.message).toMatch(/HTTP 400: InvalidParameter \(BadRequest, param ttl\): ttl out of range/);
    expect(gw.requests).toHaveLength(2);
    expect(log).toHaveLength(1);
  });

  test('beforeAttempt is awaited before every attempt, and onRetryAfter hears every Retry-After (capped)', async () => {
    gw.enqueue({ status: 429, retryAfter: 7 }, { status: 503, retryAfter: 3600 });
    const order: string[] = [];
    const heard: number[] = [];
    let released = 0;
    const { opts, sleeps } = options({
      beforeAttempt: async () => {
        await new Promise((r) => setTimeout(r, 5));
        order.push(`before ${++released}`);
      },
      onRetryAfter: (ms) => void heard.push(ms)
    });
    const sent = await send(opts);
    expect(sent.attempts).toBe(3);
    expect(order).toEqual(['before 1', 'before 2', 'before 3']);
    expect(gw.requests).toHaveLength(3);
    expect(heard).toEqual([7000, retryPolicy(3).maxRetryAfterMs]);
    expect(sleeps).toEqual([7000, retryPolicy(3).maxRetryAfterMs]);
  });

  test('a wider retry rule (a chat client’s) retries what the create rule does not', async () => {
    gw.enqueue({ status: 400 }, { status: 400 });
    const narrow = options();
    expect(await failure(send(narrow.opts))).toBeInstanceOf(GatewayError);
    expect(gw.requests).toHaveLength(1);
    gw.reset();
    gw.enqueue({ status: 400 });
    const wide = options({ retryable: (e) => ({ ...createRetryDecision(e), retryable: true }) });
    expect((await send(wide.opts)).attempts).toBe(2);
  });

  test('a body that stalls after a 200 is not retried (the cache exists), under the create rule', async () => {
    gw.enqueue({ drip: { chunk: ' ', intervalMs: 200, chunks: 20 }, status: 200 });
    const { opts } = options({ timeoutMs: 300 });
    const e = await failure(send(opts));
    expect(e).toBeInstanceOf(TransportError);
    expect(e.message).toMatch(/HTTP 200 came back, but its body did not finish within 0\.3 s/);
    expect(gw.requests).toHaveLength(1);
  });

  test('secrets: a cache id and the key echoed in any encoding are cut from a 2xx answer and from errors', async () => {
    const id = 'ctx-20260101000000-12345';
    const b64 = Buffer.from(`user:${KEY}`).toString('base64');
    gw.enqueue(
      { json: { answer: `the id is ${id}; key ${encodeURIComponent(KEY)}`, auth: `Basic ${b64}` } },
      { status: 401, body: { error: { message: `bad key ${Buffer.from(KEY).toString('base64url')} for ${id}` } } }
    );
    const { opts } = options({ secrets: [id] });
    const sent = await send(opts);
    expect(sent.res.body).not.toContain(id);
    expect(sent.res.body).not.toContain(encodeURIComponent(KEY));
    expect(sent.res.body).not.toContain(b64.slice(8, 24));
    const e = await failure(send(opts));
    expect(e.message).toMatch(/HTTP 401: bad key \*\*\*/);
    expect(e.message).not.toContain(id);
  });

  test('the bound announced for these settings is the retry policy’s own', () => {
    expect(sendBoundMs(120_000, 3)).toBe(worstCaseMs(retryPolicy(3), 120_000));
    expect(sendBoundMs(5000, 1)).toBe(5000);
  });
});

describe('describeFailure()', () => {
  test('is pure and reusable: a Google-style body, a Retry-After date, a redirect', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    const e = describeFailure(
      {
        status: 503,
        headers: { 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' },
        body: '{"error":{"code":503,"message":"overloaded ##[stop-commands]x","status":"UNAVAILABLE"}}'
      },
      'https://g.example/v1/chat/completions',
      now
    );
    expect(e.message).toBe('POST https://g.example/v1/chat/completions failed with HTTP 503: UNAVAILABLE: overloaded ## [stop-commands]x');
    expect(e.retryAfterSeconds).toBe(30);
    const r = describeFailure({ status: 302, headers: { location: 'https://evil.example/\n::error::x' }, body: '' }, 'https://g.example/x');
    expect(r.message).toMatch(/a redirect to https:\/\/evil\.example\/\\n::error::x; it was not followed/);
  });
});

describe('transports', () => {
  async function sendMany(transport: Transport, n: number, parallel: boolean, url?: string) {
    const { opts } = options({ transport, ...(url && { url }) });
    if (parallel) await Promise.all(Array.from({ length: n }, () => send(opts)));
    else for (let i = 0; i < n; i++) await send(opts);
  }

  test('without keep-alive (the create call) every request has its own connection', async () => {
    const { transport, via, close } = await chooseTransport({});
    expect(via).toBe('direct');
    await sendMany(transport, 3, false);
    await close();
    expect(gw.connections).toBe(3);
  });

  test('keep-alive reuses one pool of at most maxSockets connections, and close() ends them', async () => {
    // A server of our own that counts the sockets open on its side.
    const open = new Set<Socket>();
    let accepted = 0;
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"ctx-1"}'));
    });
    server.on('connection', (socket: Socket) => {
      accepted++;
      open.add(socket);
      socket.on('close', () => open.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/context/create`;
    try {
      const chosen = await chooseTransport({}, { keepAlive: { maxSockets: 2 } });
      expect(chosen.via).toMatch(/keep-alive/);
      await sendMany(chosen.transport, 5, false, url);
      expect(accepted).toBe(1);
      await sendMany(chosen.transport, 12, true, url);
      expect(accepted).toBeLessThanOrEqual(2);
      expect(open.size).toBeGreaterThan(0);
      await chosen.close();
      for (let i = 0; i < 100 && open.size > 0; i++) await new Promise((r) => setTimeout(r, 10));
      expect(open.size).toBe(0);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('a failure says how many attempts it took', async () => {
    gw.enqueue({ status: 503 }, { status: 502 }, { status: 500 });
    const e = await failure(send(options().opts));
    expect((e as { attempts?: number }).attempts).toBe(3);
    gw.enqueue({ status: 400 });
    expect(((await failure(send(options().opts))) as { attempts?: number }).attempts).toBe(1);
  });
});
