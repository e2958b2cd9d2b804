// npm run demo as a person runs it: `node scripts/demo.js` (and with --debug) in a child process,
// driving dist/ against the emulator. What it prints must read like GitHub's log: masks applied,
// commands consumed, the job summary as text, and a totals line; it exits 0 when every step
// behaved as planned (the failing evaluation included).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../scripts/local-runner.js';

interface Demo {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runDemo(args: string[]): Promise<Demo> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'demo.js'), ...args], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', NODE24: process.env['NODE24'] ?? '' },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Cache ids as the emulator makes them (Doubao `ctx-…`, Gemini `projects/…/cachedContents/…`), and the demo's key. */
const SECRETS = [/ctx-\d{14}-\d{5}/, /cachedContents\/\d/, /sk-demo-not-a-real-key/];

let plain: Demo;
let debug: Demo;
let htmlDir: string;
beforeAll(async () => {
  htmlDir = mkdtempSync(join(tmpdir(), 'demo-html-'));
  plain = await runDemo(['--html', join(htmlDir, 'demo.html')]);
  debug = await runDemo(['--debug', '--html', join(htmlDir, 'debug.html')]);
}, 90_000);
afterAll(() => rmSync(htmlDir, { recursive: true, force: true }));

describe('npm run demo', () => {
  test('exits 0, says nothing on stderr, and ends with the totals line', () => {
    expect(plain.stderr).toBe('');
    expect(plain.code).toBe(0);
    const last = plain.stdout.trimEnd().split('\n').at(-1);
    expect(last).toMatch(
      /^Demo done: 3 caches created, 17 cases run in 3 evaluations, 15 passed, 2 failed \(2 planned\), 0 errors, \d+ requests served, \d+(\.\d)?% of prompt tokens from the caches\.$/
    );
  });

  test('no workflow command reaches the output: masks and debug lines are consumed', () => {
    const lines = plain.stdout.split('\n');
    expect(lines.filter((l) => /^\s*::/.test(l))).toEqual([]);
    expect(plain.stdout).not.toContain('::add-mask::');
    expect(plain.stdout).not.toContain('::debug::');
    expect(plain.stdout).not.toMatch(/^Debug: /m);
  });

  test('the key and the cache ids are shown as *** wherever they would appear', () => {
    for (const secret of SECRETS) expect(plain.stdout).not.toMatch(secret);
    // The outputs table, the Run header's with: and env: blocks all show the mask.
    expect(plain.stdout).toMatch(/^ {4}context-id {5}\*\*\*$/m);
    expect(plain.stdout).toMatch(/^ {4}api-key: \*\*\*$/m);
    expect(plain.stdout).toMatch(/^ {4}judge-context-id: \*\*\*$/m);
    expect(plain.stdout).toMatch(/^ {4}RUBRIC_CACHE_ID: \*\*\*$/m);
  });

  test('the failing case shows as an Error with its file:line, and the gate fails the step as planned', () => {
    expect(plain.stdout).toMatch(/^Error: examples\/evals\/release-notes\.yml:\d+: Case marketing claims are invented failed: /m);
    expect(plain.stdout).toMatch(/^Error: Pass rate 85\.7% is below min-pass-rate 100% \(6 of 7 passed\)\.$/m);
    expect(plain.stdout).toContain('Error: Process completed with exit code 1.');
    expect(plain.stdout).toMatch(/✗ exit 1 in [\d.]+ s\. As planned: /);
    expect(plain.stdout).not.toContain('UNEXPECTED');
  });

  test('the job summaries are rendered as text: no raw HTML, no entities, tables aligned', () => {
    for (const raw of ['<details', '<summary', '<table', '<tr>', '<td>', '<pre>', '<code>', '<h3>', '&quot;', '&#', '&lt;', '&amp;'])
      expect(plain.stdout).not.toContain(raw);
    expect(plain.stdout).toContain('❌ Evaluation failed: 6 of 7 cases passed on Doubao-1.5-pro-32k');
    expect(plain.stdout).toContain('▸ marketing claims are invented');
    // The answer of the failing case, entities decoded, in the indented <details> block.
    expect(plain.stdout).toMatch(/^ {6}│ \{"verdict":"pass","missing":\[\],"invented":\[\]\}$/m);
    // The create step's HTML table as two aligned columns.
    expect(plain.stdout).toMatch(/^ {4}Field {12}Value\n {4}─{15} {2}─+\n {4}Model {12}Doubao-1\.5-pro-32k$/m);
    expect(plain.stdout).toMatch(/│ ⚠️ 1 case\(s\) are flaky/);
  });

  test("the A/B steps: main's prompt and the pull request's side by side, one regression is no significant change", () => {
    expect(plain.stdout).toMatch(/^ {4}baseline-context-id: \*\*\*$/m);
    expect(plain.stdout).toContain('No significant change: 1 regressed, 0 fixed (p = 0.50)');
    expect(plain.stdout).toMatch(/head \(this change\) +6 of 7 +85\.7% +49%–97% +\$0\.\d{6}/);
    expect(plain.stdout).toMatch(/base \(main\) +7 of 7 +100% +65%–100% +\$0\.\d{6}/);
    expect(plain.stdout).toMatch(/^ {4}change +no-significant-change$/m);
    expect(plain.stdout).toMatch(/^Cost: creating \$0\.\d{6}; storage \$0\.\d{6} per hour/m);
  });

  test('--debug shows the debug lines, still masked, and still no raw command', () => {
    expect(debug.code).toBe(0);
    expect(debug.stdout).toMatch(/^Debug: settings: \{"model":"Doubao-1\.5-pro-32k"/m);
    expect(debug.stdout).toMatch(/^Debug: case complete notes pass: pass in [\d.]+ s$/m);
    expect(debug.stdout.split('\n').filter((l) => /^\s*::/.test(l))).toEqual([]);
    for (const secret of SECRETS) expect(debug.stdout).not.toMatch(secret);
  });
});

describe('npm run demo: the HTML page', () => {
  test('names the page it wrote: the PR comments and job summaries rendered as GitHub renders them', () => {
    const path = join(htmlDir, 'demo.html');
    expect(plain.stdout).toContain(`rendered as GitHub renders them (Markdown + GFM, sanitised): ${path}`);
    const html = readFileSync(path, 'utf8');
    const sections = html.split('<section>').slice(1);
    // Three comments (one per eval step, never sharing one: the A/B step has its own) and three job summaries.
    expect(sections.map((s) => /<h2 class="where">([^<]*)</.exec(s)?.[1]?.replace(/:.*/, ''))).toEqual([
      'Pull request #42',
      'Pull request #42',
      'Pull request #42',
      'Job summary of step 2',
      'Job summary of step 4',
      'Job summary of step 6'
    ]);
    const first = sections[0]!;
    // Rendered, not raw: a heading, the baseline comparison, quotes, tables and details blocks.
    expect(first).toContain('<h3>❌ Evaluation failed: 6 of 7 cases passed on Doubao-1.5-pro-32k</h3>');
    expect(first).toContain('<p><strong>Against the baseline:</strong> 🔻 <strong>1 regressed</strong>');
    expect(first).toContain('<code>emoji in headings are kept</code>');
    expect(first).toMatch(/<a href="https:\/\/github\.com\/your-org\/prompts\/actions\/runs\/7781\/attempts\/1">/);
    expect(first).toMatch(/<details><summary>marketing claims are invented: ❌ fail<\/summary>/);
    expect(first).toMatch(/<blockquote>\s*<p>\{&quot;verdict&quot;:&quot;pass&quot;/);
    expect(first).not.toMatch(/^\s*(###|\||&gt; )/m);
    expect(html).not.toMatch(/<script|ghs_demo|sk-demo/);
  });
});
