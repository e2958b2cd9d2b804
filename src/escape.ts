// The one choke point for untrusted text (file names, file contents, gateway messages, model
// answers) on its way to a sink the runner or GitHub interprets: the log, the job summary, a PR
// comment, an XML report. Pure.
//
// The log: `::cmd::` acts at the start of a line and the runner's legacy parser acts on `##[cmd]`
// anywhere in a line (`##[stop-commands]token` turns every later command off, masks included), so
// untrusted text is kept to one line and both forms are broken up.

// Control characters, line separators and the bidi overrides that make text read other than it is.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g; // eslint-disable-line no-control-regex

/** Control characters → visible escapes (`\n`, `\u001b`), so a value stays on one line. */
function visible(c: string): string {
  switch (c) {
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    default:
      return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  }
}

/**
 * Untrusted text made safe for one log line: control characters shown as escapes, `##[` and a
 * leading `::` broken up (a zero-width joiner would hide the trick; a visible space does not), and
 * cut to `max` characters (with `…`) so no source can flood the log.
 */
export function forLog(text: string, max = 500): string {
  const clipped = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return breakCommands(clipped.replace(CONTROL, visible));
}

/** `##[` anywhere and `::` after a line's leading spaces, broken up by a visible space (every line). */
function breakCommands(text: string): string {
  return text.replace(/##\[/g, '## [').replace(/^(\s*):(?=:)/gm, '$1: ');
}

/** Line separators and the bidi controls: invisible, or text that reads other than it is. */
const UNICODE_TRICKS = /[\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * The last guard of every log line and annotation (message and title) the action writes: line
 * separators and bidi overrides shown as escapes, whatever path the text took (a case name inside
 * an error's message). Line breaks and tabs the action writes itself are left to the runner's own
 * escaping; untrusted text has been through forLog already.
 */
export function forAnnotation(text: string): string {
  return text.replace(UNICODE_TRICKS, visible);
}

/** True when a name holds a control character: such file names are refused, not escaped. */
export function hasControl(text: string): boolean {
  CONTROL.lastIndex = 0;
  return CONTROL.test(text);
}

/** Half a UTF-16 pair: not text in any encoding (a JSON body with one may be refused, UTF-8 cannot hold it). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `&#x3A;`, not `&#58;`: a decimal reference reads as `#58`, an issue link, to GitHub's reference finder. */
function hexReference(c: string): string {
  return `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`;
}

const HTML: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": hexReference("'"),
  '@': '@\u2060',
  '#': '#\u2060'
};

/** `GH-123` is a reference too (any case): a word joiner inside it keeps it text. */
const GH_REF = /\b(g)(h-)/gi;

/**
 * Untrusted text inside HTML or Markdown (job summary, PR comment): tags, entities and quotes
 * escaped. GitHub finds mentions and references (`@team`, `#12`, `owner/repo#12`, `GH-12`) in the
 * rendered text (an entity would decode back to `@` or `#`), so `@` and `#` get an invisible word
 * joiner after them and `GH-` one inside: no answer can notify anyone or link another issue.
 */
export function forHtml(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(/[&<>"'@#]/g, (c) => HTML[c]!)
    .replace(GH_REF, '$1\u2060$2');
}

/**
 * Untrusted text in one Markdown table cell: HTML-escaped, one line, `|` and the Markdown that
 * would turn it into a link, image, mention or code span made literal, cut to `max`.
 */
export function forCell(text: string, max = 200): string {
  const one = text.replace(/\s+/g, ' ').trim();
  const clipped = (one.length > max ? `${one.slice(0, max - 1)}…` : one).replace(CONTROL, visible).replace(LONE_SURROGATE, '\ufffd');
  // One pass: escaping in two would escape the first pass's own entities.
  return clipped
    .replace(/[&<>"'@|\\`*_[\]!#~]/g, (c) => HTML[c] ?? hexReference(c))
    .replace(GH_REF, '$1\u2060$2')
    .replace(/(:)(\/\/)|(www)(\.)/gi, '$1$3\u2060$2$4'); // no bare-URL autolinks
}

/** Untrusted text inside a `<pre>` block of HTML (answers in <details>): escaped, `max` kept. */
export function forPre(text: string, max = 4000): string {
  const clipped = text.length > max ? `${text.slice(0, max)}\n… (${text.length - max} more characters)` : text;
  return forHtml(clipped.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, visible)); // eslint-disable-line no-control-regex
}

/** XML 1.0 allows neither these characters nor lone surrogates, even escaped: they are replaced. */
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g; // eslint-disable-line no-control-regex

/** Untrusted text as XML character data or an attribute value: always well-formed. */
export function forXml(text: string): string {
  return text.replace(NOT_XML, '\ufffd').replace(/[&<>"']/g, (c) => HTML[c]!);
}

/**
 * Untrusted text for a terminal (the command line's report): ESC and every other control
 * character shown as a visible escape, so no answer or name can move the cursor, clear the
 * screen, set the title or hide text; C1 controls (CSI is U+009B) and bidi overrides too. With
 * `lines`, line breaks stay (an answer reads as written) and each following line is indented by
 * `indent`; cut to `max` characters. Workflow commands are broken up, as by forLog.
 */
export function forTerminal(text: string, { max = 500, lines = false, indent = '' } = {}): string {
  const clipped = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  const normalized = lines ? clipped.replace(/\r\n/g, '\n') : clipped;
  // The command line also runs in GitHub's `run:` steps, whose runner reads workflow commands.
  const shown = breakCommands(normalized.replace(CONTROL, (c) => (lines && c === '\n' ? c : visible(c))).replace(LONE_SURROGATE, '\ufffd'));
  return lines && indent ? shown.replace(/\n/g, `\n${indent}`) : shown;
}

/**
 * Untrusted text (a model's answer) as the lines of a Markdown blockquote that wraps as prose does:
 * GitHub shows a `<pre>` on one long line scrolled sideways and strips any style that would wrap
 * it, so answers are quoted instead. Every ASCII punctuation mark becomes a character reference,
 * which CommonMark reads as the character and never as markup: no heading, list, link, code span,
 * table, HTML or fence can start inside. Leading spaces stay visible as no-break spaces; each line
 * ends with a hard break so the answer keeps its lines. Clipped to `max` characters.
 */
export function forQuote(text: string, max = 4000): string {
  const clipped = text.length > max ? `${text.slice(0, max)}\n… (${text.length - max} more characters)` : text;
  const lines = clipped
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/g, visible) // eslint-disable-line no-control-regex
    .split('\n')
    .map((line) =>
      line
        .replace(/\t/g, '    ')
        .replace(/\s+$/, '')
        // GFM finds bare URLs in the decoded text, references or not: a word joiner breaks them.
        .replace(/(:)(\/\/)|(www)(\.)/gi, '$1$3\u2060$2$4')
        .replace(GH_REF, '$1\u2060$2')
        // `@` and `#` as mentions and references are found in decoded text: a word joiner, not a reference.
        .replace(/[!-/:-@[-`{-~]/g, (c) => (c === '@' || c === '#' ? `${c}\u2060` : hexReference(c)))
        .replace(/^ +/, (s) => '&#xA0;'.repeat(s.length))
    );
  return lines.map((l, i) => `> ${l}${l !== '' && i + 1 < lines.length && lines[i + 1] !== '' ? '\\' : ''}`).join('\n');
}
