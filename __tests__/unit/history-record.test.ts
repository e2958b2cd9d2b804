import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from '../../src/evaluation/engine.js';
import { casesDigest, HISTORY_FORMAT, parseRecord, recordOf, recordPath, statusesOf } from '../../src/history/record.js';

const result = (name: string, status: Result['status']): Result => ({
  name,
  file: 'c.yml',
  status,
  failures: [],
  usage: { promptTokens: 100, cachedTokens: 80, completionTokens: 5 },
  judgeUsage: {},
  attempts: 1,
  runs: { passed: Number(status === 'pass'), failed: Number(status === 'fail'), errored: Number(status === 'error'), total: 1 },
  flaky: false
});
const facts = { model: 'gemini-2.5-flash', time: new Date('2026-12-01T03:17:05.123Z'), commit: 'A'.repeat(40), runId: '42', ref: 'main' };

test('a record: totals with the Wilson interval, tokens, statuses by name; it reads back as itself', () => {
  const results = [
    ...Array.from({ length: 17 }, (_, i) => result(`ok ${i}`, 'pass')),
    result('bad', 'fail'),
    result('x', 'error'),
    result('y', 'fail')
  ];
  const r = recordOf(facts, results);
  expect(r.format).toBe(HISTORY_FORMAT);
  expect(r.commit).toBe('a'.repeat(40));
  expect(r.totals).toMatchObject({ passed: 17, failed: 2, errored: 1, total: 20, passRate: 0.85 });
  expect(r.totals.interval.low).toBeCloseTo(0.64, 2);
  expect(r.tokens).toEqual({ prompt: 2000, cached: 1600, completion: 100 });
  expect(r.cost).toBeUndefined();
  expect(r.cases.fail).toEqual(['bad', 'y']);
  const back = parseRecord(JSON.stringify(r));
  expect(back).toEqual(JSON.parse(JSON.stringify(r)));
  expect(statusesOf(back as typeof r).get('x')).toBe('error');
  expect(recordPath(r)).toBe('gemini-2.5-flash/20261201T031705Z-42-1.json');
});

test('hostile records are refused with a short reason, not thrown', () => {
  const good = recordOf(facts, [result('a', 'pass')]);
  const bad: [string, unknown][] = [
    ['not JSON', '{'],
    ['another format', { ...good, format: 'x@1' }],
    ['a model that is no model id', { ...good, model: 'a\n```' }],
    ['a commit that is not hex', { ...good, commit: '](javascript:x)' }],
    ['totals that do not add up', { ...good, totals: { ...good.totals, total: 5 } }],
    ['a run URL that is not http', { ...good, runUrl: 'javascript:alert(1)' }],
    ['a name too long', { ...good, cases: { ...good.cases, fail: ['n'.repeat(1001)] } }],
    ['a negative count', { ...good, totals: { ...good.totals, passed: -1 } }]
  ];
  for (const [what, doc] of bad) {
    const r = parseRecord(typeof doc === 'string' ? doc : JSON.stringify(doc));
    expect([what, typeof r]).toEqual([what, 'string']);
    expect((r as string).length).toBeLessThan(300);
  }
  expect(typeof parseRecord('x'.repeat(4 * 1024 * 1024 + 1))).toBe('string');
});

test('the cases digest: the same contents in any order give the same digest; a change changes it', async () => {
  const ws = await mkdtemp(join(tmpdir(), 'digest-'));
  await writeFile(join(ws, 'a.yml'), 'A');
  await writeFile(join(ws, 'b.yml'), 'B');
  const one = await casesDigest(['a.yml', 'b.yml'], ws);
  expect(one).toMatch(/^[0-9a-f]{64}$/);
  expect(await casesDigest(['b.yml', 'a.yml'], ws)).toBe(one);
  await writeFile(join(ws, 'b.yml'), 'B2');
  expect(await casesDigest(['a.yml', 'b.yml'], ws)).not.toBe(one);
  expect(await casesDigest(['missing.yml'], ws)).toBeUndefined();
  expect(await casesDigest([], ws)).toBeUndefined();
});
