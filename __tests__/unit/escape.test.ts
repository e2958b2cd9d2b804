// The one escaping module: each sink's rules, tried with the payloads a hostile author would use.
import { forCell, forHtml, forLog, forPre, forXml, hasControl } from '../../src/escape.js';

describe('forLog', () => {
  it('keeps untrusted text on one line: control characters become visible escapes', () => {
    expect(forLog('a\nb\r\nc\td\u001b[31m\u2028')).toBe('a\\nb\\r\\nc\\td\\u001b[31m\\u2028');
  });
  it('breaks up ##[ anywhere and :: at the start, so the runner acts on neither', () => {
    const out = forLog('::error::x ##[stop-commands]tok ##[add-mask]y');
    expect(out).not.toMatch(/^::/);
    expect(out).not.toContain('##[');
    expect(forLog('  ::warning::z')).not.toMatch(/^\s*::/);
  });
  it('a newline cannot smuggle a command onto a line of its own', () => {
    const lines = `Prompt: ${forLog('x.md\n::error title=CI::All tests passed\n##[stop-commands]t')}`.split('\n');
    expect(lines).toHaveLength(1);
  });
  it('cuts long text', () => {
    expect(forLog('x'.repeat(10_000), 100)).toHaveLength(100);
  });
  it('hasControl finds control characters and bidi overrides, and only them', () => {
    expect(hasControl('a\u0085b')).toBe(true);
    expect(hasControl('case \u202egnp.exe')).toBe(true);
    expect(hasControl('plain name (1).md')).toBe(false);
    // Stateless across calls (a global regex keeps lastIndex).
    expect([hasControl('\n'), hasControl('\n'), hasControl('\n')]).toEqual([true, true, true]);
  });
});

describe('HTML, Markdown and XML sinks', () => {
  it('forHtml escapes tags, quotes and mentions', () => {
    expect(forHtml(`<a href="x">'@me'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#x27;@\u2060me&#x27;&lt;/a&gt;');
  });
  it('forCell keeps a table cell one cell, without links, code or emphasis', () => {
    const cell = forCell('a | b\n\n[x](javascript:alert(1)) `c` *d* ![i](u) @e #1');
    expect(cell).not.toMatch(/[|\n`*[\]!]|@(?!\u2060)/);
    expect(cell).toContain('&#x7C;');
    // Bare URLs do not autolink either.
    expect(forCell('see https://evil.example and www.evil.example')).not.toMatch(/https:\/\/|www\./);
    // One pass: its own entities are not escaped again.
    expect(forCell(`'#`)).toBe('&#x27;#\u2060');
  });
  it('forPre cannot be closed from inside and keeps its size', () => {
    const out = forPre('</pre><script>x</script>'.repeat(1000), 100);
    expect(out).not.toContain('</pre>');
    expect(out).toMatch(/more characters\)$/);
  });
  it('forXml drops what XML 1.0 forbids, even escaped', () => {
    expect(forXml('a\u0000b\u0008c\ud800d\uffff<&>')).toBe('a\ufffdb\ufffdc\ufffdd\ufffd&lt;&amp;&gt;');
    expect(forXml('\ud83d\ude00')).toBe('\ud83d\ude00');
  });
});
