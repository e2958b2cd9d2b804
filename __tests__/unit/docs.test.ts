// action.yml is the interface; the README documents it and publish.ts fills it. Keep all three in step.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../../scripts/local-runner.js';
import { handover } from '../../src/publish.js';
import { readSettings, INPUT_NAMES } from '../../src/settings.js';

const root = ROOT;
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};
const readme = readFileSync(join(root, 'README.md'), 'utf8');

function tableNames(heading: string): string[] {
  const section = readme.split(`## ${heading}\n`)[1]!.split('\n## ')[0]!;
  return [...section.matchAll(/^\| `([a-z-]+)`/gm)].map((m) => m[1]!);
}

test('runs on node24 from the committed bundle', () => {
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
});

test('the inputs action.yml declares are the ones the code reads and the README lists', () => {
  expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort());
  expect(tableNames('Inputs').sort()).toEqual([...INPUT_NAMES].sort());
});

test('action.yml defaults are what the code assumes for an empty input', () => {
  const defaults = (name: string) => String(action.inputs[name]?.default ?? '');
  const fromYaml = readSettings((name) =>
    name === 'model' ? 'gemini-2.5-flash' : name === 'prompt-file' ? 'p.md' : name === 'api-key' ? 'k' : defaults(name)
  );
  const fromEmpty = readSettings((name) =>
    name === 'model' ? 'gemini-2.5-flash' : name === 'prompt-file' ? 'p.md' : name === 'api-key' ? 'k' : ''
  );
  expect(fromYaml.settings).toEqual(fromEmpty.settings);
  for (const [name, spec] of Object.entries(action.inputs)) {
    expect(readme).toContain(`| \`${name}\``);
    if (spec.default) expect(readme).toMatch(new RegExp(`\\| \`${name}\`\\s*\\| \`${spec.default.replace(/[.]/g, '\\.')}\``));
  }
});

test('the outputs publish.ts sets are the ones action.yml declares and the README lists', () => {
  const { settings } = readSettings((name) => ({ model: 'gemini-2.5-flash', 'prompt-file': 'p.md', 'api-key': 'k' })[name as string] ?? '');
  const { outputs } = handover({ id: 'x', attempts: 1, elapsedMs: 1 }, settings, { estimatedTokens: 1 });
  expect(Object.keys(outputs).sort()).toEqual(Object.keys(action.outputs).sort());
  expect(tableNames('Outputs').sort()).toEqual(Object.keys(action.outputs).sort());
});
