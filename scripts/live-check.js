// @ts-check
// The live check's verdict (.github/workflows/live.yml): the same create and eval steps ran
// against the real gateway and against the emulator; every field whose kind or value differs is
// named, so a failure says where the emulator's reading of the gateway's pages is wrong.
//   MODEL=… LIVE='{"create": …, "eval": …}' EMULATOR='…' node scripts/live-check.js
// LIVE and EMULATOR hold each run's step outputs as JSON (or @file); the eval step's results file,
// when there is one, is compared too.
// Plain node, no dependencies: the live job runs it without npm ci.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Outputs whose values must match, not only their kind: both runs sent the same request. */
const SAME_VALUE = ['create.ttl', 'create.mode', 'create.model', 'eval.total', 'eval.passed', 'eval.failed', 'eval.errored'];
/** Where the id must have the documented form (the gateway's pages, ../shared notes: gateway.md). */
const ID_FORMS = [
  { form: /^projects\/[^/]+\/locations\/[^/]+\/cachedContents\/[^/]+$/, family: /^gemini-/i },
  { form: /^ctx-\S+$/, family: /^doubao-/i }
];

/**
 * What a value is, for comparing two runs whose values differ by nature (ids, times, token counts).
 * @param {unknown} value
 * @returns {string}
 */
export function kind(value) {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    if (value === '') return 'empty';
    if (/^-?\d+(\.\d+)?$/.test(value)) return 'a number';
    if (/^[[{]/.test(value)) {
      try {
        JSON.parse(value);
        return 'JSON';
      } catch {
        /* text that starts with a bracket */
      }
    }
    return 'text';
  }
  return `a ${typeof value}`;
}

/**
 * Every difference between the emulator's run and the gateway's, each naming its field.
 * @param {unknown} emulator
 * @param {unknown} live
 * @param {string} path
 * @returns {string[]}
 */
export function differences(emulator, live, path = '') {
  const name = path || '(the whole answer)';
  if (typeof emulator === 'string' && typeof live === 'string' && kind(emulator) === 'JSON' && kind(live) === 'JSON')
    return differences(JSON.parse(emulator), JSON.parse(live), path);
  if (kind(emulator) !== kind(live)) return [`${name}: the emulator gave ${kind(emulator)}, the gateway ${kind(live)}`];
  if (SAME_VALUE.includes(path) && emulator !== live)
    return [`${name}: the emulator gave ${JSON.stringify(emulator)}, the gateway ${JSON.stringify(live)}`];
  if (Array.isArray(emulator) && Array.isArray(live)) {
    if (emulator.length !== live.length) return [`${name}: the emulator gave ${emulator.length} items, the gateway ${live.length}`];
    return emulator.flatMap((e, i) => differences(e, live[i], `${path}[${i}]`));
  }
  if (emulator && live && typeof emulator === 'object' && typeof live === 'object') {
    const e = /** @type {Record<string, unknown>} */ (emulator);
    const l = /** @type {Record<string, unknown>} */ (live);
    const keys = [...new Set([...Object.keys(e), ...Object.keys(l)])].sort();
    return keys.flatMap((k) => differences(e[k], l[k], path ? `${path}.${k}` : k));
  }
  return [];
}

/**
 * One run's answers: the create and eval steps' outputs, and the eval step's results file.
 * @typedef {{ create?: Record<string, string>, eval?: Record<string, string>, results?: unknown }} Run
 */

/**
 * The verdict on one matrix leg: differences from the emulator, and what the live run must show
 * on its own (an id of the documented form, tokens served from the cache).
 * @param {{ model: string, emulator: Run, live: Run }} runs
 * @returns {string[]}
 */
export function verdict({ model, emulator, live }) {
  const found = differences(emulator, live).filter((d) => !d.startsWith('create.context-id:'));
  const id = live['create']?.['context-id'] ?? '';
  const expected = ID_FORMS.find((f) => f.family.test(model));
  if (!id) found.push('create.context-id: the gateway gave no id (see the create step above)');
  else if (expected && !expected.form.test(id)) found.push(`create.context-id: not of the documented form ${expected.form}`);
  const cached = Number(live['eval']?.['cached-tokens'] ?? '');
  if (!(cached > 0))
    found.push(`eval.cached-tokens: the gateway reported ${live['eval']?.['cached-tokens'] || 'none'}; the cache was not used`);
  return found;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  /** @param {string} name */
  const read = (name) => {
    const text = process.env[name] ?? '';
    return JSON.parse(text.startsWith('@') ? readFileSync(text.slice(1), 'utf8') : text || '{}');
  };
  /** Each run's results file, when the eval step wrote one, compared as `results`. @param {Run} run @returns {Run} */
  const withResults = (run) => {
    const file = run['eval']?.['results-file'];
    if (!file) return run;
    try {
      return { ...run, results: JSON.parse(readFileSync(file, 'utf8')) };
    } catch (e) {
      return { ...run, results: `unreadable: ${e instanceof Error ? e.message : e}` };
    }
  };
  const model = process.env['MODEL'] ?? '';
  const found = verdict({ model, emulator: withResults(read('EMULATOR')), live: withResults(read('LIVE')) });
  // The ids differ by nature and are masked in the log anyway: never print them.
  /** @param {string} text @param {boolean} property */
  const escape = (text, property) => {
    const data = text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    return property ? data.replace(/:/g, '%3A').replace(/,/g, '%2C') : data;
  };
  for (const d of found) console.log(`::error title=${escape(`Live check (${model})`, true)}::${escape(d, false)}`);
  console.log(
    found.length ? `${found.length} difference(s) from the emulator for ${model}.` : `${model}: the gateway answered as the emulator does.`
  );
  if (found.length) process.exitCode = 1;
}
