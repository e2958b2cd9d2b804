// Hostile answers and bad case files, end to end through dist/eval/index.js: what a model says
// must not become a log command, HTML, a mention or Markdown in the reports, nor break the JUnit
// XML; a bad case file is refused at its line before anything is sent.
import { readFile } from 'node:fs/promises';
import { startGateway, type Gateway } from '../../emulator/gateway.js';
import { chatRequests, commands, createCache, findAll, KEY, parseXml, readResults, runEval } from '../helpers/eval-run.js';
import { startGitHubApi, type GitHubApi } from '../helpers/github-api.js';
import { leaksBeforeMask } from '../helpers/run-action.js';

const TOKEN = 'ghs_hostileTokenAbCdEfGhIjKlMnOpQrStUv0123';
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

let gw: Gateway;
let api: GitHubApi;
beforeAll(async () => {
  [gw, api] = await Promise.all([startGateway({ apiKey: KEY }), startGitHubApi()]);
});
afterAll(() => Promise.all([gw.close(), api.close()]));
beforeEach(() => {
  gw.reset();
  api.reset();
});

describe('hostile answers', () => {
  const ANSWERS = (id: string): Record<string, string> => ({
    command: '::error::x',
    'command after a line break': 'fine\n::error::x\n::add-mask::fine',
    'stop commands': 'ok ##[stop-commands]tok and ##[error]y',
    script: '<script>alert(1)</script>',
    mention: 'ping @someone please',
    'closing pre': '</pre><img src=x onerror=alert(1)>',
    markdown: 'fine\n\n# heading\n[click](https://evil.example)\n\n| a | b |',
    controls: 'red\u001b[31m bell\u0007 nul\u0000 vt\u000b del\u007f',
    surrogate: 'bad \ud800 half',
    echo: `key ${KEY} ctx ${id} token ${TOKEN}`
  });

  test('reach the log, summary, comment, results and JUnit as inert text, secrets as ***', async () => {
    const id = await createCache(gw, 'gemini-2.5-flash');
    const answers = ANSWERS(id);
    const names = [...Object.keys(answers), 'evil <b>@team</b> ##[warning]x'];
    gw.setAnswers(names.map((n) => ({ match: `case ${n}.`, reply: answers[n] ?? '::warning::from the name case' })));
    const yml = names
      .map((n) => `- name: ${JSON.stringify(n)}\n  prompt: ${JSON.stringify(`case ${n}.`)}\n  expect:\n    contains: SAFE\n`)
      .join('');
    const r = await runEval(
      gw,
      { model: 'gemini-2.5-flash', 'context-id': id, 'cases-file': 'evals/cases.yml', 'min-pass-rate': '0', 'github-token': TOKEN },
      {
        files: { 'evals/cases.yml': yml },
        event: { name: 'pull_request', payload: { pull_request: { number: 3 } } },
        env: { GITHUB_REPOSITORY: 'o/r', GITHUB_API_URL: api.url }
      }
    );
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ failed: String(names.length), total: String(names.length) });

    // The log: the answers it shows (in failure annotations) are inert text, none a command.
    const failed = commands(r.stdout, 'error').filter((e) => e.props['title']?.startsWith('Case failed'));
    // GitHub shows 10 annotations of a kind per step: the rest are counted in one line.
    expect(failed).toHaveLength(Math.min(names.length, 10));
    if (names.length > 10) expect(r.stdout).toContain(`${names.length - 10} more case(s) did not pass and are not annotated`);
    expect(r.stdout).not.toContain('##[');
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => /^\s*::(error|warning)::(x|from)/.test(l) || /^\s*::add-mask::fine/.test(l))).toEqual([]);
    expect(lines.filter((l) => /^\s*(# heading|\[click\])/.test(l))).toEqual([]);
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stdout).toContain('\\u001b[31m');
    // Secrets: announced to the runner for masking before anything else shows them; the echo is ***.
    expect(leaksBeforeMask(r, KEY)).toEqual([]);
    expect(leaksBeforeMask(r, id)).toEqual([]);
    expect(lines.filter((l) => l.includes(KEY) || l.includes(id) || l.includes(TOKEN)).every((l) => l.startsWith('::add-mask::'))).toBe(
      true
    );
    expect(failed.find((e) => e.props['title'] === 'Case failed: echo')?.message).toContain('key *** ctx *** token ***');

    // The summary and the comment: the same report, inert.
    const [comment] = api.on('o', 'r', 3);
    expect(comment).toBeDefined();
    for (const text of [r.summary, comment!.body]) {
      for (const raw of ['<script', '<img', '@someone', '@team', '<b>', KEY, id, TOKEN]) expect(text).not.toContain(raw);
      expect(text).not.toMatch(CONTROL);
      // BUG (reported to the lead; fails until src/escape.ts is fixed): forCell/forPre pass a lone
      // surrogate from the answer into the PR comment's body (sent as "\ud800" in its JSON); the
      // summary file hides it only because writing UTF-8 turns it into U+FFFD.
      expect(text).not.toMatch(LONE_SURROGATE);
      // Every <pre> closes once, and nothing inside one is markup.
      const pres = [...text.matchAll(/<pre>([\s\S]*?)<\/pre>/g)].map((m) => m[1]!);
      expect(pres.length).toBe(text.split('<pre>').length - 1);
      expect(pres.length).toBe(text.split('</pre>').length - 1);
      // `@` only with the word joiner that keeps it from mentioning anyone.
      for (const p of pres) expect(p).not.toMatch(/[<>]|@(?!\u2060)/);
      // Outside the <pre> blocks no answer can make a heading or a link.
      const outside = text.replace(/<pre>[\s\S]*?<\/pre>/g, '');
      expect(outside.split('\n').filter((l) => /^#(?!## [✅❌] Evaluation)/.test(l))).toEqual([]);
      expect(outside).not.toContain('[click](');
      // As GitHub shows it (the report writes `*` as a character reference, never as emphasis).
      expect(text.replace(/&#x2A;/g, '*')).toContain('key *** ctx *** token ***');
    }

    // Results and JUnit: secrets redacted, the XML well-formed whatever was said.
    const results = await readResults(r);
    expect(results.cases.find((c) => c.name === 'echo')?.response).toBe('key *** ctx *** token ***');
    const junitBytes = await readFile(r.outputs['junit-file']!);
    const resultsText = await readFile(r.outputs['results-file']!, 'utf8');
    for (const s of [KEY, id, TOKEN]) {
      expect(junitBytes.toString('utf8')).not.toContain(s);
      expect(resultsText).not.toContain(s);
    }
    const junit = parseXml(junitBytes);
    const out = new Map(findAll(junit, 'testcase').map((t) => [t.attrs['name'], findAll(t, 'system-out')[0]?.text]));
    expect(out.get('script')).toBe('<script>alert(1)</script>');
    expect(out.get('closing pre')).toBe('</pre><img src=x onerror=alert(1)>');
    expect(out.get('surrogate')).toBe('bad \ufffd half');
    expect(out.get('evil <b>@team</b> ##[warning]x')).toBe('::warning::from the name case');
    // XML 1.0 has no place for these even escaped (DEL it allows).
    expect(out.get('controls')).toBe('red\ufffd[31m bell\ufffd nul\ufffd vt\ufffd del\u007f');
  });
});

describe('bad case files fail before anything is sent', () => {
  const BAD = {
    'an unknown expectation key': {
      yml: '- name: typo\n  prompt: Hi\n  expect:\n    contians: Hi\n',
      line: 4,
      message: /unknown expectation "contians" \(did you mean contains\?\)/
    },
    'an invalid regex': {
      yml: "- name: regex\n  prompt: Hi\n  expect:\n    matches: '(unclosed'\n",
      line: 4,
      message: /expect\.matches is not a valid regular expression/
    },
    'no prompt': { yml: '- name: empty\n  expect:\n    contains: x\n', line: 1, message: /has no prompt/ },
    'a Doubao case ending with an assistant message': {
      yml: '- name: last\n  messages:\n    - role: user\n      content: Hi\n    - role: assistant\n      content: Hello\n',
      line: 5,
      message: /ends with an assistant message/
    }
  };

  test.each(Object.entries(BAD))('%s: an error at its file and line', async (_what, bad) => {
    const r = await runEval(
      gw,
      { model: 'Doubao-1.5-pro-32k', 'context-id': 'ctx-unused', 'cases-file': 'evals/bad.yml' },
      { files: { 'evals/bad.yml': bad.yml } }
    );
    expect(r.code).toBe(1);
    const errors = commands(r.stdout, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.props).toMatchObject({ file: 'evals/bad.yml', line: String(bad.line) });
    expect(errors[0]!.message).toMatch(bad.message);
    expect(gw.requests).toEqual([]);
    expect(r.outputs['results-file']).toBeUndefined();
  });

  test('every problem of every case at once, each at its line', async () => {
    const good = '- name: fine\n  prompt: Hi\n';
    const lines = Object.values(BAD).map((b) => b.yml);
    const yml = [good, ...lines].join('');
    const r = await runEval(
      gw,
      { model: 'Doubao-1.5-pro-32k', 'context-id': 'ctx-unused', 'cases-file': 'evals/bad.yml' },
      { files: { 'evals/bad.yml': yml } }
    );
    expect(r.code).toBe(1);
    const offsets = [good, ...lines].map((_, i, all) => all.slice(0, i).join('').split('\n').length - 1);
    const expected = Object.values(BAD).map((b, i) => String(offsets[i + 1]! + b.line));
    const annotated = commands(r.stdout, 'error').filter((e) => e.props['file'] === 'evals/bad.yml');
    expect(annotated.map((e) => e.props['line'])).toEqual(expected);
    expect(commands(r.stdout, 'error').at(-1)!.message).toMatch(/4 problems in the cases files/);
    expect(chatRequests(gw)).toEqual([]);
    expect(gw.requests).toEqual([]);
  });
});

describe('the XML check the JUnit assertions rely on', () => {
  test.each([
    ['<a>&</a>', /'&' is not expected/],
    ['<a><b></a></b>', /Expected closing tag 'b'/],
    ['<a x="1" x="2"/>', /repeated/],
    ['<a>\u0001</a>', /not allowed/],
    ['<a>&#0;</a>', /bad reference/],
    ['<a/><b/>', /second root/],
    ['<a>', /Unclosed tag 'a'/]
  ])('refuses %j', (xml, why) => {
    expect(() => parseXml(Buffer.from(xml))).toThrow(why);
  });
  test('refuses bytes that are not UTF-8', () => {
    expect(() => parseXml(Buffer.from([0x3c, 0x61, 0x3e, 0xff, 0x3c, 0x2f, 0x61, 0x3e]))).toThrow();
  });
});
