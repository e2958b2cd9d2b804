// How a run ends when something went wrong, for both actions: a user's error as one line with
// its hint and annotation (every one of a list, so all are fixed at once), a bug as a bug.
import { forLog } from '../escape.js';
import { ActionError, ErrorList, InputErrors } from '../errors.js';
import { debug, error, setFailed } from './toolkit.js';

export async function failStep(e: unknown): Promise<void> {
  if (e instanceof ActionError) {
    const list = e instanceof ErrorList ? e.errors : [];
    if (list.length > 1) for (const err of list) error(err.describe(), err.annotation);
    let message = e.describe();
    // Forks and Dependabot get no secrets: an empty key deserves the reason.
    if (e instanceof InputErrors && e.errors.some((err) => err.input === 'api-key' && err.message.endsWith('is empty'))) {
      const hint = await import('./secret-hint.js').then((m) => m.missingSecretHint()).catch(() => undefined);
      if (hint) message += `. ${hint}`;
    }
    return setFailed(message, list.length === 1 ? list[0]!.annotation : list.length > 1 ? {} : e.annotation);
  }
  // A bug, not a user error: say so, keep the stack for the debug log only.
  debug(forLog(e instanceof Error && e.stack ? e.stack : String(e), 4000));
  setFailed(
    `Unexpected error: ${forLog(e instanceof Error ? e.message : String(e))}. This is a bug in the action; please report it with this log (re-run with debug logging for details).`
  );
}
