// Whatever a gateway (or anything posing as one) answers, the client either reads a cache from a
// 2xx or fails with a GatewayError of one bounded line, never another exception; whatever a
// socket throws becomes a one-line TransportError; and the retry loop never takes longer than
// the bound the action announces.
import fc from 'fast-check';
import { GatewayError, TransportError } from '../../src/errors.js';
import { readCreated } from '../../src/gateway/create.js';
import { describeFailure } from '../../src/gateway/failure.js';
import type { HttpResponse } from '../../src/gateway/http.js';
import { redactResponse } from '../../src/gateway/redact.js';
import { connectionError, timeoutError } from '../../src/gateway/http.js';
import { DEFAULT_POLICY, parseRetryAfter, withRetry, worstCaseMs, type RetryDecision } from '../../src/gateway/retry.js';

export const RUNS = { responses: 3000, retryAfter: 2000, socketErrors: 2000, retryLoop: 2000 } as const;

const URL_ = 'https://gateway.example/v1/context/create';
/** An ::error:: line a person can read: the message and hint together stay under this. */
const MAX_LINE = 2000;

function check(ok: unknown, what: string, value?: unknown): void {
  if (!ok) throw new Error(`${what}${value === undefined ? '' : `: ${JSON.stringify(value)}`}`);
}

const messageLike = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ maxLength: 5000 }),
  fc.constantFrom('a\nb', '\r\n\r\nX-Injected: 1', 'x'.repeat(100_000))
);
const errorBody = fc.oneof(
  fc.record({
    error: fc.record(
      { message: messageLike, type: messageLike, code: fc.oneof(messageLike, fc.integer()), param: messageLike, status: messageLike },
      { requiredKeys: [] }
    )
  }),
  fc.record({ error: messageLike }),
  fc.record({ message: messageLike }),
  fc.record(
    { id: fc.oneof(fc.string(), fc.anything()), ttl: fc.anything(), mode: fc.anything(), usage: fc.anything() },
    { requiredKeys: [] }
  ),
  fc.anything()
);
const body = fc.oneof(
  errorBody.map((v) => JSON.stringify(v) ?? ''),
  messageLike,
  fc.constantFrom(
    '<html><head><title>502</title><script>x</script></head><body>nginx</body></html>',
    '',
    'null',
    '{"id":""}',
    '{"id":"ctx-1"}'
  )
);
const headerValue = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '0',
    '1',
    '60',
    '86400',
    '1e400',
    '9'.repeat(400),
    '-1',
    'Wed, 21 Oct 2015 07:28:00 GMT',
    'Fri, 01 Jan 9999 00:00:00 GMT',
    'soon'
  )
);
const response = fc.record({
  status: fc.oneof(fc.integer({ min: 100, max: 599 }), fc.constantFrom(200, 201, 301, 307, 308, 401, 429, 500, 503)),
  headers: fc.record({ location: headerValue, 'retry-after': fc.oneof(headerValue, fc.array(headerValue)) }, { requiredKeys: [] }),
  body
});

/** What the create client does with a response: a 2xx is read, anything else described (send.ts). */
function read(res: HttpResponse, secrets: string[] = []) {
  if (res.status >= 200 && res.status < 300) return readCreated(res, URL_, () => {}, secrets);
  throw describeFailure(res, URL_, Date.now(), secrets);
}

test(`any response, ${RUNS.responses} cases: a cache from a 2xx, else one GatewayError line of bounded size`, () => {
  fc.assert(
    fc.property(response, (res) => {
      try {
        const cache = read(res);
        check(res.status >= 200 && res.status < 300, 'a cache from a status that is not 2xx', res.status);
        check(typeof cache.id === 'string' && cache.id !== '', 'a cache without an id', cache);
      } catch (e) {
        check(e instanceof GatewayError, 'not a GatewayError', String(e));
        const g = e as GatewayError;
        check(g.status === res.status, 'the status is lost');
        check(g.message.startsWith(`POST ${URL_}`), 'the message does not say what failed', g.message);
        check(!/[\r\n]/.test(g.describe()), 'a line break in the error', g.describe().slice(0, 300));
        check(g.describe().length <= MAX_LINE, 'an error line this long floods the log', g.describe().length);
        if (g.retryAfterSeconds !== undefined)
          check(Number.isFinite(g.retryAfterSeconds) && g.retryAfterSeconds >= 0, 'Retry-After', g.retryAfterSeconds);
      }
    }),
    { numRuns: RUNS.responses }
  );
});

/** How a gateway might echo a key: as is, or encoded (the runner masks some of these forms, but an excerpt cut short escapes any mask). */
const ENCODINGS = {
  raw: (k: string) => ({ text: k, prefix: 0 }),
  json: (k: string) => ({ text: JSON.stringify(k).slice(1, -1), prefix: 0 }),
  uri: (k: string) => ({ text: encodeURIComponent(k), prefix: 0 }),
  hex: (k: string) => ({ text: Buffer.from(k).toString('hex'), prefix: 0 }),
  base64: (k: string) => ({ text: Buffer.from(k).toString('base64'), prefix: 0 }),
  base64url: (k: string) => ({ text: Buffer.from(k).toString('base64url'), prefix: 0 }),
  // `Basic base64(user:key)`: the key starts at every alignment, depending on the user name.
  basic: (k: string, user = 'u') => ({ text: `Basic ${Buffer.from(`${user}:${k}`).toString('base64')}`, prefix: user.length + 1 }),
  bearerB64url: (k: string, user = 'u') => ({
    text: `Bearer ${Buffer.from(`${user}.${k}`).toString('base64url')}`,
    prefix: user.length + 1
  })
} as const;

/** 8-character windows of `encoded` made only of the key's own bits: none may reach an error. */
function keyWindows(name: keyof typeof ENCODINGS, encoded: string, prefix: number, keyBytes: number): string[] {
  if (name === 'raw' || name === 'json' || name === 'uri') return [encoded.slice(0, 8), encoded.slice(-8)];
  if (name === 'hex') return [encoded.slice(0, 16), encoded.slice(-16)];
  const lead = encoded.indexOf(' ') + 1; // after "Basic "/"Bearer "
  const first = lead + Math.ceil((prefix * 8) / 6);
  const last = lead + Math.floor(((prefix + keyBytes) * 8) / 6);
  return [encoded.slice(first, first + 8), encoded.slice(last - 8, last)];
}

test(`a key the gateway echoes, in any encoding, never reaches an error, not even in part, ${RUNS.responses} cases`, () => {
  const key = fc.stringMatching(/^[\x21-\x7e]{8,64}$/);
  const encoding = fc.constantFrom(...(Object.keys(ENCODINGS) as (keyof typeof ENCODINGS)[]));
  fc.assert(
    fc.property(
      key,
      response,
      fc.constantFrom('message', 'body', 'location'),
      fc.nat({ max: 1000 }),
      encoding,
      fc.stringMatching(/^[a-z]{1,3}$/),
      (k, res, where, pad, enc, user) => {
        // Padding moves the key across the points where long messages and excerpts are cut.
        const before = 'x'.repeat(pad);
        const { text: echo, prefix } = ENCODINGS[enc](k, user);
        const echoed = {
          status: where === 'location' ? 307 : res.status >= 200 && res.status < 400 ? 400 : res.status,
          headers: { ...res.headers, location: `https://x.example/?key=${echo}` },
          body: where === 'message' ? JSON.stringify({ error: { message: `${before} bad key ${echo}` } }) : `${before} bad key: ${echo}`
        };
        try {
          read(redactResponse(echoed, [k]), [k]);
          check(false, 'an error response was read as a cache');
        } catch (e) {
          const text = (e as GatewayError).describe();
          for (const window of keyWindows(enc, echo, prefix, Buffer.byteLength(k))) {
            if (window.length < 8 || before.includes(window) || URL_.includes(window)) continue;
            check(!text.includes(window), `part of the key (${enc}) is in the error`, { window, text });
          }
        }
      }
    ),
    { numRuns: RUNS.responses }
  );
});

test(`Retry-After, ${RUNS.retryAfter} cases: undefined or a finite wait of 0 or more`, () => {
  fc.assert(
    fc.property(
      fc.oneof(headerValue, fc.array(headerValue), fc.constant(undefined)),
      fc.integer({ min: 0, max: 4_102_444_800_000 }),
      (v, now) => {
        const ms = parseRetryAfter(v, now);
        check(ms === undefined || (Number.isFinite(ms) && ms >= 0), 'Retry-After', { v, ms });
      }
    ),
    { numRuns: RUNS.retryAfter }
  );
});

test(`any socket error, ${RUNS.socketErrors} cases: a one-line TransportError`, () => {
  const code = fc.oneof(
    fc.constantFrom(
      'ECONNREFUSED',
      'ECONNRESET',
      'ENOTFOUND',
      'EAI_AGAIN',
      'EPROTO',
      'DEPTH_ZERO_SELF_SIGNED_CERT',
      'ERR_TLS_CERT_ALTNAME_INVALID',
      'UND_ERR_SOCKET',
      'UND_ERR_ABORTED',
      'HPE_INVALID_CONSTANT',
      undefined
    ),
    fc.string()
  );
  const err = fc.record(
    {
      code,
      name: fc.oneof(fc.constantFrom('Error', 'HTTPParserError', 'SocketError'), fc.string()),
      message: fc.oneof(
        messageLike,
        fc.constantFrom(
          'write EPROTO 40E7:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/ssl/record/ssl3_record.c:354:\n',
          'Proxy response (502) !== 200 when HTTP Tunneling',
          'getaddrinfo ENOTFOUND gateway.invalid'
        )
      ),
      address: fc.ipV4(),
      port: fc.integer({ min: 1, max: 65535 }),
      hostname: fc.domain(),
      cause: fc.record({ code, message: messageLike, address: fc.ipV4(), port: fc.integer({ min: 1, max: 65535 }) }, { requiredKeys: [] })
    },
    { requiredKeys: [] }
  );
  fc.assert(
    fc.property(fc.oneof(err, fc.anything()), fc.boolean(), (e, responded) => {
      const t = connectionError(e, URL_, responded);
      check(t instanceof TransportError, 'not a TransportError');
      check(!/[\r\n]/.test(t.describe()), 'a line break in the error', t.describe());
      check(t.describe().length <= MAX_LINE, 'an error line this long floods the log', t.describe().length);
      check(!(responded && t.retryable), 'retried after the gateway had answered');
    }),
    { numRuns: RUNS.socketErrors }
  );
  // A body that stalls after a success status is not retried (the cache exists); before any
  // status, or after a status a retry can fix, it is.
  for (const status of [undefined, 200, 201, 400, 408, 429, 500, 503]) {
    expect(timeoutError(URL_, 1000, status).retryable).toBe(status === undefined || [408, 429, 500, 503].includes(status));
  }
});

test(`the retry loop, ${RUNS.retryLoop} cases: never longer than the bound the action announces`, async () => {
  const failure = fc.record({
    retryable: fc.boolean(),
    retryAfterMs: fc.option(fc.oneof(fc.nat(), fc.double({ min: 0, max: 1e15, noNaN: true })), { nil: undefined })
  });
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 1, max: 10 }),
      fc.integer({ min: 1, max: 3_600_000 }),
      fc.array(fc.tuple(failure, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.999999, noNaN: true })), {
        minLength: 1,
        maxLength: 12
      }),
      fc.boolean(),
      async (maxAttempts, timeoutMs, script, succeedsAtEnd) => {
        let clock = 0;
        let n = 0;
        const policy = { ...DEFAULT_POLICY, maxAttempts };
        const logs: string[] = [];
        const run = withRetry(
          async () => {
            // Each attempt lasts at most the timeout: the transports cut it there.
            const [f, share] = script[Math.min(n, script.length - 1)]!;
            n++;
            clock += share * timeoutMs;
            if (succeedsAtEnd && n >= script.length) return 'cache';
            throw f;
          },
          (f) => ({ ...(f as RetryDecision), summary: 'failed' }),
          policy,
          {
            sleep: async (ms) => {
              check(ms >= 0 && Number.isFinite(ms), 'a wait', ms);
              clock += ms;
            },
            random: () => script[Math.min(n - 1, script.length - 1)]![2],
            log: (m) => void logs.push(m)
          }
        );
        await run.catch(() => undefined);
        check(n <= maxAttempts, 'more attempts than max-attempts', { n, maxAttempts });
        check(logs.length === n - 1, 'a retry without its log line (or a log line without a retry)', { logs: logs.length, n });
        check(clock <= worstCaseMs(policy, timeoutMs), 'longer than announced', { clock, bound: worstCaseMs(policy, timeoutMs) });
      }
    ),
    { numRuns: RUNS.retryLoop }
  );
});
