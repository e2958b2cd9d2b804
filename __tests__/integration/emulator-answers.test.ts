// What the emulated model answers (answer rules, e.g. how an LLM grader answers), how late it
// answers (latency), and how many TCP connections clients opened to get it, over real HTTP.

import { Agent, request } from 'node:http';
import { startGateway, type AnswerRule, type Gateway } from '../../emulator/gateway.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const KEY = 'sk-emulator-answers-key-0123456789';
const user = (content: string) => ({ role: 'user', content });

let gw: Gateway;
const extra: Gateway[] = [];

/** POSTs JSON with the key; the answer's status, headers and parsed body. */
async function post(path: string, body: unknown, base = gw.url) {
  const res = await fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
    body: JSON.stringify(body)
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: JSON.parse(text) as Json };
}

/** One Gemini chat turn; the whole answer. */
const ask = (content: string, model = 'gemini-2.5-flash', base = gw.url) =>
  post('/v1/chat/completions', { model, messages: [{ role: 'system', content: 'Grade.' }, user(content)] }, base);
const said = async (content: string, model?: string) => (await ask(content, model)).json.choices[0].message.content;

beforeAll(async () => {
  gw = await startGateway({ apiKey: KEY });
});
afterAll(() => gw.close());
beforeEach(() => gw.reset());
afterEach(async () => {
  await Promise.all(extra.splice(0).map((g) => g.close()));
});

describe('answer rules', () => {
  it('match the last user message by substring (case-sensitive) or /regex/flags; the first match wins', async () => {
    gw.setAnswers([
      { match: 'refund', reply: 'R1' },
      { match: '/REFUND|return/i', reply: 'R2' },
      { match: 'refund', reply: 'never: the first rule takes these' }
    ]);
    expect(await said('I want a refund')).toBe('R1');
    expect(await said('A Refund, please')).toBe('R2');
    expect(await said('RETURN it')).toBe('R2');
    expect(await said('hello')).toBe('Emulated answer to: hello');
  });

  it('look at the last user message only, not the system prompt or the cache', async () => {
    gw.setAnswers([{ match: 'Grade', reply: 'matched the system prompt' }]);
    expect(await said('hello')).toBe('Emulated answer to: hello');
  });

  it('say how an LLM grader answers: a verdict as JSON, a failing one, an unparsable one', async () => {
    gw.setAnswers([
      { match: '/criterion: (polite|concise)/', reply: { pass: true, score: 0.9, reason: 'meets it' } },
      { match: 'criterion: cites sources', reply: { pass: false, score: 0.2, reason: 'no sources' } },
      { match: 'criterion:', reply: 'I think it is fine?' }
    ]);
    const verdict = async (criterion: string) => said(`Grade the answer below.\ncriterion: ${criterion}\nanswer: ...`);
    expect(JSON.parse(await verdict('polite'))).toEqual({ pass: true, score: 0.9, reason: 'meets it' });
    expect(JSON.parse(await verdict('cites sources'))).toEqual({ pass: false, score: 0.2, reason: 'no sources' });
    await expect(verdict('funny').then((t: string) => JSON.parse(t))).rejects.toThrow(SyntaxError);
  });

  it('model limits a rule to one model, case-insensitively', async () => {
    gw.setAnswers([{ match: 'verdict', reply: 'judge says pass', model: 'Gemini-2.5-Pro' }]);
    expect(await said('verdict?', 'gemini-2.5-pro')).toBe('judge says pass');
    expect(await said('verdict?', 'gemini-2.5-flash')).toBe('Emulated answer to: verdict?');
  });

  it('contextId limits a rule to one cache: a base and a head cache answer the same prompt apart', async () => {
    const make = async () =>
      (await post('/v1/context/create', { model: 'Doubao-pro-32k', messages: [user('the prompt')] })).json.id as string;
    const [base, head] = [await make(), await make()];
    gw.setAnswers([{ match: 'refund', reply: 'No refunds.', contextId: head }]);
    const chat = async (id: string) =>
      (await post('/v1/context/chat/completions', { context_id: id, model: 'Doubao-pro-32k', messages: [user('refund?')] })).json.choices[0]
        .message.content;
    expect(await chat(head)).toBe('No refunds.');
    expect(await chat(base)).toBe('Emulated answer to: refund?');
    expect(await said('refund?')).toBe('Emulated answer to: refund?');
    expect(() => gw.setAnswers([{ match: 'x', contextId: '' } as AnswerRule])).toThrow(/contextId must be a non-empty string/);
    // cached: by what the cache holds, when the ids are not known in advance.
    const other = (await post('/v1/context/create', { model: 'Doubao-pro-32k', messages: [user('the new prompt')] })).json.id as string;
    gw.setAnswers([{ match: 'refund', reply: 'New policy.', cached: 'new prompt' }]);
    expect(await chat(other)).toBe('New policy.');
    expect(await chat(head)).toBe('Emulated answer to: refund?');
  });

  it('status: an error in the dialect of the model, with Retry-After, for `times` requests, then the next rule', async () => {
    gw.setAnswers([{ match: 'flaky', status: 503, retryAfter: 2, times: 2 }]);
    const id: string = (await post('/v1/context/create', { model: 'Doubao-pro-32k', messages: [user('ctx')] })).json.id;
    const before = gw.caches.get(id)!.tokens;
    const doubao = () => post('/v1/context/chat/completions', { context_id: id, model: 'Doubao-pro-32k', messages: [user('flaky one')] });
    for (let i = 0; i < 2; i++) {
      const r = await doubao();
      expect(r.status).toBe(503);
      expect(r.headers.get('retry-after')).toBe('2');
      expect(r.json.error).toMatchObject({ code: 'ServiceUnavailable', message: expect.stringMatching(/^Emulated upstream failure: 503/) });
    }
    expect(gw.caches.get(id)!.tokens).toBe(before); // a failed call adds nothing to a session cache
    const third = await doubao();
    expect(third.status).toBe(200);
    expect(third.json.choices[0].message.content).toBe('Emulated answer to: flaky one');
    gw.setAnswers([{ match: 'busy', status: 429, reply: 'Quota exceeded' }]);
    const g = await ask('busy now');
    expect(g.status).toBe(429);
    expect(g.json).toEqual({ error: { code: 429, message: 'Quota exceeded', status: 'RESOURCE_EXHAUSTED' } });
    const other = await ask('busy now', 'mistral-large');
    expect(other.json.error).toEqual({ message: 'Quota exceeded', type: 'rate_limit_error', code: 'rate_limit_exceeded' });
  });

  it('delayMs: that prompt is answered late, others are not held up', async () => {
    gw.setAnswers([{ match: 'slow', delayMs: 400 }]);
    const order: string[] = [];
    const started = Date.now();
    const slow = ask('slow one').then(() => order.push('slow'));
    await new Promise((r) => setTimeout(r, 50));
    const fast = ask('fast one').then(() => order.push('fast'));
    await Promise.all([slow, fast]);
    expect(order).toEqual(['fast', 'slow']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(380);
  });

  it('setAnswers refuses a bad rule by name and keeps the old rules; startGateway refuses one too', async () => {
    gw.setAnswers([{ match: 'keep', reply: 'kept' }]);
    const bad: Array<[unknown, RegExp]> = [
      [{ match: '' }, /answers\[0\]\.match must be a non-empty string/],
      [{ match: '/(/' }, /answers\[0\]\.match: \/\(\/ is not a valid regular expression/],
      [{ match: '/x/g' }, /answers\[0\]\.match: drop the flags g and y/],
      [{ match: 'x', replay: 'typo' }, /answers\[0\]: unknown key replay/],
      [{ match: 'x', status: 99 }, /answers\[0\]\.status/],
      [{ match: 'x', times: 0 }, /answers\[0\]\.times/],
      [{ match: 'x', delayMs: -1 }, /answers\[0\]\.delayMs/],
      ['x', /answers\[0\] must be an object/]
    ];
    for (const [rule, why] of bad) {
      expect(() => gw.setAnswers([rule as AnswerRule])).toThrow(why);
      await expect(startGateway({ answers: [rule as AnswerRule] })).rejects.toThrow(why);
    }
    expect(await said('keep?')).toBe('kept');
  });

  it('reset() restores the rules the gateway started with, their counts afresh', async () => {
    const g = await startGateway({ apiKey: KEY, answers: [{ match: 'hi', reply: 'start rule', times: 1 }] });
    extra.push(g);
    expect((await ask('hi', undefined, g.url)).json.choices[0].message.content).toBe('start rule');
    expect((await ask('hi', undefined, g.url)).json.choices[0].message.content).toBe('Emulated answer to: hi');
    g.setAnswers([{ match: 'hi', reply: 'replaced' }]);
    expect((await ask('hi', undefined, g.url)).json.choices[0].message.content).toBe('replaced');
    g.reset();
    expect((await ask('hi', undefined, g.url)).json.choices[0].message.content).toBe('start rule');
  });
});

describe('latency', () => {
  it('latencyMs holds every ordinary answer; a rule with delayMs replaces it; setLatency changes it', async () => {
    const g = await startGateway({ apiKey: KEY, latencyMs: 300, answers: [{ match: 'urgent', delayMs: 0 }] });
    extra.push(g);
    const started = Date.now();
    const order: string[] = [];
    await Promise.all([
      ask('normal', undefined, g.url).then(() => order.push('normal')),
      ask('urgent', undefined, g.url).then(() => order.push('urgent'))
    ]);
    expect(order).toEqual(['urgent', 'normal']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    g.setLatency(0);
    order.length = 0;
    g.setAnswers([{ match: 'urgent', delayMs: 300 }]);
    await Promise.all([
      ask('urgent', undefined, g.url).then(() => order.push('urgent')),
      ask('normal', undefined, g.url).then(() => order.push('normal'))
    ]);
    expect(order).toEqual(['normal', 'urgent']);
    expect(() => g.setLatency(-1)).toThrow(TypeError);
  });
});

describe('connections', () => {
  /** `n` chats through `agent`, `concurrency` at a time; resolves when all are answered. */
  async function chats(agent: Agent, n: number, concurrency: number) {
    const body = JSON.stringify({ model: 'gemini-2.5-flash', messages: [user('Hi')] });
    const one = () =>
      new Promise<number>((resolve, reject) => {
        const req = request(
          `${gw.url}/v1/chat/completions`,
          { method: 'POST', agent, headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` } },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          }
        );
        req.on('error', reject);
        req.end(body);
      });
    let next = 0;
    const statuses: number[] = [];
    const worker = async () => {
      while (next < n) {
        next += 1;
        statuses.push(await one());
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    agent.destroy();
    return statuses;
  }

  it('counts TCP connections accepted: 40 keep-alive requests at concurrency 8 use at most 8', async () => {
    gw.setLatency(20); // keep 8 in flight at once
    const statuses = await chats(new Agent({ keepAlive: true, maxSockets: 8 }), 40, 8);
    expect(statuses).toEqual(Array(40).fill(200));
    expect(gw.connections).toBeGreaterThanOrEqual(1);
    expect(gw.connections).toBeLessThanOrEqual(8);
  });

  it('without keep-alive each request is a connection; reset() zeroes the count', async () => {
    await chats(new Agent({ keepAlive: false }), 10, 2);
    expect(gw.connections).toBe(10);
    gw.reset();
    expect(gw.connections).toBe(0);
  });
});
