// The file edge of an evaluation: cases-file entries → files inside the workspace (bounded,
// links checked, the same rules as prompt files) → validated cases → vars filled in.
import { parseVars, render, type Source } from '../prompt/template.js';
import { decode, readBounded, resolveFiles, type FileRules } from '../files/workspace.js';
import { parseCases, type Case, type CaseRules } from './cases.js';

/** A suite's files, all together: far more than any suite needs, far less than a runner has. */
export const MAX_CASES_BYTES = 16 * 1024 * 1024;

export interface LoadedCases {
  readonly cases: readonly Case[];
  readonly files: readonly string[];
  /** vars no case used (likely a typo). */
  readonly unusedVars: readonly string[];
}

export async function loadCases(
  entries: readonly string[],
  options: { workspace: string; vars: string; rules: CaseRules }
): Promise<LoadedCases> {
  const fileRules: FileRules = { workspace: options.workspace, input: 'cases-file', noun: 'Cases file' };
  const files = await resolveFiles(entries, fileRules);
  const texts = [];
  let left = MAX_CASES_BYTES;
  for (const file of files) {
    const bytes = await readBounded(file, left, fileRules);
    left -= bytes.length;
    texts.push({ file: file.shown, text: decode(bytes, file.shown, 'Cases file') });
  }
  const cases = parseCases(texts, options.rules);
  if (options.vars.trim() === '') return { cases, files: files.map((f) => f.shown), unusedVars: [] };
  const { cases: filled, unused } = fillVars(cases, await parseVars(options.vars), texts);
  return { cases: filled, files: files.map((f) => f.shown), unusedVars: unused };
}

/** {{name}} in every case's messages, filled after parsing, as the create action fills prompts. */
export function fillVars(
  cases: readonly Case[],
  vars: Awaited<ReturnType<typeof parseVars>>,
  texts: readonly { file: string; text: string }[]
): { cases: Case[]; unused: string[] } {
  const textOf = new Map(texts.map((t) => [t.file, t.text]));
  const sources: Source[] = cases.map((c) => ({
    file: c.file,
    text: textOf.get(c.file) ?? '',
    messages: c.messages,
    lineOf: () => c.line
  }));
  const { messages, unused } = render(sources, vars, MAX_CASES_BYTES);
  let at = 0;
  const filled = cases.map((c) => {
    const mine = messages.slice(at, at + c.messages.length);
    at += c.messages.length;
    return { ...c, messages: mine };
  });
  return { cases: filled, unused };
}
