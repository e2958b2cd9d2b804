// Every problem found before anything is sent, so a user fixes them all at once: create's and
// eval's checks run side by side, and a flag both halves read is reported once.
import { ActionError, ErrorList, InputError } from '../errors.js';

export class Problems extends ErrorList {
  readonly errors: ActionError[] = [];

  constructor() {
    super('Several flags or files are wrong', 'See the errors above.');
  }

  /** The step's value, or undefined when it found a problem (kept for later). */
  async check<T>(step: () => Promise<T>): Promise<T | undefined> {
    try {
      return await step();
    } catch (e) {
      if (!(e instanceof ActionError)) throw e;
      for (const one of e instanceof ErrorList && e.errors.length > 0 ? e.errors : [e]) if (!this.known(one)) this.errors.push(one);
      return undefined;
    }
  }

  private known(e: ActionError): boolean {
    return this.errors.some(
      (o) => o.describe() === e.describe() || (o instanceof InputError && e instanceof InputError && o.input === e.input)
    );
  }

  /** Nothing is sent after this unless every step passed. */
  throwIfAny(): void {
    if (this.errors.length === 1) throw this.errors[0]!;
    if (this.errors.length > 1) throw this;
  }
}
