// npm run docs: rewrite src/inputs/specs.ts and the README's generated tables (inputs and outputs of both actions, the
// supported models) from action.yml, eval/action.yml, eval/merge/action.yml and src/models.ts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './local-runner.js';
import { SPECS_FILE, specsSource } from './action-specs.js';
import { inputsTable, modelsTable, outputsTable, renderReadme, type ActionMetadata, type Sections } from './readme-tables.js';

export const README = join(ROOT, 'README.md');

export function readmeSections(): Sections {
  const action = (file: string) => parse(readFileSync(join(ROOT, file), 'utf8')) as ActionMetadata;
  const create = action('action.yml');
  const evaluate = action('eval/action.yml');
  const merge = action('eval/merge/action.yml');
  return {
    'create inputs': inputsTable(create),
    'create outputs': outputsTable(create),
    'eval inputs': inputsTable(evaluate),
    'eval outputs': outputsTable(evaluate),
    'merge inputs': inputsTable(merge),
    'merge outputs': outputsTable(merge),
    models: modelsTable()
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  const before = readFileSync(README, 'utf8');
  const after = await renderReadme(before, readmeSections(), README);
  if (after !== before) writeFileSync(README, after);
  console.log(after === before ? 'README.md: the generated tables were up to date.' : 'README.md: generated tables rewritten.');
  const specs = await specsSource();
  const old = existsSync(SPECS_FILE) ? readFileSync(SPECS_FILE, 'utf8') : '';
  if (specs !== old) writeFileSync(SPECS_FILE, specs);
  console.log(specs === old ? 'src/inputs/specs.ts was up to date.' : 'src/inputs/specs.ts rewritten from the action.yml files.');
}
