// The gateway emulator, driven over real HTTP with the global fetch: each rule of the seeds'
// contract for creating a cache and each fault has a test that fails if the emulator stops doing
// it. The chat endpoints are in emulator-chat.test.ts, the command line in emulator-cli.test.ts.

import { defaultMinTokens, estimateTokens, startGateway, type Gateway, type GatewayOptions } from '../../emulator/gateway.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: Json;
}

const KEY = 'sk-emulator-test-key-0123456789';
const GEMINI_ID = /^projects\/37021971161\/locations\/global\/cachedContents\/[1-9]\d{18}$/;
const DOUBAO_ID = /^ctx-\d{14}-\d{5}$/;
const REQUEST_ID = / Request id: \w+$/;

const system = (content: string) => ({ role: 'system', content });
const user = (content: string) => ({ role: 'user', content });

let gw: Gateway;
const extra: Gateway[] = [];

/** A gateway with other options, closed after the test. */
async function another(options: GatewayOptions): Promise<Gateway> {
  const g = await startGateway(options);
  extra.push(g);
  return g;
}

async function call(
  path: string,
  body: unknown,
  { base = gw.url, key = KEY as string | null, headers = {} as Record<string, string>, method = 'POST' } = {}
): Promise<Reply> {
  const h: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json',
    ...headers
  };
  if (key !== null) h.authorization = `Bearer ${key}`;
  const init: RequestInit = { method, headers: h };
  if (method !== 'GET' && method !== 'HEAD') init.body = typeof body === 'string' ? body : JSON.stringify(body);
  const res = await fetch(base + path, init);
  const text = await res.text();
  let json: Json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  // Every JSON answer says so.
  if (json !== undefined) expect(res.headers.get('content-type')).toBe('application/json');
  return { status: res.status, headers: res.headers, text, json };
}

const create = (body: unknown, opts?: Parameters<typeof call>[2]) => call('/v1/context/create', body, opts);

const gemini = (extra: object = {}) => ({
  model: 'gemini-2.0-flash',
  messages: [system('You are a friendly support agent.'), user('Hello')],
  ...extra
});
const doubao = (extra: object = {}) => ({
  model: 'Doubao-1.5-pro-32k',
  messages: [system('Please be a helpful assistant'), user('Hello')],
  ...extra
});

function expectOpenAI(r: Reply, status: number, code?: string) {
  expect(r.status).toBe(status);
  expect(Object.keys(r.json.error).sort()).toEqual(['code', 'message', 'type']);
  expect(typeof r.json.error.message).toBe('string');
  expect(typeof r.json.error.type).toBe('string');
  if (code !== undefined) expect(r.json.error.code).toBe(code);
}
function expectArk(r: Reply, status: number, code: string, param?: string) {
  expect(r.status).toBe(status);
  expect(r.json.error.code).toBe(code);
  expect(r.json.error.message).toMatch(REQUEST_ID);
  expect(typeof r.json.error.type).toBe('string');
  if (param === undefined) expect(r.json.error).not.toHaveProperty('param');
  else expect(r.json.error.param).toBe(param);
}
function expectGoogle(r: Reply, status: number, statusText = 'INVALID_ARGUMENT') {
  expect(r.status).toBe(status);
  expect(r.json).toEqual({
    error: { code: status, message: expect.any(String), status: statusText }
  });
}

beforeAll(async () => {
  // Most tests here are about shapes, not sizes: no minimum. The minimum's own tests start
  // gateways with the defaults.
  gw = await startGateway({ apiKey: KEY, minTokens: 0 });
});
afterAll(async () => {
  await gw.close();
});
beforeEach(() => gw.reset());
afterEach(async () => {
  await Promise.all(extra.splice(0).map((g) => g.close()));
});

describe('startGateway', () => {
  it('listens on 127.0.0.1 with an ephemeral port and a URL without trailing slash', () => {
    expect(gw.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(gw.url.endsWith(':0')).toBe(false);
  });

  it('rejects bad options', async () => {
    await expect(startGateway({ port: -1 })).rejects.toThrow(TypeError);
    await expect(startGateway({ apiKey: '' })).rejects.toThrow(TypeError);
    await expect(startGateway({ minTokens: 1.5 })).rejects.toThrow(TypeError);
    await expect(startGateway({ latencyMs: -1 })).rejects.toThrow(TypeError);
    await expect(startGateway({ expireAfterMs: Number.NaN })).rejects.toThrow(TypeError);
    await expect(startGateway({ answers: {} as never })).rejects.toThrow(/answers must be an array/);
  });

  it('records every request in order with lower-cased headers, raw body and parsed JSON', async () => {
    const before = Date.now();
    await create(gemini(), { headers: { 'X-Trace': 'abc' } });
    await call('/nope?x=1', 'not json');
    expect(gw.requests).toHaveLength(2);
    const [first, second] = gw.requests;
    expect(first).toMatchObject({ method: 'POST', path: '/v1/context/create', json: gemini() });
    expect(first?.body).toBe(JSON.stringify(gemini()));
    expect(first?.headers['x-trace']).toBe('abc');
    expect(first?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(first?.at).toBeGreaterThanOrEqual(before);
    expect(second).toMatchObject({ path: '/nope?x=1', body: 'not json', json: undefined });
  });

  it('reset() clears requests, caches and queued faults, keeping the same objects', async () => {
    const { requests, caches } = gw;
    await create(gemini());
    gw.enqueue({ status: 500 });
    expect(gw.pendingFaults).toBe(1);
    gw.reset();
    expect(gw.requests).toBe(requests);
    expect(gw.caches).toBe(caches);
    expect(requests).toHaveLength(0);
    expect(caches.size).toBe(0);
    expect(gw.pendingFaults).toBe(0);
    expect((await create(gemini())).status).toBe(200);
  });

  it('close() is idempotent and the server stops answering', async () => {
    const g = await startGateway();
    await g.close();
    await g.close();
    await expect(fetch(g.url + '/v1/context/create', { method: 'POST' })).rejects.toThrow();
  });
});

describe('create: Gemini', () => {
  it('answers in the seed shape with the estimated tokens, and stores the cache', async () => {
    const body = gemini({ ttl: 300 });
    const r = await create(body);
    const n = estimateTokens(body.messages);
    expect(n).toBe(Math.ceil(33 / 4) + 4 + Math.ceil(5 / 4) + 4);
    expect(r.status).toBe(200);
    expect(r.json).toEqual({
      id: expect.stringMatching(GEMINI_ID),
      ttl: 300,
      usage: {
        prompt_tokens: n,
        completion_tokens: 0,
        total_tokens: 0,
        cache_creation_input_tokens: n
      }
    });
    expect(gw.caches.get(r.json.id)).toMatchObject({
      model: 'gemini-2.0-flash',
      ttl: 300,
      tokens: n,
      messages: body.messages
    });
    expect(gw.caches.get(r.json.id)?.mode).toBeUndefined();
  });

  it('defaults ttl to 3600, ignores mode, and matches the family case-insensitively', async () => {
    const r = await create({ ...gemini({ mode: 'whatever' }), model: 'GEMINI-2.5-Pro' });
    expect(r.status).toBe(200);
    expect(r.json.ttl).toBe(3600);
    expect(r.json.id).toMatch(GEMINI_ID);
  });

  it.each([0, -5, 1.5, '300', null])('rejects ttl %p in the Google shape', async (ttl) => {
    const r = await create(gemini({ ttl }));
    expectGoogle(r, 400);
    expect(r.json.error.message).toContain('ttl');
    expect(gw.caches.size).toBe(0);
  });

  it('rejects a cache below minTokens like upstream, and accepts one above it', async () => {
    const g = await another({ minTokens: 1000 });
    const small = gemini();
    const n = estimateTokens(small.messages);
    const r = await create(small, { base: g.url });
    expectGoogle(r, 400);
    expect(r.json.error.message).toBe(`Cached content is too small. total_token_count=${n}, min_total_token_count=1000`);
    expect(g.caches.size).toBe(0);
    const big = await create(gemini({ messages: [system('a'.repeat(4000))] }), { base: g.url });
    expect(big.status).toBe(200);
    expect(big.json.usage.prompt_tokens).toBe(1004);
  });
});

describe('create: the minimum size, by default as the seeds give it', () => {
  /** One system message the emulator estimates at exactly n tokens: ceil(chars / 4) + 4. */
  const sized = (n: number) => [system('x'.repeat((n - 4) * 4))];

  it.each([
    ['gemini-2.5-flash', 1024],
    ['gemini-2.0-flash', 1024],
    ['gemini-3-pro-preview', 4096],
    ['Gemini-3-Flash', 4096]
  ])('%s: minimum %p tokens; one below is refused like upstream, exactly it is taken', async (model, minimum) => {
    const g = await another({ apiKey: KEY });
    expect(defaultMinTokens(model)).toBe(minimum);
    expect(estimateTokens(sized(minimum))).toBe(minimum);
    const small = await create({ model, messages: sized(minimum - 1) }, { base: g.url });
    expectGoogle(small, 400);
    expect(small.json.error.message).toBe(
      `Cached content is too small. total_token_count=${minimum - 1}, min_total_token_count=${minimum}`
    );
    expect(g.caches.size).toBe(0);
    const enough = await create({ model, messages: sized(minimum) }, { base: g.url });
    expect(enough.status).toBe(200);
    expect(enough.json.usage.prompt_tokens).toBe(minimum);
  });

  it('Doubao and unknown models have none by default', async () => {
    const g = await another({ apiKey: KEY });
    expect([defaultMinTokens('Doubao-pro-32k'), defaultMinTokens('mistral-large')]).toEqual([0, 0]);
    expect((await create(doubao(), { base: g.url })).status).toBe(200);
    expect((await create({ ...gemini(), model: 'mistral-large' }, { base: g.url })).status).toBe(200);
  });

  it('minTokens 0 turns it off; another value replaces it, for unknown models too', async () => {
    const off = await another({ apiKey: KEY, minTokens: 0 });
    expect((await create({ ...gemini(), model: 'gemini-3-pro-preview' }, { base: off.url })).status).toBe(200);
    const low = await another({ apiKey: KEY, minTokens: 10 });
    expect((await create({ model: 'gemini-3-pro-preview', messages: sized(10) }, { base: low.url })).status).toBe(200);
    const unknown = await create({ model: 'mistral-large', messages: sized(9) }, { base: low.url });
    expectOpenAI(unknown, 400);
    expect(unknown.json.error.message).toContain('min_total_token_count=10');
  });
});

describe('create: Doubao', () => {
  it('answers exactly in the seed shape', async () => {
    const body = doubao({ mode: 'session', ttl: 3600 });
    const r = await create(body);
    const n = estimateTokens(body.messages);
    expect(r.status).toBe(200);
    expect(r.json).toEqual({
      id: expect.stringMatching(DOUBAO_ID),
      ttl: 3600,
      truncation_strategy: { type: 'rolling_tokens', rolling_tokens: true },
      usage: {
        prompt_tokens: n,
        completion_tokens: 0,
        total_tokens: n,
        prompt_tokens_details: { cached_tokens: 0 }
      },
      mode: 'session'
    });
    expect(Object.keys(r.json)).toEqual(['id', 'ttl', 'truncation_strategy', 'usage', 'mode']);
    expect(gw.caches.get(r.json.id)).toMatchObject({
      model: body.model,
      ttl: 3600,
      mode: 'session',
      messages: body.messages
    });
  });

  it('defaults ttl to 86400 and mode to session; echoes common_prefix', async () => {
    const r = await create({ ...doubao(), model: 'doubao-pro-32k' });
    expect(r.json).toMatchObject({ ttl: 86400, mode: 'session' });
    const p = await create(doubao({ mode: 'common_prefix' }));
    expect(p.json.mode).toBe('common_prefix');
    expect(gw.caches.get(p.json.id)?.mode).toBe('common_prefix');
  });

  it.each([3600, 604800])('accepts ttl %p (the bounds)', async (ttl) => {
    expect((await create(doubao({ ttl }))).json.ttl).toBe(ttl);
  });

  it.each([3599, 604801, 7200.5, '3600', 0])('rejects ttl %p with Ark InvalidParameter param ttl', async (ttl) => {
    expectArk(await create(doubao({ ttl })), 400, 'InvalidParameter', 'ttl');
    expect(gw.caches.size).toBe(0);
  });

  it.each(['Session', 'prefix', 1])('rejects mode %p with Ark InvalidParameter param mode', async (mode) => {
    expectArk(await create(doubao({ mode })), 400, 'InvalidParameter', 'mode');
  });

  it('is not subject to minTokens', async () => {
    const g = await another({ minTokens: 100000 });
    expect((await create(doubao(), { base: g.url })).status).toBe(200);
  });
});

describe('create: unknown models', () => {
  it('are treated like Gemini by default', async () => {
    const r = await create({ ...gemini({ ttl: 120 }), model: 'claude-sonnet-4' });
    expect(r.status).toBe(200);
    expect(r.json.id).toMatch(GEMINI_ID);
    expect(r.json.ttl).toBe(120);
  });

  it('get 404 InvalidEndpointOrModel.NotFound with knownModelsOnly', async () => {
    const g = await another({ knownModelsOnly: true, minTokens: 0 });
    const r = await create({ ...gemini(), model: 'gpt-4o' }, { base: g.url });
    expectArk(r, 404, 'InvalidEndpointOrModel.NotFound');
    expect(r.json.error.message).toContain('gpt-4o');
    expect((await create(gemini(), { base: g.url })).status).toBe(200);
  });

  it('get OpenAI-shaped validation errors', async () => {
    const r = await create({ model: 'mystery-1', messages: [user('')] });
    expectOpenAI(r, 400);
    expect(r.json.error.message).toContain('messages[0].content');
  });
});

describe('create: body validation', () => {
  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['not a string', 42]
  ])('model %s → 400 OpenAI shape naming model', async (_, model) => {
    const r = await create({ ...gemini(), model });
    expectOpenAI(r, 400);
    expect(r.json.error.message).toContain('model');
  });

  const badMessages: Array<[string, unknown, string]> = [
    ['missing', undefined, 'messages'],
    ['empty', [], 'messages'],
    ['not an array', 'hi', 'messages'],
    ['an item not an object', [user('a'), 'b'], 'messages[1]'],
    ['a bad role', [system('a'), { role: 'tool', content: 'b' }], 'messages[1].role'],
    ['a missing role', [{ content: 'b' }], 'messages[0].role'],
    ['empty content', [system('a'), user('b'), user('')], 'messages[2].content'],
    ['non-string content', [{ role: 'user', content: [{ type: 'text', text: 'x' }] }], 'messages[0].content']
  ];

  it.each(badMessages)('messages %s → Ark 400 for Doubao naming %s', async (_, messages, field) => {
    const r = await create({ ...doubao(), messages });
    expectArk(r, 400, messages === undefined ? 'MissingParameter' : 'InvalidParameter', field);
    expect(r.json.error.message).toContain(field);
  });

  it.each(badMessages)('messages %s → Google 400 for Gemini naming %s', async (_, messages, field) => {
    const r = await create({ ...gemini(), messages });
    expectGoogle(r, 400);
    expect(r.json.error.message).toContain(field);
  });

  it('checks the model before the messages', async () => {
    const r = await create({ messages: [] });
    expectOpenAI(r, 400, 'missing_required_parameter');
    expect(r.json.error.message).toContain('model');
  });
});

describe('HTTP rules', () => {
  it('401 without Authorization, in the OpenAI shape', async () => {
    const r = await create(gemini(), { key: null });
    expect(r.status).toBe(401);
    expect(r.json).toEqual({
      error: {
        message: expect.stringContaining('Invalid API key'),
        type: 'invalid_request_error',
        code: 'invalid_api_key'
      }
    });
  });

  it('401 for a wrong key, without echoing it', async () => {
    const r = await create(gemini(), { key: 'sk-wrong-secret-987' });
    expectOpenAI(r, 401, 'invalid_api_key');
    expect(r.text).not.toContain('sk-wrong-secret-987');
    expect(r.text).not.toContain(KEY);
  });

  it.each([['Basic dXNlcjpwYXNz'], ['Bearer'], ['Bearer    '], [KEY]])('401 for Authorization %p', async (value) => {
    const r = await create(gemini(), { key: null, headers: { authorization: value } });
    expectOpenAI(r, 401, 'invalid_api_key');
  });

  it('checks auth before the body', async () => {
    expectOpenAI(await create('{nope', { key: 'wrong' }), 401, 'invalid_api_key');
  });

  it('without apiKey accepts any non-empty bearer token, and still rejects none', async () => {
    const g = await another({ minTokens: 0 });
    expect((await create(gemini(), { base: g.url, key: 'anything' })).status).toBe(200);
    expect((await create(gemini(), { base: g.url, key: null })).status).toBe(401);
  });

  it('accepts a lower-case bearer scheme', async () => {
    const r = await create(gemini(), { key: null, headers: { authorization: `bearer ${KEY}` } });
    expect(r.status).toBe(200);
  });

  it.each([['text/plain'], ['application/x-www-form-urlencoded']])('415 for Content-Type %s', async (type) => {
    expectOpenAI(await create(gemini(), { headers: { 'content-type': type } }), 415, 'unsupported_media_type');
  });

  it('415 without a Content-Type', async () => {
    const res = await fetch(gw.url + '/v1/context/create', {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}` },
      body: new Blob([JSON.stringify(gemini())])
    });
    expect(res.status).toBe(415);
    await res.text();
  });

  it('accepts application/json with a charset', async () => {
    const r = await create(gemini(), {
      headers: { 'content-type': 'Application/JSON; charset=utf-8' }
    });
    expect(r.status).toBe(200);
  });

  it.each([['{"model":'], [''], ['[1,2]'], ['"text"'], ['null']])('400 OpenAI shape for body %p', async (body) => {
    expectOpenAI(await create(body), 400, 'invalid_json');
  });

  it('404 OpenAI shape for another path', async () => {
    for (const path of ['/v1/context', '/v1/models', '/constructor', '/__proto__', '/v1/context/create/']) {
      const r = await call(path, gemini());
      expectOpenAI(r, 404, 'unknown_url');
      expect(r.json.error.message).toContain(path);
    }
  });

  it('405 with Allow: POST for another method', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const r = await call('/v1/context/create', gemini(), { method });
      expectOpenAI(r, 405, 'method_not_allowed');
      expect(r.headers.get('allow')).toBe('POST');
    }
  });

  it('ignores a query string on a known path', async () => {
    expect((await call('/v1/context/create?debug=1', gemini())).status).toBe(200);
  });
});

describe('faults', () => {
  it('are taken one per request, first in first out, then normal handling resumes', async () => {
    gw.enqueue({ status: 503 }, { status: 429 });
    expect(gw.pendingFaults).toBe(2);
    expect((await create(gemini())).status).toBe(503);
    expect(gw.pendingFaults).toBe(1);
    expect((await create(gemini())).status).toBe(429);
    expect((await create(gemini())).status).toBe(200);
    expect(gw.requests).toHaveLength(3);
    expect(gw.caches.size).toBe(1);
  });

  it('apply whatever the path, auth or body', async () => {
    gw.enqueue({ status: 502 });
    expect((await call('/anything', 'x', { key: null, method: 'PUT' })).status).toBe(502);
  });

  it('status: default OpenAI error body, Retry-After, extra headers', async () => {
    gw.enqueue({ status: 503, retryAfter: 7, headers: { 'X-Upstream': 'ark' } });
    const r = await create(gemini());
    expectOpenAI(r, 503, 'service_unavailable');
    expect(r.json.error.type).toBe('server_error');
    expect(r.headers.get('retry-after')).toBe('7');
    expect(r.headers.get('x-upstream')).toBe('ark');
    expect(gw.caches.size).toBe(0);
  });

  it('status: an object body is sent as JSON, a string body verbatim', async () => {
    gw.enqueue({ status: 500, body: { oops: true } }, { status: 500, body: 'upstream exploded' });
    expect((await create(gemini())).json).toEqual({ oops: true });
    const text = await create(gemini());
    expect(text.text).toBe('upstream exploded');
    expect(text.headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it('html: a proxy error page', async () => {
    gw.enqueue({ html: true }, { html: true, status: 504 });
    const r = await create(gemini());
    expect(r.status).toBe(502);
    expect(r.headers.get('content-type')).toBe('text/html');
    expect(r.text).toBe(
      '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>'
    );
    const t = await create(gemini());
    expect(t.status).toBe(504);
    expect(t.text).toContain('<title>504 Gateway Timeout</title>');
  });

  it('hang: no response until the client gives up', async () => {
    gw.enqueue({ hang: true });
    const started = Date.now();
    await expect(
      fetch(gw.url + '/v1/context/create', {
        method: 'POST',
        body: '{}',
        signal: AbortSignal.timeout(300)
      })
    ).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(gw.requests).toHaveLength(1);
    expect((await create(gemini())).status).toBe(200);
  });

  it('hang: close() destroys the hanging socket', async () => {
    const g = await startGateway();
    g.enqueue({ hang: true });
    const pending = fetch(g.url + '/v1/context/create', { method: 'POST', body: '{}' });
    const outcome = pending.then(
      () => 'answered',
      () => 'failed'
    );
    await waitFor(() => g.requests.length === 1 && g.requests[0]?.body === '{}');
    await g.close();
    await expect(outcome).resolves.toBe('failed');
  });

  it('reset: the connection drops without a response', async () => {
    gw.enqueue({ reset: true });
    const err: unknown = await fetch(gw.url + '/v1/context/create', {
      method: 'POST',
      body: '{}'
    }).then(
      () => undefined,
      (e: unknown) => e
    );
    // fetch's TypeError comes from another realm than jest's, so compare by name.
    expect((err as Error).name).toBe('TypeError');
    const cause = (err as { cause?: { code?: string } }).cause;
    expect(['ECONNRESET', 'UND_ERR_SOCKET']).toContain(cause?.code);
    expect(gw.requests).toHaveLength(1);
    expect((await create(gemini())).status).toBe(200);
  });

  it('delayMs: handled normally, late', async () => {
    gw.enqueue({ delayMs: 300 });
    const started = Date.now();
    const r = await create(gemini());
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    expect(r.status).toBe(200);
    expect(gw.caches.size).toBe(1);
  });

  it('delayMs with another fault: that fault, late', async () => {
    gw.enqueue({ delayMs: 200, status: 503 });
    const started = Date.now();
    expect((await create(gemini())).status).toBe(503);
    expect(Date.now() - started).toBeGreaterThanOrEqual(180);
  });

  it('redirect: 307 (or the given status) with Location, nothing created', async () => {
    const to = 'http://other.example/v1/context/create';
    gw.enqueue({ redirect: to }, { redirect: to, status: 301 });
    for (const status of [307, 301]) {
      const res = await fetch(gw.url + '/v1/context/create', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
        body: JSON.stringify(gemini()),
        redirect: 'manual'
      });
      expect(res.status).toBe(status);
      expect(res.headers.get('location')).toBe(to);
      await res.text();
    }
    expect(gw.caches.size).toBe(0);
  });

  it('drip: headers at once, then the body slowly', async () => {
    // Slowly: four chunks 100 ms apart take at least 300 ms after the first (a lower bound: load
    // only makes it later).
    gw.enqueue({ drip: { chunk: 'x', intervalMs: 100, chunks: 4 } });
    const started = Date.now();
    const res = await fetch(gw.url + '/v1/context/create', { method: 'POST', body: '{}' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.text()).toBe('xxxx');
    expect(Date.now() - started).toBeGreaterThanOrEqual(380);
    // Headers at once: with a body that would take 14 hours, the headers still arrive, and the
    // body is still coming when they do (ordering, not a race with the clock).
    gw.enqueue({ drip: { chunk: 'x', intervalMs: 50, chunks: 1_000_000 } });
    const endless = await fetch(gw.url + '/v1/context/create', { method: 'POST', body: '{}' });
    expect(endless.status).toBe(200);
    expect(endless.headers.get('content-type')).toBe('application/json');
    const reader = endless.body!.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    expect(new TextDecoder().decode(first.value)).toMatch(/^x+$/);
    await reader.cancel();
  });

  it('drip: an endless drip can be abandoned and closed', async () => {
    const g = await another({});
    g.enqueue({ drip: { chunk: '{', intervalMs: 50, chunks: 1_000_000 } });
    const res = await fetch(g.url + '/v1/context/create', { method: 'POST', body: '{}' });
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toMatch(/^\{+$/);
    await reader.cancel();
  });

  it('bodyBytes: exactly N bytes of parseable JSON, streamed without Content-Length', async () => {
    const n = 3 * 1024 * 1024 + 17;
    gw.enqueue({ bodyBytes: n });
    const res = await fetch(gw.url + '/v1/context/create', { method: 'POST', body: '{}' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBeNull();
    expect(res.headers.get('transfer-encoding')).toBe('chunked');
    let chunks = 0;
    let bytes = 0;
    const parts: Uint8Array[] = [];
    for await (const part of res.body as unknown as AsyncIterable<Uint8Array>) {
      chunks += 1;
      bytes += part.byteLength;
      parts.push(part);
    }
    expect(bytes).toBe(n);
    expect(chunks).toBeGreaterThan(1);
    const parsed = JSON.parse(Buffer.concat(parts).toString('utf8'));
    expect(parsed.id).toMatch(DOUBAO_ID);
  });

  it.each([0, 1, 10, 100])('bodyBytes: %p bytes, with Content-Length when asked', async (n) => {
    gw.enqueue({ bodyBytes: n, contentLength: true });
    const r = await call('/v1/context/create', {});
    expect(r.headers.get('content-length')).toBe(String(n));
    expect(Buffer.byteLength(r.text)).toBe(n);
    if (n >= 2) expect(() => JSON.parse(r.text)).not.toThrow();
  });

  it('json: exactly that JSON, e.g. a 200 carrying an error and no id', async () => {
    const body = {
      error: { message: 'quota exceeded', type: 'insufficient_quota', code: 'insufficient_quota' }
    };
    gw.enqueue({ json: body }, { json: { id: 'x' }, status: 201 });
    const r = await create(gemini());
    expect(r.status).toBe(200);
    expect(r.text).toBe(JSON.stringify(body));
    expect((await create(gemini())).status).toBe(201);
    expect(gw.caches.size).toBe(0);
  });

  it('ark: the Ark error shape', async () => {
    gw.enqueue(
      {
        ark: {
          status: 400,
          code: 'InvalidParameter',
          message: 'The parameter `ttl` is invalid.',
          param: 'ttl'
        }
      },
      {
        ark: {
          status: 429,
          code: 'RateLimitExceeded.EndpointRPMExceeded',
          message: 'Too many. Request id: 42'
        },
        retryAfter: '2'
      },
      { ark: { status: 503 } }
    );
    const r = await create(doubao());
    expectArk(r, 400, 'InvalidParameter', 'ttl');
    expect(r.json.error.type).toBe('BadRequest');
    expect(r.json.error.message).toMatch(/^The parameter `ttl` is invalid\. Request id: \w+$/);
    const limited = await create(doubao());
    expect(limited.json).toEqual({
      error: {
        code: 'RateLimitExceeded.EndpointRPMExceeded',
        message: 'Too many. Request id: 42',
        type: 'TooManyRequests'
      }
    });
    expect(limited.headers.get('retry-after')).toBe('2');
    expectArk(await create(doubao()), 503, 'ServiceUnavailable');
  });

  it('google: the Google error shape', async () => {
    gw.enqueue(
      { google: { status: 400, message: 'Cached content is too small.' } },
      { google: { status: 503, message: 'The model is overloaded.' } },
      { google: { status: 429, code: 8, message: 'Quota', statusText: 'RESOURCE_EXHAUSTED' } }
    );
    const r = await create(gemini());
    expect(r.json).toEqual({
      error: { code: 400, message: 'Cached content is too small.', status: 'INVALID_ARGUMENT' }
    });
    expectGoogle(await create(gemini()), 503, 'UNAVAILABLE');
    const q = await create(gemini());
    expect(q.status).toBe(429);
    expect(q.json).toEqual({ error: { code: 8, message: 'Quota', status: 'RESOURCE_EXHAUSTED' } });
  });

  it('google: a string status is taken as the Google status name', async () => {
    gw.enqueue({ google: { status: 'UNAVAILABLE', code: 503, message: 'busy' } });
    const r = await create(gemini());
    expect(r.status).toBe(503);
    expect(r.json).toEqual({ error: { code: 503, message: 'busy', status: 'UNAVAILABLE' } });
  });

  it('enqueue() refuses a malformed fault and queues none of the batch', () => {
    const bad: unknown[] = [{}, { hang: true, reset: true }, { status: 'x' }, { bodyBytes: -1 }, { delayMs: -5 }, null];
    for (const fault of bad) {
      expect(() => gw.enqueue({ status: 500 }, fault as never)).toThrow(TypeError);
    }
    expect(gw.pendingFaults).toBe(0);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
