// @ts-check
// npm run demo [-- --debug]: the product end to end, offline, as a person reads it on GitHub.
// One job of a prompt-regression workflow (examples/workflows/prompt-regression.yml) against the
// gateway emulator on 127.0.0.1: cache the release-notes grader, run examples/evals/ against it
// (one case regresses: the step fails, as the gate should), cache a grading rubric, then judge the
// grader's answers against that second cache, three runs each; last, cache the base's grader
// (main's prompt) and run the cases against both side by side, with fail-on: worse. Each step runs dist/ the way the
// runner runs it (scripts/local-runner.js, on Node 24); its log is shown as GitHub shows it
// (scripts/demo-log.js) and its job summary as text (scripts/demo-summary.js). The run is a pull
// request's: each eval step posts its sticky comment to a local stand-in for GitHub's API, and the
// comments and job summaries are written to one HTML page rendered as GitHub renders them
// (scripts/demo-html.js; `--html PATH` chooses where). No key, no network.
// Exits 0 when every step behaved as planned, the failing one included.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGateway } from '../emulator/gateway.js';
import { ANSWERS, BASE_POLICY, CASES_MODEL, HEAD_POLICY, JUDGE_MODEL } from './demo-answers.js';
import { reportPage } from './demo-html.js';
import { Masks, renderLog } from './demo-log.js';
import { summaryText } from './demo-summary.js';
import { ROOT, runAction } from './local-runner.js';
import { node24Path } from './node24.js';

const DEBUG = process.argv.includes('--debug');
const htmlAt = process.argv.indexOf('--html');
// Chosen before TMPDIR points into the scratch directory, which is removed at the end.
const HTML = htmlAt > 0 && process.argv[htmlAt + 1] ? (process.argv[htmlAt + 1] ?? '') : join(tmpdir(), 'context-cache-demo.html');
const KEY = 'sk-demo-not-a-real-key';
const TOKEN = 'ghs_demoTokenNotARealOne0123456789abcdef';
const HEAD_SHA = '3f9c2e1a7b6d5c4e3f2a1b0c9d8e7f6a5b4c3d2e';
// The event and the runner's variables of a pull request run, for the comment and the report's identity line.
const PR_EVENT = {
  name: 'pull_request',
  payload: {
    action: 'synchronize',
    number: 42,
    pull_request: { number: 42, head: { sha: HEAD_SHA } },
    repository: { full_name: 'your-org/prompts' }
  }
};
const PR_ENV = {
  GITHUB_REPOSITORY: 'your-org/prompts',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: '7781',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_SHA: 'f'.repeat(40),
  GITHUB_WORKFLOW: 'Prompt regression',
  GITHUB_JOB: 'evaluate',
  // The base side's branch, as the runner names it on a pull_request event.
  GITHUB_BASE_REF: 'main'
};
/** Last night's results on main, the pull request's baseline: every case passed, one since removed. */
const BASELINE = {
  format: 'context-cache-eval/results@1',
  model: 'Doubao-1.5-pro-32k',
  startedAt: '2026-12-02T02:00:00.000Z',
  casesFiles: ['examples/evals/release-notes.yml'],
  cases: [
    'complete notes pass',
    'widened fix is flagged as invented',
    'security id kept exactly',
    'breaking change needs its migration step',
    'internal changes are not features',
    'marketing claims are invented',
    'entries say what to fix',
    'emoji in headings are kept'
  ].map((name) => ({
    name,
    status: 'pass',
    response: name === 'marketing claims are invented' ? '{"verdict":"fail","missing":[],"invented":["blazing fast"]}' : undefined
  }))
};
const CREATE = 'your-org/context-cache-action@v1';
const EVAL = 'your-org/context-cache-action/eval@v1';

// Everything printed goes through the project's one escaper: model answers reach this output,
// and a CI log that shows it must not take a line of theirs for a workflow command.
const { forLog } = await escaper();
const bold = (/** @type {string} */ s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const print = (/** @type {string} */ text = '', indent = '') => {
  for (const line of text.split('\n')) process.stdout.write(`${line === '' ? '' : indent + forLog(line, Infinity)}\n`);
};

/**
 * @typedef {import('./local-runner.js').ActionRun} ActionRun
 * @typedef {Record<string, Record<string, string>>} StepOutputs
 * @typedef {object} Step
 * @property {string} id
 * @property {string} name
 * @property {'create' | 'eval'} action
 * @property {(outputs: StepOutputs) => Record<string, string>} with The inputs, as the workflow's `with:` evaluates them.
 * @property {string[]} show The outputs worth a line.
 * @property {boolean} [continueOnError]
 * @property {{ code: number, outputs: Record<string, string> }} planned The exit code and outputs this demo sets it up for.
 * @property {string} [note] Said after the step: why its outcome is the planned one.
 */

/** @type {Step[]} */
const STEPS = [
  {
    id: 'cache',
    name: 'Cache the release-notes grader',
    action: 'create',
    with: () => ({
      model: CASES_MODEL,
      'prompt-file': 'examples/prompts/release-notes.prompt.yml',
      mode: 'common_prefix',
      ttl: '3600',
      vars: `product: Acme CLI\npolicy: |\n  ${HEAD_POLICY}`
    }),
    show: ['context-id', 'ttl', 'expires-at', 'mode', 'prompt-tokens'],
    planned: { code: 0, outputs: { mode: 'common_prefix' } },
    note: "The warning is expected: the prompt file names the Gemini model it was written for, and the workflow's model input wins."
  },
  {
    id: 'eval',
    name: 'Run the release-notes cases against the cache',
    action: 'eval',
    continueOnError: true,
    with: (o) => ({
      model: CASES_MODEL,
      'context-id': o['cache']?.['context-id'] ?? '',
      mode: o['cache']?.['mode'] ?? '',
      'cases-file': 'examples/evals/release-notes.yml',
      'baseline-file': 'baseline/release-notes.results.json'
    }),
    show: ['passed', 'failed', 'errored', 'total', 'pass-rate', 'cached-share', 'results-file', 'junit-file'],
    planned: { code: 1, outputs: { passed: '6', failed: '1', errored: '0', total: '7', regressed: '1' } },
    note:
      'As planned: "marketing claims are invented" regressed (the grader passed notes that call a release "blazing fast"), ' +
      'so the step fails and the pull request shows a red check: the gate in action. continue-on-error lets this job go on.'
  },
  {
    id: 'rubric',
    name: 'Cache the grading rubric (a second cache, for the judge)',
    action: 'create',
    with: () => ({ model: JUDGE_MODEL, 'prompt-file': 'examples/prompts/grader.md', ttl: '600', 'env-var': 'RUBRIC_CACHE_ID' }),
    show: ['context-id', 'ttl', 'expires-at', 'prompt-tokens'],
    planned: { code: 0, outputs: {} }
  },
  {
    id: 'judged',
    name: "Judge the grader's entries against the rubric cache, 3 runs each",
    action: 'eval',
    with: (o) => ({
      model: CASES_MODEL,
      'context-id': o['cache']?.['context-id'] ?? '',
      'cases-file': 'examples/evals/judged.yml',
      'judge-model': JUDGE_MODEL,
      'judge-context-id': o['rubric']?.['context-id'] ?? '',
      repeat: '3',
      'repeat-min-pass': '2'
    }),
    show: ['passed', 'failed', 'total', 'flaky', 'cached-share', 'judge-prompt-tokens', 'judge-cached-tokens'],
    planned: { code: 0, outputs: { passed: '3', failed: '0', errored: '0', flaky: '1' } },
    note: 'As planned: one of three answers to "deprecation names its replacement" was too vague for the judge, so the case is flagged flaky; 2 of 3 runs passing is enough here (repeat-min-pass: 2).'
  },
  {
    id: 'base',
    name: "Cache the base's grader (main's prompt, from a checkout of the base commit)",
    action: 'create',
    with: () => ({
      model: CASES_MODEL,
      'prompt-file': 'examples/prompts/release-notes.prompt.yml',
      mode: 'common_prefix',
      ttl: '3600',
      vars: `product: Acme CLI\npolicy: |\n  ${BASE_POLICY}`,
      'env-var': 'BASE_CONTEXT_CACHE_ID'
    }),
    show: ['context-id', 'ttl', 'prompt-tokens', 'cost'],
    planned: { code: 0, outputs: { mode: 'common_prefix' } }
  },
  {
    id: 'ab',
    name: "The pull request's grader against main's, side by side (fail-on: worse)",
    action: 'eval',
    with: (o) => ({
      model: CASES_MODEL,
      'context-id': o['cache']?.['context-id'] ?? '',
      'baseline-context-id': o['base']?.['context-id'] ?? '',
      mode: o['cache']?.['mode'] ?? '',
      'cases-file': 'examples/evals/release-notes.yml',
      'fail-on': 'worse'
    }),
    show: ['passed', 'baseline-passed', 'regressed', 'fixed', 'p-value', 'change', 'cost', 'baseline-cost'],
    planned: { code: 0, outputs: { passed: '6', failed: '1', 'baseline-passed': '7', regressed: '1', change: 'no-significant-change' } },
    note:
      'As planned: the same regression, now measured against main in the same job. One case of seven is no evidence the change is worse ' +
      '(exact McNemar p = 0.50), so fail-on: worse passes, while the report still shows both answers of the regressed case.'
  }
];

/** How a run differs from the plan, one sentence each. @param {ActionRun} run @param {Step['planned']} planned */
function surprises(run, { code, outputs }) {
  const problems = run.code === code ? [] : [`exit code ${run.code}, expected ${code}`];
  for (const [name, want] of Object.entries(outputs))
    if (run.outputs[name] !== want) problems.push(`output ${name} is ${JSON.stringify(run.outputs[name] ?? null)}, expected ${want}`);
  return problems;
}

const gateway = await startGateway({ apiKey: KEY, latencyMs: 20, answers: ANSWERS });
// One scratch directory for the job: the workspace, the job's RUNNER_TEMP, and (through TMPDIR,
// which the local runner's mkdtemp reads) each step's command files; removed at the end.
const scratch = await mkdtemp(join(tmpdir(), 'demo-'));
process.env['TMPDIR'] = scratch;
const workspace = join(scratch, 'workspace');
const runnerTemp = join(scratch, 'runner-temp');
await cp(join(ROOT, 'examples'), join(workspace, 'examples'), { recursive: true });
await mkdir(join(workspace, 'baseline'));
await writeFile(join(workspace, 'baseline/release-notes.results.json'), JSON.stringify(BASELINE, null, 2));
const github = await githubStandIn();
const node = node24Path();
const runtime = node ?? process.execPath;
const version = node ? execFileSync(node, ['--version'], { encoding: 'utf8' }).trim() : process.version;

print(bold('Context cache actions: a pull request job, end to end, offline'));
print(`The gateway emulator listens on ${gateway.url}; no key leaves this machine, nothing goes to the network.`);
print(`Each step runs dist/ as the runner does (node <action>/dist/…/index.js, INPUT_* variables, command files), on Node ${version}.`);
if (!node)
  print(
    `Node 24 (the runtime action.yml declares) was not found: $NODE24 is unset and .tools/node24 is not installed ` +
      `(node scripts/node24.js --ensure installs it from the npm registry). Running the actions on this Node instead.`
  );
print(
  `Debug lines are ${DEBUG ? 'shown (--debug, as with step debug logging on)' : 'hidden, as on GitHub (npm run demo -- --debug shows them)'}.`
);
print();
STEPS.forEach((s, i) =>
  print(`${i + 1}. ${s.name.padEnd(68)} ${s.action === 'create' ? CREATE : EVAL}${s.continueOnError ? ' (continue-on-error)' : ''}`, '  ')
);

// The runner masks the job's secrets from the start; actions add their own with ::add-mask::.
const masks = new Masks();
masks.add(KEY);
masks.add(TOKEN);
/** @type {{ heading: string, note?: string, markdown: string }[]} */
const pages = [];
/** @type {StepOutputs} */
const outputs = {};
/** @type {Record<string, string>} */
const jobEnv = {};
/** @type {string[]} */
const unexpected = [];
/** @type {Record<string, string>[]} */
const evals = [];
let caches = 0;

try {
  for (const [i, step] of STEPS.entries()) {
    const inputs = {
      ...step.with(outputs),
      'api-key': KEY,
      'base-url': gateway.url,
      ...(step.action === 'eval' ? { 'github-token': TOKEN } : {})
    };
    print();
    print(bold(`━━ ${i + 1}/${STEPS.length} ${step.name} ${'━'.repeat(Math.max(4, 90 - step.name.length))}`));
    print(`▾ Run ${step.action === 'create' ? CREATE : EVAL}`);
    print(runHeader(inputs, jobEnv), '  ');
    const run = await runAction({
      action: step.action,
      workspace,
      runnerTemp,
      node: runtime,
      inputs,
      event: PR_EVENT,
      env: { ...PR_ENV, GITHUB_API_URL: github.url, ...jobEnv, GITHUB_ACTION: step.id, ...(DEBUG ? { RUNNER_DEBUG: '1' } : {}) }
    });
    if (step.action === 'eval') pages.push({ heading: `Job summary of step ${i + 1}: ${step.name}`, markdown: masks.apply(run.summary) });
    const tidy = (/** @type {string} */ text) =>
      masks.apply(text).split(runnerTemp).join('$RUNNER_TEMP').split(workspace).join('$GITHUB_WORKSPACE');
    for (const line of renderLog(run.stdout + run.stderr, { masks, debug: DEBUG })) print(tidy(line));
    if (run.code !== 0) print(`Error: Process completed with exit code ${run.code}.`);

    outputs[step.id] = run.outputs;
    Object.assign(jobEnv, run.env);
    const shown = step.show.filter((name) => name in run.outputs);
    const rest = Object.keys(run.outputs).filter((name) => !shown.includes(name));
    print();
    print(bold('Step outputs'), '  ');
    const pad = Math.max(...shown.map((n) => n.length));
    for (const name of shown) print(`${name.padEnd(pad)}  ${tidy(run.outputs[name] ?? '') || '(empty)'}`, '    ');
    if (rest.length) print(`(and ${rest.join(', ')})`, '    ');
    print();
    print(bold('Job summary'), '  ');
    print(tidy(summaryText(run.summary, (process.stdout.columns || 120) - 4)), '    ');

    const problems = surprises(run, step.planned);
    print();
    if (problems.length) {
      unexpected.push(...problems.map((p) => `step ${i + 1}: ${p}`));
      print(`UNEXPECTED: ${problems.join('; ')}`, '  ');
      if (run.code !== 0 && !step.continueOnError) break;
    } else {
      print(
        `${run.code === 0 ? '✓' : '✗'} exit ${run.code} in ${(run.elapsedMs / 1000).toFixed(1)} s${step.note ? `. ${step.note}` : ''}`,
        '  '
      );
    }
    if (step.action === 'create' && run.code === 0) caches++;
    if (step.action === 'eval') evals.push(run.outputs);
  }
  // The pull request's comments, one per eval step, as a reviewer finds them.
  const comments = github.on('your-org', 'prompts', 42);
  pages.unshift(
    ...comments.map((c, i) => ({
      heading: `Pull request #42: comment ${i + 1} of ${comments.length}, by ${c.login}`,
      note: 'Edited in place on every push; the hidden marker line finds it again.',
      markdown: masks.apply(c.body)
    }))
  );
  await writeFile(HTML, reportPage('npm run demo: what a reviewer sees on GitHub', pages));
  print();
  print(`The PR comments and job summaries, rendered as GitHub renders them (Markdown + GFM, sanitised): ${HTML}`);
} finally {
  await gateway.close();
  await github.close();
  await rm(scratch, { recursive: true, force: true });
}

const sum = (/** @type {string} */ name) => evals.reduce((n, o) => n + Number(o[name] ?? 0), 0);
const prompt = sum('prompt-tokens') + sum('judge-prompt-tokens');
const cached = sum('cached-tokens') + sum('judge-cached-tokens');
const share = prompt ? `${((cached / prompt) * 100).toFixed(1)}%` : 'n/a';
const plannedFailures = STEPS.reduce((n, s) => n + Number(s.planned.outputs['failed'] ?? 0), 0);
print();
if (unexpected.length) print(`Demo FAILED: ${unexpected.join('; ')}`);
print(
  `${unexpected.length ? 'Totals' : 'Demo done'}: ${caches} caches created, ${sum('total')} cases run in ${evals.length} evaluations, ` +
    `${sum('passed')} passed, ${sum('failed')} failed (${plannedFailures} planned), ${sum('errored')} errors, ${gateway.requests.length} requests served, ` +
    `${share} of prompt tokens from the caches.`
);
process.exitCode = unexpected.length ? 1 : 0;

/**
 * The `with:` and `env:` lines GitHub prints under a step's "Run …" line, masks applied.
 * @param {Record<string, string>} inputs
 * @param {Record<string, string>} env
 */
function runHeader(inputs, env) {
  const block = (/** @type {Record<string, string>} */ values) =>
    Object.entries(values).map(([k, v]) => {
      const [first = '', ...more] = masks.apply(v).split('\n');
      return [`  ${k}: ${first}`, ...more.map((l) => `    ${l}`)].join('\n');
    });
  return ['with:', ...block(inputs), ...(Object.keys(env).length ? ['env:', ...block(env)] : [])].join('\n');
}

/**
 * The local stand-in for GitHub's REST API the tests use (__tests__/helpers/github-api.ts), loaded
 * through tsx: the eval steps post their PR comments to it.
 * @returns {Promise<import('../__tests__/helpers/github-api.js').GitHubApi>}
 */
async function githubStandIn() {
  const url = new URL('../__tests__/helpers/github-api.ts', import.meta.url).href;
  /** @type {typeof import('../__tests__/helpers/github-api.js')} */
  let mod;
  try {
    mod = await import(url);
  } catch {
    const { tsImport } = await import('tsx/esm/api');
    mod = await tsImport(url, import.meta.url);
  }
  return mod.startGitHubApi();
}

/**
 * src/escape.ts, loaded by Node itself where it strips types (22.18 and newer), else through tsx
 * (a development dependency), which costs about half a second more.
 * @returns {Promise<typeof import('../src/escape.js')>}
 */
async function escaper() {
  const url = new URL('../src/escape.ts', import.meta.url).href;
  try {
    return await import(url);
  } catch {
    const { tsImport } = await import('tsx/esm/api');
    return tsImport(url, import.meta.url);
  }
}
