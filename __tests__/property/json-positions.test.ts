// The JSON cases reader against the YAML parser it stands in for: on JSON documents of every shape
// (nested lists and objects, escaped and duplicate keys, any layout of whitespace), parseFile of
// a .json file gives what the YAML parser gave: the same cases, the same line for every path
// (existing or not, through scalars, by index or by its digits), and the same error for a
// repeated key.
import fc from 'fast-check';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { CaseError, parseFile } from '../../src/evaluation/case-files.js';

const RUNS = 1500;

/** The YAML parser's way, as case-files.ts used it for JSON. */
function viaYaml(text: string) {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const error = doc.errors[0];
  if (error) {
    const at = counter.linePos(error.pos[0]);
    return { error: `line ${at.line}: is not valid YAML at column ${at.col}: ${error.message.split('\n')[0]}` };
  }
  const lineAt = (path: (string | number)[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = (doc as Document).getIn(path.slice(0, n), true);
      const start = isScalar(node) || isMap(node) || isSeq(node) ? node.range?.[0] : undefined;
      if (start !== undefined) return counter.linePos(start).line;
    }
    return undefined;
  };
  return { value: doc.toJS() as unknown, lineAt };
}

const key = fc.oneof(
  fc.constantFrom('name', 'prompt', 'expect', 'contains', 'json', 'cases', '0', '1', ''),
  fc.string({ maxLength: 6 }),
  fc.constantFrom('a\\u0062', 'na\\"me', 'x\\\\y', '\\u00e9t\\u00e9')
);
/** JSON text (not a value: keys may repeat, and escapes stay written as they are). */
const jsonText: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? fc.oneof(
        fc.string({ maxLength: 8 }).map((s) => JSON.stringify(s)),
        fc.constantFrom('1', '-0', '2.5e3', 'true', 'false', 'null', '"a\\nb"', '"\\ud83d\\ude00"', '[]', '{}')
      )
    : fc.oneof(
        fc.array(jsonText(depth - 1), { maxLength: 4 }).map((xs) => `[${xs.join(',')}]`),
        fc
          .array(fc.tuple(key, jsonText(depth - 1)), { maxLength: 4 })
          .map((kvs) => `{${kvs.map(([k, v]) => `"${k.replace(/^"|"$/g, '')}":${v}`).join(',')}}`)
      )
);
/** Whitespace between tokens, as people and formatters lay JSON out. */
const spaced = (text: string, gaps: readonly string[]) => {
  let i = 0;
  let inString = false;
  let out = '';
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    out += c;
    if (inString) {
      if (c === '\\') out += text[++k] ?? '';
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if ('[]{},:'.includes(c)) out += gaps[i++ % gaps.length] ?? '';
  }
  return out;
};
const document = fc
  .tuple(
    fc.oneof(
      fc.array(jsonText(4), { maxLength: 5 }).map((xs) => `[${xs.join(',')}]`),
      fc.array(jsonText(4), { maxLength: 5 }).map((xs) => `{"cases":[${xs.join(',')}]}`),
      jsonText(3)
    ),
    fc.array(fc.constantFrom('', ' ', '\n', '\n  ', '\r\n', '\t', '\n\n    '), { minLength: 1, maxLength: 5 }),
    fc.constantFrom('', '\n', '  \n')
  )
  .map(([text, gaps, around]) => `${around}${spaced(text, gaps)}${around}`)
  .filter((text) => {
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false;
    }
  });
const path = fc.array(fc.oneof(fc.nat(5), key, fc.constantFrom('0', '1', '01')), { maxLength: 5 });

test('parseFile reads .json as the YAML parser did: the cases, every line, a repeated key', () => {
  fc.assert(
    fc.property(document, fc.array(path, { minLength: 1, maxLength: 8 }), (text, paths) => {
      const yaml = viaYaml(text);
      let parsed: ReturnType<typeof parseFile> | undefined;
      let error: string | undefined;
      try {
        parsed = parseFile({ file: 'c.json', text });
      } catch (e) {
        if (!(e instanceof CaseError)) throw e;
        error = e.message;
      }
      if ('error' in yaml) {
        expect(error).toBe(`Cases file 'c.json': ${yaml.error}`);
        return;
      }
      const value = yaml.value;
      const items = Array.isArray(value) ? value : (value as { cases?: unknown } | null)?.cases;
      if (!Array.isArray(items) || (!Array.isArray(value) && (typeof value !== 'object' || value === null))) {
        expect(error).toMatch(/holds no list of cases/);
        return;
      }
      expect(error).toBeUndefined();
      expect(parsed!.items).toEqual(items);
      expect(parsed!.listPath).toEqual(Array.isArray(value) ? [] : ['cases']);
      for (const p of [[], ...paths, ...items.map((_, i) => [...parsed!.listPath, i])])
        expect([p, parsed!.lineAt(p)]).toEqual([p, yaml.lineAt(p)]);
    }),
    { numRuns: RUNS }
  );
});
