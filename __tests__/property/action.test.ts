// The same promise end to end: dist/index.js, run as the runner runs it, with random junk in one
// random input. The in-process validation (readSettings, as getInput reads the inputs) is the
// oracle: what it refuses must fail with an ::error:: naming that input and send nothing; what it
// accepts may be sent. Never a stack trace, never anything on stderr. The cases come from a seed
// that a failure prints (FUZZ_SEED=<n> replays it).
import fc from 'fast-check';
import { startGateway, type Gateway } from '../../emulator/gateway.js';
import { InputErrors } from '../../src/errors.js';
import { INPUT_NAMES, readSettings } from '../../src/actions/create/inputs.js';
import { errorLines, expectNoLeak, STACK_TRACE } from '../helpers/leaks.js';
import { actionInputs, runAction } from '../helpers/run-action.js';
import { inPool } from '../helpers/pool.js';
import { closedPort } from '../helpers/servers.js';
import { NASTY } from '../helpers/nasty.js';

export const RUNS = Number(process.env['FUZZ_RUNS'] ?? 60);
const SEED = Number(process.env['FUZZ_SEED'] ?? Math.floor(Math.random() * 2 ** 31));

const KEY = 'sk-fuzz-0123456789abcdef';
const DEBUG = { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' };
// Above Gemini's 1,024-token minimum, which the emulator enforces as upstream does.
const PROMPT = `You are a strict grader.\n${'Grade each answer against the rubric. '.repeat(150)}`;

let gw: Gateway;
let deadProxy: string;
beforeAll(async () => {
  gw = await startGateway({ apiKey: KEY });
  deadProxy = `http://127.0.0.1:${await closedPort()}`;
});
afterAll(() => gw.close());

// No NUL: the runner cannot pass one in an environment variable either.
const noNul = (s: string) => s.replace(/\0/g, '');
const junk = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...NASTY),
  fc.oneof(fc.integer(), fc.double()).map(String),
  fc.tuple(fc.constantFrom(...NASTY), fc.string({ maxLength: 10 })).map(([n, s]) => n + s + n)
);

test(`junk in one input, ${RUNS} runs of dist: refused naming the input with nothing sent, or accepted; never a crash`, async () => {
  const names = Object.keys(actionInputs()).filter((n) => (INPUT_NAMES as readonly string[]).includes(n));
  const cases = fc.sample(
    fc.record({ name: fc.constantFrom(...names), value: junk.map(noNul), glue: fc.constantFrom('replace', 'append', 'prepend') }),
    {
      numRuns: RUNS,
      seed: SEED
    }
  );
  const baseline: Record<string, string> = {
    ...actionInputs(),
    model: 'gemini-2.5-flash',
    'prompt-file': 'p.md',
    'api-key': KEY,
    'base-url': gw.url,
    timeout: '5',
    'max-attempts': '1'
  };

  const runs = await inPool(cases, 4, async ({ name, value, glue }) => {
    const inputs = { ...baseline };
    inputs[name] = glue === 'replace' ? value : glue === 'append' ? `${inputs[name]}${value}` : `${value}${inputs[name]}`;
    // Whatever base-url becomes, nothing may leave this machine: every host but loopback goes
    // to a proxy that is not there.
    const env =
      name === 'base-url' ? { ...DEBUG, HTTPS_PROXY: deadProxy, HTTP_PROXY: deadProxy, NO_PROXY: '127.0.0.1,localhost,::1' } : DEBUG;
    const r = await runAction({ inputs, files: { 'p.md': PROMPT }, env });
    return { name, value, inputs, r };
  });

  let refused = 0;
  for (const { name, value, inputs, r } of runs) {
    const context = `FUZZ_SEED=${SEED}: ${name} = ${JSON.stringify(value)}\n${r.stdout}\n${r.stderr}`;
    expect([context, r.stderr]).toEqual([context, '']);
    expect([context, STACK_TRACE.test(r.stdout)]).toEqual([context, false]);
    expect([context, r.code === 0 || r.code === 1]).toEqual([context, true]);
    if (name !== 'api-key') expectNoLeak(r, { key: KEY, id: r.code === 0 ? r.outputs['context-id'] : undefined });
    expect([context, errorLines(r).some((l) => l.includes('Unexpected error'))]).toEqual([context, false]);

    let oracle: InputErrors | undefined;
    try {
      readSettings((n) => (inputs[n] ?? '').trim());
    } catch (e) {
      if (!(e instanceof InputErrors)) throw e;
      oracle = e;
    }
    if (oracle) {
      refused++;
      expect([context, r.code]).toEqual([context, 1]);
      for (const input of new Set(oracle.errors.map((e) => e.input)))
        expect([context, errorLines(r).some((l) => l.includes(`'${input}'`))]).toEqual([context, true]);
      expect([context, r.stdout]).not.toEqual([context, expect.stringMatching(/^Creating a context cache/m)]);
    } else if (r.code === 1 && !/^Creating a context cache/m.test(r.stdout)) {
      // Accepted by the inputs' own rules, refused before sending (a prompt file that is not
      // there, vars that are not a mapping…): the error still names the input.
      const named = errorLines(r).some((l) => l.includes(`'${name}'`) || (name === 'prompt-file' && l.includes('Prompt file')));
      expect([context, named]).toEqual([context, true]);
    }
  }
  // Nothing refused was sent: every request the emulator saw came from an accepted run.
  const accepted = runs.filter((x) => /^Creating a context cache/m.test(x.r.stdout)).length;
  expect(gw.requests.length).toBeLessThanOrEqual(accepted);
  console.log(`end-to-end fuzz: ${RUNS} runs (seed ${SEED}), ${refused} refused by validation, ${accepted} sent`);
}, 90_000);
