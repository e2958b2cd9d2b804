// Glob patterns with bash's rules, through tinyglobby: `*`, `?`, `[…]` within a segment, `**`
// across segments, `{a,b}` braces; `*` does not match a leading dot; results sorted. The walk is
// bounded: a pattern that reads more directory entries than a repository's prompt or case folders
// hold fails instead of returning part of the files. Loaded only when an entry is a pattern:
// tinyglobby and picomatch cost ~20 ms to load.
import { readdir, stat, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { glob, type FileSystemAdapter } from 'tinyglobby';

export interface Expansion {
  /** Paths relative to `cwd`, '/'-separated, sorted by code point. */
  readonly matches: string[];
  /** False when the walk stopped at `maxEntries` (`matches` is then partial: do not use it). */
  readonly complete: boolean;
}

/**
 * The files `pattern` matches below `cwd`. Links to files count (the caller decides, by their real
 * path, whether they may be read); links to directories are not followed (no loops, no walks out
 * of the tree); `.git` is never listed and `node_modules` is not walked unless the pattern names it.
 */
export async function expandGlob(pattern: string, cwd: string, maxEntries: number): Promise<Expansion> {
  let walked = 0;
  const stop = new AbortController();
  const fs: FileSystemAdapter = {
    readdir: ((path: string, _options: unknown, done: (error: Error | null, entries: Dirent[]) => void) => {
      readdir(path, { withFileTypes: true }, (error, entries) => {
        if (error || stop.signal.aborted) return done(error, []);
        walked += entries.length;
        if (walked > maxEntries) {
          stop.abort();
          return done(null, []);
        }
        const kept = entries.filter((e) => e.name.toLowerCase() !== '.git');
        void Promise.all(kept.map((e) => (e.isSymbolicLink() ? linkedFile(e, path) : Promise.resolve(e)))).then((list) =>
          done(
            null,
            list.filter((e): e is Dirent => e !== undefined)
          )
        );
      });
    }) as FileSystemAdapter['readdir']
  };
  const found = await glob(forPicomatch(pattern), {
    cwd,
    fs,
    signal: stop.signal,
    dot: false,
    extglob: false,
    expandDirectories: false,
    followSymbolicLinks: false,
    onlyFiles: true,
    ignore: pattern.includes('node_modules') ? [] : ['**/node_modules/**']
  });
  if (walked > maxEntries) return { matches: [], complete: false };
  return { matches: found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), complete: true };
}

/**
 * picomatch reads `(…)` and `|` as a regex group and a leading `!` as negation; bash without
 * extglob reads them as plain characters (`notes (1).md`), so they are escaped.
 */
function forPicomatch(pattern: string): string {
  return pattern.replace(/(?<!\\)[()|]/g, '\\$&').replace(/^!/, '\\!');
}

/** A link to a regular file, shown to the walker as a file; any other link is dropped. */
function linkedFile(entry: Dirent, dir: string): Promise<Dirent | undefined> {
  return new Promise((done) =>
    stat(join(dir, entry.name), (error, info) => {
      if (error || !info.isFile()) return done(undefined);
      const asFile = Object.create(entry) as Dirent;
      asFile.isFile = () => true;
      asFile.isSymbolicLink = () => false;
      done(asFile);
    })
  );
}
