// The real client (node http transport) against the gateway emulator on 127.0.0.1: every retry
// and fail rule. Sleeps are recorded, not waited.
import { createServer } from 'node:net';
import { startGateway, type Gateway } from '../../emulator/gateway.js';
import { GatewayError, TransportError } from '../../src/errors.js';
import { createContextCache, type CacheRequest } from '../../src/gateway/create.js';
import { directTransport } from '../../src/gateway/direct.js';
import type { Messages } from '../../src/prompt/messages.js';

let gw: Gateway;
beforeAll(async () => {
  // The client's rules, not the size rules: the emulator's minimum cache size is off.
  gw = await startGateway({ apiKey: 'sk-test-key', minTokens: 0 });
});
afterAll(() => gw.close());
beforeEach(() => gw.reset());

const messages: Messages = [
  { role: 'system', content: 'You grade answers strictly.' },
  { role: 'user', content: '你好' }
];

function client(overrides: { endpoint?: string; apiKey?: string; timeoutMs?: number; maxAttempts?: number } = {}) {
  const sleeps: number[] = [];
  const log: string[] = [];
  const masked: string[] = [];
  const options = {
    mask: (id: string) => void masked.push(id),
    endpoint: `${gw.url}/v1/context/create`,
    apiKey: 'sk-test-key',
    timeoutMs: 2000,
    maxAttempts: 3,
    transport: directTransport,
    retry: { sleep: async (ms: number) => void sleeps.push(ms), random: () => 0.5, log: (m: string) => void log.push(m) },
    ...overrides
  };
  return {
    sleeps,
    log,
    masked,
    create: (req: Partial<CacheRequest> = {}) => createContextCache({ model: 'gemini-2.5-flash', messages, ...req }, options)
  };
}

async function failure(p: Promise<unknown>): Promise<Error> {
  return p.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: Error) => e
  );
}

describe('create, happy paths', () => {
  test('Gemini: the request is exactly what the gateway documents', async () => {
    const c = client();
    const cache = await c.create({ ttl: 300 });
    expect(cache.id).toMatch(/^projects\/\d+\/locations\/global\/cachedContents\/\d+$/);
    expect(cache).toMatchObject({ ttl: 300, attempts: 1 });
    expect(cache.usage).toMatchObject({ cache_creation_input_tokens: expect.any(Number) });
    expect(gw.requests).toHaveLength(1);
    const [req] = gw.requests;
    expect(req!.method).toBe('POST');
    expect(req!.path).toBe('/v1/context/create');
    expect(req!.headers).toMatchObject({
      'content-type': 'application/json',
      accept: 'application/json',
      authorization: 'Bearer sk-test-key'
    });
    expect(req!.body).toBe(JSON.stringify({ model: 'gemini-2.5-flash', messages, ttl: 300 }));
  });

  test('Doubao: mode and ttl are sent, and the response is read in its own shape', async () => {
    const cache = await client().create({ model: 'Doubao-1.5-pro-32k', ttl: 3600, mode: 'session' });
    expect(cache.id).toMatch(/^ctx-\d{14}-\d{5}$/);
    expect(cache).toMatchObject({ ttl: 3600, mode: 'session' });
    expect(cache.usage).toMatchObject({ prompt_tokens: expect.any(Number), prompt_tokens_details: { cached_tokens: 0 } });
    expect(gw.requests[0]!.json).toEqual({ model: 'Doubao-1.5-pro-32k', messages, mode: 'session', ttl: 3600 });
    expect(gw.caches.has(cache.id)).toBe(true);
  });
});

describe('a hostile or sloppy 2xx (issue 7, items 6 and 7)', () => {
  test('an id with usage: null, mode: null and "ttl": "3600" is a created cache, masked at once', async () => {
    gw.enqueue({ json: { id: 'ctx-20260101000000-00001', usage: null, mode: null, ttl: '3600' } });
    const c = client();
    const cache = await c.create({ model: 'Doubao-pro-32k' });
    expect(cache).toMatchObject({ id: 'ctx-20260101000000-00001', ttl: 3600, usage: undefined, mode: undefined, attempts: 1 });
    expect(c.masked).toEqual(['ctx-20260101000000-00001']);
    expect(cache.notes!.map((n) => n.level)).toEqual(['debug', 'debug', 'debug']);
  });

  test('ttl 1e308 and an unknown mode are set aside with warnings; the cache is kept', async () => {
    gw.enqueue({ json: { id: 'ctx-20260101000000-00002', ttl: 1e308, mode: '<b>x</b>' } });
    const cache = await client().create({ model: 'Doubao-pro-32k' });
    expect(cache.ttl).toBeUndefined();
    expect(cache.mode).toBeUndefined();
    expect(cache.notes!.filter((n) => n.level === 'warning')).toHaveLength(2);
  });

  test('an id with a line break inside is masked, then refused without being quoted', async () => {
    const id = 'ctx-1\nPATH=/tmp/evil';
    gw.enqueue({ json: { id, ttl: 3600 } });
    const c = client();
    const e = await failure(c.create({ model: 'Doubao-pro-32k' }));
    expect(c.masked).toEqual([id]);
    expect(e).toBeInstanceOf(GatewayError);
    expect(e.message).toMatch(
      /answered HTTP 200 with a cache id this action cannot hand on: it contains whitespace or control characters$/
    );
    expect(e.message).not.toContain('PATH');
    expect(gw.requests).toHaveLength(1);
  });
});

describe('retries', () => {
  test.each([408, 429, 500, 502, 503, 504])('HTTP %i is retried, then succeeds', async (status) => {
    gw.enqueue({ status });
    const c = client();
    const cache = await c.create();
    expect(cache.attempts).toBe(2);
    expect(gw.requests).toHaveLength(2);
    expect(c.log).toEqual([
      expect.stringMatching(new RegExp(`^attempt 1 of 3 failed: POST .* failed with HTTP ${status}: .*; retrying in 0\\.5 s$`))
    ]);
  });

  test('a 503 whose message holds workflow commands is logged escaped on the retry line', async () => {
    gw.enqueue({ status: 503, body: { error: { message: 'busy ##[stop-commands]x\n::add-mask::y' } } });
    const c = client();
    await c.create();
    expect(c.log).toHaveLength(1);
    expect(c.log[0]).toContain('HTTP 503: busy ## [stop-commands]x ::add-mask::y; retrying in');
    expect(c.log[0]).not.toMatch(/##\[|\n/);
  });

  test('Retry-After in seconds is honoured', async () => {
    gw.enqueue({ status: 429, retryAfter: 7 });
    const c = client();
    await c.create();
    expect(c.sleeps).toEqual([7000]);
  });

  test('Retry-After as an HTTP date is honoured', async () => {
    gw.enqueue({ status: 503, retryAfter: new Date(Date.now() + 20_000).toUTCString() });
    const c = client();
    await c.create();
    expect(c.sleeps[0]).toBeGreaterThan(17_000);
    expect(c.sleeps[0]).toBeLessThanOrEqual(20_000);
  });

  test('gives up after max-attempts with the last error', async () => {
    gw.enqueue({ status: 503 }, { status: 502 }, { status: 500 });
    const c = client();
    const e = await failure(c.create());
    expect(e).toBeInstanceOf(GatewayError);
    expect(e.message).toMatch(/HTTP 500/);
    expect(gw.requests).toHaveLength(3);
    expect(c.log).toHaveLength(2);
  });

  test('a connection reset before any response is retried', async () => {
    gw.enqueue({ reset: true });
    const c = client();
    expect((await c.create()).attempts).toBe(2);
    expect(c.log[0]).toMatch(/attempt 1 of 3 failed: POST .*: could not reach 127\.0\.0\.1:\d+: ECONNRESET/);
  });

  test('a hang is cut at the timeout and retried', async () => {
    gw.enqueue({ hang: true });
    const c = client({ timeoutMs: 300 });
    const started = Date.now();
    expect((await c.create()).attempts).toBe(2);
    // The hang lasts until the emulator closes: ending at all means the attempt was cut; ten
    // times the 0.3 s timeout (+ the recorded sleep, which is not waited) only a hang reaches.
    expect(Date.now() - started).toBeLessThan(10 * 300 + 2000);
    expect(c.log[0]).toMatch(/no response within 0\.3 s/);
  });

  test('connection refused is retried and ends in a one-line cause', async () => {
    const port = await closedPort();
    const c = client({ endpoint: `http://127.0.0.1:${port}/v1/context/create` });
    const e = await failure(c.create());
    expect(e).toBeInstanceOf(TransportError);
    expect(e.message).toBe(
      `POST http://127.0.0.1:${port}/v1/context/create: could not reach 127.0.0.1:${port}: ECONNREFUSED 127.0.0.1:${port}`
    );
    expect(e.message).not.toMatch(/\n|at .*\.js/);
    expect(c.log).toHaveLength(2);
  });
});

describe('fails at once', () => {
  test.each([
    [
      400,
      { ark: { code: 'InvalidParameter', message: 'ttl must be in [3600, 604800]', param: 'ttl' } },
      /HTTP 400: InvalidParameter \(BadRequest, param ttl\): ttl must be in/
    ],
    [401, { status: 401 }, /HTTP 401/],
    [
      403,
      { ark: { status: 403, code: 'OperationDenied.ServiceNotOpen', message: 'not open', type: 'Forbidden' } },
      /HTTP 403: OperationDenied\.ServiceNotOpen \(Forbidden\): not open/
    ],
    [
      404,
      { ark: { status: 404, code: 'InvalidEndpointOrModel.NotFound', message: 'no such model' } },
      /HTTP 404: InvalidEndpointOrModel\.NotFound/
    ],
    [
      400,
      {
        google: {
          message: 'Cached content is too small. total_token_count=416, min_total_token_count=4096',
          statusText: 'INVALID_ARGUMENT'
        }
      },
      /HTTP 400: INVALID_ARGUMENT: Cached content is too small/
    ]
  ] as const)('HTTP %i is not retried and shows the gateway’s own words', async (_status, fault, why) => {
    gw.enqueue(fault as never);
    const c = client();
    const e = await failure(c.create());
    expect(e).toBeInstanceOf(GatewayError);
    expect((e as GatewayError).describe()).toMatch(why);
    expect(e.message).toContain(`POST ${gw.url}/v1/context/create`);
    expect(gw.requests).toHaveLength(1);
    expect(c.log).toEqual([]);
  });

  test('a wrong key gets the 401 hint, and the key is not in the message', async () => {
    const e = (await failure(client({ apiKey: 'sk-wrong' }).create())) as GatewayError;
    expect(e.status).toBe(401);
    expect(e.describe()).toMatch(/Check api-key/);
    expect(e.describe()).not.toContain('sk-wrong');
  });

  test('a too-small cache says so plainly', async () => {
    gw.enqueue({
      google: { message: 'Cached content is too small. total_token_count=416, min_total_token_count=4096', statusText: 'INVALID_ARGUMENT' }
    });
    const e = (await failure(client().create())) as GatewayError;
    expect(e.message).toMatch(
      /^The gateway refused the cache: the prompt is too small to cache \(it counted 416 tokens and its minimum is 4096\)/
    );
    expect(e.hint).toMatch(/Add content to the prompt to reach 4096 tokens/);
  });

  test('an HTML error page shows a short excerpt, not the page', async () => {
    gw.enqueue({ html: true, status: 502 }, { html: true, status: 502 }, { html: true, status: 502 });
    const e = await failure(client().create());
    expect(e.message).toMatch(/HTTP 502: 502 Bad Gateway 502 Bad Gateway nginx$/);
    expect(e.message).not.toMatch(/</);
  });

  test('a 2xx without an id is a failure that shows what came back', async () => {
    gw.enqueue({ json: { error: { message: 'model quota exhausted', type: 'insufficient_quota' } } });
    const e = await failure(client().create());
    expect(e.message).toMatch(/answered HTTP 200 but with no cache id; the gateway said: insufficient_quota: model quota exhausted/);
    expect(gw.requests).toHaveLength(1);
  });

  test('a 2xx that is not JSON is a failure that says so, and never quotes the body', async () => {
    gw.enqueue({ status: 200, body: 'OK ctx-20260101000000-12345' });
    const e = await failure(client().create());
    expect(e.message).toMatch(/answered HTTP 200 with a body that is not JSON \(27 bytes\)$/);
    expect(e.message).not.toContain('ctx-');
  });

  test('a redirect is not followed, and the error says where it pointed', async () => {
    gw.enqueue({ redirect: 'http://elsewhere.example/v1/context/create' });
    const e = await failure(client().create());
    expect(e.message).toMatch(/HTTP 307, a redirect to http:\/\/elsewhere\.example\/v1\/context\/create; it was not followed/);
    expect(gw.requests).toHaveLength(1);
  });

  test('a body over 1 MiB is cut off', async () => {
    gw.enqueue({ bodyBytes: 3 * 1024 * 1024 });
    const e = await failure(client().create());
    expect(e).toBeInstanceOf(TransportError);
    expect(e.message).toMatch(/larger than 1024 KiB and was cut off/);
    expect(gw.requests).toHaveLength(1);
  });
});

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
