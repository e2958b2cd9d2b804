// The eval action's pool under load, end to end through dist/eval/index.js: connections reused
// (keep-alive, at most `concurrency` sockets), and a 429's Retry-After pausing every case, not
// only the one that was told. Assertions are on counts and on order (lower bounds on arrival
// times, which a slow machine only makes larger), never on how fast something ran.
import { startGateway, type Gateway } from '../../emulator/gateway.js';
import { chatRequests, createCache, KEY, promptOf, readResults, runEval } from '../helpers/eval-run.js';

let gw: Gateway;
beforeAll(async () => {
  gw = await startGateway({ apiKey: KEY });
});
afterAll(() => gw.close());
beforeEach(() => gw.reset());

const suite = (prompts: string[]) => prompts.map((p, i) => `- name: case ${i}\n  prompt: ${p}\n  expect:\n    contains: ${p}\n`).join('');

test('40 cases at concurrency 8 share at most 8 keep-alive connections', async () => {
  const id = await createCache(gw, 'gemini-2.5-flash');
  const before = gw.connections; // the test's own create call
  // Each answer takes a while, so the pool does have 8 calls in flight at once.
  gw.setLatency(100);
  const prompts = Array.from({ length: 40 }, (_, i) => `question ${i}`);
  const r = await runEval(
    gw,
    { model: 'gemini-2.5-flash', 'context-id': id, 'cases-file': 'evals/cases.yml', concurrency: '8' },
    { files: { 'evals/cases.yml': suite(prompts) } }
  );
  expect(r.code).toBe(0);
  expect(r.outputs).toMatchObject({ passed: '40', total: '40' });
  const chats = chatRequests(gw);
  expect(chats.map(promptOf).sort()).toEqual([...prompts].sort());
  const used = gw.connections - before;
  expect(used).toBeLessThanOrEqual(8);
  // More than one: the cases did run side by side (40 calls over one socket would be serial).
  expect(used).toBeGreaterThan(1);
  // Progress lines: every 10% of 40 cases, and the last one.
  expect(r.stdout).toMatch(/^\[40\/40 cases\] 40 passed, 0 failed, 0 errors, \d+ s$/m);
});

test("a 429's Retry-After holds back every case, not only the one that got it", async () => {
  const id = await createCache(gw, 'gemini-2.5-flash');
  const RETRY_AFTER_MS = 2000;
  // The first case is told to wait 2 s at once; every other answer takes 1 s. At concurrency 4 the
  // first wave (cases 0–3) is in flight together; cases 1–3 finish after 1 s, and without a shared
  // pause their workers would start cases 4–6 then, inside the 2 s the gateway asked for.
  gw.setLatency(1000);
  gw.setAnswers([{ match: 'LIMITED', status: 429, retryAfter: RETRY_AFTER_MS / 1000, times: 1, delayMs: 0, reply: 'Rate limit reached' }]);
  const prompts = ['LIMITED', ...Array.from({ length: 7 }, (_, i) => `steady ${i + 1}`)];
  const r = await runEval(
    gw,
    { model: 'gemini-2.5-flash', 'context-id': id, 'cases-file': 'evals/cases.yml', concurrency: '4' },
    { files: { 'evals/cases.yml': suite(prompts) } }
  );
  expect(r.code).toBe(0);
  expect(r.outputs).toMatchObject({ passed: '8', total: '8' });

  const chats = chatRequests(gw);
  const limited = chats.filter((c) => promptOf(c) === 'LIMITED');
  expect(limited).toHaveLength(2);
  const at429 = limited[0]!.at; // answered at once (delayMs 0), so the pause began no earlier than this
  const firstWave = new Set(prompts.slice(0, 4));
  const later = chats.filter((c) => c !== limited[0] && !(firstWave.has(promptOf(c)) && promptOf(c) !== 'LIMITED'));
  // The retry and cases 4–7: nothing started within the pause. (Three quarters of it: the emulator
  // stamps a request when this process gets to it, so the 429's stamp may be late on a busy
  // machine; without a shared pause, cases 4–6 start 1 s after it, which this still catches.)
  expect(later.map(promptOf).sort()).toEqual(['LIMITED', 'steady 4', 'steady 5', 'steady 6', 'steady 7']);
  const early = later.filter((c) => c.at < at429 + (RETRY_AFTER_MS * 3) / 4).map((c) => `${promptOf(c)} +${c.at - at429} ms`);
  expect(early).toEqual([]);

  const results = await readResults(r);
  expect(results.cases[0]).toMatchObject({ name: 'case 0', status: 'pass', attempts: 2 });
  expect(results.cases.slice(1).every((c) => c.attempts === 1)).toBe(true);
  expect(r.stdout).toMatch(/case case 0: .*429/);
});
