// What a reviewer reads, end to end: dist/eval/index.js on a pull_request event as the runner
// runs it, against the gateway emulator and a GitHub API stand-in. The job summary and the PR
// comment are parsed by a real CommonMark + GFM parser (micromark) and checked for their
// structure; the results file, JUnit and the log for what they keep of every run.
import { readFile } from 'node:fs/promises';
import { startGateway, type Gateway } from '../../emulator/gateway.js';
import { CACHED_PROMPT, commands, createCache, findAll, KEY, parseXml, runEval, runMerge } from '../helpers/eval-run.js';
import { runAction } from '../helpers/run-action.js';
import { startGitHubApi, type GitHubApi } from '../helpers/github-api.js';
import { detailsBlocks, nodesOf, parseMarkdown, tableRows, textOf } from '../helpers/markdown.js';

const TOKEN = 'ghs_e2eTokenAbCdEfGhIjKlMnOpQrStUvWxYz0123';
const HEAD = '1a2b3c4d5e6f708192a3b4c5d6e7f80912345678';
const MERGE = 'ffffffffffffffffffffffffffffffffffffffff';
const PR = {
  name: 'pull_request',
  payload: { action: 'synchronize', number: 7, pull_request: { number: 7, head: { sha: HEAD } }, repository: { full_name: 'o/r' } }
};
const MARKER = /^<!-- context-cache-eval [0-9a-f]+ -->\n/;

let gw: Gateway;
let api: GitHubApi;
let env: Record<string, string>;
beforeAll(async () => {
  [gw, api] = await Promise.all([startGateway({ apiKey: KEY }), startGitHubApi()]);
  env = {
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: 'eval',
    GITHUB_ACTION: 'eval-support',
    GITHUB_SHA: MERGE,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '2'
  };
});
afterAll(() => Promise.all([gw.close(), api.close()]));
beforeEach(() => {
  gw.reset();
  api.reset();
});

const CASES = `- name: refund window
  prompt: How long is the refund window?
  expect:
    contains: thirty days
- name: tone
  prompt: Answer an angry customer
  expect:
    not-contains: RUDE
- name: shipping
  prompt: Do you ship abroad?
- name: brand new
  prompt: Something new
`;
const BASELINE = JSON.stringify({
  format: 'context-cache-eval/results@1',
  model: 'gemini-2.5-flash',
  startedAt: '2026-12-01T03:04:05.000Z',
  cases: [
    { name: 'refund window', status: 'pass', response: 'Refunds within thirty days.' },
    { name: 'tone', status: 'pass' },
    { name: 'shipping', status: 'pass' },
    { name: 'deleted <i>case</i>', status: 'fail' }
  ]
});

const ours = () => api.on('o', 'r', 7).filter((c) => MARKER.test(c.body));

test('the summary and the comment: blocks apart, which run, named changes, what came back, every run of a flaky case', async () => {
  const id = await createCache(gw, 'gemini-2.5-flash');
  // The first answer to "tone" is rude, the next two are not: a flaky case that passes 2 of 3.
  gw.setAnswers([{ match: 'angry customer', reply: 'RUDE: go away\nsecond line of the rude answer', times: 1 }]);
  const r = await runEval(
    gw,
    {
      model: 'gemini-2.5-flash',
      'context-id': id,
      'cases-file': 'evals/cases.yml',
      'baseline-file': 'baseline.json',
      'fail-on': 'regressions',
      repeat: '3',
      'repeat-min-pass': '2',
      concurrency: '1',
      'github-token': TOKEN
    },
    { files: { 'evals/cases.yml': CASES, 'baseline.json': BASELINE }, env, event: PR }
  );
  expect(r.code).toBe(1);
  const [comment] = ours();
  expect(comment).toBeDefined();
  const body = comment!.body.replace(MARKER, '');
  for (const text of [r.summary, body]) {
    const root = parseMarkdown(text);
    // One heading; then which commit (the PR head, not the merge commit), which run and attempt, which baseline.
    expect(nodesOf(root, 'heading').map(textOf)).toEqual(['❌ Evaluation failed: 3 of 4 cases passed on gemini-2.5-flash']);
    const identity = root.children[1]!;
    expect(textOf(identity)).toBe(
      'Commit 1a2b3c4 · run 4242, attempt 2 · compared with a baseline on gemini-2.5-flash from 2026-12-01 03:04 UTC'
    );
    expect(nodesOf(identity, 'link').map((l) => l.url)).toEqual(['https://github.com/o/r/actions/runs/4242/attempts/2']);
    expect(text).not.toContain('fffffff');

    // Each quote holds only its own text: the baseline's counts are not inside the flaky quote.
    const quotes = root.children.filter((n) => n.type === 'blockquote').map(textOf);
    const flaky = quotes.find((q) => q.includes('flaky'))!;
    expect(flaky).toBe("⚠️ 1 case(s) are flaky: some runs passed and some failed. Each run is listed in the case's details.");
    expect(quotes.filter((q) => q.includes('Against the baseline'))).toEqual([]);
    const counts = root.children.find((n) => n.type === 'paragraph' && textOf(n).startsWith('Against the baseline'))!;
    expect(textOf(counts)).toBe('Against the baseline: 🔻 1 regressed, 0 fixed, 0 still failing, 2 still passing, 1 new, 1 removed.');

    // Removed cases named in a warning of their own, escaped; new ones named.
    const removed = quotes.find((q) => q.includes('were not run'))!;
    expect(removed).toContain('deleted <i>case</i>');
    expect(text).not.toContain('<i>case');
    expect(root.children.some((n) => n.type === 'paragraph' && textOf(n) === 'New (not in the baseline): brand new.')).toBe(true);

    // Tables: the totals, each side's pass rate (the paired test's), the regressed case, the cases;
    // failing rows say what came back.
    const all = nodesOf(root, 'table').map(tableRows);
    expect(all.map((t) => t[0]!.length)).toEqual([7, 5, 3, 4]);
    const tables = [all[0]!, ...all.slice(2)];
    expect(tables[1]![1]![0]).toBe('refund window');
    expect(tables[1]![1]![1]).toMatch(/^fail: contains: expected "thirty days"; got Emulated answer to: How long is the refund window\?$/);
    expect(tables[2]!.slice(1).map((row) => row.slice(0, 2))).toEqual([
      ['refund window', '❌ fail 0/3'],
      ['tone', '✅ pass 2/3 flaky'],
      ['shipping', '✅ pass 3/3'],
      ['brand new', '✅ pass 3/3']
    ]);

    // Details: the regressed case's baseline answer and every run; the flaky case's failing run kept.
    const details = detailsBlocks(root);
    expect(details.map((d) => d.summary)).toEqual(['refund window: ❌ fail', 'tone: ✅ pass']);
    const refund = details[0]!.body.map(textOf);
    expect(refund.slice(0, 2)).toEqual(["The baseline's answer (it passed then):", 'Refunds within thirty days.']);
    expect(refund.filter((t) => t.startsWith('Run '))).toHaveLength(3);
    // Three runs, one answer: shown once, the other runs point at it.
    expect(details[0]!.body.filter((n) => n.type === 'blockquote').map(textOf)).toEqual([
      'Refunds within thirty days.',
      'Emulated answer to: How long is the refund window?'
    ]);
    expect(refund.at(-1)).toMatch(/^Run 3 of 3: ❌ fail: contains: .*; the same answer as run 1\.$/);
    const tone = details[1]!.body.map(textOf);
    expect(tone[0]).toBe('Run 1 of 3: ❌ fail: not-contains: expected no "RUDE"; got RUDE: go away second line of the rude answer');
    expect(tone[1]).toBe('RUDE: go away\nsecond line of the rude answer');
    expect(tone.slice(2)).toEqual([
      'Run 2 of 3: ✅ pass',
      'Emulated answer to: Answer an angry customer',
      'Run 3 of 3: ✅ pass; the same answer as run 2.'
    ]);
    // The flaky row says what its failing run got.
    expect(tables[2]![2]![2]).toBe('run 1 of 3: not-contains: expected no "RUDE"; got RUDE: go away second line of the rude answer');
    // Answers are quoted text, never a <pre> that scrolls sideways, nor code.
    expect(text).not.toContain('<pre');
    expect(nodesOf(root, 'code')).toEqual([]);
  }

  // The results file keeps every run; merge still reads it strictly.
  const results = JSON.parse(await readFile(r.outputs['results-file']!, 'utf8')) as {
    cases: { name: string; runs: { detail?: { status: string; response?: string; failures: unknown[] }[] } }[];
  };
  const tone = results.cases.find((c) => c.name === 'tone')!;
  expect(tone.runs.detail?.map((d) => d.status)).toEqual(['fail', 'pass', 'pass']);
  expect(tone.runs.detail?.[0]?.response).toBe('RUDE: go away\nsecond line of the rude answer');
  const merged = await runMerge({ 'results-files': r.outputs['results-file']! }, { env: { GITHUB_WORKSPACE: '/' } });
  expect(merged.stderr + merged.stdout).not.toMatch(/is not a context-cache-eval\/results@1 results file/);

  // JUnit: the flaky case is marked, and every run's verdict and answer is in system-out.
  const junit = parseXml(await readFile(r.outputs['junit-file']!));
  const toneCase = findAll(junit, 'testcase').find((t) => t.attrs['name'] === 'tone')!;
  expect(findAll(toneCase, 'property').map((p) => [p.attrs['name'], p.attrs['value']])).toEqual([
    ['flaky', 'true'],
    ['runs', '2 of 3 passed']
  ]);
  const out = findAll(toneCase, 'system-out')[0]!.text;
  expect(out).toContain('--- run 1 of 3: fail: not-contains');
  expect(out).toContain('RUDE: go away');
  expect(out).toContain('--- run 3 of 3: pass');

  // Progress lines count runs, and say so.
  expect(r.stdout).toMatch(/^\[12\/12 runs \(4 cases × 3\)\] 8 passed, 4 failed, 0 errors/m);
});

test('two eval steps of one job, and two legs of a matrix, keep their own comments; a re-run updates its own', async () => {
  const id = await createCache(gw, 'gemini-2.5-flash');
  const failing = `- name: a\n  prompt: x\n  expect:\n    contains: nowhere\n`;
  const passing = `- name: a\n  prompt: x\n`;
  const step = (action: string, cases: string, matrix = '') =>
    runEval(
      gw,
      { model: 'gemini-2.5-flash', 'context-id': id, 'cases-file': 'evals/cases.yml', 'github-token': TOKEN, ...(matrix && { matrix }) },
      { files: { 'evals/cases.yml': cases }, env: { ...env, GITHUB_ACTION: action }, event: PR }
    );
  expect((await step('eval-strict', failing)).code).toBe(1);
  expect((await step('eval-loose', passing)).code).toBe(0);
  expect(ours().map((c) => /Evaluation (passed|failed)/.exec(c.body)?.[1])).toEqual(['failed', 'passed']);
  // Two legs of one step that differ in a prompt, not the model.
  await step('eval-leg', passing, '{"prompt":"a","model":"gemini-2.5-flash"}');
  await step('eval-leg', failing, '{"model":"gemini-2.5-flash","prompt":"b"}');
  expect(ours()).toHaveLength(4);
  // The same leg again (its keys in another order): the same comment, updated.
  await step('eval-leg', failing, '{"prompt":"a","model":"gemini-2.5-flash"}');
  expect(ours()).toHaveLength(4);
  expect(ours().map((c) => /Evaluation (passed|failed)/.exec(c.body)?.[1])).toEqual(['failed', 'passed', 'failed', 'failed']);
  // comment-key still overrides: two steps with one key share one comment.
  await runEval(
    gw,
    { model: 'gemini-2.5-flash', 'context-id': id, 'cases-file': 'evals/cases.yml', 'github-token': TOKEN, 'comment-key': 'shared' },
    { files: { 'evals/cases.yml': passing }, env: { ...env, GITHUB_ACTION: 'x1' }, event: PR }
  );
  await runEval(
    gw,
    { model: 'gemini-2.5-flash', 'context-id': id, 'cases-file': 'evals/cases.yml', 'github-token': TOKEN, 'comment-key': 'shared' },
    { files: { 'evals/cases.yml': passing }, env: { ...env, GITHUB_ACTION: 'x2' }, event: PR }
  );
  expect(ours()).toHaveLength(5);
});

test('an expired cache is one error, not one annotation per case', async () => {
  const id = await createCache(gw, 'Doubao-1.5-pro-32k', { mode: 'common_prefix' });
  expect(gw.expire(id)).toBe(1);
  const cases = Array.from(
    { length: 10 },
    (_, i) => `- name: case ${i}\n  prompt: Question ${i}\n  expect:\n    contains: Question\n`
  ).join('');
  const r = await runEval(
    gw,
    { model: 'Doubao-1.5-pro-32k', 'context-id': id, 'cases-file': 'evals/cases.yml', concurrency: '1' },
    { files: { 'evals/cases.yml': cases } }
  );
  expect(r.code).toBe(1);
  const annotations = [...commands(r.stdout, 'error'), ...commands(r.stdout, 'warning')];
  expect(annotations.filter((a) => a.props['title']?.startsWith('Case'))).toEqual([]);
  const gone = annotations.filter((a) => a.props['title'] === 'Context cache gone');
  expect(gone).toHaveLength(1);
  expect(gone[0]!.message).toContain('10 case(s) got no answer because of it');
});

describe('before anything is sent', () => {
  const TWO = `- name: one\n  prompt: First\n  expect:\n    contains: First\n- name: two\n  prompt: Second\n  expect:\n    contains: Second\n`;

  test('dry-run: no key, no cache, nothing sent; the inputs and every case file validated, what would run logged', async () => {
    const r = await runEval(
      gw,
      { 'api-key': '', model: 'gemini-2.5-flash', 'cases-file': 'evals/cases.yml', repeat: '2', 'dry-run': 'true' },
      { files: { 'evals/cases.yml': TWO } }
    );
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(gw.requests).toEqual([]);
    expect(r.stdout).toMatch(/^Dry run: 2 case\(s\) × 2 runs from evals\/cases\.yml would run on gemini-2\.5-flash .*nothing was sent\./m);
    expect(parseMarkdown(r.summary).children.map(textOf)[0]).toBe('✅ Eval dry run');
  });

  test("a fork's pull request: the empty key's error points to eval's dry-run, which then passes", async () => {
    const fork = {
      name: 'pull_request',
      payload: {
        number: 9,
        pull_request: { number: 9, head: { repo: { fork: true, full_name: 'someone/r' } }, base: { repo: { full_name: 'o/r' } } }
      }
    };
    const inputs = { 'api-key': '', model: 'gemini-2.5-flash', 'cases-file': 'evals/cases.yml' };
    const files = { 'evals/cases.yml': TWO };
    const refused = await runEval(gw, inputs, { files, event: fork, env: { GITHUB_REPOSITORY: 'o/r' } });
    expect(refused.code).toBe(1);
    const message = commands(refused.stdout, 'error')
      .map((e) => e.message)
      .join('\n');
    expect(message).toMatch(/api-key.*is empty.*pull request from a fork.*dry-run: true.*cases files \(eval\)/s);
    const dry = await runEval(gw, { ...inputs, 'dry-run': 'true' }, { files, event: fork, env: { GITHUB_REPOSITORY: 'o/r' } });
    expect(dry.code).toBe(0);
    expect(gw.requests).toEqual([]);
  });

  test('dry-run on a case file with eight problems: all eight annotated in one run', async () => {
    const bad = [
      '- name: refund',
      '  prompt: How long?',
      '  expect:',
      '    contians: thirty',
      '    regexp: "days"',
      '    max-latncy: 100',
      '    matches: "(unclosed"',
      '    equals: 4',
      '- name: tone',
      '  promt: Be nice',
      '  expect:',
      '    matches: "[z-a]"',
      '    json: 3',
      ''
    ].join('\n');
    const r = await runEval(
      gw,
      { 'api-key': '', model: 'gemini-2.5-flash', 'cases-file': 'evals/cases.yml', 'dry-run': 'true' },
      { files: { 'evals/cases.yml': bad } }
    );
    expect(r.code).toBe(1);
    expect(gw.requests).toEqual([]);
    const lines = commands(r.stdout, 'error')
      .filter((e) => e.props['file'] === 'evals/cases.yml')
      .map((e) => Number(e.props['line']));
    expect(lines.sort((a, b) => a - b)).toEqual([4, 5, 6, 7, 8, 10, 12, 13]);
  });

  test("the model once: eval takes create's CONTEXT_CACHE_MODEL, and refuses another model naming both", async () => {
    // The create step as a workflow runs it: its exported variables are the next step's environment.
    const created = await runAction({
      inputs: { 'api-key': KEY, 'base-url': gw.url, model: 'gemini-2.5-flash', 'prompt-file': 'prompts/policy.md' },
      files: { 'prompts/policy.md': CACHED_PROMPT }
    });
    expect(created.code).toBe(0);
    expect(created.env['CONTEXT_CACHE_MODEL']).toBe('gemini-2.5-flash');
    const fromCreate = { ...env, ...created.env };
    const ok = await runEval(gw, { 'cases-file': 'evals/cases.yml' }, { files: { 'evals/cases.yml': TWO }, env: fromCreate });
    expect(ok.code).toBe(0);
    expect(ok.summary).toContain('Evaluation passed: 2 of 2 cases on gemini-2.5-flash');
    gw.reset();
    const wrong = await runEval(
      gw,
      { model: 'Doubao-1.5-pro-32k', 'cases-file': 'evals/cases.yml' },
      { files: { 'evals/cases.yml': TWO }, env: fromCreate }
    );
    expect(wrong.code).toBe(1);
    expect(gw.requests).toEqual([]);
    expect(
      commands(wrong.stdout, 'error')
        .map((e) => e.message)
        .join('\n')
    ).toMatch(/model.*is Doubao-1\.5-pro-32k, but the cache in CONTEXT_CACHE_ID was created for gemini-2\.5-flash/);
  });

  test('prompt-file where no cache can be made: the prompt sent with every case to the plain endpoint, and the cost said', async () => {
    const r = await runEval(
      gw,
      { model: 'gemini-2.5-flash', 'prompt-file': 'prompts/short.md', 'cases-file': 'evals/cases.yml' },
      {
        files: { 'prompts/short.md': 'You answer in one short sentence.', 'evals/cases.yml': TWO },
        env: { ...env, CONTEXT_CACHE_ID: 'ctx-stale' }
      }
    );
    expect([r.code, r.stderr]).toEqual([0, '']);
    const sent = gw.requests.filter((q) => q.path.startsWith('/v1/'));
    expect(sent.map((q) => q.path)).toEqual(['/v1/chat/completions', '/v1/chat/completions']);
    for (const q of sent) {
      const body = q.json as { context_id?: string; messages: { role: string; content: string }[] };
      expect(body.context_id).toBeUndefined();
      expect(body.messages[0]).toEqual({ role: 'system', content: 'You answer in one short sentence.' });
      expect(body.messages).toHaveLength(2);
    }
    const root = parseMarkdown(r.summary);
    const noCache = root.children.find((n) => n.type === 'paragraph' && textOf(n).startsWith('No cache was used'));
    expect(noCache && textOf(noCache)).toMatch(/prompts\/short\.md, about \d+ tokens\) was sent with each of 2 call\(s\)/);
    expect(r.summary).not.toContain('cache is not being used');
    expect(commands(r.stdout, 'warning').filter((w) => w.props['title'] === 'Cache not used')).toEqual([]);
  });

  test('prompt-file with vars: the prompt is filled as the create action fills it; a var neither uses is named', async () => {
    const r = await runEval(
      gw,
      {
        model: 'gemini-2.5-flash',
        'prompt-file': 'prompts/short.md',
        'cases-file': 'evals/cases.yml',
        vars: 'product: Acme Router\nquestion: Does it reboot?\nunused_one: x'
      },
      {
        files: {
          'prompts/short.md': 'You support the {{ product }}.',
          'evals/cases.yml': `- name: one\n  prompt: "{{question}}"\n  expect:\n    contains: reboot\n`
        },
        env
      }
    );
    expect([r.code, r.stderr]).toEqual([0, '']);
    const [sent] = gw.requests.filter((q) => q.path.startsWith('/v1/'));
    expect((sent!.json as { messages: unknown[] }).messages).toEqual([
      { role: 'system', content: 'You support the Acme Router.' },
      { role: 'user', content: 'Does it reboot?' }
    ]);
    const unused = commands(r.stdout, 'warning').filter((w) => w.props['title'] === 'Unused vars');
    expect(unused.map((w) => w.message)).toEqual([expect.stringMatching(/^vars defines unused_one, which no prompt file or case uses/)]);

    // A placeholder the vars do not fill stops the run before anything is sent, as in create.
    gw.reset();
    const missing = await runEval(
      gw,
      { model: 'gemini-2.5-flash', 'prompt-file': 'prompts/short.md', 'cases-file': 'evals/cases.yml', vars: 'question: Does it reboot?' },
      { files: { 'prompts/short.md': 'You support the {{ product }}.', 'evals/cases.yml': `- name: one\n  prompt: "{{question}}"\n` }, env }
    );
    expect(missing.code).toBe(1);
    expect(gw.requests.filter((q) => q.path.startsWith('/v1/'))).toEqual([]);
    expect(
      commands(missing.stdout, 'error')
        .map((e) => e.message)
        .join('\n')
    ).toMatch(/product/);
  });
});
