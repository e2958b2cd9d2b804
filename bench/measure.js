// @ts-check
// One measured run for `npm run bench`: a script started the way the runner starts an action
// (scripts/local-runner.js: `node <main>`, cwd = the workspace, every declared input as INPUT_*,
// fresh command files), timed from spawn to exit, with its peak resident memory and CPU time. Both
// come from the kernel's own count at exit (wait4's rusage, through GNU time) where /usr/bin/time
// exists; else the peak is sampled from /proc/<pid>/status every 2 ms (which can miss a last
// spike) and the CPU time is unknown. CPU time is what the wall time would be on an idle machine,
// near enough: on a shared one it tells the action's own work from waiting for a core.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { actionInputs, parseCommandFile } from '../scripts/local-runner.js';

const TIME = '/usr/bin/time';
/** How the peak RSS is known, for the report. */
export const RSS_SOURCE = existsSync(TIME) ? 'ru_maxrss at exit (GNU time)' : 'VmHWM sampled every 2 ms';

/**
 * @typedef {object} RunSpec
 * @property {'create' | 'eval' | 'merge'} action Whose inputs (and defaults) the process gets.
 * @property {string} script The file node runs: the action's runs.main, or a floor.
 * @property {string} workspace cwd and GITHUB_WORKSPACE.
 * @property {string} scratch Where the run's command files and RUNNER_TEMP go (the caller removes it).
 * @property {Record<string, string>} inputs Declared inputs; the others get their defaults.
 * @property {Record<string, string>} [env] More of the runner's variables (GITHUB_API_URL, …).
 */
/**
 * @typedef {object} Sample
 * @property {number} ms Wall time from spawn to exit.
 * @property {number} rssKiB Peak resident set size.
 * @property {number} cpuMs User + system CPU time (10 ms resolution); NaN without GNU time.
 * @property {Record<string, string>} outputs GITHUB_OUTPUT as the runner reads it.
 */

/**
 * A run that can be repeated: the environment is built once, the command files emptied each time;
 * each run may change inputs (a new context-id), pass node flags (--cpu-prof) and set variables
 * (a new GITHUB_RUN_ID).
 * @param {string} node The node binary.
 * @param {RunSpec} spec
 * @returns {Promise<(inputs?: Record<string, string>, nodeFlags?: string[], vars?: Record<string, string>) => Promise<Sample>>}
 */
export async function runner(node, spec) {
  const defaults = actionInputs(spec.action);
  for (const name of Object.keys(spec.inputs))
    if (!(name in defaults)) throw new Error(`the ${spec.action} action declares no input '${name}'`);
  const dir = await mkdtemp(join(spec.scratch, 'cmd-'));
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_ENV: join(dir, 'env'), GITHUB_STEP_SUMMARY: join(dir, 'summary') };
  const runnerTemp = join(dir, 'temp');
  await mkdir(runnerTemp);
  const inputVar = (/** @type {string} */ name) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
  /** @type {Record<string, string>} */
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GITHUB_WORKSPACE: spec.workspace,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: runnerTemp,
    ...spec.env,
    ...files
  };
  for (const [name, value] of Object.entries(defaults)) env[inputVar(name)] = spec.inputs[name] ?? value;
  const rssFile = join(dir, 'rss');

  return async (inputs = {}, nodeFlags = [], vars = {}) => {
    for (const f of Object.values(files)) await writeFile(f, '');
    const runEnv = { ...env, ...vars };
    for (const [name, value] of Object.entries(inputs)) runEnv[inputVar(name)] = value;
    const nodeArgs = [...nodeFlags, spec.script];
    const [cmd, args] = existsSync(TIME) ? [TIME, ['-f', '%M %U %S', '-o', rssFile, node, ...nodeArgs]] : [node, nodeArgs];
    const { ms, code, stdout, stderr, sampledKiB } = await spawnTimed(cmd, args, spec.workspace, runEnv);
    if (code !== 0) throw new Error(`${spec.script} exited with ${code}\n${tail(stdout)}\n${tail(stderr)}`);
    // GNU time's last line (a line before it says when the command failed): "%M %U %S".
    const [kib, user, sys] = cmd === TIME ? ((await readFile(rssFile, 'utf8')).trim().split('\n').at(-1) ?? '').split(' ').map(Number) : [];
    const rssKiB = kib ?? sampledKiB;
    if (!(rssKiB > 0)) throw new Error(`no peak RSS for ${spec.script}`);
    const cpuMs = ((user ?? NaN) + (sys ?? NaN)) * 1000;
    return { ms, rssKiB, cpuMs, outputs: parseCommandFile(await readFile(files.GITHUB_OUTPUT, 'utf8')) };
  };
}

/** @param {string} text */
const tail = (text) => text.split('\n').slice(-15).join('\n');

/**
 * @param {string} cmd @param {string[]} args @param {string} cwd @param {Record<string, string>} env
 * @returns {Promise<{ ms: number, code: number | null, stdout: string, stderr: string, sampledKiB: number }>}
 */
function spawnTimed(cmd, args, cwd, env) {
  const started = performance.now();
  const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let sampledKiB = 0;
  // The runner reads the step's output as it comes; so does this, keeping only the tail.
  child.stdout.on('data', (d) => (stdout = (stdout + d).slice(-20_000)));
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-20_000)));
  const sampler =
    cmd === TIME
      ? undefined
      : setInterval(() => {
          try {
            const m = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (m) sampledKiB = Math.max(sampledKiB, Number(m[1]));
          } catch {
            // exited between two samples
          }
        }, 2);
  const limit = 300_000;
  return new Promise((resolve, reject) => {
    let ms = 0;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${args.at(-1)} did not exit within ${limit / 1000} s`));
    }, limit);
    child.on('exit', () => (ms = performance.now() - started));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      clearInterval(sampler);
      resolve({ ms, code, stdout, stderr, sampledKiB });
    });
  });
}

/**
 * The bench emulator (bench/emulator.js) as a child process: gateways `instant`, `long` and
 * `slow-<ms>` for each latency.
 * @param {string} node
 * @param {readonly number[]} latencies
 */
export async function startEmulator(node, latencies) {
  const child = spawn(node, [new URL('./emulator.js', import.meta.url).pathname, '--latency', latencies.join(',')], {
    stdio: ['pipe', 'pipe', 'inherit']
  });
  /** @type {{ control: string, gateways: Record<string, string>, apiKey: string, model: string }} */
  const info = await new Promise((resolve, reject) => {
    let text = '';
    child.once('exit', (code) => reject(new Error(`the bench emulator exited with ${code}`)));
    child.stdout.on('data', (d) => {
      text += d;
      const line = text.split('\n')[0];
      if (text.includes('\n') && line) resolve(JSON.parse(line));
    });
  });
  /** @param {string} path @param {string} method */
  const call = async (path, method) => {
    const res = await fetch(`${info.control}${path}`, { method });
    if (!res.ok) throw new Error(`bench emulator ${path}: ${res.status} ${await res.text()}`);
    return /** @type {Promise<Record<string, { contextId: string, baselineContextId: string, connections: number, requests: number, lastBodyBytes: number }>>} */ (
      res.json()
    );
  };
  return {
    ...info,
    /** Forget requests and caches; one new cache on each gateway, and the connection counts. */
    reset: () => call('/reset', 'POST'),
    /** Connections and requests each gateway has seen since the last reset. */
    stats: () => call('/stats', 'GET'),
    stop() {
      child.removeAllListeners('exit');
      child.stdin.end();
      child.kill('SIGTERM');
    }
  };
}
