// Runs a workflow file's jobs the way GitHub would, as far as our actions are concerned: jobs in
// `needs` order, a job's `if:`, each matrix leg (include/exclude as documented) on a fresh
// workspace and RUNNER_TEMP, and in each the steps in order with their `if:` (a failed step skips
// the later ones unless they ask otherwise). A step that uses one of this repository's actions
// runs dist/ through scripts/local-runner.js, its `with:` resolved by helpers/workflow-expr.ts,
// its `env:` and what earlier steps wrote to GITHUB_ENV in its environment. Other steps are
// recorded, not run, except upload-artifact and download-artifact, which copy files through a
// store as v4 does (so a job that merges other jobs' results can run).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { ourAction } from '../../scripts/lint-steps.js';
import type { ActionName } from '../../scripts/local-runner.js';
import { runAction, type ActionRun } from './run-action.js';
import { condition, interpolate, type Scope, type Value } from './workflow-expr.js';

type Json = Record<string, Value>;
const ACTION_OF: Record<string, ActionName> = { 'action.yml': 'create', 'eval/action.yml': 'eval', 'eval/merge/action.yml': 'merge' };

export interface World {
  /** GITHUB_REPOSITORY, e.g. o/r. */
  readonly repository: string;
  readonly event: { readonly name: string; readonly payload: Json };
  readonly secrets: Readonly<Record<string, string>>;
  readonly vars?: Readonly<Record<string, string>>;
  /** The gateway our create and eval steps are pointed at (base-url). */
  readonly gatewayUrl: string;
  /** GITHUB_API_URL (the GitHub API stand-in), for PR comments. */
  readonly apiUrl?: string;
  /** Fills a new job's workspace, as actions/checkout would. */
  readonly checkout: (workspace: string) => Promise<void>;
  /** Fills `dir` for an actions/checkout step with a `path:` (e.g. the base commit's prompts), given its inputs. */
  readonly checkoutAt?: (dir: string, inputs: Record<string, string>) => Promise<void>;
}

export interface StepRun {
  readonly job: string;
  readonly matrix: Json;
  readonly id?: string;
  readonly uses?: string;
  /** The step's `if:` as written. */
  readonly if?: unknown;
  readonly with: Json;
  /** ran: one of ours, run; recorded: not ours (run: scripts, checkout…); skipped: its if: was false. */
  readonly state: 'ran' | 'recorded' | 'skipped';
  readonly inputs?: Record<string, string>;
  /** The environment the step got from the workflow (env: at each level, and GITHUB_ENV so far). */
  readonly env?: Record<string, string>;
  readonly result?: ActionRun;
}

export interface JobRun {
  readonly id: string;
  readonly matrix: Json;
  readonly ran: boolean;
  /** false once a step failed. */
  ok: boolean;
  readonly workspace: string;
  readonly steps: StepRun[];
}

export interface WorkflowRun {
  readonly doc: Json;
  readonly jobs: JobRun[];
  /** Uploaded artifacts: name → the directory holding their files. */
  readonly artifacts: Map<string, string>;
}

/** A matrix's legs as GitHub expands them: the product of its lists, less exclude, plus include. */
export function expandMatrix(matrix: Json | undefined): Json[] {
  if (!matrix) return [{}];
  const { include = [], exclude = [], ...lists } = matrix as Json & { include?: Json[]; exclude?: Json[] };
  const keys = Object.keys(lists);
  let legs: Json[] = keys.length ? [{}] : [];
  for (const k of keys) legs = legs.flatMap((leg) => (lists[k] as Value[]).map((v) => ({ ...leg, [k]: v })));
  const fits = (leg: Json, part: Json) => Object.entries(part).every(([k, v]) => leg[k] === v);
  legs = legs.filter((leg) => !(exclude as Json[]).some((x) => fits(leg, x)));
  const base = legs.map((leg) => ({ ...leg }));
  for (const extra of include as Json[]) {
    // Added to every original leg it does not contradict on an original key; else a leg of its own.
    const own = Object.fromEntries(Object.entries(extra).filter(([k]) => keys.includes(k)));
    const hits = keys.length ? legs.slice(0, base.length).filter((_leg, i) => fits(base[i]!, own)) : [];
    if (hits.length) for (const leg of hits) Object.assign(leg, extra);
    else legs.push({ ...extra });
  }
  return legs.length ? legs : [{}];
}

/** A file into the directory `to`, or a directory's contents; how many entries `to` then holds. */
async function copyInto(from: string, to: string): Promise<number> {
  await mkdir(to, { recursive: true });
  await cp(from, (await stat(from)).isDirectory() ? to : join(to, basename(from)), { recursive: true });
  return (await readdir(to, { recursive: true })).length;
}

/** upload-artifact / download-artifact (v4 and later) on a local store; anything else is only recorded. */
async function artifactStep(uses: string, inputs: Record<string, string>, workspace: string, store: Map<string, string>): Promise<void> {
  if (/^actions\/upload-artifact@v([4-9]|\d\d)/.test(uses)) {
    const name = inputs['name'] || 'artifact';
    if (/["':<>|*?\\/\r\n]/.test(name)) throw new Error(`upload-artifact: '${name}' is not a valid artifact name`);
    if (store.has(name)) throw new Error(`upload-artifact: an artifact named '${name}' already exists in this run (v4 refuses it)`);
    const dir = await mkdtemp(join(tmpdir(), 'artifact-'));
    let files = 0;
    const lines = inputs['path']!.split('\n').map((l) => l.trim());
    for (const line of lines.filter(Boolean)) {
      const glob = /^(.*?)\/?\*([^/*]*)$/.exec(line); // dir/*.ext: the matching files, at the artifact's root
      const found = glob
        ? (await readdir(join(workspace, glob[1]!)).catch(() => [])).filter((f) => f.endsWith(glob[2]!)).map((f) => join(glob[1]!, f))
        : [line];
      for (const f of found) files = await copyInto(join(workspace, f), dir).catch(() => files);
    }
    if (files === 0) throw new Error(`upload-artifact '${name}': no files found at ${inputs['path']}`);
    store.set(name, dir);
  } else if (/^actions\/download-artifact@v([4-9]|\d\d)/.test(uses)) {
    const target = join(workspace, inputs['path'] || '.');
    const pattern = inputs['pattern']
      ? new RegExp(`^${inputs['pattern'].replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`)
      : /.*/;
    const names = inputs['name'] ? [inputs['name']] : [...store.keys()].filter((n) => pattern.test(n));
    if (names.length === 0 || names.some((n) => !store.has(n)))
      throw new Error(`download-artifact: no artifact ${inputs['name'] ?? inputs['pattern']}`);
    const single = Boolean(inputs['name']) || inputs['merge-multiple'] === 'true';
    for (const n of names) await copyInto(store.get(n)!, single ? target : join(target, n));
  }
}

/** Runs every job of `file` for `world`; see the file comment. */
export async function runWorkflow(file: string, text: string, world: World): Promise<WorkflowRun> {
  const doc = parse(text) as Json;
  const jobsDoc = doc['jobs'] as Record<string, Json>;
  const artifacts = new Map<string, string>();
  const results = new Map<string, 'success' | 'failure' | 'skipped'>();
  const jobs: JobRun[] = [];
  const needsOf = (id: string) => [(jobsDoc[id]!['needs'] ?? []) as string | string[]].flat();
  const order: string[] = [];
  const visit = (id: string) => {
    if (order.includes(id)) return;
    needsOf(id).forEach(visit);
    order.push(id);
  };
  Object.keys(jobsDoc).forEach(visit);
  const github = {
    repository: world.repository,
    repository_owner: world.repository.split('/')[0]!,
    event_name: world.event.name,
    event: world.event.payload,
    token: world.secrets['GITHUB_TOKEN'] ?? 'ghs_exampleWorkflowToken0123456789abcd',
    workflow: (doc['name'] as string) ?? file
  };
  for (const id of order) {
    const job = jobsDoc[id]!;
    const needs = Object.fromEntries(needsOf(id).map((n) => [n, { result: results.get(n) ?? 'skipped', outputs: {} }]));
    const needsOk = Object.values(needs).every((n) => n.result === 'success');
    const legs = expandMatrix((job['strategy'] as Json | undefined)?.['matrix'] as Json | undefined);
    let result: 'success' | 'failure' | 'skipped' = 'skipped';
    for (const matrix of legs) {
      const base = { github: { ...github, job: id }, secrets: world.secrets, vars: world.vars ?? {}, matrix, needs, inputs: {} };
      const jobScope: Scope = { contexts: { ...base, env: {}, steps: {}, runner: {}, job: {} }, succeeded: needsOk };
      const workspace = await mkdtemp(join(tmpdir(), `wf-${id}-`));
      const run: JobRun = { id, matrix, ran: condition(job['if'], jobScope), ok: true, workspace, steps: [] };
      jobs.push(run);
      if (!run.ran) continue;
      await world.checkout(workspace);
      const runnerTemp = await mkdtemp(join(tmpdir(), 'runner-temp-'));
      await runJob(file, id, job, run, { doc, world, base, runnerTemp, artifacts });
      result = result === 'failure' || !run.ok ? 'failure' : 'success';
    }
    results.set(id, result);
  }
  return { doc, jobs, artifacts };
}

interface JobContext {
  doc: Json;
  world: World;
  base: Record<string, Value>;
  runnerTemp: string;
  artifacts: Map<string, string>;
}

async function runJob(file: string, id: string, job: Json, run: JobRun, ctx: JobContext): Promise<void> {
  const { world, base, runnerTemp } = ctx;
  const steps: Record<string, Value> = {};
  let exported: Record<string, string> = {};
  const scopeOf = (env: Record<string, string>): Scope => ({
    contexts: { ...base, env, steps, runner: { temp: runnerTemp, os: 'Linux' }, job: { status: run.ok ? 'success' : 'failure' } },
    succeeded: run.ok,
    hashFiles: (patterns) => hashFiles(run.workspace, patterns),
    missing: (path) => {
      // An output a step that ran never set reads as '' on GitHub: here it is a bug in the workflow.
      if (path[0] === 'steps' && path.length >= 2 && !(path[1]! in steps)) throw new Error(`${file}: no earlier step has id '${path[1]}'`);
      const skipped = path[0] === 'steps' && (steps[path[1]!] as { outcome?: string } | undefined)?.outcome === 'skipped';
      if (path[0] === 'steps' && path[2] === 'outputs' && path.length === 4 && !skipped)
        throw new Error(`${file}: step '${path[1]}' never set the output '${path[3]}' (read as \${{ ${path.join('.')} }})`);
      return null;
    }
  });
  const envOf = (raw: unknown, scope: Scope) =>
    Object.fromEntries(Object.entries((raw ?? {}) as Json).map(([k, v]) => [k, interpolate(v, scope)]));
  for (const [n, step] of (job['steps'] as Json[]).entries()) {
    const envBefore = { ...envOf(ctx.doc['env'], scopeOf({})), ...envOf(job['env'], scopeOf({})), ...exported };
    const env = { ...envBefore, ...envOf(step['env'], scopeOf(envBefore)) };
    const scope = scopeOf(env);
    const uses = step['uses'] as string | undefined;
    const record = {
      job: id,
      matrix: run.matrix,
      id: step['id'] as string | undefined,
      uses,
      if: step['if'],
      with: (step['with'] ?? {}) as Json
    };
    if (!condition(step['if'], scope)) {
      run.steps.push({ ...record, state: 'skipped' });
      if (record.id) steps[record.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      continue;
    }
    const inputs = Object.fromEntries(Object.entries(record.with).map(([k, v]) => [k, interpolate(v, scope)]));
    const ours = uses ? ourAction(uses, Object.keys(ACTION_OF)) : undefined;
    if (!ours) {
      if (uses) await artifactStep(uses, inputs, run.workspace, ctx.artifacts);
      if (uses?.startsWith('actions/checkout@') && inputs['path'] && world.checkoutAt)
        await world.checkoutAt(join(run.workspace, inputs['path']), inputs);
      run.steps.push({ ...record, state: 'recorded', inputs });
      continue;
    }
    const action = ACTION_OF[ours]!;
    if (action !== 'merge') inputs['base-url'] = world.gatewayUrl;
    const result = await runAction({
      action,
      inputs,
      workspace: run.workspace,
      runnerTemp,
      event: world.event,
      env: {
        ...env,
        GITHUB_REPOSITORY: world.repository,
        GITHUB_WORKFLOW: String(ctx.doc['name'] ?? file),
        GITHUB_JOB: id,
        GITHUB_ACTION: record.id ?? `__step${n}`,
        // The runner sets it on pull_request events: the base branch's name.
        ...baseRef(world.event.payload),
        ...(world.apiUrl ? { GITHUB_API_URL: world.apiUrl } : {})
      },
      timeoutMs: 60_000
    });
    run.steps.push({ ...record, state: 'ran', inputs, env, result });
    exported = { ...exported, ...result.env };
    const ok = result.code === 0;
    if (record.id)
      steps[record.id] = { outputs: result.outputs, outcome: ok ? 'success' : 'failure', conclusion: ok ? 'success' : 'failure' };
    if (!ok) run.ok = false;
  }
}

/**
 * hashFiles() as the runner computes it: the SHA-256 of each matching file's SHA-256, in path
 * order; '' when nothing matches. Patterns: a path, or `dir/**` for everything under dir.
 */
export function hashFiles(workspace: string, patterns: readonly string[]): string {
  const files = (readdirSync(workspace, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(workspace.length + 1))
    .filter((f) => patterns.some((p) => (p.endsWith('/**') ? f.startsWith(p.slice(0, -2)) : f === p)))
    .sort();
  if (files.length === 0) return '';
  const all = createHash('sha256');
  for (const f of files)
    all.update(
      createHash('sha256')
        .update(readFileSync(join(workspace, f)))
        .digest()
    );
  return all.digest('hex');
}

function baseRef(payload: Json): Record<string, string> {
  const ref = (payload['pull_request'] as { base?: { ref?: unknown } } | undefined)?.base?.ref;
  return typeof ref === 'string' ? { GITHUB_BASE_REF: ref } : {};
}
