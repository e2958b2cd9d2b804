// The action under faults, run as the runner runs it (dist/index.js on Node 24), over both
// transports: direct (node:http/https) and through a real proxy on 127.0.0.1 (undici's
// EnvHttpProxyAgent via HTTP(S)_PROXY). Every run has debug logging on and is checked for leaks,
// stack traces and the bound it announced. Time is checked without racing the clock: against the
// log's own figures (the bound it announced, the waits it logged), as lower bounds (a loaded
// machine only makes things later), or against a bound ten times the worst case that only a hang
// crosses. `FAULT_MATRIX=<file>` writes the measured matrix as a markdown table.
import { writeFileSync } from 'node:fs';
import { startGateway, type Chaos, type Fault, type Gateway, type RecordedRequest } from '../../emulator/gateway.js';
import { announcedBoundMs, errorLines, expectNoLeak, expectNoStackTrace, loggedWaitsMs } from '../helpers/leaks.js';
import { runAction, type RunOptions, type ActionRun } from '../helpers/run-action.js';
import { settledInPool } from '../helpers/pool.js';
import { closedPort, startNotHttp, startRecorder, startRecordingProxy, startSelfSignedHttps, type Running } from '../helpers/servers.js';

const KEY = 'sk-faults-0123456789abcdef';
const DEBUG = { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' };
// Above Gemini's 1,024-token minimum, which the emulator enforces as upstream does.
const PROMPT = `You are a strict grader.\n${'Grade each answer against the rubric. '.repeat(150)}`;
/**
 * A run that takes longer than this, given its worst case (attempts × timeout + logged waits), did
 * not stop where it should have: ten times the worst case, plus start-up and exit on a machine
 * loaded to several times its cores. Only a hang (a body left to drip for hours, an attempt never
 * cut) comes near it.
 */
const hangLimitMs = (worstMs: number) => 10 * worstMs + 10_000;

type Via = 'direct' | 'proxy';
const VIAS: readonly Via[] = ['direct', 'proxy'];

let proxy: Awaited<ReturnType<typeof startRecordingProxy>>;
let recorder: Awaited<ReturnType<typeof startRecorder>>;
let tls: Awaited<ReturnType<typeof startSelfSignedHttps>>;
let notHttp: Awaited<ReturnType<typeof startNotHttp>>;
let refusedPort: number;

beforeAll(async () => {
  [proxy, recorder, tls, notHttp, refusedPort] = await Promise.all([
    startRecordingProxy(),
    startRecorder(),
    startSelfSignedHttps(),
    startNotHttp(),
    closedPort()
  ]);
});
afterAll(async () => {
  await Promise.all([proxy, recorder, tls, notHttp].map((s: Running) => s.close()));
  if (process.env['FAULT_MATRIX']) writeFileSync(process.env['FAULT_MATRIX'], matrixTable());
});
let measuredStorm: { runs: number; requests: number; rateLimited: number; mostAttempts: number; seconds: number } | undefined;

interface Scenario {
  faults?: () => Fault[];
  chaos?: Chaos;
  inputs?: Record<string, string>;
  /** base-url, when not the emulator. */
  baseUrl?: () => string;
  observe?: Partial<RunOptions>;
  files?: Record<string, string>;
}

interface Outcome {
  via: Via;
  run: ActionRun;
  requests: RecordedRequest[];
  caches: string[];
  baseUrl: string;
  timeoutMs: number;
}

/** One run of the action against a fresh emulator of its own, so runs can go side by side. */
async function scenario(via: Via, s: Scenario = {}): Promise<Outcome> {
  const gw: Gateway = await startGateway({ apiKey: KEY, chaos: s.chaos });
  try {
    if (s.faults) gw.enqueue(...s.faults());
    // 10 s an attempt unless the row is about the timeout: an answer the emulator (in this
    // process, beside 7 other runs) is slow to give must not turn into a timeout on a loaded machine.
    const inputs = { model: 'gemini-2.5-flash', 'prompt-file': 'p.md', 'api-key': KEY, timeout: '10', 'max-attempts': '2', ...s.inputs };
    const baseUrl = s.baseUrl?.() ?? gw.url;
    const run = await runAction({
      inputs: { ...inputs, 'base-url': baseUrl },
      files: s.files ?? { 'p.md': PROMPT },
      env: { ...DEBUG, ...(via === 'proxy' && { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url }) },
      timeoutMs: 60_000, // only a hang: hangLimitMs checks the run's time
      ...s.observe
    });
    return { via, run, requests: [...gw.requests], caches: [...gw.caches.keys()], baseUrl, timeoutMs: Number(inputs.timeout) * 1000 };
  } finally {
    await gw.close();
  }
}

/**
 * What every run must show whatever the fault: nothing on stderr, no stack trace, no secret where
 * it should not be, the proxy really used when asked for, a bound announced that covers the
 * attempts and waits it logged, and an end well short of what a hang would take.
 */
function checkRun(o: Outcome): void {
  const { run } = o;
  expect(run.stderr).toBe('');
  expectNoStackTrace(run);
  expectNoLeak(run, { key: KEY, id: run.code === 0 ? run.outputs['context-id'] : undefined });
  if (run.code === 0) expect(o.caches).toContain(run.outputs['context-id']);
  if (o.via === 'proxy') {
    expect(run.stdout).toMatch(/\(proxy from HTTPS_PROXY\/HTTP_PROXY/);
    const url = new URL(o.baseUrl);
    expect(proxy.saw(`${url.hostname}:${url.port || (url.protocol === 'https:' ? 443 : 80)}`)).toBe(true);
  }
  expectWithinBound(run, o.timeoutMs);
}

/** The bound it announced, in ms; a missing or reworded line fails the test (every run here sends). */
function boundOf(run: ActionRun): number {
  const bound = announcedBoundMs(run);
  expect([run.stdout, bound]).toEqual([run.stdout, expect.any(Number)]);
  return bound!;
}

/** Attempts × timeout + the waits the log shows: the longest the gateway phase may take. */
function worstCaseMs(run: ActionRun, timeoutMs: number): number {
  const waits = loggedWaitsMs(run);
  return (waits.length + 1) * timeoutMs + waits.reduce((a, b) => a + b, 0);
}

/**
 * The bound it announced covers the attempts and waits it logged; a run that finished took no
 * more than a hang's limit. (The action's own debug timing, where it succeeded, puts its gateway
 * phase under the bound it announced: both figures are the action's, with no start-up in them.)
 */
function expectWithinBound(run: ActionRun, timeoutMs: number): void {
  const bound = boundOf(run);
  const worst = worstCaseMs(run, timeoutMs);
  expect(worst).toBeLessThanOrEqual(bound);
  if (run.stopped) return; // killed once the wait was logged: its time is the test's
  expect(run.elapsedMs).toBeLessThan(hangLimitMs(worst));
  if (run.code === 0) {
    const gateway = /^::debug::timings: inputs\+prompt \d+ ms, gateway (\d+) ms, publish \d+ ms$/m.exec(run.stdout);
    expect([run.stdout, gateway]).toEqual([run.stdout, expect.anything()]);
    expect(Number(gateway![1])).toBeLessThanOrEqual(bound);
  }
}

// ---- The fault matrix: each fault × each transport → exit code, attempts, the message. ----

interface Expected {
  code: 0 | 1;
  /** Requests the emulator received (attempts); 0 when the fault is before the emulator. */
  requests: number;
  /** The ::error:: line (code 1) or a log line (code 0). */
  says: RegExp;
}
interface Row extends Scenario {
  fault: string;
  expect: Expected & { proxy?: Partial<Expected> };
  /** More to check on each transport's run. */
  check?: (o: Outcome) => void;
}

/**
 * A stalled body was cut at the timeout, not left to drip (50 ms × 1,000,000 chunks is 14 hours;
 * 1 B / 2 s × 100 is 200 s): one attempt, no wait, and the run ended under a hang's limit for a
 * single 0.5 s attempt (15 s), which a body left to drip far exceeds.
 */
function cutAtTimeout(o: Outcome): void {
  expect(loggedWaitsMs(o.run)).toEqual([]);
  expect(o.run.elapsedMs).toBeLessThan(hangLimitMs(o.timeoutMs));
}

/**
 * The wait the log announced really passed between the two attempts: at least half of it between
 * the arrivals the emulator recorded (it stamps a request when this busy process gets to it, so a
 * late stamp on the first shortens the interval; half only fails an action that did not wait).
 */
function waitedAsLogged(o: Outcome): void {
  const [wait] = loggedWaitsMs(o.run);
  // An HTTP date has whole seconds: 3 s ahead, stamped as the answer leaves, is over 1 s away when read.
  expect(wait).toBeGreaterThanOrEqual(1000);
  expect(o.requests[1]!.at - o.requests[0]!.at).toBeGreaterThanOrEqual(wait! / 2);
}

const host = String.raw`127\.0\.0\.1:\d+`;
const endpoint = String.raw`POST http:\/\/${host}\/v1\/context\/create`;

const ROWS: Row[] = [
  {
    // The overall bound: every attempt times out, and the step still ends within attempts ×
    // timeout + the waits it logged, under the bound it announced first.
    fault: 'no response at all, every attempt (hang × 3)',
    faults: () => [{ hang: true }, { hang: true }, { hang: true }],
    inputs: { timeout: '0.3', 'max-attempts': '3' },
    expect: { code: 1, requests: 3, says: new RegExp(`^::error::${endpoint}: no response within 0\\.3 s\\. Raise timeout`) },
    check: (o) => {
      expect(o.run.stdout).toMatch(/up to 3 attempt\(s\) of 0\.3 s, 120\.9 s at most in all\./);
      const waits = loggedWaitsMs(o.run);
      expect(waits).toHaveLength(2);
      // Full jitter: wait n is at most min(20 s, 1 s · 2^(n−1)), as logged.
      waits.forEach((w, i) => expect(w).toBeLessThanOrEqual(1000 * 2 ** i));
      // Each attempt really ended at its timeout (a hang lasts until the emulator closes): each
      // attempt's line and the error name the timeout, and the run ended (checkRun: under the
      // hang limit). No interval between recorded arrivals: the emulator stamps a request when
      // this process gets to it, and a busy process stamps late.
      expect(o.run.stdout.match(/^attempt [12] of 3 failed: .*: no response within 0\.3 s; retrying in/gm)).toHaveLength(2);
    }
  },
  {
    fault: 'HTTP 200, then a body that never ends',
    faults: () => [{ drip: { intervalMs: 50, chunks: 1_000_000 } }],
    inputs: { timeout: '0.5' },
    check: cutAtTimeout,
    expect: {
      code: 1,
      requests: 1, // a 200 means the cache exists: a retry would create a second one
      says: new RegExp(
        `^::error::${endpoint}: HTTP 200 came back, but its body did not finish within 0\\.5 s\\. The cache may have been created, so it was not retried`
      )
    }
  },
  {
    fault: 'HTTP 200, then a body dripping slower than the timeout (1 B / 2 s)',
    faults: () => [{ drip: { intervalMs: 2000, chunks: 100 } }],
    inputs: { timeout: '0.5' },
    expect: { code: 1, requests: 1, says: /HTTP 200 came back, but its body did not finish within 0\.5 s/ },
    check: cutAtTimeout
  },
  {
    fault: 'HTTP 503, then a body that never ends',
    faults: () => [{ status: 503, drip: { intervalMs: 50, chunks: 1_000_000 } }],
    inputs: { timeout: '2' }, // the stalled body is cut at 2 s; the retry's answer has as long
    expect: {
      code: 0,
      requests: 2,
      says: /^attempt 1 of 2 failed: .*HTTP 503 came back, but its body did not finish within 2 s; retrying in \d\.\d s$/m
    }
  },
  {
    // Issue 7, item 3: a gateway message that would stop command processing (after which the
    // cache id's ::add-mask:: would be shown as text) is escaped on the retry line.
    fault: 'HTTP 503 whose message holds ##[stop-commands] and a line break',
    faults: () => [{ status: 503, body: { error: { message: 'overloaded ##[stop-commands]tok\n::error::All tests passed' } } }],
    expect: {
      code: 0,
      requests: 2,
      says: /^attempt 1 of 2 failed: .*HTTP 503: overloaded ## \[stop-commands\]tok ::error::All tests passed; retrying in/m
    },
    check: (o) => {
      expect(o.run.stdout).not.toContain('##[');
      expect(o.run.stdout).not.toMatch(/^::error::All tests passed/m);
      expect(o.run.stdout).toContain(`::add-mask::${o.run.outputs['context-id']}`);
    }
  },
  {
    fault: 'a 64 MiB body',
    faults: () => [{ bodyBytes: 64 * 1024 * 1024 }],
    expect: { code: 1, requests: 1, says: new RegExp(`^::error::${endpoint}: the response is larger than 1024 KiB and was cut off`) }
  },
  {
    fault: 'connection reset before a response',
    faults: () => [{ reset: true }],
    expect: {
      code: 0,
      requests: 2,
      says: /^attempt 1 of 2 failed: .*: could not reach .*(ECONNRESET|UND_ERR_SOCKET|other side closed).*; retrying in/m
    }
  },
  {
    fault: 'HTTP 429, Retry-After: 1 (seconds)',
    faults: () => [{ status: 429, retryAfter: 1 }],
    expect: { code: 0, requests: 2, says: /^attempt 1 of 2 failed: .*HTTP 429: .*; retrying in 1\.0 s \(as Retry-After asked\)$/m },
    check: waitedAsLogged
  },
  {
    fault: 'HTTP 503, Retry-After as an HTTP date (3 s after the answer)',
    faults: () => [{ status: 503, retryAfterDateIn: 3000 }],
    expect: { code: 0, requests: 2, says: /^attempt 1 of 2 failed: .*HTTP 503: .*; retrying in [0-3]\.\d s \(as Retry-After asked\)$/m },
    check: waitedAsLogged
  },
  {
    fault: 'HTTP 429, Retry-After: 86400 (stopped once logged)',
    faults: () => [{ status: 429, retryAfter: 86400 }],
    observe: { stopWhen: /retrying in/ },
    expect: {
      code: 1, // killed by the test once the wait was logged; the log line is what counts
      requests: 1,
      says: /^attempt 1 of 2 failed: .*HTTP 429: .*; retrying in 60\.0 s \(the gateway asked for 86400\.0 s via Retry-After; capped at 60\.0 s\)$/m
    }
  },
  {
    fault: 'HTTP 503, Retry-After: an HTTP date a day ahead (stopped once logged)',
    faults: () => [{ status: 503, retryAfter: new Date(Date.now() + 86_400_000).toUTCString() }],
    observe: { stopWhen: /retrying in/ },
    expect: {
      code: 1,
      requests: 1,
      says: /^attempt 1 of 2 failed: .*HTTP 503: .*; retrying in 60\.0 s \(the gateway asked for 8\d{4}\.\d s via Retry-After; capped at 60\.0 s\)$/m
    }
  },
  ...[301, 302, 303, 307, 308].map((status): Row => ({
    fault: `HTTP ${status} to another host`,
    faults: () => [{ redirect: `${recorder.url}/steal?from=${status}`, status }],
    inputs: { 'max-attempts': '3' },
    expect: {
      code: 1,
      requests: 1,
      says: new RegExp(
        `^::error::${endpoint} answered HTTP ${status}, a redirect to http://${host}/steal\\?from=${status}; it was not followed, so the key went nowhere else`
      )
    },
    // The key went nowhere else: the host the redirect named saw nothing.
    check: () => expect(recorder.requests).toEqual([])
  })),
  {
    fault: 'HTTP 502, a proxy’s HTML page',
    faults: () => [{ html: true }, { html: true }],
    expect: {
      code: 1,
      requests: 2,
      says: new RegExp(`^::error::${endpoint} failed with HTTP 502: 502 Bad Gateway( 502 Bad Gateway)? nginx\\. The gateway had a problem`)
    }
  },
  {
    fault: 'HTTP 401 whose body echoes the key',
    faults: () => [
      {
        status: 401,
        body: { error: { message: `Incorrect API key provided: ${KEY}.`, type: 'invalid_request_error', code: 'invalid_api_key' } }
      }
    ],
    expect: {
      code: 1,
      requests: 1,
      says: /HTTP 401: invalid_api_key \(invalid_request_error\): Incorrect API key provided: \*\*\*\.\.? Check api-key/
    }
  },
  {
    fault: 'response headers over 100 KiB',
    faults: () => [{ status: 200, headers: { 'x-padding': 'a'.repeat(100_000) } }],
    expect: {
      code: 1,
      requests: 1,
      says: /127\.0\.0\.1:\d+ answered with something that is not readable HTTP: (HPE_HEADER_OVERFLOW|UND_ERR_HEADERS_OVERFLOW) \(/
    }
  },
  {
    fault: 'connection refused',
    baseUrl: () => `http://127.0.0.1:${refusedPort}`,
    expect: {
      code: 1,
      requests: 0,
      says: /^::error::POST http:\/\/127\.0\.0\.1:(\d+)\/v1\/context\/create: could not reach 127\.0\.0\.1:\1: ECONNREFUSED 127\.0\.0\.1:\1\. Nothing accepts connections/,
      proxy: {
        says: /could not reach 127\.0\.0\.1:\d+ through the proxy: it answered HTTP 500 to CONNECT\. The proxy in HTTPS_PROXY\/HTTP_PROXY/
      }
    }
  },
  {
    fault: 'DNS: a host that does not resolve',
    baseUrl: () => 'https://gateway.invalid',
    inputs: { 'max-attempts': '1' },
    expect: {
      code: 1,
      requests: 0,
      says: /^::error::POST https:\/\/gateway\.invalid\/v1\/context\/create: could not reach gateway\.invalid: (ENOTFOUND|EAI_AGAIN) gateway\.invalid\. /,
      proxy: { says: /could not reach gateway\.invalid through the proxy: it answered HTTP 404 to CONNECT/ }
    }
  },
  {
    fault: 'TLS: a self-signed certificate',
    baseUrl: () => tls.url,
    expect: {
      code: 1,
      requests: 0,
      says: /^::error::POST https:\/\/127\.0\.0\.1:\d+\/v1\/context\/create: could not reach 127\.0\.0\.1:\d+: DEPTH_ZERO_SELF_SIGNED_CERT \(self[- ]signed certificate[^)]*\)\. The gateway certificate is not trusted here/
    }
  },
  {
    fault: 'TLS: https to a port that speaks plain http',
    baseUrl: () => recorder.url.replace('http:', 'https:'),
    expect: {
      code: 1,
      requests: 0,
      says: /could not reach 127\.0\.0\.1:\d+: (EPROTO|ERR_SSL_WRONG_VERSION_NUMBER) \(wrong version number\)\. The TLS handshake failed/
    }
  },
  {
    fault: 'a server that does not speak HTTP',
    baseUrl: () => notHttp.url,
    inputs: { 'max-attempts': '1' },
    expect: {
      code: 1,
      requests: 0,
      says: /127\.0\.0\.1:\d+ answered with something that is not readable HTTP: (HPE_INVALID_CONSTANT|HTTPParserError) \(.*Expected HTTP\//
    }
  }
];

interface Measured {
  fault: string;
  via: Via;
  code: number | null;
  attempts: number;
  retried: boolean;
  elapsedMs: number;
  says: string;
}
const measured: Measured[] = [];

function record(fault: string, o: Outcome): void {
  const waits = loggedWaitsMs(o.run);
  const said =
    o.run.code === 0
      ? (o.run.stdout.match(/^attempt 1 .*$/m)?.[0] ?? '')
      : (errorLines(o.run)[0] ?? o.run.stdout.match(/^attempt 1 .*$/m)?.[0] ?? '');
  measured.push({
    fault,
    via: o.via,
    code: o.run.stopped ? null : o.run.code,
    attempts: o.run.stopped ? 1 : waits.length + 1,
    retried: waits.length > 0 || o.run.stopped,
    elapsedMs: o.run.elapsedMs,
    says: said.replace(/^::error[^:]*::/, '').replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:PORT')
  });
}

function matrixTable(): string {
  const rows = [...measured].sort(
    (a, b) => ROWS.findIndex((r) => r.fault === a.fault) - ROWS.findIndex((r) => r.fault === b.fault) || a.via.localeCompare(b.via)
  );
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  return [
    '| fault | transport | exit | attempts | retried | time | what the log says |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (m) =>
        `| ${cell(m.fault)} | ${m.via} | ${m.code ?? 'killed after the log line'} | ${m.attempts} | ${m.retried ? 'yes' : 'no'} | ${(m.elapsedMs / 1000).toFixed(1)} s | ${cell(m.says.length > 160 ? `${m.says.slice(0, 159)}…` : m.says)} |`
    ),
    '',
    measuredStorm
      ? `Twenty concurrent runs, 429 + Retry-After: 1 to a random half: ${measuredStorm.runs} runs, all exit 0; ${measuredStorm.requests} requests, ${measuredStorm.rateLimited} answered 429; at most ${measuredStorm.mostAttempts} attempts in one run; ${measuredStorm.seconds.toFixed(1)} s in all.`
      : ''
  ].join('\n');
}

describe('fault matrix: every fault over both transports', () => {
  // The rows are independent (each run has its own emulator): run them a few at a time, then
  // check each in a test of its own.
  let results: (Outcome[] | { error: unknown })[];
  beforeAll(async () => {
    results = await settledInPool(ROWS, 4, (row) => Promise.all(VIAS.map((via) => scenario(via, row))));
  }, 300_000); // about 25 s on a quiet machine: only a hang reaches this

  test.each(ROWS.map((r, i) => [r.fault, i] as const))('%s', (_name, i) => {
    const row = ROWS[i]!;
    const result = results[i]!;
    if ('error' in result) throw result.error;
    for (const o of result) {
      record(row.fault, o);
      checkRun(o);
      const want = { ...row.expect, ...(o.via === 'proxy' && row.expect.proxy) };
      const context = `${o.via}:\n${o.run.stdout}`;
      expect([context, o.run.stopped ? 1 : o.run.code]).toEqual([context, want.code]);
      expect([context, o.requests.length]).toEqual([context, want.requests]);
      const said = want.code === 1 && !o.run.stopped ? errorLines(o.run).join('\n') : o.run.stdout;
      expect([context, said]).toEqual([context, expect.stringMatching(want.says)]);
      if (want.code === 1 && !o.run.stopped) expect(errorLines(o.run)).toHaveLength(1);
      if (want.code === 1) expect(o.run.outputs).toEqual({});
      row.check?.(o);
    }
  });
});

describe('Retry-After', () => {
  test('a huge Retry-After is capped at 60 s, said so, and the announced bound covers it', async () => {
    const o = await scenario('direct', {
      faults: () => [{ status: 429, retryAfter: 999_999 }],
      inputs: { timeout: '0.5', 'max-attempts': '3' },
      observe: { stopWhen: /retrying in/ }
    });
    checkRun(o);
    expect(o.run.stopped).toBe(true);
    expect(o.run.stdout).toMatch(/retrying in 60\.0 s \(the gateway asked for 999999\.0 s via Retry-After; capped at 60\.0 s\)/);
    // 3 attempts of 0.5 s and 2 waits at the cap.
    expect(o.run.stdout).toMatch(/up to 3 attempt\(s\) of 0\.5 s, 121\.5 s at most in all\./);
  });
});

describe('a body over 1 MiB is cut off, and memory stays flat', () => {
  test.each(VIAS)('%s: 64 MiB at the action, its peak memory stays well under that', async (via) => {
    const baseline = await scenario(via, { observe: { sampleMemory: true } });
    checkRun(baseline);
    expect(baseline.run.code).toBe(0);
    const big = await scenario(via, { faults: () => [{ bodyBytes: 64 * 1024 * 1024 }], observe: { sampleMemory: true } });
    checkRun(big);
    expect(big.run.code).toBe(1);
    expect(errorLines(big.run)[0]).toMatch(/the response is larger than 1024 KiB and was cut off/);
    const baseKiB = baseline.run.peakRssKiB!;
    const peakKiB = big.run.peakRssKiB!;
    expect(baseKiB).toBeGreaterThan(0);
    // Buffering the body would add 64 MiB at least (twice that as a string; +280 MiB measured
    // with the cap removed). Allow half the body: socket buffers and GC timing vary by a few
    // tens of MiB on a loaded machine (22 MiB seen through the proxy).
    expect(peakKiB - baseKiB).toBeLessThan(32 * 1024);
  });
});

describe('twenty concurrent runs against a gateway that answers 429 to a random half', () => {
  test('all succeed, each honours Retry-After, and the total number of requests stays bounded', async () => {
    const RUNS = 20;
    const MAX_ATTEMPTS = 10;
    // Seeded, so the test is the same on every run: with seed 88 and these prompts, 24 of 44
    // requests get a 429 and the unluckiest run needs 4 attempts. (Over seeds 1–300 the
    // unluckiest of 20 runs needs 5 attempts at the median and more than 10 for 6 seeds: an
    // unseeded half would fail a run about 2 % of the time, which is what max-attempts is for.)
    const gw = await startGateway({ apiKey: KEY, chaos: { rate: 0.5, fault: { status: 429, retryAfter: 1 }, seed: 88 } });
    const started = performance.now();
    try {
      const runs = await Promise.all(
        Array.from({ length: RUNS }, (_, i) =>
          runAction({
            inputs: {
              model: 'gemini-2.5-flash',
              'prompt-file': 'p.md',
              'api-key': KEY,
              'base-url': gw.url,
              timeout: '10',
              'max-attempts': String(MAX_ATTEMPTS)
            },
            // A prompt of its own per run: the emulator's seeded draws follow the prompt, not the arrival order.
            files: { 'p.md': `Run ${i}. ${PROMPT}` },
            env: { ...DEBUG, ...(i % 2 === 1 && { HTTP_PROXY: proxy.url }) }
          })
        )
      );
      for (const r of runs) {
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expectNoLeak(r, { key: KEY, id: r.outputs['context-id'] });
        for (const line of r.stdout.split('\n').filter((l) => l.startsWith('attempt ')))
          expect(line).toMatch(/HTTP 429: .*retrying in 1\.0 s \(as Retry-After asked\)$/);
      }
      expect(new Set(runs.map((r) => r.outputs['context-id'])).size).toBe(RUNS);
      expect(gw.caches.size).toBe(RUNS); // one cache per run: no duplicates from retries
      const total = gw.requests.length;
      expect(total).toBe(RUNS + gw.chaosHits);
      expect(total).toBeLessThanOrEqual(RUNS * MAX_ATTEMPTS); // the hard bound
      expect(total).toBeLessThanOrEqual(RUNS * 3); // in practice: about 2 a run at a 50 % rate
      // No storm: a run's next request waits out the Retry-After (half of its 1 s between recorded
      // arrivals, which this busy process may stamp late: only a run that did not wait fails).
      const byRun = new Map<string, number[]>();
      for (const req of gw.requests) byRun.set(req.body, [...(byRun.get(req.body) ?? []), req.at]);
      for (const times of byRun.values())
        for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(500);
      expect(proxy.saw(new URL(gw.url).host)).toBe(true); // the odd runs went through the proxy
      const mostAttempts = Math.max(...[...byRun.values()].map((t) => t.length));
      measuredStorm = {
        runs: RUNS,
        requests: total,
        rateLimited: gw.chaosHits,
        mostAttempts,
        seconds: (performance.now() - started) / 1000
      };
    } finally {
      await gw.close();
    }
  }, 300_000); // a few seconds on a quiet machine: only a hang reaches this
});

describe('the emulator’s chaos', () => {
  const post = (url: string, body: string) =>
    fetch(`${url}/v1/context/create`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body
    }).then((r) => r.status);
  const bodies = Array.from({ length: 12 }, (_, i) =>
    // Doubao: no minimum cache size, so a short body is a plain success.
    JSON.stringify({ model: 'Doubao-pro-32k', messages: [{ role: 'user', content: `#${i % 4}` }] })
  );

  test('seeded draws follow the prompt, not the arrival order; rate 0 never and 1 always faults', async () => {
    const chaos: Chaos = { rate: 0.5, fault: { status: 429, retryAfter: 1 }, seed: 7 };
    const [a, b, never, always] = await Promise.all([
      startGateway({ apiKey: KEY, chaos }),
      startGateway({ apiKey: KEY, chaos }),
      startGateway({ apiKey: KEY, chaos: { ...chaos, rate: 0 } }),
      startGateway({ apiKey: KEY, chaos: { ...chaos, rate: 1 } })
    ]);
    try {
      const inOrder: string[] = [];
      for (const body of bodies) inOrder.push(`${body} ${await post(a!.url, body)}`);
      const reversed: string[] = [];
      for (const body of [...bodies].reverse()) reversed.push(`${body} ${await post(b!.url, body)}`);
      // Per body, the n-th request gets the same answer in both orders.
      const perBody = (lines: string[]) => [...lines].sort().join('\n');
      expect(perBody(reversed)).toBe(perBody(inOrder));
      expect(a!.chaosHits).toBe(b!.chaosHits);
      expect(a!.chaosHits).toBeGreaterThan(0);
      expect(a!.chaosHits).toBeLessThan(bodies.length);
      for (const body of bodies.slice(0, 3)) {
        expect(await post(never!.url, body)).toBe(200);
        expect(await post(always!.url, body)).toBe(429);
      }
      expect([never!.chaosHits, always!.chaosHits]).toEqual([0, 3]);
      always!.setChaos(undefined);
      expect(await post(always!.url, bodies[0]!)).toBe(200);
      expect(() => a!.setChaos({ rate: 2, fault: { status: 429 } })).toThrow(TypeError);
      expect(() => a!.setChaos({ rate: 0.5, fault: {} as Fault })).toThrow(TypeError);
    } finally {
      await Promise.all([a, b, never, always].map((g) => g!.close()));
    }
  });
});
