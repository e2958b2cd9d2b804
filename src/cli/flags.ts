// The command line's flags: each subcommand's are its action's inputs (src/inputs/specs.ts, made
// from the action.yml files), by the same names, defaults and descriptions, plus the few a
// terminal needs. argv → the values, then a getInput over them feeds the actions' own readers, so
// both front ends share every rule and error message. Light on purpose: --help and --version load
// nothing more.
import { suggest } from '../did-you-mean.js';
import { SPECS, type ActionName } from '../inputs/specs.js';

export type Command = 'create' | 'eval' | 'merge' | 'run';
export const COMMANDS: readonly Command[] = ['create', 'eval', 'merge', 'run'];

export interface Flag {
  readonly name: string;
  readonly description: string;
  /** As the action's default: what an absent flag reads as. */
  readonly default: string;
  readonly required: boolean;
  /** boolean: `--x` alone means true; list: repeatable, one value each (an action's one-per-line input). */
  readonly kind: 'value' | 'list' | 'boolean';
}

/** Inputs whose value is one path or pattern per line: the flag may be repeated. */
const LISTS = new Set(['prompt-file', 'cases-file', 'results-files']);

/**
 * Inputs that only make sense on a runner: the exported variable, the PR comment, the runner's
 * temporary directory (the command line writes the files its own flags name), and the history
 * kept in a branch through the GitHub API.
 */
const GITHUB_ONLY = ['github-token', 'comment-key', 'output-dir', 'history', 'history-limit', 'alert-issue'];
export const RUNNER_ONLY: Readonly<Record<ActionName, readonly string[]>> = {
  create: ['env-var'],
  // matrix only tells one leg's PR comment from another's.
  eval: [...GITHUB_ONLY, 'matrix'],
  merge: GITHUB_ONLY
};

function own(name: string, description: string, kind: Flag['kind'] = 'value', def = ''): Flag {
  return { name, description, default: def, required: false, kind };
}

const VERBOSE = own('verbose', 'Print debug lines too.', 'boolean', 'false');
const REPORT_FILES = [
  own('results-file', 'Write the results JSON (the same document the action writes) to this path.'),
  own('junit-file', 'Write the JUnit XML report to this path (GitLab, Jenkins and Buildkite render it).'),
  own('markdown-file', 'Write the Markdown summary (what the action puts in the job summary) to this path.')
];
const EVAL_DRY_RUN = own(
  'dry-run',
  'Validate the flags and the cases and say what would be sent, without a key; nothing is sent.',
  'boolean',
  'false'
);

const EVAL_WORDS: Readonly<Record<string, string>> = {
  'context-id':
    'The cache to evaluate against: the id context-cache create prints. Empty uses the CONTEXT_CACHE_ID environment variable. Leave it empty with --prompt-file (no cache).',
  model:
    'Model id as the gateway names it, e.g. gemini-2.5-flash or Doubao-1.5-pro-32k: the model the cache was created for. Empty uses the CONTEXT_CACHE_MODEL environment variable; a model other than the cache’s is refused.',
  prompt: 'One user message to send instead of a cases file; its answer alone is printed on stdout.',
  mode: 'The cache’s mode (context-cache create --json prints it). session gets a warning, as every call then grows the cache and cases see each other.'
};

/**
 * The command line's own words where an input's description speaks of the runner (a step's
 * output, fork pull requests) or of an input the command does not take; the rest is action.yml's.
 */
export const CLI_DESCRIPTIONS: Readonly<Record<Command, Readonly<Record<string, string>>>> = {
  create: {},
  eval: { ...EVAL_WORDS, 'dry-run': EVAL_DRY_RUN.description },
  merge: {},
  run: {
    prompt: EVAL_WORDS['prompt']!,
    mode: 'Cache mode for Doubao models, session or common_prefix (default common_prefix here, so each case sees the prompt alone). Ignored (not sent) for Gemini models.',
    'dry-run':
      'Check the flags, the prompts and every case and say what would be sent, without a key; no cache is created and nothing is sent.',
    'fail-on':
      'pass-rate fails below --min-pass-rate; regressions fails only when a case that passed in the baseline fails now; worse only when the paired test says the head is worse than the baseline at --alpha (needs --baseline-prompt-file or --baseline-file).',
    'baseline-model':
      'The model of the base side (with --baseline-prompt-file), to compare two models on the same cases. Empty uses --model.'
  }
};

function reworded(command: Command, flags: Flag[]): Flag[] {
  const words = CLI_DESCRIPTIONS[command];
  return flags.map((f) => (words[f.name] !== undefined ? { ...f, description: words[f.name]! } : f));
}

function fromSpec(action: ActionName, skip: readonly string[] = []): Flag[] {
  const inputs = SPECS[action].inputs as Readonly<Record<string, { description: string; default: string; required: boolean }>>;
  return Object.entries(inputs)
    .filter(([name]) => !RUNNER_ONLY[action].includes(name) && !skip.includes(name))
    .map(([name, spec]) => ({
      name,
      description: spec.description,
      default: spec.default,
      required: spec.required,
      kind: LISTS.has(name) ? 'list' : spec.default === 'false' || spec.default === 'true' ? 'boolean' : 'value'
    }));
}

/** Adds the flags not already there: an input that appears in a spec later wins over our own. */
function union(...groups: Flag[][]): Flag[] {
  const out: Flag[] = [];
  for (const f of groups.flat()) if (!out.some((o) => o.name === f.name)) out.push(f);
  return out;
}

export const DESCRIPTIONS: Readonly<Record<Command, string>> = {
  create: `${SPECS.create.description} Prints the cache id alone on stdout.`,
  eval: `${SPECS.eval.description.replace(/, and report in the job summary.*$/, '')}, with a report for the terminal.`,
  merge: `${SPECS.merge.description.replace(/ one PR comment,/, '')}`,
  run: 'Create the cache from the prompt, then evaluate the cases against it (and against a baseline prompt): the loop on a laptop.'
};

export function flagsOf(command: Command): readonly Flag[] {
  return reworded(command, specFlags(command));
}

function specFlags(command: Command): Flag[] {
  switch (command) {
    case 'create':
      return union(fromSpec('create'), [
        own('json', 'Print every output as one JSON object on stdout instead of the id.', 'boolean', 'false'),
        VERBOSE
      ]);
    case 'eval':
      return union(fromSpec('eval'), [EVAL_DRY_RUN], REPORT_FILES, [VERBOSE]);
    case 'merge':
      return union(fromSpec('merge'), REPORT_FILES, [VERBOSE]);
    case 'run':
      // The cache comes from the create half; its mode goes to eval as the create step's would.
      return union(
        fromSpec('create'),
        fromSpec('eval', ['context-id', 'mode', 'baseline-context-id']),
        [
          own(
            'baseline-prompt-file',
            'A second prompt (e.g. the version on main): a second cache is made from it, every case runs against both side by side, and the change is reported.',
            'list'
          )
        ],
        REPORT_FILES,
        [VERBOSE]
      );
  }
}

/** A mistake on the command line itself: exit code 2, with the fix. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface Parsed {
  /** Flag name → the values given, in order (booleans as 'true'/'false'). */
  readonly values: ReadonlyMap<string, readonly string[]>;
  readonly help: boolean;
}

/** argv after the subcommand → the values of its flags; UsageError on anything else. */
export function parseFlags(command: Command, argv: readonly string[]): Parsed {
  const flags = flagsOf(command);
  const values = new Map<string, string[]>();
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--') || arg === '--')
      throw new UsageError(
        `unexpected argument ${JSON.stringify(arg)}`,
        `Every value goes with a flag, e.g. --cases-file ${JSON.stringify(arg)}; context-cache ${command} --help lists them`
      );
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const flag = flags.find((f) => f.name === name);
    if (!flag) {
      const near = suggest(name, [...flags.map((f) => f.name), 'help'], { maxEdits: 3 });
      // Right flag, wrong command (a cases file given to create): name the commands that take it.
      const elsewhere = COMMANDS.filter((c) => c !== command && flagsOf(c).some((f) => f.name === name));
      throw new UsageError(
        `unknown flag --${name} for ${command}`,
        near
          ? `Did you mean --${near}?`
          : elsewhere.length
            ? `--${name} belongs to ${elsewhere.map((c) => `context-cache ${c}`).join(' and ')}`
            : `context-cache ${command} --help lists its flags`
      );
    }
    let value: string;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (flag.kind === 'boolean') value = 'true';
    else {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2))
        throw new UsageError(`--${name} needs a value`, `Write --${name} VALUE (or --${name}=VALUE for a value that starts with --)`);
      value = next;
      i++;
    }
    const seen = values.get(name);
    if (seen && flag.kind !== 'list')
      throw new UsageError(`--${name} is given twice`, flag.kind === 'value' ? `Give it once` : `Give it once (true or false)`);
    if (seen) seen.push(value);
    else values.set(name, [value]);
  }
  return { values, help };
}

/** A flag's value as the action would read its input: given (repeats joined by lines) or default, trimmed. */
export function valueOf(parsed: Parsed, command: Command, name: string): string {
  const given = parsed.values.get(name);
  if (given) return given.join('\n').trim();
  return flagsOf(command).find((f) => f.name === name)?.default ?? '';
}

export function isTrue(parsed: Parsed, command: Command, name: string): boolean {
  return /^(true|yes|on|1)$/i.test(valueOf(parsed, command, name));
}
