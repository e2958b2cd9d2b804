// Node prints process warnings (a library's process.emitWarning, a deprecation) to stderr as they
// are, and the runner acts on `##[...]` anywhere in a stderr line too: a library that quotes
// untrusted text in a warning (yaml quotes the file, octokit GitHub's headers) could otherwise stop
// command processing and unmask the secrets printed after it. Imported first by every entry point:
// each warning becomes one escaped debug line, nothing else.
import { forLog } from '../escape.js';
import { debug } from './toolkit.js';

/** Replace Node's own warning printer with one that passes every warning through forLog. */
export function routeWarnings(proc: NodeJS.Process = process): void {
  proc.removeAllListeners('warning');
  proc.on('warning', (w: Error) => {
    try {
      debug(`warning: ${forLog(`${w.name}: ${w.message}`, 300)}`);
    } catch {
      // A warning must never end the run.
    }
  });
}

routeWarnings();
