// How the command line ends: an exit code a CI job can branch on, and the one message (what is
// wrong, then the fix) a person reads. Flags are named as flags, not as action inputs.
import { forTerminal } from '../escape.js';
import { ActionError, ErrorList, GatewayError, InputError, TransportError } from '../errors.js';
import { UsageError } from './flags.js';
import type { Screen } from './terminal.js';
import { wording } from '../wording.js';

export const EXIT = { passed: 0, gateFailed: 1, usage: 2, unavailable: 3, interrupted: 130 } as const;

/**
 * The gateway answered "your request is wrong" (bad key, a prompt it refuses): fix the input.
 * Anything else it or the network did (5xx, 429, timeouts, a cache gone) means it was unavailable.
 */
export function exitCodeOf(e: unknown): number {
  if (e instanceof UsageError) return EXIT.usage;
  // By name: importing the chat client would cost every start, --version too.
  if ((e instanceof Error && e.name === 'ContextGoneError') || e instanceof TransportError) return EXIT.unavailable;
  if (e instanceof GatewayError)
    return e.status >= 400 && e.status < 500 && e.status !== 408 && e.status !== 429 ? EXIT.usage : EXIT.unavailable;
  if (e instanceof ActionError) return EXIT.usage;
  return EXIT.gateFailed;
}

/** An action's words for a flag: `Input 'cases-file'` → `--cases-file` (as the command names it). */
function asFlags(text: string): string {
  return text
    .replace(/Input '([a-z0-9-]+)'/g, (_, name: string) => wording().input(name))
    .replace(/(\d+) inputs are invalid/, '$1 flags are invalid');
}

const API_KEY_HINT = 'Pass --api-key, or set the GATEWAY_API_KEY environment variable (e.g. from your CI’s secret variables)';

function describe(e: ActionError): string {
  if (e instanceof InputError && e.input === 'api-key' && e.message.endsWith('is empty')) return `--api-key is empty. ${API_KEY_HINT}`;
  if (e instanceof InputError && e.input === 'context-id' && e.message.includes('is empty'))
    return '--context-id is empty, and CONTEXT_CACHE_ID is not set. Pass the id `context-cache create` prints: --context-id "$ID"';
  return asFlags(e.describe());
}

/** Prints the error and returns the exit code. A bug keeps its stack for --verbose. */
export function fail(e: unknown, screen: Screen): number {
  const red = screen.err.red;
  if (e instanceof UsageError) screen.say(`${red('error:')} ${forTerminal(e.message)}${e.hint ? `. ${forTerminal(e.hint)}` : ''}`);
  else if (e instanceof ActionError) {
    // Each error of a list on its own line, so all are fixed at once.
    const list = e instanceof ErrorList && e.errors.length > 0 ? e.errors : [e];
    for (const err of list) screen.say(`${red('error:')} ${forTerminal(describe(err), { max: 2000 })}`);
  } else {
    screen.log.debug(e instanceof Error && e.stack ? e.stack : String(e));
    screen.say(
      `${red('error:')} unexpected: ${forTerminal(e instanceof Error ? e.message : String(e))}. This is a bug in context-cache; please report it with the output of --verbose.`
    );
  }
  return exitCodeOf(e);
}
