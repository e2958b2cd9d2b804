// The evaluation engine and the chat client against the gateway emulator on 127.0.0.1: both
// endpoints, the bounded pool, retries, a 429's pause shared by every case, partial failure and an
// expired context. Sleeps are real but short; assertions are on counts and order, never on a
// machine's speed.
import { startGateway, type Gateway } from '../../emulator/gateway.js';
import type { Case } from '../../src/evaluation/cases.js';
import { evaluate } from '../../src/evaluation/engine.js';
import { Pause } from '../../src/evaluation/pool.js';
import { chat, ContextGoneError } from '../../src/gateway/chat.js';
import { chatUrl as modelChatUrl, lookupModel } from '../../src/models.js';

const chatUrl = (base: string, family: string | undefined) =>
  modelChatUrl(base, lookupModel(family === 'doubao' ? 'Doubao-1.5-pro-32k' : family === 'gemini' ? 'gemini-2.5-flash' : 'acme-model'));
import type { Family } from '../../src/models.js';
import { chooseTransport } from '../../src/gateway/transport.js';

const KEY = 'sk-eval-test-key-0123456789';
let gw: Gateway;

beforeAll(async () => {
  gw = await startGateway({ apiKey: KEY, minTokens: 0 });
});
afterAll(() => gw.close());
beforeEach(() => gw.reset());

async function createCache(model: string, mode?: string): Promise<string> {
  const res = await fetch(`${gw.url}/v1/context/create`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
    body: JSON.stringify({
      model,
      messages: [{ role: 'system', content: 'Policy: refunds within 30 days. '.repeat(200) }],
      ...(mode && { mode })
    })
  });
  return ((await res.json()) as { id: string }).id;
}

const cases = (n: number, expect: Case['expect'] = {}): Case[] =>
  Array.from({ length: n }, (_, i) => ({
    name: `case ${i}`,
    file: 'evals/c.yml',
    line: i + 1,
    messages: [{ role: 'user', content: `question ${i}` }],
    expect
  }));

async function run(model: string, family: Family | undefined, contextId: string, list: Case[], concurrency = 4, log: string[] = []) {
  const { transport, close } = await chooseTransport({}, { keepAlive: { maxSockets: concurrency } });
  const pause = new Pause();
  try {
    return await evaluate(list, {
      concurrency,
      ask: (messages, label) =>
        chat(
          { model, contextId, messages },
          {
            url: chatUrl(gw.url, family),
            apiKey: KEY,
            timeoutMs: 5000,
            maxAttempts: 3,
            transport,
            retry: {
              sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 50))),
              random: () => 0,
              log: (m) => log.push(`${label}: ${m}`)
            },
            beforeAttempt: () => pause.ready(),
            onRetryAfter: (ms) => pause.holdFor(ms)
          }
        )
    });
  } finally {
    await close();
  }
}

const chats = () => gw.requests.filter((r) => r.path.includes('chat/completions'));

describe('both chat endpoints', () => {
  it('Doubao: /v1/context/chat/completions with context_id and only the new turn; cached tokens reported', async () => {
    const id = await createCache('Doubao-1.5-pro-32k', 'common_prefix');
    const { results } = await run('Doubao-1.5-pro-32k', 'doubao', id, cases(3, { icontains: ['question'] }));
    expect(results.map((r) => r.status)).toEqual(['pass', 'pass', 'pass']);
    expect(chats().map((r) => r.path)).toEqual(Array(3).fill('/v1/context/chat/completions'));
    for (const r of chats()) {
      const body = r.json as { context_id: string; messages: unknown[] };
      expect(body.context_id).toBe(id);
      expect(body.messages).toHaveLength(1);
    }
    expect(results[0]!.usage.cachedTokens).toBeGreaterThan(1000);
    expect(results[0]!.usage.promptTokens).toBeGreaterThan(results[0]!.usage.cachedTokens!);
  });

  it('Gemini: /v1/chat/completions with context_id', async () => {
    const id = await createCache('gemini-2.5-flash');
    const { results } = await run('gemini-2.5-flash', 'gemini', id, cases(2, { contains: ['Emulated answer to: question'] }));
    expect(results.every((r) => r.status === 'pass')).toBe(true);
    expect(chats().map((r) => r.path)).toEqual(['/v1/chat/completions', '/v1/chat/completions']);
    expect(results[1]!.usage.cachedTokens).toBeGreaterThan(0);
  });
});

describe('the pool', () => {
  it('never has more than `concurrency` calls in flight, and reuses its connections', async () => {
    const id = await createCache('Doubao-1.5-pro-32k', 'common_prefix');
    gw.setLatency(40);
    let inFlight = 0;
    let peak = 0;
    const { transport, close } = await chooseTransport({}, { keepAlive: { maxSockets: 3 } });
    const { results } = await evaluate(cases(15), {
      concurrency: 3,
      ask: async (messages) => {
        peak = Math.max(peak, ++inFlight);
        try {
          return await chat(
            { model: 'Doubao-1.5-pro-32k', contextId: id, messages },
            {
              url: chatUrl(gw.url, 'doubao'),
              apiKey: KEY,
              timeoutMs: 5000,
              maxAttempts: 1,
              transport,
              retry: { sleep: async () => {}, random: () => 0, log: () => {} }
            }
          );
        } finally {
          inFlight--;
        }
      }
    }).finally(close);
    expect(results).toHaveLength(15);
    expect(peak).toBe(3);
    // 1 connection for the create call, at most 3 for 15 chats.
    expect(gw.connections).toBeLessThanOrEqual(4);
  });

  it('keeps results in case order whatever order they finish in', async () => {
    const id = await createCache('Doubao-1.5-pro-32k', 'common_prefix');
    gw.setAnswers([{ match: 'question 0', reply: 'slow', delayMs: 150 }]);
    const { results } = await run('Doubao-1.5-pro-32k', 'doubao', id, cases(4), 4);
    expect(results.map((r) => r.name)).toEqual(['case 0', 'case 1', 'case 2', 'case 3']);
    expect(results[0]!.response).toBe('slow');
  });
});

describe('retries and failures', () => {
  it('retries a 503 and counts the attempts', async () => {
    const id = await createCache('Doubao-1.5-pro-32k', 'common_prefix');
    gw.setAnswers([{ match: 'question 1', status: 503, times: 2 }]);
    const log: string[] = [];
    const { results } = await run('Doubao-1.5-pro-32k', 'doubao', id, cases(3), 2, log);
    expect(results.map((r) => [r.status, r.attempts])).toEqual([
      ['pass', 1],
      ['pass', 3],
      ['pass', 1]
    ]);
    expect(log.filter((l) => l.startsWith('case 1: attempt'))).toHaveLength(2);
  });

  it('a case the gateway never answers errors, apart from failures, and the others go on', async () => {
    const id = await createCache('Doubao-1.5-pro-32k', 'common_prefix');
    gw.setAnswers([{ match: 'question 2', status: 500 }]);
    const { results, contextGone } = await run('Doubao-1.5-pro-32k', 'doubao', id, cases(4, { contains: ['question 1'] }), 2);
    expect(results.map((r) => r.status)).toEqual(['fail', 'pass', 'error', 'fail']);
    expect(results[2]!.error).toMatch(/HTTP 500/);
    expect(results[2]!.attempts).toBe(3);
    expect(contextGone).toBeUndefined();
  });

  it('a 400 is not retried', async () => {
    const id = await createCache('Doubao-1.5-pro-32k', 'common_prefix');
    gw.setAnswers([{ match: 'question 0', status: 400, reply: 'bad request' }]);
    const { results } = await run('Doubao-1.5-pro-32k', 'doubao', id, cases(1), 1);
    expect(results[0]).toMatchObject({ status: 'error', attempts: 1 });
    expect(chats()).toHaveLength(1);
  });

  it('a 429 with Retry-After pauses every case, not just the one told', async () => {
    const id = await createCache('Doubao-1.5-pro-32k', 'common_prefix');
    gw.setAnswers([{ match: 'question 0', status: 429, retryAfter: 1, times: 1 }]);
    gw.setLatency(20);
    const { transport, close } = await chooseTransport({}, { keepAlive: { maxSockets: 2 } });
    const pause = new Pause(); // real sleeps: the pause is what is tested
    let told = 0;
    const { results } = await evaluate(cases(6), {
      concurrency: 2,
      ask: (messages) =>
        chat(
          { model: 'Doubao-1.5-pro-32k', contextId: id, messages },
          {
            url: chatUrl(gw.url, 'doubao'),
            apiKey: KEY,
            timeoutMs: 5000,
            maxAttempts: 3,
            transport,
            retry: { sleep: (ms) => new Promise((r) => setTimeout(r, ms)), random: () => 0, log: () => {} },
            beforeAttempt: () => pause.ready(),
            onRetryAfter: (ms) => {
              told = Date.now();
              pause.holdFor(ms);
            }
          }
        )
    }).finally(close);
    expect(results.every((r) => r.status === 'pass')).toBe(true);
    // Every request that arrived after the 429 was answered arrived at least ~1 s later, except
    // the one already in flight when it came (the other worker's): the pause held the pool.
    const after = chats().filter((r) => r.at > told);
    expect(after.length).toBeGreaterThanOrEqual(4);
    const early = after.filter((r) => r.at - told < 900);
    expect(early.length).toBeLessThanOrEqual(1);
  });
});

describe('an expired context', () => {
  // The gateway answers for a context_id it no longer holds, in its own words, whatever the family.
  it.each([
    ['Doubao-1.5-pro-32k', 'doubao', 'common_prefix'],
    ['gemini-2.5-flash', 'gemini', undefined]
  ] as const)(
    '%s: stops the run: the cases not yet started are not sent, and the error says to re-create the cache',
    async (model, family, mode) => {
      const id = await createCache(model, mode);
      gw.expire(id);
      const { results, contextGone } = await run(model, family, id, cases(10), 2);
      expect(contextGone).toBeInstanceOf(ContextGoneError);
      expect(contextGone!.describe()).toMatch(/does not exist or has expired.*Re-run the create step/);
      expect(results.every((r) => r.status === 'error')).toBe(true);
      // At most the two in flight reached the gateway; the rest were not sent.
      expect(chats().length).toBeLessThanOrEqual(2);
      expect(results.filter((r) => /Not run/.test(r.error ?? '')).length).toBeGreaterThanOrEqual(8);
    }
  );
});

describe('secrets in answers', () => {
  it('an answer that echoes the key or the context id has them replaced', async () => {
    const id = await createCache('Doubao-1.5-pro-32k', 'common_prefix');
    gw.setAnswers([{ match: 'question 0', reply: `key ${KEY} id ${id} b64 ${Buffer.from(KEY).toString('base64')}` }]);
    const { results } = await run('Doubao-1.5-pro-32k', 'doubao', id, cases(1), 1);
    expect(results[0]!.response).not.toContain(KEY);
    expect(results[0]!.response).not.toContain(id);
    expect(results[0]!.response).toMatch(/key \*\*\* id \*\*\*/);
  });
});

describe('judges (the emulator told how graders answer)', () => {
  const judgeCases = (): Case[] => [
    {
      name: 'polite',
      file: 'c.yml',
      messages: [{ role: 'user', content: 'Say hello politely' }],
      expect: { judge: 'The answer is polite' }
    },
    { name: 'rude', file: 'c.yml', messages: [{ role: 'user', content: 'Say hello rudely' }], expect: { judge: 'The answer is polite' } },
    { name: 'mumble', file: 'c.yml', messages: [{ role: 'user', content: 'Say hello quietly' }], expect: { judge: 'The answer is polite' } }
  ];

  it('a pass, a fail with the grader’s reason, and an unparsable verdict that errors (never passes); graders hit the rubric cache', async () => {
    const id = await createCache('Doubao-1.5-pro-32k', 'common_prefix');
    const rubric = await createCache('gemini-2.5-flash');
    gw.setAnswers([
      { match: '/politely[\\s\\S]*>>>[\\s\\S]*ANSWER/', reply: { pass: true, score: 0.9, reason: 'Courteous greeting' } },
      { match: '/rudely[\\s\\S]*ANSWER/', reply: { pass: false, score: 0.1, reason: 'Dismissive tone' } },
      { match: '/quietly[\\s\\S]*ANSWER/', reply: 'I would say it passes.' }
    ]);
    const { transport, close } = await chooseTransport({}, { keepAlive: { maxSockets: 2 } });
    const deps = {
      apiKey: KEY,
      timeoutMs: 5000,
      maxAttempts: 1,
      transport,
      retry: { sleep: async () => {}, random: () => 0, log: () => {} }
    };
    const { results } = await evaluate(judgeCases(), {
      concurrency: 2,
      ask: (messages) => chat({ model: 'Doubao-1.5-pro-32k', contextId: id, messages }, { ...deps, url: chatUrl(gw.url, 'doubao') }),
      judge: {
        threshold: 0.5,
        ask: (messages) => chat({ model: 'gemini-2.5-flash', contextId: rubric, messages }, { ...deps, url: chatUrl(gw.url, 'gemini') })
      }
    }).finally(close);
    expect(results.map((r) => r.status)).toEqual(['pass', 'fail', 'error']);
    expect(results[0]!.grade).toEqual({ pass: true, score: 0.9, reason: 'Courteous greeting' });
    expect(results[1]!.failures).toEqual([
      { expectation: 'judge', expected: 'The answer is polite (pass, score ≥ 0.5)', got: 'fail, score 0.1: Dismissive tone' }
    ]);
    expect(results[2]!.error).toMatch(/^judge: the grader did not answer JSON/);
    // Judge tokens are counted apart, and graders were served from the rubric's cache.
    expect(results[0]!.judgeUsage.cachedTokens).toBeGreaterThan(1000);
    const graderCalls = chats().filter((r) => (r.json as { model: string }).model === 'gemini-2.5-flash');
    expect(graderCalls).toHaveLength(3);
    expect(graderCalls.every((r) => (r.json as { context_id: string }).context_id === rubric)).toBe(true);
  });
});

describe('repeats', () => {
  it('runs each case N times, passes at repeat-min-pass, and flags a flaky case', async () => {
    const id = await createCache('Doubao-1.5-pro-32k', 'common_prefix');
    // The first two answers to question 0 say "no", later ones "yes": 2 of 4 runs pass.
    gw.setAnswers([
      { match: 'question 0', reply: 'no', times: 2 },
      { match: 'question 0', reply: 'yes' },
      { match: 'question 1', reply: 'yes' }
    ]);
    const { transport, close } = await chooseTransport({}, { keepAlive: { maxSockets: 1 } });
    const ask = (messages: Case['messages']) =>
      chat(
        { model: 'Doubao-1.5-pro-32k', contextId: id, messages },
        {
          url: chatUrl(gw.url, 'doubao'),
          apiKey: KEY,
          timeoutMs: 5000,
          maxAttempts: 1,
          transport,
          retry: { sleep: async () => {}, random: () => 0, log: () => {} }
        }
      );
    const two = cases(2, { equals: 'yes' });
    const strict = await evaluate(two, { concurrency: 1, ask, repeat: 4 });
    gw.setAnswers([
      { match: 'question 0', reply: 'no', times: 2 },
      { match: 'question 0', reply: 'yes' },
      { match: 'question 1', reply: 'yes' }
    ]);
    const lenient = await evaluate(two, { concurrency: 1, ask, repeat: 4, repeatMinPass: 2 }).finally(close);
    expect(strict.results.map((r) => [r.status, r.runs.passed, r.runs.total, r.flaky])).toEqual([
      ['fail', 2, 4, true],
      ['pass', 4, 4, false]
    ]);
    expect(strict.results[0]!.response).toBe('no');
    expect(lenient.results.map((r) => r.status)).toEqual(['pass', 'pass']);
    expect(lenient.results[0]!.flaky).toBe(true);
    // Usage is summed over the runs: four runs of one case cost four times one run.
    const plain = await chooseTransport({});
    const one = await evaluate([two[1]!], {
      concurrency: 1,
      ask: (m) =>
        chat(
          { model: 'Doubao-1.5-pro-32k', contextId: id, messages: m },
          {
            url: chatUrl(gw.url, 'doubao'),
            apiKey: KEY,
            timeoutMs: 5000,
            maxAttempts: 1,
            transport: plain.transport,
            retry: { sleep: async () => {}, random: () => 0, log: () => {} }
          }
        )
    });
    expect(strict.results[1]!.usage.promptTokens).toBe(4 * one.results[0]!.usage.promptTokens!);
    expect(chats()).toHaveLength(17);
  });
});
