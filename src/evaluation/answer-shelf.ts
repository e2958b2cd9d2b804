// Where the answers of a long run wait for the report files. The results file and JUnit hold
// every case's answer (up to 32 K characters each), so a nightly suite of 10,000 cases would keep
// tens of MB of text alive through the whole run, and the GC's headroom doubles that. Past a
// budget, each long answer goes to a temporary file (in pieces of 256 KiB through one buffer,
// not one write or allocation per case) and is read back when a report asks for it: the reports
// are the same, the memory bounded.
// The file is private (a directory of mode 0700) and removed at once where the system allows an
// open file to be (Linux, macOS), else at exit. If the disk refuses, answers stay in memory.
// Reads and writes are synchronous: a report writer reads answers one by one from a generator.
import { mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** An answer on the shelf: its text, read back on demand. */
export interface Shelved {
  readonly read: () => string;
}

/** An answer as the engine keeps it: the text itself, or its place on the shelf. */
export type Kept = string | Shelved;

/** The text of a kept answer. */
export const textOf = (kept: Kept): string => (typeof kept === 'string' ? kept : kept.read());

/** Characters of answers held in memory before the shelf is used: small suites never touch the disk. */
export const MEMORY_BUDGET = 8 * 1024 * 1024;
/** Shorter answers stay in memory: their place on the shelf would cost about as much. */
const SHORT = 512;
const PIECE_BYTES = 256 * 1024;
const LATIN1 = /^[\u0000-\u00ff]*$/; // eslint-disable-line no-control-regex

export class AnswerShelf {
  private held = 0;
  private fd: number | undefined;
  private failed = false;
  /** Bytes written to the file. */
  private written = 0;
  /** The piece being filled, written out when full: one buffer for the run, no allocation per answer. */
  private piece = Buffer.alloc(0);
  private used = 0;
  private readBuffer = Buffer.alloc(0);

  constructor(
    private readonly budget: number = MEMORY_BUDGET,
    private readonly directory: string = tmpdir()
  ) {}

  /** Characters of answers held in memory. */
  get heldChars(): number {
    return this.held;
  }

  keep(text: string): Kept {
    // Latin-1 where it holds the text (one byte a character, read back as V8's compact strings),
    // else UTF-16 as JavaScript holds it: every string comes back exactly, lone surrogates too.
    const encoding = LATIN1.test(text) ? 'latin1' : 'utf16le';
    const bytes = encoding === 'latin1' ? text.length : text.length * 2;
    if (text.length <= SHORT || this.held + text.length <= this.budget || bytes > PIECE_BYTES || !this.open()) {
      this.held += text.length;
      return text;
    }
    if (this.used + bytes > PIECE_BYTES && !this.flush()) {
      this.held += text.length;
      return text;
    }
    const offset = this.written + this.used;
    this.used += this.piece.write(text, this.used, encoding);
    return { read: () => this.read(offset, bytes, encoding) };
  }

  private open(): boolean {
    if (this.fd !== undefined) return !this.failed;
    if (this.failed) return false;
    try {
      const dir = mkdtempSync(join(this.directory, 'answers-'));
      const file = join(dir, 'answers.bin');
      this.fd = openSync(file, 'w+', 0o600);
      this.piece = Buffer.allocUnsafe(PIECE_BYTES);
      try {
        unlinkSync(file);
        rmSync(dir, { recursive: true, force: true });
      } catch {
        // Not while open (Windows): at exit, then.
        process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
      }
      return true;
    } catch {
      this.failed = true;
      return false;
    }
  }

  /** Writes the piece out; false when the disk refuses (the piece then stays, and is read from memory). */
  private flush(): boolean {
    if (this.failed) return false;
    try {
      for (let done = 0; done < this.used;) done += writeSync(this.fd!, this.piece, done, this.used - done, this.written + done);
      this.written += this.used;
      this.used = 0;
      return true;
    } catch {
      this.failed = true;
      return false;
    }
  }

  private read(offset: number, length: number, encoding: 'latin1' | 'utf16le'): string {
    if (offset >= this.written) return this.piece.toString(encoding, offset - this.written, offset - this.written + length);
    if (this.readBuffer.length < length) this.readBuffer = Buffer.allocUnsafe(Math.max(length, 64 * 1024));
    for (let done = 0; done < length;) {
      const n = readSync(this.fd!, this.readBuffer, done, length - done, offset + done);
      if (n === 0) throw new Error(`answer shelf: the file ends at ${offset + done} of ${offset + length}`);
      done += n;
    }
    return this.readBuffer.toString(encoding, 0, length);
  }
}
