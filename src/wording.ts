// The few words that depend on where the engines run: a workflow's inputs and steps, or a command
// line's flags. Each front end installs its own table once at start-up; the engines ask for a
// phrase and never learn which front end runs. One entry per message, so none is patched later.

export interface Wording {
  /** An input as the user writes it: `ttl` in a workflow, `--ttl` on a command line. */
  readonly input: (name: string) => string;
  /** Where relative paths start. */
  readonly root: string;
  /** The question after "does not exist": what should have brought the file ('' asks none). */
  readonly missingSource: (source: string | undefined) => string;
  /** How to get a cache again when the gateway says it has gone. */
  readonly freshCache: string;
  /** How to get the base's cache again when the gateway says it has gone. */
  readonly freshBaseCache: string;
  /** How to give the base's cache, to compare side by side. */
  readonly baseCache: string;
}

export const RUNNER_WORDING: Wording = {
  input: (name) => name,
  root: 'the repository root',
  missingSource: (source) => ` Did ${source ?? 'a checkout step'} run before this one?`,
  freshCache:
    'Re-run the create step in this job (a cache cannot be passed between jobs or re-used after its ttl), or raise its ttl to cover the whole evaluation',
  freshBaseCache: 'Re-run the create step on the base’s checkout in this job, or raise its ttl to cover the whole evaluation',
  baseCache: 'the base’s cache as baseline-context-id (the create action on a checkout of the base commit)'
};

let current: Wording = RUNNER_WORDING;

export function wording(): Wording {
  return current;
}

/** Called once by a front end before anything else runs. */
export function useWording(table: Wording): void {
  current = table;
}
