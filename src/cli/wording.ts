// The command line's words where the engines' would speak of a workflow (src/wording.ts): flags,
// not inputs; the current directory, not a checkout; a command, not a step.
import type { Wording } from '../wording.js';
import type { Command } from './flags.js';

const CLI: Wording = {
  input: (name) => `--${name}`,
  root: 'the current directory',
  missingSource: () => '',
  freshCache:
    'Create a new one (context-cache create prints its id) and pass it as --context-id, or use context-cache run, which makes one each time; or raise --ttl to cover the whole evaluation',
  freshBaseCache:
    'Create a new one from the base’s prompt and pass it as --baseline-context-id, or raise --ttl to cover the whole evaluation',
  baseCache: 'the base’s cache as --baseline-context-id (the id context-cache create prints for the base’s prompt)'
};

/** run takes the base's prompt, not its cache: it makes the cache itself. */
const RUN: Wording = {
  ...CLI,
  input: (name) => `--${name === 'baseline-context-id' ? 'baseline-prompt-file' : name}`,
  freshCache: 'Run again (context-cache run makes a new cache each time), or raise --ttl to cover the whole evaluation',
  freshBaseCache: 'Run again (context-cache run makes both caches each time), or raise --ttl to cover the whole evaluation',
  baseCache: 'the base’s prompt as --baseline-prompt-file (a second cache is made from it)'
};

export function wordingFor(command: Command): Wording {
  return command === 'run' ? RUN : CLI;
}
