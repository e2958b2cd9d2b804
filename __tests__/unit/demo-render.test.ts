// The demo's two renderers, on exact inputs: a step's output as GitHub's log shows it
// (scripts/demo-log.js) and a job summary as text (scripts/demo-summary.js).
import { Masks, renderLog } from '../../scripts/demo-log.js';
import { summaryText } from '../../scripts/demo-summary.js';

describe('renderLog', () => {
  test('a mask hides the value from the line after ::add-mask:: on, in every later step, and its lines one by one', () => {
    const masks = new Masks();
    const first = renderLog('id ctx-1 before\n::add-mask::ctx-1\nid ctx-1 after\n::add-mask::two%0Alines\nsee lines\n', { masks });
    expect(first).toEqual(['id ctx-1 before', 'id *** after', 'see ***']);
    expect(renderLog('still ctx-1, "two\\nlines" and two%0Alines', { masks })).toEqual(['still ***, "***" and ***']);
  });

  test('debug lines only with debug on; annotations as Error:/Warning:/Notice: with file:line', () => {
    const out = [
      '::debug::secret plan',
      '::error file=evals/a%2Cb.yml,line=7,title=Case failed%3A x::Case x failed:%0Anext line 100%25',
      '::warning::no file',
      '::notice file=f.yml::no line'
    ].join('\n');
    const masks = new Masks();
    expect(renderLog(out, { masks })).toEqual([
      'Error: evals/a,b.yml:7: Case x failed:',
      'next line 100%',
      'Warning: no file',
      'Notice: f.yml: no line'
    ]);
    expect(renderLog(out, { masks, debug: true })[0]).toBe('Debug: secret plan');
  });

  test('groups fold (unfolded with debug); stop-commands shows commands as text until its token', () => {
    const masks = new Masks();
    const out = '::group::Inputs\na\nb\n::endgroup::\n::stop-commands::tok\n::add-mask::x\n::tok::\nx\n::add-mask::y\ny';
    expect(renderLog(out, { masks })).toEqual(['▸ Inputs (2 lines folded)', '::add-mask::x', 'x', '***']);
    expect(renderLog('::group::G\na\n::endgroup::', { masks: new Masks(), debug: true })).toEqual(['▾ G', '  a']);
  });
});

describe('summaryText', () => {
  test('a Markdown table: aligned, right-aligned where ---: says, cells unescaped after splitting', () => {
    const md = '### Title &amp; more\n\n| case | n |\n| --- | ---: |\n| a &#124; b | 5 |\n| **long** `x` | 10 |\n';
    expect(summaryText(md)).toBe(['Title & more', '────────────', '', 'case     n', '──────  ──', 'a | b    5', 'long x  10'].join('\n'));
  });

  test('<details> becomes an indented block; lists, <pre> and entities read as text', () => {
    const md =
      '<details><summary>case &lt;1&gt;</summary>\n\n<ul><li><code>json</code>: expected a, got b</li><li>two</li></ul>\n\n' +
      '<pre>{&quot;a&quot;: 1}\n  &#64;someone</pre>\n\n</details>\nafter\n';
    expect(summaryText(md)).toBe(
      ['▸ case <1>', '', '  • json: expected a, got b', '  • two', '', '    {"a": 1}', '      @someone', '', 'after'].join('\n')
    );
  });

  test('an HTML table as aligned columns; a long cell wraps within the width', () => {
    const html = `<table><tr><th>Field</th><th>Value</th></tr><tr><td>Model</td><td>${'word '.repeat(30).trim()}</td></tr></table>`;
    const lines = summaryText(html, 60).split('\n');
    expect(lines[0]).toBe('Field  Value');
    expect(lines.every((l) => l.length <= 60)).toBe(true);
    expect(
      lines
        .slice(2)
        .map((l) => l.slice(7))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim()
    ).toBe('word '.repeat(30).trim());
  });

  test('a tag it does not know is left visible rather than hidden', () => {
    expect(summaryText('<blink>hi</blink> <b>bold</b>')).toBe('<blink>hi</blink> bold');
  });
});

describe('demo-html: as GitHub renders and sanitises', () => {
  test('Markdown and GFM rendered; scripts, handlers, styles and javascript: links dropped', async () => {
    const { renderGitHub } = await import('../../scripts/demo-html.js');
    const html = renderGitHub(
      '### T\n\n> quote\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n<details><summary>s</summary>\n\nx\n\n</details>\n\n<script>alert(1)</script>\n\n<img src="javascript:x" onerror="alert(1)" style="color:red">\n\n[l](javascript:alert(1))\n'
    );
    expect(html).toContain('<h3>T</h3>');
    expect(html).toMatch(/<blockquote>\s*<p>quote<\/p>\s*<\/blockquote>/);
    expect(html).toMatch(/<table>[\s\S]*<td>1<\/td>/);
    expect(html).toContain('<details><summary>s</summary>');
    expect(html).not.toMatch(/<script|onerror|style=|javascript:/);
  });
});
