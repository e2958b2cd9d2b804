// @ts-check
// A job summary (GITHUB_STEP_SUMMARY: Markdown with some HTML) as plain text, roughly as GitHub's
// summary page shows it, for `npm run demo`. Only what the actions write is understood: headings
// (`###` and <h1>–<h6>), Markdown tables and HTML <table>s (as aligned columns, long cells
// wrapped), `>` quotes, <details>/<summary> (an indented block under `▸ summary`), <ul>/<li>,
// <pre>, the inline <code>/<em>/<strong>/`**`/backticks, and HTML entities. Any other tag is left
// as it is, so nothing is hidden. Pure.

/** A column this narrow or narrower is narrowed only when the others cannot give way. */
const SHORT_COLUMN = 36;
const MIN_COLUMN = 12;

/**
 * @param {string} markdown
 * @param {number} [columns] Tables are narrowed to this width (wider columns first), their cells wrapped.
 * @returns {string}
 */
export function summaryText(markdown, columns = 116) {
  /** @type {string[]} */
  const out = [];
  const lines = blocks(markdown).split('\n');
  let depth = 0;
  let inPre = false;
  const pad = () => '  '.repeat(depth);
  const push = (/** @type {string} */ line) => {
    if (line.trim() === '' && (out.length === 0 || out.at(-1)?.trim() === '')) return;
    out.push(line.trim() === '' ? '' : `${pad()}${line}`);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (inPre) {
      if (line === '</pre>') inPre = false;
      else out.push(`${pad()}  ${decode(line)}`);
      continue;
    }
    const summary = /^<summary>(.*)<\/summary>$/.exec(line);
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (line === '<pre>') inPre = true;
    else if (line === '<details>' || line === '</details>') depth = Math.max(0, depth + (line === '<details>' ? 1 : -1));
    else if (summary) {
      depth = Math.max(0, depth - 1);
      push(`▸ ${inline(summary[1] ?? '')}`);
      depth++;
    } else if (heading) {
      const text = inline(heading[2] ?? '');
      push('');
      push(text);
      push((heading[1]?.length ?? 3) <= 2 ? '═'.repeat(width(text)) : '─'.repeat(width(text)));
    } else if (line.trimStart().startsWith('|')) {
      const rows = [line];
      while ((lines[i + 1] ?? '').trimStart().startsWith('|')) rows.push(lines[++i] ?? '');
      for (const row of table(rows, columns - 2 * depth)) push(row);
    } else if (line.startsWith('>')) push(`│ ${inline(line.replace(/^>\s?/, ''))}`);
    else push(inline(line));
  }
  while (out.at(-1) === '') out.pop();
  return out.join('\n');
}

/**
 * The HTML block structure put on lines of their own: headings and tables become their Markdown
 * forms, <details>, <summary>, <pre> and list items start lines.
 * @param {string} text
 */
function blocks(text) {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/gi, (_all, n, inner) => `\n${'#'.repeat(Number(n))} ${inner.replace(/\s+/g, ' ')}\n`)
    .replace(/<table[^>]*>([\s\S]*?)<\/table>/gi, (_all, inner) => `\n${htmlTable(inner)}\n`)
    .replace(/<details[^>]*>/gi, '\n<details>\n')
    .replace(/<\/details>/gi, '\n</details>\n')
    .replace(/<summary[^>]*>([\s\S]*?)<\/summary>/gi, (_all, inner) => `\n<summary>${inner.replace(/\s+/g, ' ')}</summary>\n`)
    .replace(/<pre[^>]*>/gi, '\n<pre>\n')
    .replace(/<\/pre>/gi, '\n</pre>\n')
    .replace(/<\/?ul[^>]*>/gi, '\n')
    .replace(/<\/li>/gi, '')
    .replace(/<li[^>]*>/gi, '\n• ');
}

/** An HTML table's rows as Markdown table rows, the first one the header. @param {string} inner */
function htmlTable(inner) {
  const rows = [...inner.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gi)].map((tr) =>
    [...(tr[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/gi)].map((td) =>
      (td[1] ?? '').replace(/\s+/g, ' ').replace(/\|/g, '&#124;')
    )
  );
  if (rows.length === 0) return '';
  const line = (/** @type {string[]} */ cells) => `| ${cells.join(' | ')} |`;
  return [line(rows[0] ?? []), line((rows[0] ?? []).map(() => '---')), ...rows.slice(1).map(line)].join('\n');
}

/**
 * Markdown table rows → aligned text: the header underlined, `---:` columns right-aligned, long
 * cells wrapped onto more lines.
 * @param {string[]} rows
 * @param {number} room
 */
function table(rows, room) {
  const split = (/** @type {string} */ row) =>
    row
      .trim()
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map((c) => c.trim());
  const separator = rows.findIndex((r) => /^\|?(\s*:?-+:?\s*\|)+\s*:?-*:?\s*\|?$/.test(r.trim()));
  const align = separator >= 0 ? split(rows[separator] ?? '').map((c) => (c.endsWith(':') && !c.startsWith(':') ? 'right' : 'left')) : [];
  const body = rows.filter((_r, i) => i !== separator).map((r) => split(r).map(inline));
  const columns = Math.max(...body.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_x, c) => Math.max(1, ...body.map((r) => width(r[c] ?? ''))));
  const total = () => widths.reduce((a, b) => a + b + 2, -2);
  for (const floor of [SHORT_COLUMN, MIN_COLUMN])
    while (total() > room) {
      const widest = widths.indexOf(Math.max(...widths));
      if ((widths[widest] ?? 0) <= floor) break;
      widths[widest] = (widths[widest] ?? 0) - 1;
    }
  /** @type {string[]} */
  const out = [];
  body.forEach((cells, r) => {
    const wrapped = widths.map((w, c) => wrap(cells[c] ?? '', w));
    const height = Math.max(...wrapped.map((w) => w.length));
    for (let k = 0; k < height; k++)
      out.push(
        wrapped
          .map((w, c) => {
            const text = w[k] ?? '';
            const gap = ' '.repeat(Math.max(0, (widths[c] ?? 0) - width(text)));
            return align[c] === 'right' ? gap + text : text + gap;
          })
          .join('  ')
          .trimEnd()
      );
    if (r === 0 && separator >= 0) out.push(widths.map((w) => '─'.repeat(w)).join('  '));
  });
  return out;
}

/** Words onto lines of at most `max` columns; a longer word is cut. @param {string} text @param {number} max */
function wrap(text, max) {
  /** @type {string[]} */
  const lines = [];
  let current = '';
  const flush = () => {
    if (current) lines.push(current);
    current = '';
  };
  for (let word of text.split(' ')) {
    while (width(word) > max) {
      flush();
      let cut = '';
      for (const ch of word) {
        if (width(cut + ch) > max) break;
        cut += ch;
      }
      if (cut === '') cut = [...word][0] ?? ''; // one character wider than the column: it overflows
      lines.push(cut);
      word = word.slice(cut.length);
    }
    if (current && width(current) + 1 + width(word) > max) flush();
    current = current ? `${current} ${word}` : word;
  }
  flush();
  return lines.length ? lines : [''];
}

/** Inline markup dropped, then entities decoded (in that order: an escaped `**` stays). @param {string} text */
function inline(text) {
  return decode(
    text
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<\/?(code|em|strong|b|i|sub|sup|span|p)(\s[^>]*)?>/gi, '')
      .replace(/\*\*(.+?)\*\*/g, '$1')
      .replace(/`([^`]+)`/g, '$1')
  );
}

const ENTITIES = /** @type {Record<string, string>} */ ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' });

/** @param {string} text */
function decode(text) {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (all, ref) => {
    if (ref[0] !== '#') return ENTITIES[ref.toLowerCase()] ?? all;
    const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
  });
}

/**
 * Columns a terminal gives the text: emoji (✅, ❌, and ⚠ when a variation selector asks for the
 * emoji form) and East Asian wide characters take two.
 * @param {string} text
 */
export function width(text) {
  const chars = [...text];
  let n = 0;
  chars.forEach((ch, i) => {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0xfe0f || cp === 0x200d) return;
    const wide =
      /\p{Emoji_Presentation}/u.test(ch) || chars[i + 1] === '\ufe0f' || EAST_ASIAN_WIDE.some(([lo, hi]) => cp >= lo && cp <= hi);
    n += wide ? 2 : 1;
  });
  return n;
}

/** @type {ReadonlyArray<readonly [number, number]>} */
const EAST_ASIAN_WIDE = [
  [0x1100, 0x115f],
  [0x2e80, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6]
];
