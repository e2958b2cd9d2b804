// @ts-check
// A step's output as GitHub shows it in the job log, for `npm run demo`. The runner acts on the
// workflow commands an action prints rather than showing them
// (https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions):
// `::add-mask::` registers a value that every later line of the job shows as `***`, `::debug::`
// lines appear only with step debug logging on, `::error`/`::warning`/`::notice` appear as
// `Error: …` (and as annotations, here with their file:line), `::group::` folds lines under a
// title, and `::stop-commands::TOKEN` shows every line as text until `::TOKEN::`.
// What this does not copy: the runner also masks a secret's base64 forms, and colours lines.
// Pure: text in, lines out; the caller prints them.

const COMMAND = /^::([A-Za-z][\w-]*)(?: ([^:]*))?::(.*)$/;
const LEVEL = /** @type {const} */ ({ error: 'Error', warning: 'Warning', notice: 'Notice' });

/** A command's data as the runner reads it: %25, %0D and %0A stand for %, CR and LF. @param {string} s */
const unescapeData = (s) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
/** A property value: also %3A and %2C for : and ,. @param {string} s */
const unescapeProperty = (s) => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));

/** The masks of one job: values registered by any step hide in every later line of every step. */
export class Masks {
  /** @type {Set<string>} */
  #values = new Set();

  /**
   * Registers a secret as the runner does: the whole value and each of its non-empty trimmed
   * lines, and the forms it takes inside JSON and URLs.
   * @param {string} value
   */
  add(value) {
    for (const v of [value, ...value.split(/\r?\n/).map((l) => l.trim())]) {
      if (v === '') continue;
      this.#values.add(v);
      this.#values.add(JSON.stringify(v).slice(1, -1));
      this.#values.add(encodeURIComponent(v));
    }
  }

  /** @param {string} text */
  apply(text) {
    // Longest first, so a value that contains another is hidden whole.
    const values = [...this.#values].sort((a, b) => b.length - a.length);
    return values.reduce((t, v) => t.split(v).join('***'), text);
  }
}

/**
 * @typedef {object} LogOptions
 * @property {Masks} masks The job's masks; `::add-mask::` lines add to them.
 * @property {boolean} [debug] Step debug logging is on: `::debug::` lines are shown (as `Debug: …`)
 *   and groups are unfolded.
 */

/**
 * The lines a person sees for one step's output, masks applied.
 * @param {string} output What the action printed, stdout then stderr.
 * @param {LogOptions} options
 * @returns {string[]}
 */
export function renderLog(output, { masks, debug = false }) {
  /** @type {string[]} */
  const shown = [];
  /** @type {{ title: string, lines: string[] } | undefined} */
  let group;
  /** @type {string | undefined} */
  let stopToken;
  const show = (/** @type {string} */ text) => {
    for (const line of masks.apply(text).split(/\r?\n/)) (group ? group.lines : shown).push(line);
  };
  const closeGroup = () => {
    if (!group) return;
    const { title, lines } = group;
    group = undefined;
    if (debug) shown.push(`▾ ${title}`, ...lines.map((l) => `  ${l}`));
    else shown.push(`▸ ${title} (${lines.length} line${lines.length === 1 ? '' : 's'} folded)`);
  };

  const lines = output.replace(/\r?\n$/, '').split(/\r?\n/);
  for (const raw of output === '' ? [] : lines) {
    // The runner reads a command after leading whitespace too.
    const m = COMMAND.exec(raw.trimStart());
    if (stopToken !== undefined) {
      if (m && m[1] === stopToken) stopToken = undefined;
      else show(raw);
      continue;
    }
    if (!m) {
      show(raw);
      continue;
    }
    const [, name = '', props = '', data = ''] = m;
    const message = unescapeData(data);
    switch (name) {
      case 'add-mask':
        masks.add(message);
        break;
      case 'debug':
        if (debug) show(`Debug: ${message}`);
        break;
      case 'error':
      case 'warning':
      case 'notice':
        show(`${LEVEL[name]}: ${where(props)}${message}`);
        break;
      case 'group':
        closeGroup();
        group = { title: masks.apply(message), lines: [] };
        break;
      case 'endgroup':
        closeGroup();
        break;
      case 'stop-commands':
        stopToken = message;
        break;
      case 'echo':
        break;
      default:
        // A command the runner does not know is shown as it was printed.
        show(raw);
    }
  }
  closeGroup();
  return shown;
}

/** `file:line: ` from an annotation's properties, or ''. @param {string} props */
function where(props) {
  /** @type {Record<string, string>} */
  const p = {};
  for (const pair of props.split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    if (eq > 0) p[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1));
  }
  if (!p['file']) return '';
  return `${p['file']}${p['line'] ? `:${p['line']}` : ''}: `;
}
