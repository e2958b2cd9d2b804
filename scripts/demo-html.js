// @ts-check
// The demo's reports as GitHub renders them, in one HTML page: each PR comment and job summary
// (Markdown with a little HTML) through micromark with GFM, the parser family GitHub's own
// renderer follows (CommonMark + tables, autolinks, strikethrough), then a sanitiser in the spirit
// of GitHub's: only the tags and attributes GitHub keeps survive (no script, style, iframe, event
// handler or style attribute), so what shows here is what a reviewer would see, not more.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/** Tags GitHub keeps in comments and summaries (a subset of its allowlist: what our reports use and more). */
const TAGS = new Set(
  'a abbr b blockquote br code dd del details div dl dt em h1 h2 h3 h4 h5 h6 hr i img input kbd li ol p pre q s samp strong sub summary sup table tbody td tfoot th thead tr tt ul'.split(
    ' '
  )
);
/** Attributes kept, by tag (`*`: any); everything else, style and on* handlers included, is dropped. */
const ATTRS = /** @type {Record<string, string[]>} */ ({
  a: ['href', 'title'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  th: ['align'],
  td: ['align'],
  input: ['type', 'checked', 'disabled'],
  ol: ['start'],
  '*': []
});

/**
 * Markdown (as the actions write it) → the HTML GitHub would show.
 * @param {string} markdown
 */
export function renderGitHub(markdown) {
  const html = micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  return sanitize(html);
}

/**
 * Keeps allowed tags with allowed attributes; any other tag is shown as text. Links keep only
 * http(s) and relative targets.
 * @param {string} html
 */
export function sanitize(html) {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|iframe|object|embed|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<\/?([A-Za-z][\w-]*)([^<>]*)>/g, (tag, name, rest) => {
      const lower = String(name).toLowerCase();
      if (!TAGS.has(lower)) return tag.replace(/</g, '&lt;').replace(/>/g, '&gt;');
      if (tag.startsWith('</')) return `</${lower}>`;
      const allowed = ATTRS[lower] ?? ATTRS['*'] ?? [];
      const attrs = [];
      for (const m of String(rest).matchAll(/([A-Za-z][\w-]*)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g)) {
        const attr = (m[1] ?? '').toLowerCase();
        if (!allowed.includes(attr)) continue;
        const value = (m[2] ?? '').replace(/^["']|["']$/g, '');
        if ((attr === 'href' || attr === 'src') && !/^(https?:\/\/|\/|#)/i.test(value)) continue;
        attrs.push(m[2] === undefined ? attr : `${attr}="${value.replace(/"/g, '&quot;')}"`);
      }
      return `<${lower}${attrs.length ? ` ${attrs.join(' ')}` : ''}${String(rest).trim().endsWith('/') ? ' /' : ''}>`;
    });
}

/**
 * One page: a section per report, titled, each rendered as GitHub renders it.
 * @param {string} title
 * @param {{ heading: string, note?: string, markdown: string }[]} sections
 */
export function reportPage(title, sections) {
  const esc = (/** @type {string} */ s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = sections
    .map(
      (s) =>
        `<section>\n<h2 class="where">${esc(s.heading)}</h2>\n${s.note ? `<p class="note">${esc(s.note)}</p>\n` : ''}<div class="markdown-body">\n${renderGitHub(s.markdown)}\n</div>\n</section>`
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>
body { font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; max-width: 1012px; margin: 2em auto; color: #1f2328; }
section { border: 1px solid #d1d9e0; border-radius: 6px; margin: 0 0 2em; }
h2.where { font-size: 14px; background: #f6f8fa; margin: 0; padding: 8px 16px; border-bottom: 1px solid #d1d9e0; }
p.note { margin: 8px 16px; color: #59636e; }
.markdown-body { padding: 16px; overflow-wrap: break-word; }
.markdown-body table { border-collapse: collapse; display: block; overflow: auto; }
.markdown-body th, .markdown-body td { border: 1px solid #d1d9e0; padding: 6px 13px; }
.markdown-body blockquote { margin: 0 0 16px; padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
.markdown-body code { background: #eff1f3; border-radius: 6px; padding: .2em .4em; font-size: 85%; }
.markdown-body pre { background: #f6f8fa; padding: 16px; overflow: auto; }
.markdown-body details { margin-bottom: 16px; }
</style>
</head>
<body>
<h1>${esc(title)}</h1>
${body}
</body>
</html>
`;
}
