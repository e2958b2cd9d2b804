// Runs one of the repository's actions the way the GitHub runner does, for the tests and the demo:
// `node <runs.main of its action.yml>` (create: action.yml → dist/index.js; eval: eval/action.yml
// → dist/eval/index.js; merge: eval/merge/action.yml → dist/merge/index.js) with cwd = the
// workspace, every input that action.yml declares as INPUT_<NAME> (hyphens kept; the user's value,
// else the default, else ''), fresh GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STEP_SUMMARY files read
// back afterwards as the runner reads them, a fresh RUNNER_TEMP (or the job's, shared by its
// steps), and optionally an event payload (GITHUB_EVENT_NAME/GITHUB_EVENT_PATH).
// On Node 24 when available (REQUIRE_NODE24=1 makes its absence an error, as in CI).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { node24Path } from './node24.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Each action's metadata file; the runner runs its `runs.main`, relative to that file. */
export const ACTIONS = {
  create: join(ROOT, 'action.yml'),
  eval: join(ROOT, 'eval', 'action.yml'),
  merge: join(ROOT, 'eval', 'merge', 'action.yml')
};

/** The node binary the action runs on here. */
export function runtime() {
  const node24 = node24Path();
  if (!node24 && process.env.REQUIRE_NODE24 === '1')
    throw new Error('Node 24 is required for the end-to-end tests (run: node scripts/node24.js --ensure)');
  return node24 ?? process.execPath;
}

/** @typedef {import('./local-runner.d.ts').ActionName} ActionName */
/** @typedef {{ inputs: Record<string, {default?: unknown}>, main: string }} Metadata */

/** @type {Map<ActionName, Metadata>} */
const metadata = new Map();
/** @param {ActionName} action */
function metadataOf(action) {
  let m = metadata.get(action);
  if (!m) {
    const file = ACTIONS[action];
    if (!file) throw new Error(`no action '${action}' (known: ${Object.keys(ACTIONS).join(', ')})`);
    const yml = parse(readFileSync(file, 'utf8'));
    m = { inputs: yml.inputs ?? {}, main: resolve(dirname(file), yml.runs.main) };
    metadata.set(action, m);
  }
  return m;
}

/** The inputs an action.yml declares, by name, with the value the runner gives when unset. @param {ActionName} [action] */
export function actionInputs(action = 'create') {
  return Object.fromEntries(
    Object.entries(metadataOf(action).inputs).map(([name, spec]) => [name, spec?.default === undefined ? '' : String(spec.default)])
  );
}

/** The file the runner runs for an action: its action.yml's runs.main. @param {ActionName} [action] */
export function actionMain(action = 'create') {
  return metadataOf(action).main;
}

/** Peak resident memory (VmHWM) of a live process in KiB; Linux only. @param {number} pid */
function peakRssKiB(pid) {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined; // exited between two samples
  }
}

/** @param {import('./local-runner.d.ts').RunOptions} options */
export async function runAction(options) {
  const action = options.action ?? 'create';
  const inputs = actionInputs(action);
  for (const name of Object.keys(options.inputs))
    if (!(name in inputs)) throw new Error(`${relative(ROOT, ACTIONS[action])} declares no input '${name}'`);

  const workspace = options.workspace ?? (await mkdtemp(join(tmpdir(), 'ws-')));
  for (const [path, content] of Object.entries(options.files ?? {})) {
    await mkdir(dirname(join(workspace, path)), { recursive: true });
    await writeFile(join(workspace, path), content);
  }
  const commands = await mkdtemp(join(tmpdir(), 'cmd-'));
  const files = {
    GITHUB_OUTPUT: join(commands, 'output'),
    GITHUB_ENV: join(commands, 'env'),
    GITHUB_STEP_SUMMARY: join(commands, 'summary')
  };
  for (const f of Object.values(files)) await writeFile(f, '');
  // The runner gives every job a temporary directory of its own (RUNNER_TEMP), shared by its steps.
  const runnerTemp = options.runnerTemp ?? join(commands, 'temp');
  await mkdir(runnerTemp, { recursive: true });
  /** @type {Record<string, string>} */
  const event = {};
  if (options.event) {
    event.GITHUB_EVENT_NAME = options.event.name;
    event.GITHUB_EVENT_PATH = join(commands, 'event.json');
    await writeFile(event.GITHUB_EVENT_PATH, JSON.stringify(options.event.payload ?? {}));
  }

  /** @type {Record<string, string>} */
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: runnerTemp,
    ...files,
    ...event
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = options.inputs[name] ?? value;
  Object.assign(env, options.env);

  const started = performance.now();
  const child = spawn(options.node ?? runtime(), [actionMain(action)], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const pid = /** @type {number} */ (child.pid);
  let stdout = '';
  let stderr = '';
  let stopped = false;
  /** @type {number | undefined} */
  let peak;
  const sample = () => {
    const now = peakRssKiB(pid);
    if (now !== undefined) peak = Math.max(peak ?? 0, now);
  };
  const sampler = options.sampleMemory ? setInterval(sample, 2) : undefined;
  child.stdout.on('data', (d) => {
    stdout += d;
    if (options.sampleMemory) sample();
    if (options.stopWhen && !stopped && options.stopWhen.test(stdout)) {
      stopped = true;
      child.kill('SIGKILL');
    }
  });
  child.stderr.on('data', (d) => (stderr += d));
  const limit = options.timeoutMs ?? 20_000;
  /** @type {number | null} */
  const code = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the action did not exit within ${limit} ms\n${stdout}\n${stderr}`));
    }, limit);
    child.on('close', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  }).finally(() => clearInterval(sampler));
  return {
    code,
    stdout,
    stderr,
    outputs: parseCommandFile(await readFile(files.GITHUB_OUTPUT, 'utf8')),
    env: parseCommandFile(await readFile(files.GITHUB_ENV, 'utf8')),
    summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
    workspace,
    runnerTemp,
    elapsedMs: performance.now() - started,
    pid,
    stopped,
    peakRssKiB: peak
  };
}

/**
 * Reads a GITHUB_OUTPUT/GITHUB_ENV file as the runner does (`NAME=VALUE` or `NAME<<DELIM` …
 * `DELIM`); a malformed file throws, as it fails the step on the runner.
 * @param {string} text
 */
export function parseCommandFile(text) {
  /** @type {Record<string, string>} */
  const out = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      if (i >= lines.length) throw new Error(`unterminated ${name}<<${delimiter}`);
      out[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`malformed command file line: ${line}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}
