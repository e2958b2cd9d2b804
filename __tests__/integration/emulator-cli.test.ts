// emulator/cli.js run as a child process, as the demo, CI and a person run it: its one stdout
// line, --help, and faults, answers, latency, expiry and minimums scripted from the command line.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OPTIONS } from '../../emulator/cli-options.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const CLI = fileURLToPath(new URL('../../emulator/cli.js', import.meta.url));
const KEY = 'cli-key';
const user = (content: string) => ({ role: 'user', content });
const doubao = { model: 'Doubao-1.5-pro-32k', messages: [{ role: 'system', content: 'Be helpful.' }, user('Hello')] };

interface Running {
  base: string;
  child: ChildProcessWithoutNullStreams;
  exited: Promise<number | null>;
}
const running: Running[] = [];
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'emulator-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));
afterEach(async () => {
  for (const r of running.splice(0)) {
    r.child.kill('SIGTERM');
    await r.exited;
  }
});

/** Starts the CLI; resolves with its URL once it prints the one line it prints. */
async function start(args: string[]): Promise<Running> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: 'pipe' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out);
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', () => reject(new Error(`cli exited early: ${out}${err}`)));
  });
  const match = /^gateway emulator listening on (http:\/\/127\.0\.0\.1:\d+)\n$/.exec(line);
  expect(match).not.toBeNull();
  const r = { base: match![1]!, child, exited };
  running.push(r);
  return r;
}

/** Runs the CLI to its end; exit code and output. */
async function runToEnd(args: string[]) {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  return { code, stdout, stderr };
}

async function post(base: string, path: string, body: unknown, key = KEY) {
  const res = await fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify(body)
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: JSON.parse(text) as Json };
}

it('prints its URL, serves, and exits 0 on SIGTERM', async () => {
  const r = await start(['--port', '0', '--api-key', KEY]);
  expect((await post(r.base, '/v1/context/create', doubao)).status).toBe(200);
  expect((await post(r.base, '/v1/context/create', doubao, 'another-key')).status).toBe(401);
  running.splice(running.indexOf(r), 1);
  r.child.kill('SIGTERM');
  expect(await r.exited).toBe(0);
});

it('--help lists every option and exits 0', async () => {
  const { code, stdout } = await runToEnd(['--help']);
  expect(code).toBe(0);
  expect(Object.keys(OPTIONS).length).toBeGreaterThanOrEqual(11);
  for (const name of Object.keys(OPTIONS)) expect(stdout).toMatch(new RegExp(`^  (-\\w, )?--${name}\\b`, 'm'));
  expect(stdout.split('\n').every((l) => l.length <= 100)).toBe(true);
});

it.each([
  [['--port', 'eighty'], /--port must be a whole number/],
  [['--fault', '{"status":503'], /--fault '\{"status":503' is not JSON/],
  [['--fault', '{"status":503}', '--fault', '{"hang":true,"reset":true}'], /--fault #2 .*hang and reset/],
  [['--chaos', '{"rate":2,"fault":{"status":429}}'], /--chaos .*rate must be a number in \[0, 1\]/],
  [['--expire-after', 'soon'], /--expire-after must be a number of seconds/],
  [['--answers', '/nonexistent/rules.json'], /--answers \/nonexistent\/rules\.json: ENOENT/],
  [['--verbose'], /Unknown option '--verbose'/]
])('%j: exits 2 naming the option, and points at --help', async (args, why) => {
  const { code, stderr } = await runToEnd(args);
  expect(code).toBe(2);
  expect(stderr).toMatch(why);
  expect(stderr).toContain('node emulator/cli.js --help');
});

it('--fault, repeated: a scripted status sequence with Retry-After, then normal answers', async () => {
  const r = await start(['--api-key', KEY, '--fault', '{"status":503,"retryAfter":1}', '--fault', '{"status":429,"retryAfter":"2"}']);
  const first = await post(r.base, '/v1/context/create', doubao);
  expect(first.status).toBe(503);
  expect(first.headers.get('retry-after')).toBe('1');
  const second = await post(r.base, '/v1/context/create', doubao);
  expect(second.status).toBe(429);
  expect(second.headers.get('retry-after')).toBe('2');
  expect((await post(r.base, '/v1/context/create', doubao)).status).toBe(200);
});

it('--answers FILE, --latency and --expire-after: scripted replies, late answers, a cache that lapses', async () => {
  const rules = join(dir, 'rules.json');
  await writeFile(rules, JSON.stringify([{ match: '/verdict/i', reply: { pass: false, score: 0, reason: 'scripted' } }]));
  const r = await start(['--api-key', KEY, '--answers', rules, '--latency', '150', '--expire-after', '2']);
  const started = Date.now();
  const id: string = (await post(r.base, '/v1/context/create', doubao)).json.id;
  expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  const chat = (content: string) =>
    post(r.base, '/v1/context/chat/completions', { context_id: id, model: doubao.model, messages: [user(content)] });
  expect(JSON.parse((await chat('Your VERDICT?')).json.choices[0].message.content)).toEqual({ pass: false, score: 0, reason: 'scripted' });
  expect((await chat('Hi')).json.choices[0].message.content).toBe('Emulated answer to: Hi');
  await new Promise((resolve) => setTimeout(resolve, started + 2200 - Date.now()));
  const gone = await chat('Hi');
  expect(gone.status).toBe(404);
  expect(gone.json.error.code).toBe('InvalidParameter.ContextNotFound');
});

it('a bad rule in --answers exits 2 naming the file and the rule', async () => {
  const rules = join(dir, 'bad.json');
  await writeFile(rules, JSON.stringify([{ match: 'ok' }, { match: '/(/' }]));
  const { code, stderr } = await runToEnd(['--answers', rules]);
  expect(code).toBe(2);
  expect(stderr).toContain(`--answers ${rules}: answers[1].match: /(/ is not a valid regular expression`);
});

it("enforces the seeds' minimum by default; --min-tokens 0 turns it off", async () => {
  const small = { model: 'gemini-2.5-flash', messages: [user('Hello')] };
  const strict = await start(['--api-key', KEY]);
  const refused = await post(strict.base, '/v1/context/create', small);
  expect(refused.status).toBe(400);
  expect(refused.json.error.message).toMatch(/min_total_token_count=1024$/);
  const lax = await start(['--api-key', KEY, '--min-tokens', '0']);
  expect((await post(lax.base, '/v1/context/create', small)).status).toBe(200);
});
