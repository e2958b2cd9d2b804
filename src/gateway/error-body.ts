// Reads what a gateway says when it refuses: the OpenAI, Ark (Doubao) and Google (Gemini) error
// shapes, or an excerpt of anything else (an HTML page from a proxy). Its words are untrusted:
// each part leaves here escaped for one log line (forLog). Pure.
import { forLog } from '../escape.js';

export interface ErrorDetail {
  code?: string;
  type?: string;
  message?: string;
  param?: string;
}

export function parseErrorBody(body: string): ErrorDetail | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return undefined;
  }
  const error = (json as { error?: unknown } | null)?.error;
  if (typeof error === 'string') return { message: error };
  if (!error || typeof error !== 'object') {
    const message = (json as { message?: unknown } | null)?.message;
    return typeof message === 'string' ? { message } : undefined;
  }
  const e = error as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
  return {
    // Google puts the number in `code` and the name in `status`; Ark and OpenAI a name in `code`.
    code: str(e['status']) ?? str(e['code']),
    type: str(e['type']),
    message: str(e['message']),
    param: str(e['param'])
  };
}

/**
 * One line describing the error detail, e.g. `InvalidParameter (BadRequest, param ttl): …`. The
 * gateway's words are its own: line breaks become spaces, each part is cut short and escaped,
 * so a gateway can neither flood the log nor add lines or workflow commands to it.
 */
export function describeDetail(d: ErrorDetail): string {
  const clip = (s: string | undefined, max: number) => {
    const t = s?.replace(/\s+/g, ' ').trim();
    return t ? forLog(t, max) : undefined;
  };
  const [code, type, param, message] = [clip(d.code, 80), clip(d.type, 80), clip(d.param, 80), clip(d.message, 500)];
  const name = code ?? type;
  const tags = [code && type !== code ? type : undefined, param ? `param ${param}` : undefined].filter(Boolean);
  const head = [name, tags.length ? `(${tags.join(', ')})` : undefined].filter(Boolean).join(' ');
  return [head, message].filter(Boolean).join(': ');
}

/** The most of a body an excerpt looks at: a page of any size costs the same bounded time. */
export const EXCERPT_SCAN = 64 * 1024;

/**
 * A short, single-line excerpt of a body that is not a JSON error (tags, scripts and styles
 * dropped). Only the first EXCERPT_SCAN characters are looked at, in one linear pass: a page of
 * unclosed `<script` or `<` cannot make it backtrack (it runs before any timeout can fire).
 */
export function excerpt(body: string, max = 200): string {
  const text = stripTags(body.length > EXCERPT_SCAN ? body.slice(0, EXCERPT_SCAN) : body)
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') return '(empty body)';
  return forLog(text, max);
}

/** Text without tags, `<script>…</script>` and `<style>…</style>`; linear in the input. */
export function stripTags(text: string): string {
  const lower = text.toLowerCase();
  // The last search for each needle: a later search from a point before its answer has the same
  // answer, so many unclosed tags do not each scan to the end again.
  const last = new Map<string, { from: number; at: number }>();
  const find = (needle: string, from: number): number => {
    const c = last.get(needle);
    if (c && c.from <= from && (c.at < 0 || c.at >= from)) return c.at;
    const at = lower.indexOf(needle, from);
    last.set(needle, { from, at });
    return at;
  };
  const parts: string[] = [];
  let i = 0;
  while (i < text.length) {
    const lt = find('<', i);
    if (lt < 0) {
      parts.push(text.slice(i));
      break;
    }
    parts.push(text.slice(i, lt));
    const block = lower.startsWith('<script', lt) ? 'script' : lower.startsWith('<style', lt) ? 'style' : undefined;
    const close = block ? find(`</${block}>`, lt) : -1;
    if (close >= 0) {
      parts.push(' ');
      i = close + block!.length + 3;
      continue;
    }
    const gt = find('>', lt + 1);
    if (gt < 0 || gt === lt + 1) {
      parts.push('<');
      i = lt + 1;
      continue;
    }
    parts.push(' ');
    i = gt + 1;
  }
  return parts.join('');
}
