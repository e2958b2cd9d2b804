// Where the engines report what they do: each front end passes its own (the action's writes
// workflow commands, the command line's writes to a terminal), so no engine knows which runs it.
import type { Annotation } from './errors.js';

export interface Log {
  info(message: string): void;
  warning(message: string, where?: Annotation): void;
  debug(message: string): void;
}
