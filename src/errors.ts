// A small family of errors the user can act on. Each carries a hint (how to fix it) and, where a
// file is at fault, where GitHub should annotate it. Anything that is not an ActionError is a bug.
import { forLog } from './escape.js';

/** Where GitHub should pin an annotation. */
export interface Annotation {
  file?: string;
  startLine?: number;
  startColumn?: number;
  title?: string;
}

export abstract class ActionError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    readonly annotation?: Annotation
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** The one line a user reads: what is wrong, then how to fix it. */
  describe(): string {
    if (!this.hint) return this.message;
    return /[.!?]$/.test(this.message) ? `${this.message} ${this.hint}` : `${this.message}. ${this.hint}`;
  }
}

/** An action input is invalid. `input` is its name as written in the workflow. */
export class InputError extends ActionError {
  constructor(
    readonly input: string,
    message: string,
    hint?: string
  ) {
    super(`Input '${input}': ${message}`, hint, { title: `Invalid input '${input}'` });
  }
}

/** Where in a file: 1-based line and column. */
export interface Where {
  readonly line?: number;
  readonly column?: number;
}

/**
 * A file the user named (a prompt file, a cases file) cannot be read or does not hold what it
 * should. `noun` starts the message ("Prompt file 'p.yml': …"). The name may come from a pull
 * request, so it is shown escaped, and the annotation is pinned to it only when escaping changed
 * nothing (a name with `##[` or a line break must not reach a command's properties).
 */
export class FileError extends ActionError {
  constructor(
    readonly file: string,
    message: string,
    hint?: string,
    where: Where = {},
    readonly noun = 'Prompt file'
  ) {
    const shown = forLog(file, 300);
    super(`${noun} '${shown}': ${message}`, hint, {
      file: shown === file ? file : undefined,
      startLine: where.line,
      startColumn: where.column,
      title: `Invalid ${noun.toLowerCase()}`
    });
  }
}

/**
 * No HTTP response arrived (refused, reset, timed out, cut off). `code` is the one-word cause.
 * `retryable` is true where a second attempt cannot create a duplicate cache or the issue
 * explicitly asks to retry (refused, reset before a response, timeout).
 */
export class TransportError extends ActionError {
  constructor(
    readonly code: string,
    message: string,
    readonly retryable: boolean,
    hint?: string
  ) {
    super(message, hint);
  }
}

/** The gateway answered, but not with a cache. */
export class GatewayError extends ActionError {
  constructor(
    readonly status: number,
    message: string,
    hint?: string,
    /** Seconds the gateway asked us to wait (Retry-After), when it said so. */
    readonly retryAfterSeconds?: number
  ) {
    super(message, hint);
  }
}

/** A file the run writes (a report, an output) cannot be written where it was asked to go. */
export class OutputError extends ActionError {}

/** Several errors found in one pass, so the user fixes them all at once: each is annotated. */
export abstract class ErrorList extends ActionError {
  abstract readonly errors: readonly ActionError[];
}

/** Several input errors found in one pass, so the user fixes them all at once. */
export class InputErrors extends ErrorList {
  constructor(readonly errors: InputError[]) {
    super(
      errors.length === 1 ? errors[0]!.message : `${errors.length} inputs are invalid: ${errors.map((e) => `'${e.input}'`).join(', ')}`,
      errors.length === 1 ? errors[0]!.hint : 'See the errors above.'
    );
  }
}
