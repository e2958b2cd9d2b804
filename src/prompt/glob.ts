// prompt-file patterns: `*` and `?` within a path segment, `**` across segments, `[…]` classes.
// Expanded relative to a root, in sorted (code point) order. Small on purpose: the patterns teams
// write for prompt folders, with no dependency to load.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PromptError } from '../errors.js';

/** More directory entries than a prompt folder has: a pattern that walks further is too broad. */
export const MAX_ENTRIES = 20_000;

export function isGlob(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

type Token = { kind: 'char'; c: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'class'; test: (c: string) => boolean };
type Segment = '**' | Token[];

/**
 * A pattern → a matcher over '/'-separated relative paths. Matching is by two pointers per
 * segment and a memo across `**`, never a backtracking RegExp: a user's pattern cannot make it
 * take exponential time. Throws PromptError for an invalid pattern.
 */
export function compileGlob(pattern: string): (path: string) => boolean {
  const segments: Segment[] = pattern
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .map((s) => (s === '**' ? '**' : tokens(s, pattern)));
  return (path) => {
    const parts = path.split('/');
    const memo = new Map<number, boolean>();
    const match = (si: number, pi: number): boolean => {
      const key = si * (parts.length + 1) + pi;
      const known = memo.get(key);
      if (known !== undefined) return known;
      let result: boolean;
      const seg = segments[si];
      if (seg === undefined) result = pi === parts.length;
      else if (seg === '**') result = match(si + 1, pi) || (pi < parts.length && match(si, pi + 1));
      else result = pi < parts.length && matchSegment(seg, parts[pi]!) && match(si + 1, pi + 1);
      memo.set(key, result);
      return result;
    };
    return match(0, 0);
  };
}

function tokens(segment: string, pattern: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '*') {
      if (out.at(-1)?.kind !== 'star') out.push({ kind: 'star' }); // `**` inside a segment is `*`
    } else if (c === '?') out.push({ kind: 'any' });
    else if (c === '[' && segment.indexOf(']', i + 2) > 0) {
      const end = segment.indexOf(']', i + 2);
      out.push({ kind: 'class', test: charClass(segment.slice(i + 1, end), pattern) });
      i = end;
    } else out.push({ kind: 'char', c });
  }
  return out;
}

function charClass(body: string, pattern: string): (c: string) => boolean {
  const negate = body.startsWith('!') || body.startsWith('^');
  const chars = negate ? body.slice(1) : body;
  const ranges: [string, string][] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i + 1] === '-' && i + 2 < chars.length) {
      if (chars[i]! > chars[i + 2]!)
        throw new PromptError(
          pattern,
          `is not a valid pattern: the range ${chars[i]}-${chars[i + 2]} is out of order`,
          'Use *, ?, ** and [abc] or [a-z]'
        );
      ranges.push([chars[i]!, chars[i + 2]!]);
      i += 2;
    } else ranges.push([chars[i]!, chars[i]!]);
  }
  return (c) => ranges.some(([lo, hi]) => c >= lo && c <= hi) !== negate;
}

/** Wildcard match of one segment: linear two-pointer scan, retrying only from the last `*`. */
function matchSegment(pattern: Token[], text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    const tok = pattern[p];
    if (tok && tok.kind !== 'star' && (tok.kind === 'any' || (tok.kind === 'char' ? tok.c === text[t] : tok.test(text[t]!)))) {
      p++;
      t++;
    } else if (tok?.kind === 'star') {
      star = p++;
      mark = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++mark;
    } else return false;
  }
  while (pattern[p]?.kind === 'star') p++;
  return p === pattern.length;
}

/**
 * The files below `root` whose '/'-separated relative path matches `pattern`, sorted. Symbolic
 * links to files count; links to directories are not followed (no loops).
 */
export async function expandGlob(pattern: string, root: string): Promise<string[]> {
  const segments = pattern.split('/').filter((s) => s !== '' && s !== '.');
  const firstMagic = segments.findIndex(isGlob);
  const base = segments.slice(0, firstMagic).join('/');
  const matches = compileGlob(segments.join('/'));
  const found: string[] = [];
  let seen = 0;
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(join(root, dir), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (++seen > MAX_ENTRIES)
        throw new PromptError(
          pattern,
          `walks more than ${MAX_ENTRIES} directory entries`,
          'Narrow the pattern (e.g. prompts/*.md rather than **/*.md)'
        );
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name !== '.git' && entry.name !== 'node_modules') await walk(path);
      } else if (matches(path)) {
        const isFile = entry.isFile() || (entry.isSymbolicLink() && (await stat(join(root, path)).catch(() => undefined))?.isFile());
        if (isFile) found.push(path);
      }
    }
  };
  await walk(base);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
