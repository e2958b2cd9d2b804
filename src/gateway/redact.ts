// Secrets a gateway echoes back (the key in an error message, an HTML page, a Location header;
// a cache id in a chat error) are cut out of its response before anything reads it. The runner
// masks the key in the log, but an error message must not rely on that, and an excerpt cut short
// could show part of a secret, which no mask catches: so redaction comes before any clipping.
// Pure.
import type { HttpResponse } from './http.js';

/** Shorter values are test stand-ins; replacing them would garble the text for nothing. */
const MIN_SECRET = 8;

const REDACTED = '***';

/**
 * The forms a secret takes in a response: as is, JSON-escaped, URI-encoded (both ways), hex, and
 * base64 (standard and URL-safe) at each of the three alignments it can have inside a longer
 * base64 text (`Basic base64(user:key)`, a JWT segment), without the edge characters it shares
 * with its neighbours.
 */
export function secretForms(secret: string): string[] {
  // Every call of a run redacts the same few secrets: their forms are worked out once.
  let forms = known.get(secret);
  if (!forms) {
    forms = formsOf(secret);
    if (known.size < 100) known.set(secret, forms);
  }
  return [...forms];
}

const known = new Map<string, readonly string[]>();

function formsOf(secret: string): string[] {
  if (secret.length < MIN_SECRET) return [];
  const bytes = Buffer.from(secret, 'utf8');
  const forms = [
    secret,
    JSON.stringify(secret).slice(1, -1),
    encodeURIComponent(secret),
    encodeURIComponent(secret).replace(/%20/g, '+'),
    bytes.toString('hex'),
    bytes.toString('hex').toUpperCase()
  ];
  for (let offset = 0; offset < 3; offset++) {
    const padded = Buffer.concat([Buffer.alloc(offset), bytes]);
    const b64 = padded.toString('base64').replace(/=+$/, '');
    // Characters that hold bits of the padding (before) or of whatever follows (after) vary.
    const first = Math.ceil((offset * 8) / 6);
    const last = Math.floor(((offset + bytes.length) * 8) / 6);
    const core = b64.slice(first, last);
    if (core.length >= MIN_SECRET) forms.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  // Longest first: a form that contains another is replaced whole.
  return [...new Set(forms)].sort((a, b) => b.length - a.length);
}

/** Every form of every secret in `text` replaced by `***`. */
export function redactText(text: string, forms: readonly string[]): string {
  let out = text;
  for (const form of forms) if (out.includes(form)) out = out.split(form).join(REDACTED);
  return out;
}

/** The response with every form of each secret (key, cache ids, tokens) cut from its headers and body. */
export function redactResponse(res: HttpResponse, secrets: readonly string[]): HttpResponse {
  const forms = [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length);
  if (forms.length === 0) return res;
  const redact = (text: string) => redactText(text, forms);
  const headers = Object.fromEntries(
    Object.entries(res.headers).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.map(redact) : value === undefined ? value : redact(value)
    ])
  );
  return { status: res.status, headers, body: redact(res.body) };
}
