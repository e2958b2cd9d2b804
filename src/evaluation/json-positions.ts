// Where each value of a JSON cases file starts, for the lines errors and reports point at. The
// YAML parser gave the lines before (JSON is YAML), but it builds a node per scalar and a syntax
// tree first: a 2,000-case file took over a second and tens of MB. Here JSON.parse gives the
// value, and one pass over the text records each value's offset, with the YAML parser's answers
// kept: the line of a path's nearest existing value, and a duplicate key refused at the key.
// The text must already be valid JSON (JSON.parse accepted it). Pure.

/** A value's start offset, and for an object or array its members' (an array's by index). */
interface Located {
  readonly start: number;
  readonly members?: Map<string, Located> | Located[];
}

export interface JsonPositions {
  /** The 1-based line of the value at `path`, or of its nearest ancestor that exists. */
  readonly lineAt: (path: readonly (string | number)[]) => number | undefined;
}

/** Two members of one object with the same key (the second one's offset), as YAML refuses them. */
export class DuplicateKey extends Error {
  constructor(readonly offset: number) {
    super('Map keys must be unique');
  }
}

const WS = /[ \t\n\r]*/y;
const STRING = /"(?:[^"\\]|\\.)*"/y;
const SCALAR = /[^,\]}\s]+/y;

/** Offsets of every value in `text`; throws DuplicateKey where an object repeats a key. */
export function jsonPositions(text: string): JsonPositions {
  let at = 0;
  const skipSpace = () => {
    WS.lastIndex = at;
    WS.exec(text);
    at = WS.lastIndex;
  };
  const token = (re: RegExp) => {
    re.lastIndex = at;
    if (!re.exec(text)) throw new Error(`not JSON at offset ${at}`);
    const raw = text.slice(at, re.lastIndex);
    at = re.lastIndex;
    return raw;
  };
  // Recursion is bounded: the caller refuses nesting deeper than a few dozen levels first.
  const value = (): Located => {
    skipSpace();
    const start = at;
    const c = text[at];
    if (c === '{') {
      at++;
      const members = new Map<string, Located>();
      skipSpace();
      if (text[at] === '}') at++;
      else
        for (;;) {
          skipSpace();
          const keyAt = at;
          const raw = token(STRING);
          const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
          skipSpace();
          at++; // ':'
          const member = value();
          // After the member's value, as the YAML parser checks: a repeat inside it is found first.
          if (members.has(key)) throw new DuplicateKey(keyAt);
          members.set(key, member);
          skipSpace();
          if (text[at++] === '}') break; // else ','
        }
      return { start, members };
    }
    if (c === '[') {
      at++;
      const members: Located[] = [];
      skipSpace();
      if (text[at] === ']') at++;
      else
        for (;;) {
          members.push(value());
          skipSpace();
          if (text[at++] === ']') break; // else ','
        }
      return { start, members };
    }
    token(c === '"' ? STRING : SCALAR);
    return { start };
  };
  const root = value();

  let newlines: number[] | undefined;
  const lineOf = (offset: number): number => {
    newlines ??= [...text.matchAll(/\n/g)].map((m) => m.index);
    // Lines before `offset`: the newlines below it, by binary search.
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  return {
    lineAt(path) {
      let node = root;
      for (const key of path) {
        const m = node.members;
        // As the YAML parser looks members up: an object's by string key, an array's by index (or its digits).
        const index = typeof key === 'string' && key !== '' ? Number(key) : key;
        const next =
          m === undefined
            ? undefined
            : Array.isArray(m)
              ? typeof index === 'number' && Number.isInteger(index) && index >= 0
                ? m[index]
                : undefined
              : typeof key === 'string'
                ? m.get(key)
                : undefined;
        if (next === undefined) break;
        node = next;
      }
      return lineOf(node.start);
    }
  };
}
