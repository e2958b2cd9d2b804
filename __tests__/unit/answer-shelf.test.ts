// The answer shelf: past its budget, long answers wait in a temporary file and come back exactly
// (non-ASCII, lone surrogates, pieces still pending and pieces written); an evaluation that uses
// it writes the same results file, JUnit and report as one that keeps every answer in memory,
// while holding no more than the budget in memory.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnswerShelf, textOf } from '../../src/evaluation/answer-shelf.js';
import type { Case } from '../../src/evaluation/cases.js';
import { evaluate, type EngineOptions } from '../../src/evaluation/engine.js';
import { evaluationOutcome } from '../../src/report/outcome.js';
import { resultsJsonChunks } from '../../src/report/results-json.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shelf-test-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Answer i: long enough to be shelved, different for each; Latin-1 only, or with text UTF-8 could not carry. */
const answer = (i: number) =>
  i % 3 === 0
    ? `${i}: ${'réponse café\u0000 '.repeat(60 + (i % 7))}${'x'.repeat(i * 13)} end ${i}`
    : `${i}: ${'réponse 答え 😀 '.repeat(40 + (i % 7))}\ud800 ${'x'.repeat(i * 13)} end ${i}`;

test('answers past the budget come back exactly, whether written or still pending; the file leaves no trace', async () => {
  const shelf = new AnswerShelf(3000, dir);
  const texts = Array.from({ length: 400 }, (_, i) => answer(i));
  const kept = texts.map((t) => shelf.keep(t));
  expect(kept.filter((k) => typeof k === 'string').length).toBeGreaterThan(0); // the first ones, within the budget
  expect(kept.filter((k) => typeof k === 'object').length).toBeGreaterThan(300);
  expect(shelf.heldChars).toBeLessThanOrEqual(3000);
  // Read back in another order than written, twice.
  for (const i of [399, 0, 150, 398, 1, ...texts.keys()]) expect(textOf(kept[i]!)).toBe(texts[i]);
  // Short answers stay in memory, past the budget too.
  expect(shelf.keep('short')).toBe('short');
  // The file was removed as soon as it was open (POSIX): nothing left in the directory.
  if (process.platform !== 'win32') expect(await readdir(dir)).toEqual([]);
});

test('an evaluation with a small shelf writes the same results file, JUnit and report as one without', async () => {
  const cases: Case[] = Array.from({ length: 120 }, (_, i) => ({
    name: `case ${i}`,
    file: 'evals/c.yml',
    line: i + 1,
    messages: [{ role: 'user', content: `question ${i}` }],
    expect: { contains: i % 9 === 0 ? 'never said' : `${i}:` }
  }));
  const options = (shelf?: AnswerShelf): EngineOptions => ({
    concurrency: 4,
    shelf,
    ask: async (messages) => {
      const i = Number(/\d+/.exec(messages.at(-1)!.content)![0]);
      return { content: answer(i), usage: { promptTokens: 10, completionTokens: 5 }, attempts: 1, latencyMs: 7 };
    }
  });
  const shelf = new AnswerShelf(5000, dir);
  const [plain, shelved] = [await evaluate(cases, options()), await evaluate(cases, options(shelf))];
  expect(shelf.heldChars).toBeLessThanOrEqual(5000);
  const files = (results: typeof plain.results) => {
    const outcome = evaluationOutcome({
      model: 'gemini-2.5-flash',
      casesFiles: ['evals/c.yml'],
      results,
      minPassRate: 0.5,
      failOn: 'pass-rate',
      startedAt: 0,
      durationMs: 1000
    });
    return [[...resultsJsonChunks(outcome.document)].join(''), [...outcome.junit()].join(''), outcome.markdown(300_000)];
  };
  const [json, junit, markdown] = files(shelved.results);
  expect([json, junit, markdown]).toEqual(files(plain.results));
  // Every answer is in the results file, whole.
  const doc = JSON.parse(json!) as { cases: { response: string }[] };
  expect(doc.cases.map((c) => c.response)).toEqual(cases.map((_, i) => answer(i)));
  expect(markdown).toContain('case 9');
});
