// The second adversarial review, end to end through dist/ on Node 24 as the runner runs it: each
// test reproduces one attack (a library that prints untrusted text to stderr, references in the PR
// comment, a Link header to another host, a hostile error page, secrets spelled by JSON escapes,
// a planted baseline, impossible shards, and answers or case files built to break the reports).
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGateway, type Gateway } from '../../emulator/gateway.js';
import { defaultCommentKey, marker } from '../../src/github/comment.js';
import { RESULTS_FORMAT } from '../../src/results/format.js';
import { CACHED_PROMPT, chatRequests, commands, createCache, KEY, parseXml, readResults, runEval, runMerge } from '../helpers/eval-run.js';
import { startGitHubApi, type GitHubApi } from '../helpers/github-api.js';
import { leaksBeforeMask, runAction, type ActionRun } from '../helpers/run-action.js';

const TOKEN = 'ghs_hostile2TokenAbCdEfGhIjKlMnOpQrStUv01';
const MODEL = 'gemini-2.5-flash';
const PR = { name: 'pull_request', payload: { number: 7, pull_request: { number: 7 } } };

let gw: Gateway;
let api: GitHubApi;
let env: Record<string, string>;
beforeAll(async () => {
  [gw, api] = await Promise.all([startGateway({ apiKey: KEY }), startGitHubApi()]);
  env = { GITHUB_REPOSITORY: 'o/r', GITHUB_API_URL: api.url, GITHUB_WORKFLOW: 'CI', GITHUB_JOB: 'eval' };
});
afterAll(() => Promise.all([gw.close(), api.close()]));
beforeEach(() => {
  gw.reset();
  api.reset();
});

/** Every line of stdout and stderr that holds `##[` as the runner's legacy parser would act on it. */
const rawCommands = (r: Pick<ActionRun, 'stdout' | 'stderr'>) => `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => l.includes('##['));

const passing = (...names: string[]) =>
  names.map((n) => `- name: ${JSON.stringify(n)}\n  prompt: ${JSON.stringify(`Say ${n}`)}\n  expect:\n    contains: Say\n`).join('');

describe('1. library warnings cannot print workflow commands', () => {
  const HOSTILE_KEY = '? - a##[stop-commands]zz\n: x\n';

  test('a YAML prompt file whose mapping key is a collection holding ##[stop-commands]: nothing reaches stderr raw, the id is still masked', async () => {
    const yml = `messages:\n  - role: system\n    content: ${JSON.stringify(CACHED_PROMPT)}\n${HOSTILE_KEY}`;
    const r = await runAction({
      inputs: { 'api-key': KEY, 'base-url': gw.url, model: MODEL, 'prompt-file': 'p.yml' },
      files: { 'p.yml': yml }
    });
    expect(rawCommands(r)).toEqual([]);
    const id = [...gw.caches.keys()][0];
    if (id !== undefined) {
      expect(r.stdout.split('\n')).toContain(`::add-mask::${id}`);
      expect(leaksBeforeMask(r, id)).toEqual([]);
    }
  });

  test('a YAML cases file whose mapping key is a collection holding ##[stop-commands]: nothing reaches stderr raw', async () => {
    const id = await createCache(gw, MODEL);
    const yml = `cases:\n${passing('a')
      .split('\n')
      .map((l) => (l ? `  ${l}` : l))
      .join('\n')}${HOSTILE_KEY}`;
    const r = await runEval(gw, { model: MODEL, 'context-id': id, 'cases-file': 'c.yml' }, { files: { 'c.yml': yml } });
    expect(rawCommands(r)).toEqual([]);
    expect(leaksBeforeMask(r, id)).toEqual([]);
  });

  test('octokit answered with hostile Sunset / Deprecation / Link headers: its deprecation warning cannot print ##[stop-commands]', async () => {
    const id = await createCache(gw, MODEL);
    api.extraHeaders = {
      deprecation: 'Sat, 01 Jan 2022 00:00:00 GMT',
      sunset: 'soon ##[stop-commands]zz',
      link: '<https://evil.example/##[stop-commands]zz>; rel="deprecation"'
    };
    const r = await runEval(
      gw,
      { model: MODEL, 'context-id': id, 'cases-file': 'c.yml', 'github-token': TOKEN },
      { files: { 'c.yml': passing('a') }, env, event: PR }
    );
    expect(r.code).toBe(0);
    expect(rawCommands(r)).toEqual([]);
    expect(api.on('o', 'r', 7)).toHaveLength(1);
  });
});

describe('2. references in the PR comment', () => {
  test('case names and answers with owner/repo#N, #N and GH-N create no backlinks', async () => {
    const id = await createCache(gw, MODEL);
    const names = ['fixes octo/other#12', 'see #34', 'per GH-56 and gh-78'];
    gw.setAnswers(names.map((n) => ({ match: `Say ${n}`, reply: `no: ${n} and other/repo#90, #91, GH-92` })));
    const r = await runEval(
      gw,
      { model: MODEL, 'context-id': id, 'cases-file': 'c.yml', 'github-token': TOKEN, 'min-pass-rate': '0' },
      {
        files: {
          'c.yml': names
            .map((n) => `- name: ${JSON.stringify(n)}\n  prompt: ${JSON.stringify(`Say ${n}`)}\n  expect:\n    contains: SAFE\n`)
            .join('')
        },
        env,
        event: PR
      }
    );
    expect(r.code).toBe(0);
    const [comment] = api.on('o', 'r', 7);
    expect(comment).toBeDefined();
    for (const body of [comment!.body, r.summary]) {
      expect(body).toContain('octo/other#\u206012');
      // A reference finder may read the text before or after character references are decoded:
      // neither form may hold `#` and a digit (so references are in hex: `&#x3A;`, never `&#58;`).
      expect(body).not.toMatch(/#\d/);
      const decoded = body.replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCharCode(parseInt(n, 16)));
      expect(decoded).not.toMatch(/#\d/);
      expect(decoded).not.toMatch(/\bgh-\d/i);
      expect(body).not.toContain('&#35;');
    }
  });
});

describe('3. pagination stays on GITHUB_API_URL, ends, and is bounded in time', () => {
  let recorder: Server;
  let seen: { url: string; authorization?: string }[];
  let recorderUrl: string;
  beforeAll(async () => {
    seen = [];
    recorder = createServer((req, res) => {
      seen.push({ url: req.url ?? '', authorization: req.headers.authorization });
      res.writeHead(200, { 'content-type': 'application/json' }).end('[]');
    });
    await new Promise<void>((resolve) => recorder.listen(0, '127.0.0.1', resolve));
    recorderUrl = `http://127.0.0.1:${(recorder.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => recorder.close(() => resolve())));

  const evalOnPr = async (inputs: Record<string, string> = {}) => {
    const id = await createCache(gw, MODEL);
    return runEval(
      gw,
      { model: MODEL, 'context-id': id, 'cases-file': 'c.yml', 'github-token': TOKEN, ...inputs },
      { files: { 'c.yml': passing('a') }, env, event: PR }
    );
  };

  test('a Link rel="next" to another 127.0.0.1 port gets no request and no token', async () => {
    api.listLink = () => `<${recorderUrl}/repos/o/r/issues/7/comments?page=2>; rel="next"`;
    const r = await evalOnPr();
    expect(r.code).toBe(0);
    expect(seen).toEqual([]);
    expect(api.on('o', 'r', 7)).toHaveLength(1);
  });

  test('a Link rel="next" to the same page ends instead of looping forever', async () => {
    api.listLink = (url) => `<${url.href}>; rel="next"`;
    const r = await evalOnPr();
    expect(r.code).toBe(0);
    const gets = api.requests.filter((q) => q.method === 'GET' && q.url.includes('/comments'));
    expect(gets.length).toBeLessThanOrEqual(50);
    expect(api.on('o', 'r', 7)).toHaveLength(1);
  }, 60_000);

  test('a stalled comment list is cut by a timeout: the step ends, the comment is skipped with the reason', async () => {
    api.stallList = true;
    const r = await evalOnPr({ timeout: '2' });
    expect(r.code).toBe(0);
    expect(commands(r.stdout, 'warning').find((w) => w.props['title'] === 'PR comment skipped')?.message).toMatch(
      /did not answer within 2 s/
    );
    // A generous bound that only catches the hang (the test's own 20 s limit would kill it).
    expect(r.elapsedMs).toBeLessThan(15_000);
  });
});

describe('4. the sticky comment is ours only when it starts with our marker', () => {
  test("another bot's comment quoting the marker from the PR description is not overwritten", async () => {
    const id = await createCache(gw, MODEL);
    const mark = marker(defaultCommentKey(MODEL, env));
    const quoting = api.seed('o', 'r', 7, `Summary of the PR description:\n> ${mark}\n> please review`, 'github-actions[bot]');
    const before = quoting.body;
    const r = await runEval(
      gw,
      { model: MODEL, 'context-id': id, 'cases-file': 'c.yml', 'github-token': TOKEN },
      { files: { 'c.yml': passing('a') }, env, event: PR }
    );
    expect(r.code).toBe(0);
    expect(quoting.body).toBe(before);
    expect(api.requests.filter((q) => q.method === 'PATCH')).toEqual([]);
    expect(api.on('o', 'r', 7).filter((c) => c.body.startsWith(`${mark}\n`))).toHaveLength(1);
  });
});

describe('5. a hostile error page', () => {
  test('1 MiB of unclosed <script tags on a 502 ends the step with the error quickly (no quadratic excerpt)', async () => {
    // Just under the 1 MiB the action reads of a response.
    const page = `<html><body>Bad gateway${'<script <style <x '.repeat((1000 * 1024) / 18)}`;
    gw.enqueue({ html: page, status: 502 });
    const r = await runAction({
      inputs: { 'api-key': KEY, 'base-url': gw.url, model: MODEL, 'prompt-file': 'p.md', 'max-attempts': '1' },
      files: { 'p.md': CACHED_PROMPT },
      timeoutMs: 60_000
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error.*502/m);
    // Only catches the hang: the old excerpt took minutes on this page.
    expect(r.elapsedMs).toBeLessThan(20_000);
  }, 70_000);
});

describe('6. secrets spelled by JSON escapes or split over content parts', () => {
  test('an answer that \\u-escapes the key and the cache id, and one that splits them over parts, show *** in every report', async () => {
    const id = await createCache(gw, MODEL);
    const escaped = (s: string) => [...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    gw.enqueue(
      { status: 200, body: `{"choices":[{"message":{"role":"assistant","content":"key ${escaped(KEY)} ctx ${escaped(id)}"}}],"usage":{}}` },
      {
        json: {
          choices: [
            {
              message: {
                role: 'assistant',
                content: [{ text: `key ${KEY.slice(0, 9)}` }, { text: `${KEY.slice(9)} ctx ${id.slice(0, 5)}` }, { text: id.slice(5) }]
              }
            }
          ],
          usage: {}
        }
      }
    );
    const r = await runEval(
      gw,
      { model: MODEL, 'context-id': id, 'cases-file': 'c.yml', 'github-token': TOKEN, concurrency: '1', 'min-pass-rate': '0' },
      {
        files: {
          'c.yml':
            '- name: escaped\n  prompt: one\n  expect:\n    contains: SAFE\n- name: parts\n  prompt: two\n  expect:\n    contains: SAFE\n'
        },
        env,
        event: PR
      }
    );
    expect(chatRequests(gw)).toHaveLength(2);
    const results = await readResults(r);
    expect(results.cases.map((c) => c.response)).toEqual(['key *** ctx ***', 'key *** ctx ***']);
    const junit = await readFile(r.outputs['junit-file']!, 'utf8');
    const [comment] = api.on('o', 'r', 7);
    const log = r.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    for (const text of [JSON.stringify(results), junit, comment!.body, r.summary, log, r.stderr]) {
      expect(text).not.toContain(KEY);
      expect(text).not.toContain(id);
    }
  });
});

describe('8. baseline-file', () => {
  test('a planted baseline/0.results.json beside the real one is refused, not silently used', async () => {
    const id = await createCache(gw, MODEL);
    const doc = (status: string) =>
      JSON.stringify({
        format: RESULTS_FORMAT,
        model: MODEL,
        casesFiles: ['c.yml'],
        cases: [{ name: 'a', status, failures: [], usage: {}, attempts: 1 }]
      });
    const r = await runEval(
      gw,
      { model: MODEL, 'context-id': id, 'cases-file': 'c.yml', 'baseline-file': 'baseline/*.results.json', 'fail-on': 'regressions' },
      { files: { 'c.yml': passing('a'), 'baseline/0.results.json': doc('fail'), 'baseline/nightly.results.json': doc('pass') } }
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error.*baseline-file.*matches 2 files \(baseline\/0\.results\.json, baseline\/nightly\.results\.json\)/m);
    expect(chatRequests(gw)).toHaveLength(0);
  });
});

describe('9. merge refuses impossible shards', () => {
  const file = (shard: { index: number; count: number } | undefined, names: string[]) =>
    JSON.stringify({
      format: RESULTS_FORMAT,
      model: MODEL,
      casesFiles: ['c.yml'],
      ...(shard && { shard }),
      cases: names.map((name) => ({ name, status: 'pass', failures: [], usage: {}, attempts: 1 }))
    });

  test('shard 3 of 2 is refused', async () => {
    const r = await runMerge(
      { 'results-files': 'r/*.json' },
      {
        files: {
          'r/1.json': file({ index: 1, count: 2 }, ['a']),
          'r/2.json': file({ index: 2, count: 2 }, ['b']),
          'r/3.json': file({ index: 3, count: 2 }, ['c'])
        }
      }
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error.*shard index is larger than the shard count/m);
  });

  test('a case listed twice in one file is refused (it would count twice)', async () => {
    const r = await runMerge({ 'results-files': 'r/*.json' }, { files: { 'r/1.json': file(undefined, ['a', 'a']) } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error.*"a" is listed twice in r\/1\.json/m);
  });

  test('shard count 4,000,000,000 is refused at once, not an out-of-memory abort', async () => {
    const r = await runMerge({ 'results-files': 'r/*.json' }, { files: { 'r/1.json': file({ index: 1, count: 4_000_000_000 }, ['a']) } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error.*shard\.count/m);
    expect(r.stderr).not.toMatch(/heap out of memory|Invalid array length/);
  });
});

describe('10–11. hostile expectations and answers', () => {
  test('a json expectation on a __proto__ field is checked, not dropped (the case fails on an answer without it)', async () => {
    const id = await createCache(gw, MODEL);
    gw.setAnswers([{ match: 'proto', reply: '{"other": 1}' }]);
    const r = await runEval(
      gw,
      { model: MODEL, 'context-id': id, 'cases-file': 'c.yml', 'min-pass-rate': '0' },
      { files: { 'c.yml': '- name: proto\n  prompt: proto\n  expect:\n    json:\n      __proto__: {admin: true}\n' } }
    );
    expect(r.outputs).toMatchObject({ passed: '0', failed: '1' });
    expect((await readResults(r)).cases[0]!.failures[0]).toMatchObject({ expectation: 'json', expected: '__proto__ = {"admin":true}' });
  });

  test('one answer of 5,000 nested brackets under a json expectation fails its case only, not the whole evaluation', async () => {
    const id = await createCache(gw, MODEL);
    gw.setAnswers([{ match: 'deep', reply: `{"a": ${'['.repeat(5000)}${']'.repeat(5000)}}` }]);
    const r = await runEval(
      gw,
      { model: MODEL, 'context-id': id, 'cases-file': 'c.yml', 'min-pass-rate': '0' },
      { files: { 'c.yml': `- name: deep\n  prompt: deep\n  expect:\n    json: {a: 1}\n${passing('fine')}` } }
    );
    expect(r.stdout).not.toMatch(/Unexpected error/);
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ passed: '1', failed: '1', total: '2' });
  });
});

describe('12. reports within bounds', () => {
  test('YAML aliases multiplying a 1 MiB expectation over 600 failures still write every report', async () => {
    const id = await createCache(gw, MODEL);
    const big = 'x'.repeat(1024 * 1024);
    const caseFile = (n: number) =>
      `- name: big ${n}\n  prompt: short\n  expect:\n    contains: [&t ${big}, ${Array(99).fill('*t').join(', ')}]\n`;
    const files = Object.fromEntries(Array.from({ length: 6 }, (_, n) => [`c/${n}.yml`, caseFile(n)]));
    const r = await runEval(
      gw,
      { model: MODEL, 'context-id': id, 'cases-file': 'c/*.yml', 'min-pass-rate': '0' },
      { files, timeoutMs: 60_000 }
    );
    expect(r.stdout).not.toMatch(/Unexpected error|Invalid string length/);
    expect(r.outputs).toMatchObject({ failed: '6', total: '6' });
    const results = await readResults(r);
    expect(results.cases).toHaveLength(6);
    for (const c of results.cases) for (const f of c.failures) expect(f.expected.length).toBeLessThanOrEqual(2000);
    expect(() => parseXml(new Uint8Array(0))).toThrow(); // the helper is strict…
    parseXml(await readFile(r.outputs['junit-file']!)); // …and the JUnit file is well-formed
  }, 70_000);
});

describe('13. a large YAML prompt file in a layout only the general parser reads', () => {
  test('12 MiB of a flow list is refused before parsing, naming the file, its size and the cap, in little memory (dry-run too)', async () => {
    const yml = `messages: [${'{role: user, content: a},'.repeat((12 * 1024 * 1024) / 25)}]\n`;
    for (const dry of ['false', 'true']) {
      const r = await runAction({
        inputs: { 'api-key': KEY, 'base-url': gw.url, model: MODEL, 'prompt-file': 'big.yml', 'dry-run': dry },
        files: { 'big.yml': yml },
        sampleMemory: true,
        timeoutMs: 60_000
      });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^::error.*big\.yml.*is 12\.0 MiB of YAML.*at most 400,000/m);
      expect(r.peakRssKiB ?? 0).toBeLessThan(600 * 1024);
    }
    expect(gw.requests).toHaveLength(0);
  }, 130_000);
});

describe('14. regex deadlines in parallel', () => {
  test('12 catastrophic patterns at concurrency 4 take far less than 12 × the 2 s deadline', async () => {
    const id = await createCache(gw, MODEL);
    gw.setAnswers([{ match: 'evil', reply: `${'a'.repeat(40)}!` }]);
    const yml = Array.from({ length: 12 }, (_, i) => `- name: evil ${i}\n  prompt: evil\n  expect:\n    matches: '(?i)^(a+)+$'\n`).join('');
    const r = await runEval(
      gw,
      { model: MODEL, 'context-id': id, 'cases-file': 'c.yml', concurrency: '4', 'min-pass-rate': '0' },
      { files: { 'c.yml': yml }, timeoutMs: 60_000 }
    );
    expect(r.outputs).toMatchObject({ failed: '12' });
    // One at a time: 24 s. Four at a time: about 6 s; half of the serial time is the bound.
    expect(r.elapsedMs).toBeLessThan(12_000);
  }, 70_000);
});

describe('15. smaller', () => {
  test('a bidi override and U+2028 in case names (a results file, a cases file) reach no annotation title or message raw', async () => {
    const name = 'evil\u202ename\u2028::error::x\u2066';
    const doc = JSON.stringify({
      format: RESULTS_FORMAT,
      model: MODEL,
      casesFiles: [],
      cases: [
        { name, status: 'fail', failures: [{ expectation: 'contains', expected: name, got: name }], usage: {}, attempts: 1 },
        { name: `${name} 2`, status: 'error', error: name, failures: [], usage: {}, attempts: 1 }
      ]
    });
    const merged = await runMerge({ 'results-files': 'r.json', 'min-pass-rate': '0' }, { files: { 'r.json': doc } });
    const id = await createCache(gw, MODEL);
    const evaluated = await runEval(
      gw,
      { model: MODEL, 'context-id': id, 'cases-file': 'c.yml', 'min-pass-rate': '0' },
      { files: { 'c.yml': `- name: ${JSON.stringify(name)}\n  prompt: p\n- name: ${JSON.stringify(name)}\n  prompt: q\n` } }
    );
    for (const r of [merged, evaluated]) {
      expect(`${r.stdout}${r.stderr}`).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
      expect(r.stdout).toContain('\\u202e');
    }
  });

  test('a chat timeout does not claim the cache may have been created or that it was not retried', async () => {
    const id = await createCache(gw, MODEL);
    // Headers at once, then a body that stalls: the words a create uses for this ("the cache may
    // have been created, so it was not retried") are wrong for a chat, which is retried.
    const drip = { drip: { chunk: ' ', intervalMs: 400, chunks: 20 } };
    gw.enqueue(drip, drip);
    const r = await runEval(
      gw,
      { model: MODEL, 'context-id': id, 'cases-file': 'c.yml', timeout: '1', 'max-attempts': '2', 'min-pass-rate': '0' },
      { files: { 'c.yml': passing('a') } }
    );
    const results = await readResults(r);
    expect(results.cases[0]!.status).toBe('error');
    expect(results.cases[0]!.error).toMatch(/HTTP 200 came back, but its body did not finish within 1 s/);
    expect(results.cases[0]!.attempts).toBe(2);
    expect(results.cases[0]!.error).toMatch(/chat calls are retried/);
    expect(`${r.stdout}${results.cases[0]!.error}`).not.toMatch(/cache may have been created|not retried/);
  });

  test('merge JUnit: a long error is a short attribute and the full text once', async () => {
    const long = `${'gateway said no. '.repeat(500)}END`;
    const doc = JSON.stringify({
      format: RESULTS_FORMAT,
      model: MODEL,
      casesFiles: [],
      cases: [{ name: 'e', status: 'error', error: long, failures: [], usage: {}, attempts: 1 }]
    });
    const r = await runMerge({ 'results-files': 'r.json', 'min-pass-rate': '0' }, { files: { 'r.json': doc } });
    const junit = await readFile(r.outputs['junit-file']!, 'utf8');
    const xml = parseXml(new TextEncoder().encode(junit));
    const error = xml.children[0]!.children[0]!.children.find((c) => c.name === 'error')!;
    expect(error.attrs['message']!.length).toBeLessThanOrEqual(200);
    expect(error.text).toContain('END');
    expect(junit.split('END').length - 1).toBe(1);
  });
});
