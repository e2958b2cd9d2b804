/* eslint-disable no-control-regex -- escapes are what these tests look for */
// The command line (dist/cli/index.js) spawned as a user runs it, on Node 24, against the gateway
// emulator: each subcommand and exit code, --help and misspelt flags, the key never printed,
// Ctrl-C, a pseudo-terminal's view (progress bar, colours) against a pipe's, the same results file
// as the action's, and the package installed from its tarball with no network.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startGateway, type Gateway } from '../../emulator/gateway.js';
import { CLI_DESCRIPTIONS, RUNNER_ONLY } from '../../src/cli/flags.js';
import { inShard, parseShard, type Shard } from '../../src/evaluation/shard.js';
import { SPECS } from '../../src/inputs/specs.js';
import { ROOT, runtime } from '../../scripts/local-runner.js';
import { CACHED_PROMPT, chatRequests, createCache, KEY, runEval } from '../helpers/eval-run.js';

const CLI = join(ROOT, 'dist/cli/index.js');
const NODE = runtime();
const MODEL = 'gemini-2.5-flash';
const CASES = `- name: greets
  prompt: Say hello to Ada
  expect:
    contains: Ada
- name: json answer
  prompt: Give JSON
  expect:
    json: { ok: true }
- name: spells
  prompt: Spell ping
  expect:
    icontains: PING
`;

interface Ran {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

let gw: Gateway;
let dir: string;
beforeAll(async () => {
  gw = await startGateway({ apiKey: KEY });
});
afterAll(() => gw.close());
beforeEach(async () => {
  gw.reset();
  dir = await mkdtemp(join(tmpdir(), 'cli-'));
  await writeFiles({ 'prompts/system.md': CACHED_PROMPT, 'evals/cases.yml': CASES });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function writeFiles(files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), text);
  }
}

/** A clean environment: no CI variables, no key unless given. */
function envOf(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: `${dirname(NODE)}:${process.env['PATH'] ?? ''}`, HOME: dir, ...extra };
}

function cli(args: string[], options: { env?: Record<string, string>; command?: string[] } = {}): Promise<Ran> {
  const [cmd, ...pre] = options.command ?? [NODE, CLI];
  const child = spawn(cmd!, [...pre, ...args], { cwd: dir, env: envOf(options.env) });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

const at = () => ['--base-url', gw.url];
const withKey = { GATEWAY_API_KEY: KEY };

describe('help and usage', () => {
  test('--version prints package.json’s version; --help lists the commands and exit codes', async () => {
    const version = await cli(['--version']);
    expect(version).toMatchObject({ code: 0, stdout: `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n` });
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    for (const c of ['create', 'eval', 'merge', 'run']) expect(help.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
    expect(help.stdout).toMatch(/130 +interrupted/);
  });

  test('<command> --help lists every flag with the description action.yml gives its input', async () => {
    const help = await cli(['eval', '--help']);
    expect(help.code).toBe(0);
    const flat = help.stdout.replace(/\s+/g, ' ');
    for (const [name, spec] of Object.entries(SPECS.eval.inputs)) {
      if (RUNNER_ONLY.eval.includes(name)) continue;
      expect(flat).toContain(`--${name}`);
      expect(flat).toContain((CLI_DESCRIPTIONS.eval[name] ?? spec.description).replace(/\s+/g, ' ').slice(0, 60));
    }
    for (const own of ['--results-file', '--junit-file', '--markdown-file', '--dry-run']) expect(flat).toContain(own);
    expect(flat.match(/--dry-run\b/g)).toHaveLength(1);
  });

  test('a misspelt flag or command: exit 2 with did-you-mean; a bad value: the action’s message, as a flag', async () => {
    const flag = await cli(['eval', '--cases-fil', 'x.yml']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('unknown flag --cases-fil for eval. Did you mean --cases-file?');
    const command = await cli(['evla']);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('Did you mean eval?');
    const value = await cli(['eval', '--model', MODEL, '--cases-file', 'evals/cases.yml', '--context-id', 'c', '--min-pass-rate', '150%'], {
      env: withKey
    });
    expect(value.code).toBe(2);
    expect(value.stderr).toMatch(/error: --min-pass-rate: .*150%/);
    expect(gw.requests).toHaveLength(0);
    const missing = await cli(['eval', '--dry-run', '--model', MODEL, '--cases-file', 'nope.yml', ...at()]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      '--cases-file: "nope.yml" does not exist. Check the path; it is read relative to the current directory'
    );
    expect(missing.stderr).not.toMatch(/repository root|checkout step/);
    const noValue = await cli(['eval', '--model']);
    expect(noValue).toMatchObject({ code: 2 });
    expect(noValue.stderr).toContain('--model needs a value');
  });
});

test('help speaks of the command line, not of a runner: no expressions, fork PRs, outputs, or a key merge does not take', async () => {
  const top = await cli(['--help']);
  expect(top.stdout).toMatch(/1 +the gate failed \(.*--fail-on worse\)/);
  for (const command of ['eval', 'run']) {
    const help = (await cli([command, '--help'])).stdout.replace(/\s+/g, ' ');
    expect(help).not.toMatch(/\$\{\{|--matrix|--github-token|--comment-key|fork pull|response output|the create step/);
    expect(help).toContain('its answer alone is printed on stdout');
  }
  const merge = (await cli(['merge', '--help'])).stdout.replace(/\s+/g, ' ');
  expect(merge).not.toMatch(/api-key|GATEWAY_API_KEY|\b3 gateway/);
  expect(merge).toContain('Exit codes: 0 passed, 1 gate failed, 2 bad input or files, 130 interrupted.');
});

describe('create', () => {
  test('prints the cache id alone on stdout; --json every output', async () => {
    const made = await cli(['create', '--prompt-file', 'prompts/system.md', '--model', MODEL, ...at()], { env: withKey });
    expect(made.code).toBe(0);
    const id = made.stdout.trim();
    expect(made.stdout).toBe(`${id}\n`);
    expect(gw.caches.has(id)).toBe(true);
    expect(made.stderr).toContain('Context cache created');

    const json = await cli(['create', '--prompt-file', 'prompts/system.md', '--model', MODEL, '--json', ...at()], { env: withKey });
    const outputs = JSON.parse(json.stdout) as Record<string, string>;
    expect(Object.keys(outputs).sort()).toEqual(Object.keys(SPECS.create.outputs).sort());
    expect(gw.caches.has(outputs['context-id']!)).toBe(true);
  });

  test('the create action’s words too: the cost, and a Doubao cache without a ttl kept and billed 24 hours', async () => {
    const gemini = await cli(['create', '--prompt-file', 'prompts/system.md', '--model', MODEL, ...at()], { env: withKey });
    expect(gemini.code).toBe(0);
    expect(gemini.stderr).toMatch(/^Cost: creating \$\d+\.\d+; storage \$\d+\.\d+ per hour.*an estimate\)\.$/m);
    expect(gemini.stderr).not.toContain('No ttl is set');
    const doubao = await cli(['create', '--prompt-file', 'prompts/system.md', '--model', 'Doubao-1.5-pro-32k', ...at()], { env: withKey });
    expect(doubao.code).toBe(0);
    expect(doubao.stderr).toMatch(/warning: No ttl is set: .*Doubao cache for 24 hours .*Set --ttl \(from 3600\)/);
    expect(doubao.stderr).toMatch(/^Cost: creating \$/m);
    const kept = await cli(['create', '--prompt-file', 'prompts/system.md', '--model', 'Doubao-1.5-pro-32k', '--ttl', '3600', ...at()], {
      env: withKey
    });
    expect(kept.stderr).not.toContain('No ttl is set');
  });

  test('no key: exit 2 naming --api-key and GATEWAY_API_KEY; a dry run needs none and sends nothing', async () => {
    const none = await cli(['create', '--prompt-file', 'prompts/system.md', '--model', MODEL, ...at()]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--api-key is empty. Pass --api-key, or set the GATEWAY_API_KEY');
    const dry = await cli(['create', '--prompt-file', 'prompts/system.md', '--model', MODEL, '--dry-run', ...at()]);
    expect(dry).toMatchObject({ code: 0, stdout: '' });
    expect(dry.stderr).toContain('Nothing was sent');
    expect(gw.requests).toHaveLength(0);
  });

  test('a gateway that cannot be reached: exit 3', async () => {
    const down = await cli(
      ['create', '--prompt-file', 'prompts/system.md', '--model', MODEL, '--max-attempts', '1', '--base-url', 'http://127.0.0.1:1'],
      {
        env: withKey
      }
    );
    expect(down.code).toBe(3);
    expect(down.stderr).toContain('error:');
  });
});

describe('eval', () => {
  test('exit 0 when the gate passes, 1 when it fails; the cases that did not pass with expected and got', async () => {
    const id = await createCache(gw, MODEL);
    gw.setAnswers([{ match: 'Give JSON', reply: { ok: true } }]);
    const args = ['eval', '--context-id', id, '--model', MODEL, '--cases-file', 'evals/cases.yml', ...at()];
    const passed = await cli(args, { env: withKey });
    expect(passed.code).toBe(0);
    expect(passed.stdout).toMatch(/passed +3/);
    expect(passed.stdout).toContain('PASSED');
    expect(chatRequests(gw)).toHaveLength(3);

    gw.setAnswers([{ match: 'Give JSON', reply: 'no json here' }]);
    const failed = await cli(args, { env: withKey });
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/failed +1/);
    expect(failed.stdout).toMatch(/✗ fail +json answer evals\/cases\.yml:5/);
    expect(failed.stdout).toContain('answer: no json here');
    expect(failed.stdout).toMatch(/FAILED: Pass rate 66.7% is below min-pass-rate 100%/);
    expect((await cli([...args, '--min-pass-rate', '60%'], { env: withKey })).code).toBe(0);
  });

  test('the cache gone (exit 3), the gateway unreachable (exit 3), no context id (exit 2)', async () => {
    const id = await createCache(gw, MODEL);
    gw.expire(id);
    const gone = await cli(['eval', '--context-id', id, '--model', MODEL, '--cases-file', 'evals/cases.yml', ...at()], { env: withKey });
    expect(gone.code).toBe(3);
    expect(gone.stderr).toContain('Create a new one (context-cache create prints its id)');
    expect(gone.stderr).not.toContain('create step');
    const down = await cli(
      [
        'eval',
        '--context-id',
        id,
        '--model',
        MODEL,
        '--cases-file',
        'evals/cases.yml',
        '--max-attempts',
        '1',
        '--base-url',
        'http://127.0.0.1:1'
      ],
      { env: withKey }
    );
    expect(down.code).toBe(3);
    expect(down.stdout).toContain('Every case errored');
    const noId = await cli(['eval', '--model', MODEL, '--cases-file', 'evals/cases.yml', ...at()], { env: withKey });
    expect(noId.code).toBe(2);
    expect(noId.stderr).toContain('--context-id is empty');
    // CONTEXT_CACHE_ID stands in, as it does for the action.
    expect(
      (
        await cli(['eval', '--model', MODEL, '--cases-file', 'evals/cases.yml', ...at()], {
          env: { ...withKey, CONTEXT_CACHE_ID: await createCache(gw, MODEL) }
        })
      ).code
    ).toBe(1);
  });

  test('--dry-run validates the flags and cases without a key and sends nothing; a bad case file is exit 2', async () => {
    const dry = await cli(['eval', '--dry-run', '--model', MODEL, '--cases-file', 'evals/cases.yml', ...at()]);
    expect(dry.code).toBe(0);
    expect(dry.stderr).toMatch(/Dry run: would send 3 case\(s\).*Nothing was sent/);
    await writeFiles({ 'evals/bad.yml': '- name: x\n  prompt: hi\n  expect:\n    containz: y\n' });
    const bad = await cli(['eval', '--dry-run', '--model', MODEL, '--cases-file', 'evals/bad.yml', ...at()]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('evals/bad.yml');
    expect(gw.requests).toHaveLength(0);
  });

  test('--prompt-file: no cache, the prompt (vars filled) before each case, to the plain endpoint; its dry run too', async () => {
    await writeFiles({ 'prompts/short.md': 'You greet for {{ team }}.' });
    gw.setAnswers([{ match: 'Give JSON', reply: { ok: true } }]);
    const args = ['eval', '--prompt-file', 'prompts/short.md', '--vars', 'team: Ops', '--model', MODEL, '--cases-file', 'evals/cases.yml'];
    const dry = await cli([...args, '--dry-run', ...at()]);
    expect(dry.code).toBe(0);
    expect(dry.stderr).toMatch(
      /Dry run: would send 3 case\(s\) to \S+\/v1\/chat\/completions .*after the prompt of 1 file\(s\).*Nothing was sent/
    );
    expect(gw.requests).toHaveLength(0);
    const ran = await cli([...args, ...at()], { env: withKey });
    expect(ran.code).toBe(0);
    const sent = chatRequests(gw);
    expect(sent).toHaveLength(3);
    for (const q of sent) {
      const body = q.json as { context_id?: string; messages: { role: string; content: string }[] };
      expect(body.context_id).toBeUndefined();
      expect(body.messages[0]).toEqual({ role: 'system', content: 'You greet for Ops.' });
      expect(body.messages).toHaveLength(2);
    }
  });

  test('--prompt: one call, its answer alone on stdout, escaped', async () => {
    const id = await createCache(gw, MODEL);
    gw.setAnswers([{ match: 'Haiku', reply: 'line one\nline \u001b[2Jtwo' }]);
    const one = await cli(['eval', '--context-id', id, '--model', MODEL, '--prompt', 'Haiku please', ...at()], { env: withKey });
    expect(one).toMatchObject({ code: 0, stdout: 'line one\nline \\u001b[2Jtwo\n' });
  });

  test('a shard the hash gives no case says so, instead of a pass rate and PASSED', async () => {
    const names = [...CASES.matchAll(/^- name: (.+)$/gm)].map((m) => ({ name: m[1]! }));
    const empty = Array.from({ length: 20 }, (_, i) => parseShard(`${i + 1}/20`) as Shard).find((s) => inShard(names, s).length === 0)!;
    const id = await createCache(gw, MODEL);
    const run = await cli(
      ['eval', '--context-id', id, '--model', MODEL, '--cases-file', 'evals/cases.yml', '--shard', `${empty.index}/20`, ...at()],
      { env: withKey }
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`NO CASES: shard ${empty.index}/20 had no cases; nothing was evaluated.`);
    expect(run.stdout).not.toMatch(/PASSED|needs 100/);
    expect(chatRequests(gw)).toHaveLength(0);
  });

  test('repeated --cases-file flags are the action’s one-per-line list', async () => {
    const id = await createCache(gw, MODEL);
    await writeFiles({ 'evals/more.yml': '- name: extra\n  prompt: More\n  expect:\n    contains: More\n' });
    const run = await cli(
      [
        'eval',
        '--context-id',
        id,
        '--model',
        MODEL,
        '--cases-file',
        'evals/cases.yml',
        '--cases-file',
        'evals/more.yml',
        '--min-pass-rate',
        '0',
        ...at()
      ],
      { env: withKey }
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/total +4/);
  });
});

describe('the same files as the action', () => {
  test('--results-file holds the document the action writes, times and paths aside; JUnit and Markdown too', async () => {
    const id = await createCache(gw, MODEL);
    gw.setAnswers([{ match: 'Give JSON', reply: 'not json' }]);
    const viaCli = await cli(
      [
        'eval',
        '--context-id',
        id,
        '--model',
        MODEL,
        '--cases-file',
        'evals/cases.yml',
        '--results-file',
        'out/r.json',
        '--junit-file',
        'out/j.xml',
        '--markdown-file',
        'out/s.md',
        ...at()
      ],
      { env: withKey }
    );
    expect(viaCli.code).toBe(1);
    const action = await runEval(
      gw,
      { 'context-id': id, model: MODEL, 'cases-file': 'evals/cases.yml' },
      { files: { 'evals/cases.yml': CASES } }
    );
    const strip = (text: string) =>
      JSON.parse(text, (k, v: unknown) => (['startedAt', 'durationMs', 'latencyMs'].includes(k) ? undefined : v)) as unknown;
    const mine = strip(await readFile(join(dir, 'out/r.json'), 'utf8'));
    const theirs = strip(await readFile(action.outputs['results-file']!, 'utf8'));
    expect(mine).toEqual(theirs);
    expect(await readFile(join(dir, 'out/j.xml'), 'utf8')).toMatch(/<testsuites[^>]* tests="3" failures="1"/);
    expect(await readFile(join(dir, 'out/s.md'), 'utf8')).toContain('json answer');
  });
});

describe('merge and run', () => {
  test('merge: two shards’ results files → one report and one gate', async () => {
    const id = await createCache(gw, MODEL);
    for (const i of [1, 2])
      expect(
        (
          await cli(
            [
              'eval',
              '--context-id',
              id,
              '--model',
              MODEL,
              '--cases-file',
              'evals/cases.yml',
              '--shard',
              `${i}/2`,
              '--results-file',
              `shards/${i}.json`,
              '--min-pass-rate',
              '0',
              ...at()
            ],
            { env: withKey }
          )
        ).code
      ).toBe(0);
    const merged = await cli(['merge', '--results-files', 'shards/*.json', '--junit-file', 'm.xml']);
    expect(merged.code).toBe(1); // json answer fails against the default answer
    expect(merged.stdout).toMatch(/total +3/);
    expect(existsSync(join(dir, 'm.xml'))).toBe(true);
    // A missing shard: the report of what arrived, and the gate fails (as the merge action does).
    const missing = await cli(['merge', '--results-files', 'shards/1.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/warning: Missing: .*shard\(s\) 2 of 2 missing/);
    expect(missing.stdout).toContain('Incomplete');
    const none = await cli(['merge', '--results-files', 'nothing/*.json']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--results-files');
  });

  test('run --dry-run: create’s and eval’s checks without a key; nothing sent', async () => {
    const dry = await cli([
      'run',
      '--dry-run',
      '--prompt-file',
      'prompts/system.md',
      '--cases-file',
      'evals/cases.yml',
      '--model',
      MODEL,
      ...at()
    ]);
    expect(dry.code).toBe(0);
    expect(dry.stderr).toMatch(/Dry run: would POST .*Nothing was sent/);
    expect(dry.stderr).toMatch(/Dry run: would send 3 case\(s\).*Nothing was sent/);
    expect(gw.requests).toHaveLength(0);
  });

  test('run checks eval’s flags, the cases and both prompts before the first cache is created, naming its own flags', async () => {
    await writeFiles({ 'evals/dup.yml': `${CASES}- name: greets\n  prompt: Again\n  expect:\n    contains: Ada\n` });
    const base = ['run', '--prompt-file', 'prompts/system.md', '--model', MODEL, ...at()];
    const bad: [string[], RegExp][] = [
      [['--cases-file', 'nonexist.yml'], /--cases-file: "nonexist.yml" does not exist/],
      [['--cases-file', 'evals/dup.yml'], /greets/],
      [['--cases-file', 'evals/cases.yml', '--min-pass-rate', '2'], /--min-pass-rate/],
      [['--cases-file', 'evals/cases.yml', '--fail-on', 'worse'], /--fail-on: is worse, .*--baseline-prompt-file/],
      [
        ['--cases-file', 'evals/cases.yml', '--baseline-model', 'gemini-2.5-pro'],
        /--baseline-model: is set without --baseline-prompt-file/
      ],
      [['--cases-file', 'evals/cases.yml', '--baseline-prompt-file', 'nope.md'], /--baseline-prompt-file: "nope.md" does not exist/]
    ];
    for (const [args, said] of bad) {
      const r = await cli([...base, ...args], { env: withKey });
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.stderr).toMatch(said);
      expect(r.stderr).not.toMatch(/baseline-context-id|--prompt-file: "nope|Creating a context cache/);
      expect(gw.requests).toHaveLength(0);
    }
    // Every problem at once, in a dry run too.
    const all = await cli([...base, '--dry-run', '--cases-file', 'nonexist.yml', '--baseline-prompt-file', 'nope.md']);
    expect(all.code).toBe(2);
    expect(all.stderr.match(/^error: /gm)).toHaveLength(2);
    expect(all.stderr).toContain('--cases-file: "nonexist.yml" does not exist');
    expect(all.stderr).toContain('--baseline-prompt-file: "nope.md" does not exist');
    expect(gw.requests).toHaveLength(0);
    const help = (await cli(['run', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(help).not.toContain('baseline-context-id');
    expect(help).toMatch(/--fail-on VALUE .*needs --baseline-prompt-file or --baseline-file/);
    expect(help).toMatch(/--baseline-model VALUE The model of the base side \(with --baseline-prompt-file\)/);
  });

  test('run on Doubao: a common_prefix cache unless --mode says otherwise, and said before it is created', async () => {
    const doubao = [
      'run',
      '--prompt-file',
      'prompts/system.md',
      '--cases-file',
      'evals/cases.yml',
      '--model',
      'Doubao-1.5-pro-32k',
      '--ttl',
      '3600'
    ];
    const plain = await cli([...doubao, '--min-pass-rate', '0', ...at()], { env: withKey });
    expect(plain.code).toBe(0);
    expect(gw.requests.find((r) => r.path === '/v1/context/create')!.json).toMatchObject({ mode: 'common_prefix' });
    expect(plain.stderr).toContain('Mode common_prefix (no --mode given)');
    expect(plain.stderr).not.toContain('session mode');
    gw.reset();
    const session = await cli([...doubao, '--mode', 'session', '--dry-run', ...at()]);
    expect(session.code).toBe(0);
    expect(session.stderr).toMatch(/warning: The cache is in session mode/);
    expect(session.stderr).toMatch(/Dry run: would POST .*mode session/);
    expect(gw.requests).toHaveLength(0);
    expect((await cli(['run', '--help'])).stdout.replace(/\s+/g, ' ')).toContain('default common_prefix here');
  });

  test('run: creates the cache and evaluates against it; --baseline-prompt-file as eval allows', async () => {
    gw.setAnswers([{ match: 'Give JSON', reply: { ok: true } }]);
    const run = await cli(['run', '--prompt-file', 'prompts/system.md', '--cases-file', 'evals/cases.yml', '--model', MODEL, ...at()], {
      env: withKey
    });
    expect(run.code).toBe(0);
    expect(gw.requests.filter((r) => r.path === '/v1/context/create')).toHaveLength(1);
    expect(chatRequests(gw).every((r) => gw.caches.has((r.json as { context_id?: string }).context_id ?? ''))).toBe(true);

    gw.reset();
    gw.setAnswers([{ match: 'Give JSON', reply: { ok: true } }]);
    await writeFiles({ 'prompts/old.md': `${CACHED_PROMPT}\nOlder.` });
    const headAndBase = () => [
      'run',
      '--prompt-file',
      'prompts/system.md',
      '--baseline-prompt-file',
      'prompts/old.md',
      '--cases-file',
      'evals/cases.yml',
      '--model',
      MODEL,
      ...at()
    ];
    const both = await cli(headAndBase(), { env: withKey });
    expect(both.code).toBe(0);
    expect(gw.requests.filter((r) => r.path === '/v1/context/create')).toHaveLength(2);
    // Every case asked of both caches, side by side, and the comparison reported.
    // By case, not by arrival: the two sides of a case are sent at once, in either order.
    const sent = chatRequests(gw).map((r) => r.json as { context_id?: string; messages: { content: string }[] });
    expect(new Set(sent.map((q) => q.context_id)).size).toBe(2);
    const byCase = new Map<string, Set<string | undefined>>();
    for (const q of sent) byCase.set(q.messages.at(-1)!.content, (byCase.get(q.messages.at(-1)!.content) ?? new Set()).add(q.context_id));
    expect([...byCase.values()].map((ids) => ids.size)).toEqual([2, 2, 2]);
    expect(both.stdout).toMatch(/change +no significant change \(p = 1\.00; base passed 3 of 3\)/);
    expect(both.stdout).toMatch(/cost +\$0\.\d{6}, base \$0\.\d{6} \(estimate\)/);
    // A regressed case shows the base's answer beside the head's.
    gw.reset();
    gw.setAnswers([
      { match: 'Say hello', cached: 'Older.', reply: 'Hello Ada (base)' },
      { match: 'Say hello', reply: 'Hello stranger' }
    ]);
    const worse = await cli(headAndBase(), { env: withKey });
    expect(worse.stdout).toMatch(/answer: Hello stranger\n +base answer: Hello Ada \(base\)/);
    // In a GitHub `run:` step the runner reads this output: no answer line can be a workflow command.
    gw.reset();
    gw.setAnswers([
      { match: 'Say hello', cached: 'Older.', reply: 'Hello Ada\n  ::error::forged by the base ##[warning]w' },
      { match: 'Say hello', reply: 'Hi\n::error title=x::forged by the head\n##[stop-commands]tok' }
    ]);
    const hostile = await cli(headAndBase(), { env: withKey });
    expect(hostile.stdout).toContain('forged by the base');
    expect((hostile.stdout + hostile.stderr).split('\n').filter((l) => /^\s*::/.test(l) || l.includes('##['))).toEqual([]);
  });
});

describe('secrets and terminals', () => {
  test('the key is never printed, even when the gateway echoes it, with --verbose, or on an error', async () => {
    const id = await createCache(gw, MODEL);
    gw.setAnswers([
      { match: 'Ada', reply: `your key is ${KEY}` },
      { match: 'JSON', status: 401, reply: `bad key ${KEY}` }
    ]);
    const runs = [
      await cli(
        ['eval', '--context-id', id, '--model', MODEL, '--cases-file', 'evals/cases.yml', '--verbose', '--max-attempts', '1', ...at()],
        { env: withKey }
      ),
      await cli([
        'eval',
        '--api-key',
        KEY,
        '--context-id',
        id,
        '--model',
        MODEL,
        '--cases-file',
        'evals/cases.yml',
        ...at(),
        '--min-pass-rate',
        '9'
      ]),
      await cli(['create', '--api-key', KEY, '--prompt-file', 'prompts/system.md', '--model', MODEL, '--verbose', ...at()])
    ];
    expect(runs.map((r) => r.code)).toEqual([1, 2, 0]);
    for (const r of runs) expect(`${r.stdout}${r.stderr}`).not.toContain(KEY);
  });

  test('a reader that goes away (| head -1): output stops quietly, no stack trace, the exit code is the evaluation’s', async () => {
    const id = await createCache(gw, MODEL);
    gw.setAnswers([{ match: 'Give JSON', reply: { ok: true } }]);
    const closedEarly = (args: string[]) => {
      const child = spawn(NODE, [CLI, ...args], { cwd: dir, env: envOf(withKey) });
      // The reading end closed before the command writes: every write to stdout meets EPIPE.
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      return new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stderr })));
    };
    for (const args of [
      ['eval', '--context-id', id, '--model', MODEL, '--cases-file', 'evals/cases.yml', ...at()],
      ['eval', '--help'],
      ['--help']
    ]) {
      const r = await closedEarly(args);
      expect({ args, code: r.code }).toEqual({ args, code: 0 });
      expect(r.stderr).not.toMatch(/EPIPE|Unhandled|^\s+at /m);
    }
    expect(chatRequests(gw)).toHaveLength(3);
  });

  test('Ctrl-C: exit 130 at once, no stack trace, nothing more sent', async () => {
    const id = await createCache(gw, MODEL);
    gw.setAnswers([{ match: '/./', delayMs: 20_000 }]);
    const child = spawn(
      NODE,
      [CLI, 'eval', '--context-id', id, '--model', MODEL, '--cases-file', 'evals/cases.yml', '--concurrency', '1', ...at()],
      {
        cwd: dir,
        env: envOf(withKey)
      }
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    while (chatRequests(gw).length === 0) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGINT');
    expect(await closed).toBe(130);
    expect(stderr).toContain('Interrupted');
    expect(stderr).not.toMatch(/^\s+at /m);
    await new Promise((r) => setTimeout(r, 300));
    expect(chatRequests(gw)).toHaveLength(1);
  });

  test('a pseudo-terminal gets the progress bar and colours; a pipe and NO_COLOR do not; untrusted escapes never reach either', async () => {
    const id = await createCache(gw, MODEL);
    gw.setAnswers([{ match: 'Give JSON', reply: 'evil \u001b]0;owned\u0007\u001b[2J\u009b31m done' }]);
    const args = ['eval', '--context-id', id, '--model', MODEL, '--cases-file', 'evals/cases.yml', ...at()];
    const pty = ['python3', '-c', 'import os,pty,sys; sys.exit(os.waitstatus_to_exitcode(pty.spawn(sys.argv[1:])))', NODE, CLI];
    const tty = await cli(args, { env: withKey, command: pty });
    expect(tty.code).toBe(1);
    expect(tty.stdout).toContain('█');
    expect(tty.stdout).toMatch(/\d+\/3 .*(left|done)/);
    expect(tty.stdout).toContain('\u001b[31m');

    const piped = await cli(args, { env: withKey });
    expect(piped.code).toBe(1);
    expect(`${piped.stdout}${piped.stderr}`).not.toMatch(/[\u001b\u009b\u0007█]/);
    expect(piped.stderr).toMatch(/^\[3\/3\] 2 passed, 1 failed/m);
    expect(piped.stdout).toContain('evil \\u001b]0;owned\\u0007\\u001b[2J\\u009b31m done');

    const plain = await cli(args, { env: { ...withKey, NO_COLOR: '1' }, command: pty });
    expect(plain.stdout).toContain('█');
    expect(plain.stdout).not.toMatch(/\u001b\[\d+m/);
    // Only our own bar's redraws: no escape from the answer.
    expect(tty.stdout.replace(/\u001b\[(\d+m|2K)/g, '')).not.toMatch(/[\u001b\u009b\u0007]/);
  });
});

describe('where it runs', () => {
  test('npm pack → npm install --offline into a fresh prefix → the installed context-cache evaluates', async () => {
    const packDir = await mkdtemp(join(tmpdir(), 'cli-pack-'));
    const prefix = await mkdtemp(join(tmpdir(), 'cli-prefix-'));
    // Before npm blocks this process: a pooled connection to the emulator would be closed under us.
    const id = await createCache(gw, MODEL);
    try {
      const npmEnv = { ...process.env, npm_config_cache: join(packDir, 'cache'), npm_config_update_notifier: 'false' };
      const pack = spawnSync('npm', ['pack', '--pack-destination', packDir, '--silent'], { cwd: ROOT, encoding: 'utf8', env: npmEnv });
      expect(pack.status).toBe(0);
      const tarball = join(packDir, pack.stdout.trim().split('\n').at(-1)!);
      const install = spawnSync('npm', ['install', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], {
        encoding: 'utf8',
        env: npmEnv
      });
      expect(install.status).toBe(0);
      const bin = join(prefix, 'node_modules/.bin/context-cache');
      gw.setAnswers([{ match: 'Give JSON', reply: { ok: true } }]);
      const run = await cli(['eval', '--context-id', id, '--model', MODEL, '--cases-file', 'evals/cases.yml', ...at()], {
        env: withKey,
        command: [bin]
      });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('PASSED');
      // Nothing but the package itself: no dependency came along.
      expect((await readdir(join(prefix, 'node_modules'))).filter((n) => !n.startsWith('.'))).toEqual(['context-cache-action']);
    } finally {
      await Promise.all([rm(packDir, { recursive: true, force: true }), rm(prefix, { recursive: true, force: true })]);
    }
  }, 120_000);

  test('--version starts about as fast as node itself (medians of interleaved runs, a generous ratio)', () => {
    const time = (args: string[]) => {
      const t = process.hrtime.bigint();
      spawnSync(NODE, args, { cwd: dir });
      return Number(process.hrtime.bigint() - t) / 1e6;
    };
    const bare: number[] = [];
    const version: number[] = [];
    for (let i = 0; i < 9; i++) {
      bare.push(time(['-e', '0']));
      version.push(time([CLI, '--version']));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    expect(median(version) / median(bare)).toBeLessThan(2);
    // The engines are chunks loaded on demand, not part of the entry.
    expect(readFileSync(CLI, 'utf8')).not.toMatch(/zod|undici|tinyglobby/);
  });
});
