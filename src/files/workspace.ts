// Files a workflow names (prompt files, case files) read from a workspace whose contents may come
// from a pull request's author: names and links are untrusted, the workflow's own entries are not.
// So every file is resolved to its real path and must stay inside the workspace unless the entry
// itself pointed outside it; `.git/` (which holds the checkout token) is never read; reads are
// bounded whatever stat says, and only regular files are read.
import { constants } from 'node:fs';
import { lstat, open, realpath, type FileHandle } from 'node:fs/promises';
import { isAbsolute, parse, relative, resolve, sep } from 'node:path';
import { FileError, InputError } from '../errors.js';
import { hasControl } from '../escape.js';
import { wording } from '../wording.js';

/** More directory entries than a prompt or cases folder has: a pattern that walks further is too broad. */
export const MAX_ENTRIES = 20_000;

/** A pattern, not a path: bash's wildcards and braces. */
export function isGlob(entry: string): boolean {
  return /[*?[{]/.test(entry);
}

export interface WorkspaceFile {
  /** As users see it: relative to the workspace, '/'-separated (absolute when outside it). */
  readonly shown: string;
  /** The real path that is read (links resolved). */
  readonly path: string;
}

export interface FileRules {
  readonly workspace: string;
  /** The input that names the files, for errors: 'prompt-file', 'cases-file'. */
  readonly input: string;
  /** What the files are, for errors: 'Prompt file', 'Cases file'. */
  readonly noun: string;
  /** The most directory entries a pattern may walk (tests lower it). */
  readonly maxEntries?: number;
  /** What should have put the files there, for the "not found" hint; default: a checkout step. */
  readonly source?: string;
}

/** The question a "no such file" error ends with: what should have brought the files. */
function sourceQuestion(rules: FileRules): string {
  return wording().missingSource(rules.source);
}

/**
 * Entries (paths or patterns, one per line of the input) → files, in order: a pattern expands in
 * sorted order, a file named twice (or through a link) is read once. Refuses, before anything is
 * read, names with control characters, files under `.git/`, and files whose real path leaves the
 * workspace unless the entry was absolute or started with `..` and does not point into it.
 */
export async function resolveFiles(entries: readonly string[], rules: FileRules): Promise<WorkspaceFile[]> {
  const workspace = resolve(rules.workspace);
  const real = await realpath(workspace).catch(() => workspace);
  const files: WorkspaceFile[] = [];
  const seen = new Set<string>();
  for (const raw of entries) {
    // Windows runners take either separator; elsewhere '\' is part of a name (or a glob escape).
    const entry = process.platform === 'win32' ? raw.replace(/\\/g, '/') : raw;
    const outsideAsked = isAbsolute(entry) || entry.split('/')[0] === '..';
    for (const path of await expand(entry, raw, workspace, rules)) {
      const file = await checkPath(path, outsideAsked, workspace, real, rules);
      if (!seen.has(file.path)) files.push(file);
      seen.add(file.path);
    }
  }
  return files;
}

/** An entry → absolute lexical paths. An existing path is a path even when it has `[` or `{`. */
async function expand(entry: string, raw: string, workspace: string, rules: FileRules): Promise<string[]> {
  const path = resolve(workspace, entry);
  if (!isGlob(entry) || (await lstat(path).catch(() => undefined))) return [path];
  const root = isAbsolute(entry) ? parse(entry).root : workspace;
  const { expandGlob } = await import('./glob.js');
  const { matches, complete } = await expandGlob(
    isAbsolute(entry) ? entry.slice(root.length) : entry,
    root,
    rules.maxEntries ?? MAX_ENTRIES
  );
  if (!complete)
    throw new InputError(
      rules.input,
      `${JSON.stringify(raw)} walks more than ${rules.maxEntries ?? MAX_ENTRIES} directory entries`,
      'Narrow the pattern (e.g. prompts/*.md rather than **/*.md)'
    );
  if (matches.length === 0)
    throw new InputError(
      rules.input,
      `${JSON.stringify(raw)} matches no file`,
      `Check the pattern; it is matched relative to ${wording().root} (${workspace}), and * does not match names that start with a dot.${sourceQuestion(rules)}`
    );
  return matches.map((m) => resolve(root, m));
}

/**
 * A link in the workspace that leads outside it, or to nothing: one message for both, and no
 * target, so a pull request cannot probe which paths exist on the runner by planting links.
 */
const LINK_NOWHERE = 'is a link that leads outside the workspace or to a file that does not exist';
const LINK_HINT =
  'Files in the workspace can come from a pull request, so links may not lead out of it: fix or remove the link. To read a file outside the workspace, name it in the workflow by an absolute path or one starting with ../';

/** One lexical path → the file to read, or the reason it may not be read. */
async function checkPath(path: string, outsideAsked: boolean, workspace: string, real: string, rules: FileRules): Promise<WorkspaceFile> {
  const shown = display(path, workspace);
  const fail = (message: string, hint: string) => new FileError(shown, message, hint, {}, rules.noun);
  if (hasControl(shown))
    throw fail('has a control character in its name', 'Rename the file: names with line breaks or other control characters are refused');
  const inGit = (p: string) =>
    // Any case: `.GIT/config` is the same file on a case-insensitive file system (macOS, Windows runners).
    (within(p, real) ? relative(real, p) : within(p, workspace) ? relative(workspace, p) : p)
      .split(sep)
      .some((part) => part.toLowerCase() === '.git');
  const gitHint = 'Files under .git are never read: .git/config can hold the checkout token';
  if (inGit(path)) throw fail('is inside .git/', gitHint);
  let target: string;
  try {
    target = await realpath(path);
  } catch (e) {
    throw await missing(e, path, shown, workspace, rules);
  }
  const lexicallyInside = within(path, workspace) || within(path, real);
  if ((lexicallyInside || !outsideAsked) && !within(target, real))
    throw fail(
      lexicallyInside ? LINK_NOWHERE : 'is outside the workspace',
      lexicallyInside
        ? LINK_HINT
        : `Files in the workspace can come from a pull request, so they may not lead out of it. To read a file outside it, name it in the workflow by an absolute path or one starting with ../`
    );
  if (inGit(target)) throw fail('is a link into .git/', gitHint);
  return { shown, path: target };
}

async function missing(e: unknown, path: string, shown: string, workspace: string, rules: FileRules): Promise<Error> {
  const code = (e as { code?: string }).code ?? 'error';
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    if ((await lstat(path).catch(() => undefined))?.isSymbolicLink()) return new FileError(shown, LINK_NOWHERE, LINK_HINT, {}, rules.noun);
    return new InputError(
      rules.input,
      `${JSON.stringify(shown)} does not exist`,
      `Check the path; it is read relative to ${wording().root} (${workspace}).${sourceQuestion(rules)}`
    );
  }
  if (code === 'ELOOP') return new FileError(shown, 'is a link that loops', 'Fix or remove the link', {}, rules.noun);
  return unreadable(shown, code, rules);
}

/**
 * At most `limit` bytes of a regular file, read from the descriptor that was checked: stat's size
 * is only a first guess (procfs says 0 for files that never end), so the read stops at limit + 1
 * bytes whatever it says. Opened non-blocking so a FIFO cannot hang the step before it is refused.
 */
export async function readBounded(file: WorkspaceFile, limit: number, rules: FileRules): Promise<Buffer> {
  const fail = (message: string, hint: string) => new FileError(file.shown, message, hint, {}, rules.noun);
  const mib = (n: number) => `${(n / 1048576).toFixed(1).replace(/\.0$/, '')} MiB`;
  let handle: FileHandle;
  try {
    handle = await open(file.path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
  } catch (e) {
    throw unreadable(file.shown, (e as { code?: string }).code ?? 'error', rules);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw fail('is a directory', `Name the files inside it, e.g. ${file.shown.replace(/\/$/, '')}/*`);
    if (!info.isFile()) throw fail('is not a regular file', `Point ${rules.input} at a regular file (not a pipe, socket or device)`);
    if (info.size > limit) throw fail(`is ${(info.size / 1048576).toFixed(1)} MiB, over the ${mib(limit)} limit`, 'Split it or trim it');
    // One buffer of the size stat gives (+1 to see the end); procfs says 0, so it then grows by
    // whole chunks, as some procfs files (pagemap) take reads of multiples of 8 bytes only.
    const most = chunks(limit + 1);
    let buffer = Buffer.allocUnsafe(Math.min(info.size > 0 ? info.size + 1 : CHUNK, most));
    let length = 0;
    for (;;) {
      if (length > limit) throw fail(`is over the ${mib(limit)} limit (it holds more than its size says)`, 'Split it or trim it');
      if (length === buffer.length) {
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, most));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, Math.min(CHUNK, buffer.length - length), null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } catch (e) {
    if (e instanceof FileError) throw e;
    throw unreadable(file.shown, (e as { code?: string }).code ?? 'error', rules);
  } finally {
    await handle.close();
  }
}

const CHUNK = 1 << 20;
/** `n` bytes rounded up to whole chunks. */
const chunks = (n: number) => Math.ceil(n / CHUNK) * CHUNK;

function unreadable(shown: string, code: string, rules: FileRules): FileError {
  return new FileError(
    shown,
    `cannot be read (${code})`,
    'Check the file’s permissions: the runner’s user must be able to read it',
    {},
    rules.noun
  );
}

/** Strict UTF-8: a BOM is dropped; invalid bytes or a NUL byte mean this is not a text file. */
export function decode(bytes: Uint8Array, file: string, noun = 'Prompt file'): string {
  // A NUL is found in the bytes (memchr) rather than in the decoded text: one pass less.
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0) >= 0)
    throw new FileError(file, 'contains a NUL byte (it looks binary)', 'Save it as UTF-8 text', {}, noun);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new FileError(file, 'is not valid UTF-8 (it looks binary)', 'Save it as UTF-8 text', {}, noun);
  }
}

/** Relative to the workspace with '/' separators; absolute when outside it. */
function display(path: string, workspace: string): string {
  const rel = relative(workspace, path);
  return rel === '' || !within(path, workspace) ? path : rel.split(sep).join('/');
}

/** Whether `path` is `dir` or below it (lexically: resolve links first where they matter). */
export function within(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
