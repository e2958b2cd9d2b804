// The merge step over two models × two shards, end to end through dist/: a table per model (pass
// rate with its Wilson interval, cached share) and a case × model grid in the summary, and, with
// history on a scheduled run, one record per model in the history branch.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { startGateway, type Gateway } from '../../emulator/gateway.js';
import { createCache, KEY, runEval, runMerge } from '../helpers/eval-run.js';
import { startGitHubGit, type GitHubGit } from '../helpers/github-git.js';

jest.setTimeout(120_000);

const MODELS = ['gemini-2.5-flash', 'gemini-2.5-pro'];
let gw: Gateway;
let api: GitHubGit;
let ws: string;
beforeAll(async () => {
  [gw, api] = await Promise.all([startGateway({ apiKey: KEY }), startGitHubGit()]);
  ws = await mkdtemp(join(tmpdir(), 'merge-models-'));
  await mkdir(join(ws, 'evals'));
  const names = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'];
  await writeFile(
    join(ws, 'evals/cases.yml'),
    names.map((n) => `- name: ${n}\n  prompt: Tell me about ${n}\n  expect:\n    contains: ${n === 'beta' ? 'never said' : n}\n`).join('')
  );
  for (const model of MODELS) {
    const id = await createCache(gw, model);
    for (const shard of [1, 2])
      await runEval(
        gw,
        {
          model,
          'context-id': id,
          'cases-file': 'evals/cases.yml',
          shard: `${shard}/2`,
          'min-pass-rate': '0',
          'output-dir': `shards/${model}-${shard}`
        },
        { workspace: ws }
      );
  }
});
afterAll(() => Promise.all([gw.close(), api.close()]));

test('two models merged: a table per model, a case × model grid, one history record per model', async () => {
  const r = await runMerge(
    {
      'results-files': 'shards/**/*.results.json',
      'min-pass-rate': '0.5',
      'output-dir': 'merged',
      history: 'eval-history',
      'github-token': 'ghs_x'
    },
    {
      workspace: ws,
      env: { GITHUB_REPOSITORY: 'o/r', GITHUB_API_URL: api.url, GITHUB_SHA: 'a'.repeat(40), GITHUB_RUN_ID: '77', GITHUB_REF_NAME: 'main' },
      event: { name: 'schedule', payload: {} }
    }
  );
  expect([r.code, r.stderr]).toEqual([0, '']);
  expect(r.outputs['total']).toBe('12');
  expect(r.summary).toContain('### Per model');
  for (const model of MODELS)
    expect(r.summary).toMatch(
      new RegExp(`\\| ${model.replace(/\./g, '\\.')} \\| 5 \\| 1 \\| 0 \\| 6 \\| 83\\.3% \\(44–97%\\) \\| \\d+(\\.\\d)?% \\|`)
    );
  expect(r.summary).toContain('| case | gemini-2.5-flash | gemini-2.5-pro |');
  // The case that fails everywhere leads the grid.
  expect(r.summary).toMatch(/\| case \| gemini-2\.5-flash \| gemini-2\.5-pro \|\n\| --- \| :---: \| :---: \|\n\| beta \| ❌ \| ❌ \|/);
  const files = [...api.files('eval-history').keys()].sort();
  expect(files).toEqual([
    expect.stringMatching(/^gemini-2\.5-flash\/.*-77-1\.json$/),
    expect.stringMatching(/^gemini-2\.5-pro\/.*-77-1\.json$/)
  ]);
  const record = JSON.parse(api.files('eval-history').get(files[0]!)!) as { cases: { fail: string[] }; totals: { total: number } };
  expect(record.cases.fail).toEqual(['beta']); // names without the merged run's model prefix
  expect(record.totals.total).toBe(6);
  expect(api.log('eval-history')).toHaveLength(1); // both models in one commit
});
