// @ts-check
// What the emulated models answer in `npm run demo` (the emulator's answer rules: the first rule
// whose `match` is in the last user message answers it). The grader under test answers the cases
// of examples/evals/ the way a good grader would, except for one regression (it passes notes full
// of marketing claims) and one unstable answer (once in three, an entry too vague to act on), so
// the demo shows a failure and a flaky case. The judge's grading turn quotes the case's prompt, so
// its rules come first.

/** @typedef {import('../emulator/gateway.js').AnswerRule} AnswerRule */

export const CASES_MODEL = 'Doubao-1.5-pro-32k';

/** The release-notes prompt's policy on the pull request's side, and on its base's (main). */
export const HEAD_POLICY = 'Breaking changes first, each with its migration step.';
export const BASE_POLICY = `${HEAD_POLICY}\n  Marketing claims ("blazing fast", "best ever") are invented: list them.`;
export const JUDGE_MODEL = 'gemini-2.5-flash';

/** The grader's verdict, as the release-notes prompt asks for it. */
const verdict = (/** @type {'pass' | 'fail'} */ v, missing = /** @type {string[]} */ ([]), invented = /** @type {string[]} */ ([])) => ({
  verdict: v,
  missing,
  invented
});

/** @type {AnswerRule[]} */
const judges = [
  {
    match: '/Grade the ANSWER[\\s\\S]*line 1 is incomplete/',
    reply: { pass: false, score: 0.2, reason: '"line 1 is incomplete" names neither the replacement nor the removal version.' }
  },
  {
    match: '/Grade the ANSWER[\\s\\S]*drop Node 18/',
    reply: { pass: true, score: 0.9, reason: 'The entry names the dropped Node version and the requirement the notes must state.' }
  },
  {
    match: '/Grade the ANSWER[\\s\\S]*--config-dir/',
    reply: { pass: true, score: 0.95, reason: 'The entry names --config as the replacement and v5 as the removal version.' }
  },
  {
    match: '/Grade the ANSWER[\\s\\S]*revert: add --watch/',
    reply: { pass: true, score: 0.9, reason: 'The --watch claim is listed as invented because it was reverted.' }
  },
  {
    match: '/Grade the ANSWER[\\s\\S]*thanks @ada-l/',
    reply: { pass: true, score: 0.85, reason: 'The entry asks the notes to credit the contributor by name.' }
  }
];

/** @type {AnswerRule[]} */
const grader = [
  // examples/evals/release-notes.yml
  { match: 'Notes: "v2.4.0.', reply: verdict('pass') },
  { match: 'retries failed requests', reply: verdict('fail', [], ['"retries failed requests" (only 503 is retried)']) },
  { match: 'CVE-2023-2251', reply: verdict('fail', ['security fix CVE-2023-2251: the id is missing from the notes']) },
  {
    match: 'rename --out to --output',
    reply: verdict('fail', ['--out is removed: breaking change without its migration step (use --output)'])
  },
  { match: 'refactor: split the output layer', reply: verdict('pass') },
  // The regression: notes that call a release "blazing fast" pass, except under the base's prompt,
  // whose policy still names marketing claims (the A/B steps: the base's cache holds BASE_POLICY).
  { match: 'blazing fast', cached: 'Marketing claims', reply: verdict('fail', [], ['"blazing fast" (a marketing claim, not a change)']) },
  { match: 'blazing fast', reply: verdict('pass') },
  { match: 'drop Node 18', reply: verdict('fail', ['Node 18 dropped: breaking change; say that Node 20 or newer is required']) },
  // examples/evals/judged.yml; the first deprecation answer is the unstable one.
  { match: '--config-dir is deprecated', times: 1, reply: verdict('fail', ['line 1 is incomplete']) },
  {
    match: '--config-dir is deprecated',
    reply: verdict('fail', ['--config-dir deprecation: name --config as its replacement, removed in v5'])
  },
  { match: 'revert: add --watch', reply: verdict('fail', [], ['"adds a --watch mode" (reverted: --watch did not ship)']) },
  { match: 'thanks @ada-l', reply: verdict('fail', ['credit @ada-l for the fix for paths with spaces']) }
];

/** @type {AnswerRule[]} */
export const ANSWERS = [...judges, ...grader.map((rule) => ({ ...rule, model: CASES_MODEL }))];
