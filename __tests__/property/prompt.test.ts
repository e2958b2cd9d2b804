// Any prompt-file content, in any format the action reads, becomes a non-empty list of valid
// messages or a FileError about that file: never another exception. Messages that are valid
// come through unchanged. Tolerant of the parser's return shape (a list, or {messages, …}).
import fc from 'fast-check';
import { stringify as toYaml } from 'yaml';
import { FileError } from '../../src/errors.js';
import { parsePrompt } from '../../src/prompt/formats.js';
import { decode } from '../../src/files/workspace.js';
import { ROLES, type Role } from '../../src/actions/create/inputs.js';

export const RUNS = { text: 2000, documents: 2000, messages: 1500, bytes: 1000 } as const;

const FILES = ['p.md', 'p.txt', 'p.json', 'p.JSON', 'p.jsonl', 'p.ndjson', 'p.yaml', 'p.yml', 'prompt', '.prompt', 'dir.d/p'];

function check(ok: unknown, what: string, value?: unknown): void {
  if (!ok) throw new Error(`${what}${value === undefined ? '' : `: ${JSON.stringify(value)}`}`);
}

/** Messages, or a FileError naming the file; anything else fails the property. */
async function parse(text: string, file: string, role: Role): Promise<{ role: string; content: string }[] | FileError> {
  try {
    const out: unknown = await parsePrompt(text, file, role);
    const messages = (Array.isArray(out) ? out : (out as { messages: unknown }).messages) as { role: string; content: string }[];
    check(Array.isArray(messages) && messages.length > 0, 'no messages and no error', out);
    for (const m of messages) {
      check(ROLES.includes(m.role as Role), 'a message with an invalid role', m);
      check(typeof m.content === 'string' && m.content.trim() !== '', 'a message with empty content', m);
    }
    return messages;
  } catch (e) {
    if (!(e instanceof FileError)) throw e;
    check(e.message.startsWith(`Prompt file '${file}'`), 'a FileError about another file', e.message);
    check(e.annotation?.file === file, 'the annotation is not on the file', e.annotation);
    return e;
  }
}

const role = fc.constantFrom(...ROLES);
const file = fc.constantFrom(...FILES);
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ maxLength: 5000 }),
  fc.json(),
  fc.jsonValue().map((v) => toYaml(v) ?? ''),
  fc.array(fc.json()).map((lines) => lines.join('\n')),
  fc.constantFrom(
    '',
    ' ',
    '\ufeff',
    '\n\n',
    '[]',
    '{}',
    'null',
    '[null]',
    '{"messages": {}}',
    '- role: system\n  content: |\n    x',
    '*a',
    '&a [*a]',
    'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
    '{"a":1}\n{"b"',
    '\u2028'
  )
);

test(`any text in any prompt format, ${RUNS.text} cases: messages or a FileError about that file`, async () => {
  await fc.assert(
    fc.asyncProperty(text, file, role, async (t, f, r) => {
      const out = await parse(t, f, r);
      // Plain text is sent whole, as one message with the role input.
      if (Array.isArray(out) && /\.(md|txt)$/.test(f))
        check(out.length === 1 && out[0]!.content === t && out[0]!.role === r, 'text was altered', out);
    }),
    { numRuns: RUNS.text }
  );
});

test(`any JSON or YAML document, ${RUNS.documents} cases: messages or a FileError`, async () => {
  const doc = fc.oneof(
    fc.anything(),
    fc.record({ messages: fc.anything(), model: fc.anything() }, { requiredKeys: [] }),
    fc.array(fc.anything())
  );
  await fc.assert(
    fc.asyncProperty(doc, fc.constantFrom('p.json', 'p.yaml', 'p.jsonl'), role, async (value, f, r) => {
      let t: string;
      try {
        t =
          f === 'p.yaml'
            ? (toYaml(value) ?? '')
            : f === 'p.jsonl' && Array.isArray(value)
              ? value.map((v) => JSON.stringify(v) ?? 'null').join('\n')
              : (JSON.stringify(value) ?? '');
      } catch {
        return; // not serialisable (e.g. a cycle): nothing a file could hold
      }
      await parse(t, f, r);
    }),
    { numRuns: RUNS.documents }
  );
});

test(`message lists, valid and not, ${RUNS.messages} cases: valid ones come through unchanged, any invalid one fails`, async () => {
  const anyRole = fc.oneof(fc.constantFrom(...ROLES), fc.constantFrom('System', 'tool', 'function', ''), fc.anything());
  const anyContent = fc.oneof(fc.string({ minLength: 1 }), fc.string({ unit: 'binary' }), fc.constantFrom('', ' ', '\n'), fc.anything());
  const message = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({ role: fc.constantFrom(...ROLES), content: fc.string({ minLength: 1 }).filter((c) => c.trim() !== '') })
    },
    { weight: 1, arbitrary: fc.record({ role: anyRole, content: anyContent }, { requiredKeys: [] }) }
  );
  const list = fc.array(message, { minLength: 0, maxLength: 8 });
  await fc.assert(
    fc.asyncProperty(list, fc.boolean(), fc.constantFrom('p.json', 'p.yaml', 'p.jsonl'), async (messages, wrapped, f) => {
      const value = wrapped && f !== 'p.jsonl' ? { messages } : messages;
      const t =
        f === 'p.yaml' ? toYaml(value) : f === 'p.jsonl' ? messages.map((m) => JSON.stringify(m)).join('\n') : JSON.stringify(value);
      const valid =
        messages.length > 0 &&
        messages.every((m) => ROLES.includes(m.role as Role) && typeof m.content === 'string' && m.content.trim() !== '');
      const out = await parse(t, f, 'system');
      if (valid)
        check(!(out instanceof FileError) && JSON.stringify(out) === JSON.stringify(messages), 'valid messages were not sent as they are', {
          out: String(out),
          messages
        });
      else check(out instanceof FileError, 'an invalid message list was accepted', out);
    }),
    { numRuns: RUNS.messages }
  );
});

test(`any bytes, ${RUNS.bytes} cases: UTF-8 text without NUL, or a FileError`, () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.uint8Array({ maxLength: 512 }),
        fc.string({ unit: 'binary' }).map((s) => new TextEncoder().encode(s))
      ),
      (bytes) => {
        try {
          const t = decode(bytes, 'p.md');
          check(!t.includes('\0'), 'decoded text with a NUL', t);
        } catch (e) {
          check(e instanceof FileError && e.message.startsWith("Prompt file 'p.md'"), 'not a FileError', String(e));
        }
      }
    ),
    { numRuns: RUNS.bytes }
  );
});
