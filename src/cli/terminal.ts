// The command line's screen: results on stdout, everything else on stderr; colours only on a
// terminal and never with NO_COLOR (https://no-color.org); a progress bar only on a terminal
// (plain lines otherwise, for CI logs); every line passed through forTerminal, so no untrusted text
// can move the cursor or send escapes, and the key is replaced wherever it would appear.
import type { Log } from '../log.js';
import { forTerminal } from '../escape.js';
import type { Annotation } from '../errors.js';

export interface Stream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
  /** True once the stream failed (its reader went away): nothing more is written to it. */
  readonly destroyed?: boolean;
}

/**
 * A reader that went away (`context-cache eval … | head -1`) is no error of ours, and a stream
 * that cannot be written cannot carry a message either: its errors end its output, silently.
 * The command still finishes, so its exit code stays the evaluation's.
 */
export function quietWhenClosed(stream: NodeJS.WriteStream): void {
  stream.on('error', () => stream.destroy());
}

export interface Paint {
  readonly red: (s: string) => string;
  readonly green: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
}

function paint(on: boolean): Paint {
  const sgr = (open: number, close: number) => (s: string) => (on ? `\x1b[${open}m${s}\x1b[${close}m` : s);
  return { red: sgr(31, 39), green: sgr(32, 39), yellow: sgr(33, 39), dim: sgr(2, 22), bold: sgr(1, 22) };
}

export function colourWanted(stream: Stream, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && (env['NO_COLOR'] ?? '') === '' && env['TERM'] !== 'dumb';
}

export class Screen {
  /** Colours for stdout and for stderr (each its own terminal or not). */
  readonly out: Paint;
  readonly err: Paint;
  readonly verbose: boolean;
  private readonly secrets: string[] = [];
  private bar = '';

  constructor(
    private readonly stdout: Stream,
    private readonly stderr: Stream,
    env: NodeJS.ProcessEnv,
    verbose = false
  ) {
    this.out = paint(colourWanted(stdout, env));
    this.err = paint(colourWanted(stderr, env));
    this.verbose = verbose;
  }

  get interactive(): boolean {
    return this.stderr.isTTY === true;
  }

  /** Never printed: replaced by *** in anything written from now on. */
  addSecret(secret: string): void {
    if (secret.length >= 4 && !this.secrets.includes(secret)) this.secrets.push(secret);
  }

  private redact(text: string): string {
    return this.secrets.reduce((t, s) => t.split(s).join('***'), text);
  }

  /** A line of results on stdout (already escaped by the caller where untrusted). */
  print(text: string): void {
    this.clearBar();
    if (!this.stdout.destroyed) this.stdout.write(`${this.redact(text)}\n`);
    this.drawBar();
  }

  /** A line of talk on stderr. */
  say(text: string): void {
    this.clearBar();
    if (!this.stderr.destroyed) this.stderr.write(`${this.redact(text)}\n`);
    this.drawBar();
  }

  /** What the engines report, as terminal lines: warnings marked, debug only with --verbose. */
  readonly log: Log = {
    info: (message: string) => this.say(forTerminal(message, { max: 4000 })),
    warning: (message: string, where?: Annotation) => {
      const at = where?.file ? ` (${forTerminal(where.file, { max: 300 })}${where.startLine ? `:${where.startLine}` : ''})` : '';
      this.say(`${this.err.yellow('warning:')} ${forTerminal(message, { max: 4000 })}${at}`);
    },
    debug: (message: string) => {
      if (this.verbose) this.say(this.err.dim(`debug: ${forTerminal(message, { max: 4000 })}`));
    }
  };

  /** Replaces the progress bar (a terminal only); '' removes it. */
  setBar(text: string): void {
    if (!this.interactive) return;
    this.clearBar();
    this.bar = text;
    this.drawBar();
  }

  private clearBar(): void {
    if (this.bar && !this.stderr.destroyed) this.stderr.write('\r\x1b[2K');
  }

  private drawBar(): void {
    if (this.bar && !this.stderr.destroyed) this.stderr.write(this.bar);
  }
}

function clock(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export interface Tally {
  readonly done: number;
  readonly passed: number;
  readonly failed: number;
  readonly errored: number;
}

/**
 * Progress of `total` runs: on a terminal a bar with the count and the time left (from the mean
 * pace so far), redrawn in place; elsewhere a plain line every 10 % or 10 s, as the action logs.
 */
export function progress(screen: Screen, total: number, now: () => number = Date.now): { update(t: Tally): void; end(): void } {
  const started = now();
  let lastAt = started;
  let lastDone = 0;
  const p = screen.err;
  return {
    update(t) {
      const at = now();
      if (screen.interactive) {
        const width = 24;
        const filled = total > 0 ? Math.round((t.done / total) * width) : width;
        const left = t.done > 0 ? ((at - started) / t.done) * (total - t.done) : undefined;
        const marks = [
          t.failed ? p.red(`${t.failed} failed`) : '',
          t.errored ? p.yellow(`${t.errored} errors`) : '',
          t.done < total ? `about ${left === undefined ? '?' : clock(left)} left` : 'done'
        ].filter(Boolean);
        screen.setBar(`[${p.green('█'.repeat(filled))}${p.dim('░'.repeat(width - filled))}] ${t.done}/${total}  ${marks.join('  ')}`);
      } else if (t.done === total || at - lastAt >= 10_000 || (t.done - lastDone) * 10 >= total) {
        if (total > 1)
          screen.say(
            `[${t.done}/${total}] ${t.passed} passed, ${t.failed} failed, ${t.errored} errors, ${((at - started) / 1000).toFixed(0)} s`
          );
        lastAt = at;
        lastDone = t.done;
      }
    },
    end() {
      screen.setBar('');
    }
  };
}
