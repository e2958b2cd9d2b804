// @ts-check
// Test prompts for `npm run bench`, the same bytes on every run (a fixed seed): Markdown of a given
// size, and the same kind of text as many messages in JSON, JSONL and YAML (block scalars, the
// layout teams write), plus eval cases. The Markdown mixes in a CJK paragraph now and then, as
// multilingual prompts do, so the text is not pure ASCII (V8 then holds it two bytes a character).
// Usage: node bench/prompts.js DIR  (writes every prompt the harness uses into DIR)

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The largest prompt the action takes is 32 MiB (src/prompt/limits.ts); stay just under it. */
export const MIB32 = 32 * 1024 * 1024 - 64 * 1024;

const WORDS = (
  'the a of to and in is that for it as with be on by this are or an from at which but not have has can ' +
  'cache prompt model token request answer gateway release notes changelog case grader verdict rubric ' +
  'message context review user assistant system policy breaking change feature fix security version ' +
  'flag command option default value error retry timeout latency budget output input file workspace ' +
  'build test deploy runner job step matrix branch commit merge pull repository issue label comment ' +
  'every each some many few most more less first last next before after always never often usually ' +
  'clear exact short long plain strict loose careful quick slow safe stable new old small large ' +
  'check compare quote list group name describe explain keep leave mark report write read send return'
).split(' ');
const CJK =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经';

/** A small, fast, seeded PRNG (mulberry32): the same prompts on every machine. @param {number} seed */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** @param {() => number} rnd @param {number} lo @param {number} hi */
const between = (rnd, lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));

/** @param {() => number} rnd @param {number} n */
function sentence(rnd, n) {
  const words = [];
  for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(rnd() * WORDS.length)]);
  const s = words.join(' ');
  return `${s[0]?.toUpperCase()}${s.slice(1)}.`;
}

/** @param {() => number} rnd */
function paragraph(rnd) {
  const out = [];
  for (let i = between(rnd, 2, 6); i > 0; i--) out.push(sentence(rnd, between(rnd, 6, 18)));
  return out.join(' ');
}

/** One Markdown block (ends with a blank line); `i` numbers the blocks. @param {() => number} rnd @param {number} i */
function block(rnd, i) {
  if (i % 12 === 0) return `## Section ${i / 12 + 1}: ${sentence(rnd, 4).slice(0, -1)}\n\n`;
  if (i % 7 === 0) {
    const items = [];
    for (let k = between(rnd, 3, 6); k > 0; k--) items.push(`- ${sentence(rnd, between(rnd, 4, 10))}`);
    return `${items.join('\n')}\n\n`;
  }
  if (i % 15 === 0)
    return `\`\`\`js\nconst value${i} = await check('${sentence(rnd, 3)}');\nif (!value${i}) return report(${i});\n\`\`\`\n\n`;
  if (i % 25 === 0) {
    let s = '';
    for (let k = between(rnd, 40, 120); k > 0; k--) s += CJK[Math.floor(rnd() * CJK.length)];
    return `${s}。\n\n`;
  }
  return `${paragraph(rnd)}\n\n`;
}

/**
 * Markdown of about `bytes` UTF-8 bytes (never more), starting with a heading and ending with
 * exactly one newline. @param {number} bytes @param {number} [seed]
 */
export function markdown(bytes, seed = 1) {
  const rnd = random(seed);
  const parts = ['# Reviewer guide\n\n'];
  let size = Buffer.byteLength(parts[0] ?? '');
  for (let i = 1; ; i++) {
    const b = block(rnd, i);
    const n = Buffer.byteLength(b);
    if (size + n > bytes) break;
    parts.push(b);
    size += n;
  }
  return parts.join('').replace(/\n+$/, '\n');
}

/**
 * About `bytes` of messages: a system message, then user and assistant turns of 1 to 8 KB each.
 * @param {number} bytes @param {number} [seed]
 * @returns {{ role: string, content: string }[]}
 */
export function messages(bytes, seed = 2) {
  const rnd = random(seed);
  const out = [];
  for (let total = 0, i = 0; total < bytes; i++) {
    const content = markdown(between(rnd, 1024, 8192), seed * 100_000 + i);
    out.push({ role: i === 0 ? 'system' : i % 2 ? 'user' : 'assistant', content });
    total += Buffer.byteLength(content) + 40;
  }
  return out;
}

/** The messages as `{"messages": [...]}`, one message a line. @param {{ role: string, content: string }[]} list */
export const asJson = (list) => `{"messages": [\n${list.map((m) => `  ${JSON.stringify(m)}`).join(',\n')}\n]}\n`;

/** One message a line. @param {{ role: string, content: string }[]} list */
export const asJsonl = (list) => list.map((m) => `${JSON.stringify(m)}\n`).join('');

/**
 * Under `messages:`, each content as a literal block scalar (`content: |`): the contents end with
 * one newline and have no blank-only lines with spaces, so `|` gives them back exactly.
 * @param {{ role: string, content: string }[]} list
 */
export const asYaml = (list) =>
  `messages:\n${list
    .map(
      (m) =>
        `  - role: ${m.role}\n    content: |\n${m.content
          .slice(0, -1)
          .split('\n')
          .map((l) => (l === '' ? '' : `      ${l}`))
          .join('\n')}\n`
    )
    .join('')}`;

/**
 * Text of at most `bytes`, built by `make` from a size estimate, scaled down until it fits.
 * @param {number} bytes @param {(target: number) => string} make
 */
function fit(bytes, make) {
  for (let target = bytes; ;) {
    const text = make(target);
    const size = Buffer.byteLength(text);
    if (size <= bytes) return text;
    target = Math.floor(((target * bytes) / size) * 0.998);
  }
}

/**
 * `n` eval cases as JSON, each asking question i and expecting the emulator's echo of it (`long`:
 * expecting what the bench emulator's long answer says).
 * @param {number} n @param {boolean} [long]
 */
export const cases = (n, long = false) =>
  `${JSON.stringify(
    Array.from({ length: n }, (_, k) => ({
      name: `case ${k + 1}`,
      prompt: `Question ${k + 1}: does the release note for version 2.${k} mention the breaking change?`,
      expect: { contains: long ? 'Question answered.' : `Question ${k + 1}:` }
    })),
    null,
    1
  )}\n`;

/**
 * Shard `index` of `count` as the eval action writes its results file (src/results/format.ts):
 * `perShard` cases, answers of a few hundred characters, one in 25 failing, one in 100 errored.
 * @param {number} index @param {number} count @param {number} perShard @param {string} model
 */
export function shardResults(index, count, perShard, model) {
  const rnd = random(1000 + index);
  let passed = 0;
  let failed = 0;
  let errored = 0;
  const list = Array.from({ length: perShard }, (_, k) => {
    const n = (index - 1) * perShard + k + 1;
    const status = n % 100 === 0 ? 'error' : n % 25 === 0 ? 'fail' : 'pass';
    if (status === 'pass') passed++;
    else if (status === 'fail') failed++;
    else errored++;
    const response = status === 'error' ? undefined : `Question ${n}: ${paragraph(rnd)} ${paragraph(rnd)}`.slice(0, 700);
    return {
      name: `case ${n}`,
      file: 'evals/cases.json',
      line: 2 + (n - 1) * 6,
      status,
      failures:
        status === 'fail'
          ? [{ expectation: 'contains', expected: `"version 2.${n}"`, got: `an answer of ${response?.length} characters without it` }]
          : [],
      error: status === 'error' ? 'the gateway answered 503 Service Unavailable after 3 attempts' : undefined,
      response,
      usage: { promptTokens: 1200, cachedTokens: 1100, completionTokens: 150 },
      latencyMs: 400 + Math.floor(rnd() * 1200),
      attempts: status === 'error' ? 3 : 1,
      runs: { passed: Number(status === 'pass'), failed: Number(status === 'fail'), errored: Number(status === 'error'), total: 1 },
      flaky: false,
      judgeUsage: {}
    };
  });
  const total = perShard;
  return `${JSON.stringify(
    {
      format: 'context-cache-eval/results@1',
      model,
      casesFiles: ['evals/cases.json'],
      startedAt: '2026-11-23T02:00:00.000Z',
      durationMs: 60_000,
      totals: { passed, failed, errored, total, passRate: passed / total },
      shard: { index, count },
      cases: list
    },
    null,
    2
  )}\n`;
}

/** Shards of the merge row: `shards/shard-<i>.results.json`. */
export const SHARDS = { count: 64, perShard: 500, model: 'gemini-2.5-flash' };

/** Every prompt and cases file the harness uses, by file name (`shards`: the merge row's directory of results files). */
export const FILES = {
  'md-20k.md': () => markdown(20 * 1024),
  'md-8m.md': () => markdown(8 * 1000 * 1000),
  'md-32m.md': () => markdown(MIB32),
  'json-32m.json': () => fit(MIB32, (t) => asJson(messages(t))),
  'jsonl-32m.jsonl': () => fit(MIB32, (t) => asJsonl(messages(t))),
  'yaml-32m.yaml': () => fit(MIB32, (t) => asYaml(messages(t))),
  'cases-1.json': () => cases(1),
  'cases-40.json': () => cases(40),
  'cases-200.json': () => cases(200),
  'cases-2000.json': () => cases(2000),
  'cases-10000-long.json': () => cases(10_000, true),
  shards: () => ''
};

/**
 * Writes the named files (default all) into `dir`.
 * @param {string} dir @param {string[]} [names]
 */
export async function writePrompts(dir, names = Object.keys(FILES)) {
  for (const name of names) {
    if (name === 'shards') {
      await mkdir(join(dir, 'shards'), { recursive: true });
      for (let i = 1; i <= SHARDS.count; i++)
        await writeFile(join(dir, 'shards', `shard-${i}.results.json`), shardResults(i, SHARDS.count, SHARDS.perShard, SHARDS.model));
      continue;
    }
    const make = FILES[/** @type {keyof typeof FILES} */ (name)];
    if (!make) throw new Error(`no bench prompt named ${name} (known: ${Object.keys(FILES).join(', ')})`);
    await writeFile(join(dir, name), make());
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node bench/prompts.js DIR');
    process.exitCode = 2;
  } else await writePrompts(dir);
}
