// Case files: every format read with lines, and every kind of bad case refused before anything is
// sent, each pinned to its file and line, all at once.
import { suggest } from '../../src/did-you-mean.js';
import { CaseErrors, flowDepthOver, MAX_CASES, parseCases } from '../../src/evaluation/cases.js';

const rules = { lastMayBeAssistant: true };
const doubao = { lastMayBeAssistant: false };

function errorsOf(text: string, file = 'evals/cases.yml', r = rules) {
  try {
    parseCases([{ file, text }], r);
  } catch (e) {
    if (e instanceof CaseErrors)
      return e.errors.map((x) => ({ message: x.message, line: x.annotation?.startLine, file: x.annotation?.file }));
    throw e;
  }
  throw new Error('expected CaseErrors');
}

describe('parseCases: formats', () => {
  it('reads a YAML list, with each case on its line', () => {
    const cases = parseCases(
      [
        {
          file: 'evals/a.yml',
          text: '# suite\n- name: one\n  prompt: Hi\n  expect:\n    contains: hello\n- name: two\n  messages:\n    - role: system\n      content: Be terse\n    - role: user\n      content: Hi\n  expect:\n    icontains: [a, b]\n    matches: "(?i)^hi"\n    json: { ok: true }\n    max-latency: 500\n'
        }
      ],
      rules
    );
    expect(cases.map((c) => [c.name, c.line])).toEqual([
      ['one', 2],
      ['two', 6]
    ]);
    expect(cases[0]!.messages).toEqual([{ role: 'user', content: 'Hi' }]);
    expect(cases[0]!.expect['contains']).toEqual(['hello']);
    expect(cases[1]!.messages).toHaveLength(2);
    expect(cases[1]!.expect['matches']).toBe('(?i)^hi');
    expect(Object.keys(cases[1]!.expect)).toEqual(['icontains', 'matches', 'json', 'max-latency']);
    expect(cases[1]!.expect['json']).toEqual({ ok: true });
    expect(cases[1]!.expect['max-latency']).toBe(500);
  });

  it('reads an object with a cases list, JSON and JSONL, keeping lines', () => {
    const yaml = parseCases([{ file: 'a.yaml', text: 'description: x\ncases:\n  - name: y\n    prompt: p\n' }], rules);
    expect(yaml[0]!.line).toBe(3);
    const json = parseCases([{ file: 'a.json', text: '[\n  {"name": "j1", "prompt": "p"},\n  {"name": "j2", "prompt": "q"}\n]' }], rules);
    expect(json.map((c) => c.line)).toEqual([2, 3]);
    const jsonl = parseCases(
      [{ file: 'a.jsonl', text: '{"name":"l1","prompt":"p"}\n\n{"name":"l2","prompt":"q","expect":{"equals":"x"}}\n' }],
      rules
    );
    expect(jsonl.map((c) => [c.name, c.line])).toEqual([
      ['l1', 1],
      ['l2', 3]
    ]);
  });

  it('pins syntax errors to their line', () => {
    expect(errorsOf('[\n{"name": "a", "prompt": "p"},\n]', 'a.json')[0]).toMatchObject({ line: 3, file: 'a.json' });
    expect(errorsOf('{"name":"a","prompt":"p"}\n{"name": oops}\n', 'a.jsonl')[0]).toMatchObject({ line: 2 });
    expect(errorsOf('- name: a\n  prompt: [unclosed\n')[0]?.message).toMatch(/not valid YAML/);
  });

  it('refuses other extensions, empty files and documents without cases', () => {
    expect(errorsOf('x', 'cases.txt')[0]?.message).toMatch(/not a \.yml/);
    expect(errorsOf('   \n')[0]?.message).toMatch(/is empty/);
    expect(errorsOf('name: not a list\n')[0]?.message).toMatch(/holds no list of cases/);
  });

  it('refuses a YAML alias bomb without expanding it', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(',')}]`
      ),
      'cases: [*i]'
    ].join('\n');
    expect(errorsOf(bomb)[0]?.message).toMatch(/cannot be read|alias/i);
  });
});

describe('parseCases: bad cases are all reported, each at its line', () => {
  it('names an unknown expectation, with a did-you-mean', () => {
    const [e] = errorsOf('- name: a\n  prompt: p\n  expect:\n    contians: x\n');
    expect(e?.message).toContain('unknown expectation "contians" (did you mean contains?)');
    expect(e?.line).toBe(4);
  });

  it('names an invalid regex at its line', () => {
    const [e] = errorsOf('- name: a\n  prompt: p\n  expect:\n    matches: "(?i)(unclosed"\n');
    expect(e?.message).toMatch(/expect\.matches is not a valid regular expression/);
    expect(e?.line).toBe(4);
  });

  it('needs a prompt or messages, not both', () => {
    expect(errorsOf('- name: a\n  expect: {equals: x}\n')[0]?.message).toMatch(/has no prompt/);
    expect(errorsOf('- name: a\n  prompt: p\n  messages: [{role: user, content: q}]\n')[0]?.message).toMatch(/both prompt and messages/);
  });

  it('refuses a Doubao case that ends with the assistant, at that message', () => {
    const text = '- name: a\n  messages:\n    - role: user\n      content: q\n    - role: assistant\n      content: r\n';
    expect(() => parseCases([{ file: 'c.yml', text }], rules)).not.toThrow();
    const [e] = errorsOf(text, 'c.yml', doubao);
    expect(e?.message).toMatch(/ends with an assistant message/);
    expect(e?.line).toBe(5);
  });

  it('checks names, roles, empty contents and types', () => {
    const errors = errorsOf(
      '- prompt: no name\n- name: ""\n  prompt: p\n- name: b\n  messages: [{role: robot, content: x}]\n- name: c\n  prompt: p\n  expect: {max-latency: -5}\n- name: d\n  prompt: p\n  color: red\n'
    );
    expect(errors.map((e) => e.line)).toEqual([1, 2, 5, 8, 11]);
    expect(errors[0]?.message).toMatch(/name is required/);
    expect(errors[2]?.message).toMatch(/role must be one of system, user, assistant/);
    expect(errors[4]?.message).toMatch(/unknown key "color"/);
  });

  it('refuses two cases with one name, pointing at both', () => {
    const [e] = errorsOf('- name: same\n  prompt: p\n- name: same\n  prompt: q\n');
    expect(e?.message).toContain('used twice (first at evals/cases.yml:1)');
    expect(e?.line).toBe(3);
  });

  it('refuses a name with a line break (it would reach the log and the report)', () => {
    expect(errorsOf('- name: "a\\n::error::x"\n  prompt: p\n')[0]?.message).toMatch(/control character/);
  });

  it('refuses an expect.json that nests without end', () => {
    const deep = `${'{"a":'.repeat(40)}1${'}'.repeat(40)}`;
    expect(errorsOf(`[{"name":"a","prompt":"p","expect":{"json":${deep}}}]`, 'a.json')[0]?.message).toMatch(/nests deeper/);
  });

  it('stops listing after 50 problems, and refuses more cases than the cap', () => {
    const many = Array.from({ length: 80 }, (_, i) => `- name: n${i}\n  prompt: p\n  expect: {bogus: 1}\n`).join('');
    expect(errorsOf(many)).toHaveLength(50);
    const huge = Array.from({ length: MAX_CASES + 1 }, (_, i) => `{"name":"n${i}","prompt":"p"}`).join('\n');
    expect(errorsOf(huge, 'big.jsonl')[0]?.message).toMatch(/over 10000/);
  });
});

describe('suggest', () => {
  it('suggests within two edits, and nothing past that', () => {
    expect(suggest('icontain', ['contains', 'icontains'])).toBe('icontains');
    expect(suggest('Contains', ['contains'])).toBe('contains');
    expect(suggest('banana', ['contains', 'equals'])).toBeUndefined();
    expect(suggest('ab', ['ac', 'ad'], { unambiguous: true })).toBeUndefined();
  });
});

describe('parseCases: hostile sizes are refused before the YAML parser runs', () => {
  it('refuses deep flow nesting, quickly and with a line, whatever quotes come before it', () => {
    const deep = `- name: a\n  prompt: don't\n  expect: {json: ${'['.repeat(200_000)}}\n`;
    const [e] = errorsOf(deep);
    expect(e?.message).toMatch(/nests \[ and \{ deeper than 64 levels/);
    expect(e?.line).toBe(3);
  });
  it('counts brackets inside quotes as text', () => {
    expect(flowDepthOver(`- name: "${'['.repeat(100)}"\n  prompt: p\n`, 64)).toBeUndefined();
  });
  it('refuses a YAML or JSON cases file over 2 MiB, pointing at JSON Lines', () => {
    const big = `${'# padding\n'.repeat(220_000)}- name: a\n  prompt: p\n`;
    expect(errorsOf(big)[0]?.message).toMatch(/at most 2 MiB/);
  });
  it('caps a list expectation at 100 entries (an alias cannot make a million checks)', () => {
    const text = `x: &a [${Array(101).fill('s').join(',')}]\ncases:\n  - name: a\n    prompt: p\n    expect: {contains: *a}\n`;
    expect(errorsOf(text)[0]?.message).toMatch(/more than 100 entries/);
  });
});

describe('a json expectation on a __proto__ field', () => {
  it.each([
    ['c.yml', '- name: p\n  prompt: q\n  expect:\n    json:\n      __proto__: {admin: true}\n'],
    ['c.json', '[{"name": "p", "prompt": "q", "expect": {"json": {"__proto__": {"admin": true}}}}]'],
    ['c.jsonl', '{"name": "p", "prompt": "q", "expect": {"json": {"__proto__": {"admin": true}}}}\n']
  ])('is kept as data and checked (%s), not dropped into a prototype that passes any answer', async (file, text) => {
    const { checkAnswer } = await import('../../src/evaluation/expectations.js');
    const check = async (expectations: Record<string, unknown>, content: string) =>
      (await checkAnswer(expectations, { content, latencyMs: 0 }, { testRegex: () => Promise.resolve(false) })).failures;
    const [c] = parseCases([{ file, text }], rules);
    const json = c!.expect['json'] as Record<string, unknown>;
    expect(Object.hasOwn(json, '__proto__')).toBe(true);
    expect(await check(c!.expect, '{"other": 1}')).toEqual([
      { expectation: 'json', expected: '__proto__ = {"admin":true}', got: 'absent' }
    ]);
    expect(await check(c!.expect, '{"__proto__": {"admin": false}}')).toHaveLength(1);
    expect(await check(c!.expect, '{"__proto__": {"admin": true}}')).toEqual([]);
  });
});
