// The emulator's chat endpoints over real HTTP: Doubao's /v1/context/chat/completions and Gemini's
// /v1/chat/completions, the cached tokens they report, how a cache grows and expires. Answer
// rules, latency and connections are in emulator-answers.test.ts.

import { jest } from '@jest/globals';
import { defaultAnswer, estimateTokens, startGateway, type Gateway } from '../../emulator/gateway.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const KEY = 'sk-emulator-chat-key-0123456789';
const DOUBAO_CHAT = '/v1/context/chat/completions';
const GEMINI_CHAT = '/v1/chat/completions';
const system = (content: string) => ({ role: 'system', content });
const user = (content: string) => ({ role: 'user', content });

let gw: Gateway;
const extra: Gateway[] = [];

/** POSTs JSON with the key; the answer's status, headers and parsed body. */
async function post(path: string, body: unknown, base = gw.url, key = KEY) {
  const res = await fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify(body)
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: JSON.parse(text) as Json };
}

/** A cache's id, created on `g` (default: the shared gateway). */
async function createCache(body: object, g = gw): Promise<string> {
  const r = await post('/v1/context/create', body, g.url);
  expect(r.status).toBe(200);
  return r.json.id;
}

const doubao = (extra: object = {}) => ({
  model: 'Doubao-1.5-pro-32k',
  messages: [system('Please be a helpful assistant'), user('Hello')],
  ...extra
});
const gemini = { model: 'gemini-2.0-flash', messages: [system('You are a friendly support agent.')] };

function expectArk(r: { status: number; json: Json }, status: number, code: string, param: string) {
  expect(r.status).toBe(status);
  expect(r.json.error).toEqual({ code, message: expect.stringMatching(/ Request id: \w+$/), param, type: expect.any(String) });
}

beforeAll(async () => {
  gw = await startGateway({ apiKey: KEY, minTokens: 0 });
});
afterAll(() => gw.close());
beforeEach(() => gw.reset());
afterEach(async () => {
  await Promise.all(extra.splice(0).map((g) => g.close()));
});

describe('Doubao: /v1/context/chat/completions', () => {
  it('answers a chat.completion whose usage counts the cache as cached tokens', async () => {
    const created = await post('/v1/context/create', doubao());
    const cached: number = created.json.usage.prompt_tokens;
    const turn = [user('What can you do?')];
    const r = await post(DOUBAO_CHAT, { context_id: created.json.id, model: 'Doubao-1.5-pro-32k', messages: turn });
    const answer = defaultAnswer('What can you do?');
    const completion = Math.ceil(answer.length / 4);
    expect(r.status).toBe(200);
    expect(r.json).toEqual({
      id: expect.stringMatching(/^chatcmpl-[0-9a-f]{24}$/),
      object: 'chat.completion',
      created: expect.any(Number),
      model: 'Doubao-1.5-pro-32k',
      choices: [{ index: 0, message: { role: 'assistant', content: answer }, finish_reason: 'stop' }],
      usage: {
        prompt_tokens: cached + estimateTokens(turn),
        completion_tokens: completion,
        total_tokens: cached + estimateTokens(turn) + completion,
        prompt_tokens_details: { cached_tokens: cached }
      }
    });
  });

  it('session: each call appends its turn and the answer, so the next call has more cached', async () => {
    const id = await createCache(doubao({ mode: 'session' }));
    const first = gw.caches.get(id)!.tokens;
    const turn = [user('What can you do?')];
    await post(DOUBAO_CHAT, { context_id: id, model: 'doubao-1.5-pro-32k', messages: turn });
    const grown = first + estimateTokens([...turn, { content: defaultAnswer('What can you do?') }]);
    const again = await post(DOUBAO_CHAT, { context_id: id, model: 'Doubao-1.5-pro-32k', messages: turn });
    expect(again.json.usage.prompt_tokens_details.cached_tokens).toBe(grown);
    expect(gw.caches.get(id)!.messages.map((m) => m.role)).toEqual(['system', 'user', 'user', 'assistant', 'user', 'assistant']);
    expect((gw.requests[0]!.json as Json).messages).toHaveLength(2); // the record is not the cache
  });

  it('common_prefix: the cache does not grow', async () => {
    const id = await createCache(doubao({ mode: 'common_prefix' }));
    const body = { context_id: id, model: 'Doubao-1.5-pro-32k', messages: [user('Hi')] };
    const a = await post(DOUBAO_CHAT, body);
    const b = await post(DOUBAO_CHAT, body);
    expect(b.json.usage.prompt_tokens_details.cached_tokens).toBe(a.json.usage.prompt_tokens_details.cached_tokens);
    expect(gw.caches.get(id)!.messages).toHaveLength(2);
  });

  it('each use pushes the expiry a whole ttl forward', async () => {
    const id = await createCache(doubao({ ttl: 3600 }));
    gw.caches.get(id)!.expiresAt = Date.now() + 1000;
    await post(DOUBAO_CHAT, { context_id: id, model: 'Doubao-1.5-pro-32k', messages: [user('Hi')] });
    expect(gw.caches.get(id)!.expiresAt).toBeGreaterThan(Date.now() + 3500 * 1000);
  });

  it('context_id is required, the last message may not be assistant, tools are refused', async () => {
    const id = await createCache(doubao());
    const model = 'Doubao-1.5-pro-32k';
    expect((await post(DOUBAO_CHAT, { model, messages: [user('Hi')] })).json.error).toMatchObject({
      code: 'MissingParameter',
      param: 'context_id'
    });
    const last = await post(DOUBAO_CHAT, { context_id: id, model, messages: [user('Hi'), { role: 'assistant', content: 'x' }] });
    expect(last.json.error).toMatchObject({ code: 'InvalidParameter', param: 'messages' });
    const tools = await post(DOUBAO_CHAT, { context_id: id, model, messages: [user('Hi')], tools: [] });
    expect(tools.json.error).toMatchObject({ code: 'InvalidParameter', param: 'tools' });
  });

  it('refuses a model other than the one the cache was made with', async () => {
    const id = await createCache(doubao());
    const r = await post(DOUBAO_CHAT, { context_id: id, model: 'Doubao-pro-32k', messages: [user('Hi')] });
    expect(r.status).toBe(400);
    expect(r.json.error).toMatchObject({ code: 'InvalidParameter', param: 'model' });
  });

  it('needs the same auth', async () => {
    const id = await createCache(doubao());
    const r = await post(DOUBAO_CHAT, { context_id: id, model: 'Doubao-1.5-pro-32k', messages: [user('Hi')] }, gw.url, 'nope');
    expect(r.status).toBe(401);
    expect(r.json.error.code).toBe('invalid_api_key');
  });
});

describe('Gemini: /v1/chat/completions', () => {
  it('with context_id reports the cache as cached tokens, and the cache does not grow', async () => {
    const created = await post('/v1/context/create', gemini);
    const n: number = created.json.usage.cache_creation_input_tokens;
    const body = { context_id: created.json.id, model: 'gemini-2.0-flash', messages: [user('Hi')] };
    const r = await post(GEMINI_CHAT, body);
    expect(r.status).toBe(200);
    expect(r.json.usage).toMatchObject({ prompt_tokens: n + estimateTokens([user('Hi')]), prompt_tokens_details: { cached_tokens: n } });
    expect(r.json.choices[0].message.content).toBe('Emulated answer to: Hi');
    expect((await post(GEMINI_CHAT, body)).json.usage.prompt_tokens_details.cached_tokens).toBe(n);
  });

  it('without context_id is a plain chat with no cached tokens', async () => {
    const r = await post(GEMINI_CHAT, { model: 'gemini-2.0-flash', messages: [user('Hi')] });
    expect(r.status).toBe(200);
    expect(r.json.usage.prompt_tokens_details.cached_tokens).toBe(0);
  });

  it('refuses a context_id that is not a non-empty string', async () => {
    for (const context_id of [42, '']) {
      const r = await post(GEMINI_CHAT, { context_id, model: 'gemini-2.0-flash', messages: [user('Hi')] });
      expect(r.status).toBe(400);
      expect(r.json.error).toMatchObject({ code: 'InvalidParameter', param: 'context_id' });
    }
  });
});

describe('the default answer', () => {
  it('echoes the last user message, not the last message', async () => {
    const messages = [user('first question'), { role: 'assistant', content: 'an answer' }, user('second question')];
    const r = await post(GEMINI_CHAT, { model: 'gemini-2.5-flash', messages });
    expect(r.json.choices[0].message.content).toBe('Emulated answer to: second question');
    expect(defaultAnswer('second question')).toBe('Emulated answer to: second question');
  });

  it('has nothing to echo without a user message', async () => {
    const r = await post(GEMINI_CHAT, { model: 'gemini-2.5-flash', messages: [system('Be brief.')] });
    expect(r.json.choices[0].message.content).toBe('Emulated answer to: ');
  });
});

describe('sampling fields', () => {
  it('max_tokens cuts the answer to 4 characters a token, with finish_reason length', async () => {
    const r = await post(GEMINI_CHAT, { model: 'gemini-2.5-flash', messages: [user('a long question indeed')], max_tokens: 3 });
    expect(r.json.choices[0]).toMatchObject({ message: { content: 'Emulated ans' }, finish_reason: 'length' });
    expect(r.json.usage.completion_tokens).toBe(3);
    const roomy = await post(GEMINI_CHAT, { model: 'gemini-2.5-flash', messages: [user('Hi')], max_tokens: 1000, temperature: 0 });
    expect(roomy.json.choices[0].finish_reason).toBe('stop');
  });

  it.each([
    ['max_tokens', 0],
    ['max_tokens', 1.5],
    ['temperature', 2.5],
    ['temperature', '0'],
    ['stream', true]
  ])('refuses %s %p in the dialect of the model', async (field, value) => {
    const doubaoId = await createCache(doubao());
    const d = await post(DOUBAO_CHAT, { context_id: doubaoId, model: 'Doubao-1.5-pro-32k', messages: [user('Hi')], [field]: value });
    expectArk(d, 400, 'InvalidParameter', field);
    const g = await post(GEMINI_CHAT, { model: 'gemini-2.5-flash', messages: [user('Hi')], [field]: value });
    expect(g.status).toBe(400);
    expect(g.json.error).toEqual({ code: 400, message: expect.stringContaining(field), status: 'INVALID_ARGUMENT' });
  });
});

describe('an expired or unknown context', () => {
  const NOT_FOUND = 'The specified context_id does not exist or has expired.';

  it.each([DOUBAO_CHAT, GEMINI_CHAT])('%s: an unknown context_id gets the Ark 404, without the id', async (path) => {
    const r = await post(path, { context_id: 'ctx-20240101000000-00000', model: 'Doubao-pro-32k', messages: [user('Hi')] });
    expectArk(r, 404, 'InvalidParameter.ContextNotFound', 'context_id');
    expect(r.json.error.message).toMatch(new RegExp(`^${NOT_FOUND.replace(/\./g, '\\.')} Request id: `));
    expect(r.text).not.toContain('ctx-20240101000000-00000');
  });

  it('expire(id) ends one cache now: its next chat gets the 404 and it is gone', async () => {
    const [a, b] = [await createCache(gemini), await createCache(gemini)];
    expect(gw.expire(a)).toBe(1);
    const r = await post(GEMINI_CHAT, { context_id: a, model: 'gemini-2.0-flash', messages: [user('Hi')] });
    expectArk(r, 404, 'InvalidParameter.ContextNotFound', 'context_id');
    expect(r.text).not.toContain(a);
    expect(gw.caches.has(a)).toBe(false);
    expect((await post(GEMINI_CHAT, { context_id: b, model: 'gemini-2.0-flash', messages: [user('Hi')] })).status).toBe(200);
    expect(gw.expire('no-such-id')).toBe(0);
  });

  it('expire() ends every cache', async () => {
    const ids = [await createCache(gemini), await createCache(doubao())];
    expect(gw.expire()).toBe(2);
    expect((await post(DOUBAO_CHAT, { context_id: ids[1], model: 'Doubao-1.5-pro-32k', messages: [user('Hi')] })).status).toBe(404);
  });

  it('expireAfterMs: every cache lapses that long after creation, however often it is used', async () => {
    // The emulator's clock is Date.now(): held still and moved by hand (timers stay real, so HTTP
    // works), the use at 299 ms and the lapse at 300 ms are checked without a race.
    jest.useFakeTimers({
      doNotFake: [
        'nextTick',
        'setImmediate',
        'clearImmediate',
        'setTimeout',
        'clearTimeout',
        'setInterval',
        'clearInterval',
        'queueMicrotask',
        'hrtime',
        'performance'
      ]
    });
    try {
      const g = await startGateway({ apiKey: KEY, expireAfterMs: 300 });
      extra.push(g);
      const id = await createCache(doubao({ ttl: 86400 }), g);
      const cache = g.caches.get(id)!;
      expect(cache.createdAt).toBe(Date.now());
      expect(cache.expiresAt).toBe(cache.createdAt + 300);
      const body = { context_id: id, model: 'Doubao-1.5-pro-32k', messages: [user('Hi')] };
      jest.setSystemTime(cache.createdAt + 299);
      expect((await post(DOUBAO_CHAT, body, g.url)).status).toBe(200);
      expect(cache.expiresAt).toBe(cache.createdAt + 300); // use does not push it past the deadline
      jest.setSystemTime(cache.createdAt + 300);
      expectArk(await post(DOUBAO_CHAT, body, g.url), 404, 'InvalidParameter.ContextNotFound', 'context_id');
    } finally {
      jest.useRealTimers();
    }
  });
});
