// What an evaluation runs: the cases files (or one prompt) → validated cases with vars filled in,
// this shard's share of them, and the warnings worth a user's attention before anything is sent.
// Without a cache, the prompt files (read as the create action reads them, vars and all) go in
// front of every case's own messages.
import { forLog } from '../escape.js';
import type { Log } from '../log.js';
import { modelWarning, type CacheMode, type ModelInfo } from '../models.js';
import { loadPrompt, type Prompt } from '../prompt/read.js';
import { parseVars } from '../prompt/template.js';
import type { Case } from './cases.js';
import { fillVars, loadCases } from './load-cases.js';
import { inShard, type Shard } from './shard.js';

export interface SuiteSpec {
  readonly model: ModelInfo;
  /** Paths and patterns, in order; empty when `prompt` is used. */
  readonly casesFiles: readonly string[];
  /** One user message instead of cases files. */
  readonly prompt?: string;
  /** The vars input: a YAML mapping, or '' for none. */
  readonly vars: string;
  /** Prompt files sent with every case instead of a cache; empty with a cache. */
  readonly promptFiles?: readonly string[];
  readonly shard?: Shard;
  /** The cache's mode, when known (session mode makes cases see each other). */
  readonly mode?: CacheMode;
}

export interface Suite {
  readonly cases: readonly Case[];
  /** The cases files, as shown to users. */
  readonly files: readonly string[];
  /** The prompt in front of every case (promptFiles), when there is no cache. */
  readonly prompt?: Prompt;
}

/** Read and validate every case (all problems at once), then keep this shard's; the prompt files go in front of each. */
export async function loadSuite(spec: SuiteSpec, workspace: string, log: Log): Promise<Suite> {
  const vars = spec.vars.trim() === '' ? undefined : await parseVars(spec.vars);
  const prompt = spec.promptFiles?.length ? await loadPrompt(spec.promptFiles, { workspace, role: 'system', vars }) : undefined;
  const suite = await loadCasesOf(spec, workspace, log, prompt?.unusedVars);
  if (!prompt) return suite;
  return { ...suite, prompt, cases: suite.cases.map((c) => ({ ...c, messages: [...prompt.messages, ...c.messages] })) };
}

/** The cases; `promptUnused` (the vars the prompt did not use) narrows the unused-vars warning. */
async function loadCasesOf(spec: SuiteSpec, workspace: string, log: Log, promptUnused?: readonly string[]): Promise<Suite> {
  if (spec.prompt !== undefined) {
    const single: Case = { name: 'prompt', file: '', messages: [{ role: 'user', content: spec.prompt }], expect: {} };
    if (spec.vars.trim() === '') return { cases: [single], files: [] };
    return { cases: fillVars([single], await parseVars(spec.vars), []).cases, files: [] };
  }
  const all = await loadCases(spec.casesFiles, {
    workspace,
    vars: spec.vars,
    rules: { lastMayBeAssistant: spec.model.rules?.lastMayBeAssistant ?? true }
  });
  const loaded = spec.shard ? { ...all, cases: inShard(all.cases, spec.shard) } : all;
  if (spec.shard) log.info(`Shard ${spec.shard.index}/${spec.shard.count}: ${loaded.cases.length} of ${all.cases.length} case(s).`);
  const shown = loaded.files.map((f) => forLog(f, 200));
  log.info(
    `Cases: ${shown.length <= 8 ? shown.join(', ') : `${shown.slice(0, 8).join(', ')} and ${shown.length - 8} more`} → ${loaded.cases.length} case(s).`
  );
  const unused = promptUnused ? loaded.unusedVars.filter((v) => promptUnused.includes(v)) : loaded.unusedVars;
  if (unused.length)
    log.warning(`vars defines ${unused.join(', ')}, which no ${promptUnused ? 'prompt file or ' : ''}case uses (a typo?).`, {
      title: 'Unused vars'
    });
  const bare = loaded.cases.filter((c) => Object.keys(c.expect).length === 0);
  if (bare.length)
    log.warning(
      `${bare.length} case(s) have no expectations (e.g. ${forLog(bare[0]!.name, 80)}): they pass whenever the gateway answers.`,
      {
        file: bare[0]!.file,
        startLine: bare[0]!.line,
        title: 'Case without expectations'
      }
    );
  return loaded;
}

/** Warnings about the model and the cache's mode, before anything is sent. */
export function warnAboutSpec(spec: Pick<SuiteSpec, 'model' | 'mode'>, log: Log): void {
  if (spec.mode === 'session')
    log.warning(
      'The cache is in session mode: every call is appended to it, so each case sees the cases before it and the cache grows. Create the cache with mode: common_prefix for independent evaluations.',
      { title: 'Session-mode cache' }
    );
  const unlisted = modelWarning(spec.model, {
    unknown: 'it is called at /v1/chat/completions',
    unlisted: `it is called as a ${spec.model.rules?.label ?? ''} model`
  });
  if (unlisted) log.warning(unlisted, { title: 'Unknown model' });
}
