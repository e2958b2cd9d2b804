// The YAML fast path against the general parser it stands in for: on documents built from the
// pieces prompt files are made of, tricky ones included (tabs, comments, chomping, quotes,
// escapes, anchors, duplicate keys, bad indentation, CRLF), the fast path either gives up or gives
// exactly what the `yaml` library reads, line numbers included; and parseYaml (fast path and
// general parser together) answers every document as the library alone would, errors included.
import fc from 'fast-check';
import { isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { FileError } from '../../src/errors.js';
import { readDocument } from '../../src/prompt/messages.js';
import { fastYaml } from '../../src/prompt/yaml-fast.js';
import { parseYaml } from '../../src/prompt/yaml.js';

const RUNS = 3000;

/** Mostly what real prompts hold, with a steady share of what breaks parsers. */
const mostly = <T>(good: fc.Arbitrary<T>, tricky: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 5, arbitrary: good }, { weight: 1, arbitrary: tricky });

const word = mostly(
  fc.constantFrom('user', 'system', 'assistant', 'You grade answers.', 'a:b', 'a#b', 'héllo 😀', '{x}', 'a, b', 'x y z'),
  fc.constantFrom(
    'a: b',
    'a #b',
    '123',
    '1.5',
    'true',
    'null',
    '~',
    '-x',
    '*x',
    '&a x',
    '!t x',
    '@x',
    'x ',
    'a\tb',
    'end:',
    '[x]',
    '%x',
    '? x'
  )
);
const quoted = fc.oneof(
  word.map((w) => `"${w}"`),
  word.map((w) => `'${w}'`),
  fc.constantFrom(
    '"a\\nb"',
    '"tab\\there"',
    '"\\x41"',
    '"\\u00e9"',
    '"q\\"q"',
    '"back\\\\"',
    '"a\\/b"',
    "'it''s'",
    "'bad'quote'",
    '"open',
    '""',
    "''"
  )
);
const inline = mostly(fc.oneof(word, quoted), fc.constant(''));
const blockLine = mostly(
  fc.constantFrom('Grade strictly.', '', '  indented more', '# not a comment', 'a: b', '- x', 'Answer in JSON.'),
  fc.constantFrom('\tstarts with a tab', '   ', ' ')
);
const header = mostly(fc.constantFrom('|', '|-', '|+', '>', '>-', '>+'), fc.constantFrom('|2', '>1', '| # c', '|  ', '> x'));
const block = fc.record({ header, lines: fc.array(blockLine, { maxLength: 5 }), indent: mostly(fc.constantFrom(2, 4), fc.constant(1)) });
const key = mostly(fc.constantFrom('role', 'content'), fc.constantFrom('name', '"role"', 'content '));
const pair = fc.record({ key, value: fc.oneof({ weight: 3, arbitrary: inline }, { weight: 2, arbitrary: block }) });
const roleValue = fc.constantFrom('user', 'system', 'assistant', '"user"', "'system'");
const goodItem = fc.tuple(roleValue, fc.oneof(word, quoted, block), fc.boolean()).map(([role, content, flip]) =>
  flip
    ? [
        { key: 'content', value: content },
        { key: 'role', value: role }
      ]
    : [
        { key: 'role', value: role },
        { key: 'content', value: content }
      ]
);
const item = mostly(goodItem, fc.array(pair, { minLength: 1, maxLength: 3 }));
const filler = mostly(fc.constant(''), fc.constantFrom('# comment', '   # indented comment', '  '));

function renderItem(
  pairs: { key: string; value: string | { header: string; lines: string[]; indent: number } }[],
  indent: number,
  gap: string
): string[] {
  const out: string[] = [];
  pairs.forEach((p, i) => {
    const lead = i === 0 ? `${' '.repeat(indent)}- ` : ' '.repeat(indent + 2);
    if (typeof p.value === 'string') out.push(`${lead}${p.key}: ${p.value}`.replace(/ $/, p.value === '' ? '' : ' '));
    else {
      out.push(`${lead}${p.key}: ${p.value.header}`);
      for (const l of p.value.lines) out.push(l === '' ? '' : ' '.repeat(indent + 2 + p.value.indent) + l);
    }
    if (gap) out.push(gap);
  });
  return out;
}

const document = fc
  .record({
    items: fc.array(item, { minLength: 1, maxLength: 3 }),
    gap: filler,
    shape: fc.constantFrom('list', 'messages0', 'messages2', 'prompt.yml'),
    start: fc.constantFrom('', '---\n', '# header\n\n'),
    crlf: fc.boolean(),
    mutation: fc.option(fc.tuple(fc.nat(), fc.constantFrom(' ', '\n', '#', ':', '-', '|', '"', "'", '\t', 'x', '  ', '&a ', '*a')), {
      freq: 2
    })
  })
  .map(({ items, gap, shape, start, crlf, mutation }) => {
    const indent = shape === 'messages2' || shape === 'prompt.yml' ? 2 : 0;
    const list = items.flatMap((it) => renderItem(it, indent, gap));
    const lines =
      shape === 'list'
        ? list
        : shape === 'prompt.yml'
          ? [
              'name: Grader',
              'model: openai/gpt-4o',
              'modelParameters:',
              '  temperature: 0.2',
              'messages:',
              ...list,
              'testData:',
              '  - input: x'
            ]
          : ['model: gemini-2.5-flash', 'messages:', ...list];
    let text = start + lines.join('\n') + '\n';
    if (mutation) {
      const [at, piece] = mutation;
      const i = at % (text.length + 1);
      text = text.slice(0, i) + piece + text.slice(i);
    }
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

/** The library alone: what parseYaml must match. */
function library(text: string): unknown {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors[0]) return { error: lines.linePos(doc.errors[0].pos[0]) };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return { error: 'toJS' };
  }
  const list = isSeq(doc.contents)
    ? doc.contents
    : (doc.contents as { get?: (k: string, keep: boolean) => unknown })?.get?.('messages', true);
  const items = isSeq(list) ? (list.items as Node[]) : [];
  try {
    const parsed = readDocument(value, 'p.yml', (i) => {
      const s = items[i]?.range?.[0];
      return s === undefined ? undefined : lines.linePos(s).line;
    });
    return { ...parsed, lineOf: parsed.messages.map((_, i) => parsed.lineOf(i)) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

function ours(text: string, want: unknown): unknown {
  try {
    const parsed = parseYaml(text, 'p.yml');
    return { ...parsed, lineOf: parsed.messages.map((_, i) => parsed.lineOf(i)) };
  } catch (e) {
    if (!(e instanceof FileError)) throw e;
    const w = want as { error?: unknown };
    // Syntax errors: the same position; other refusals: the same message.
    if (w.error && typeof w.error === 'object') return { error: /at line (\d+), column (\d+)/.exec(e.message)?.slice(1).map(Number) };
    return { error: w.error === 'toJS' ? 'toJS' : e.message };
  }
}

const normalise = (want: unknown) => {
  const w = want as { error?: unknown };
  if (w.error && typeof w.error === 'object') {
    const at = w.error as { line: number; col: number };
    return { error: [at.line, at.col] };
  }
  return want;
};

test(`YAML fast path, ${RUNS} documents: it gives up or reads exactly what the library reads`, () => {
  let accepted = 0;
  fc.assert(
    fc.property(document, (text) => {
      const fast = fastYaml(text);
      if (fast === undefined) return;
      accepted++;
      const lines = new LineCounter();
      const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
      if (fast.rest) return; // checked end to end below: the general parser vets the rest
      expect(doc.errors).toEqual([]);
      expect(doc.toJS()).toEqual(fast.items);
      const items = (doc.contents as { items: Node[] }).items;
      expect(items.map((n) => lines.linePos(n.range![0]).line)).toEqual(fast.lines);
    }),
    { numRuns: RUNS }
  );
  // The generator must reach the fast path often, or this test proves little.
  expect(accepted).toBeGreaterThan(RUNS / 5);
});

test(`parseYaml, ${RUNS} documents: the same messages, model, keys, lines and errors as the library alone`, () => {
  fc.assert(
    fc.property(document, (text) => {
      const want = normalise(library(text));
      expect(ours(text, want)).toEqual(want);
    }),
    { numRuns: RUNS }
  );
});
