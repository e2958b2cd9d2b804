// A local token estimate, to warn before a too-small cache is paid for. Rule of thumb from the
// upstream docs: ~4 characters a token in English, ~1.5–2 CJK characters a token, plus a few
// tokens of framing per message. It only ever warns; the gateway decides.
import type { Messages } from './messages.js';

const PER_MESSAGE = 4;

export function estimateTokens(messages: Messages): number {
  let total = 0;
  for (const { content } of messages) {
    const cjk = countCjk(content);
    total += Math.ceil(cjk / 1.5 + (content.length - cjk) / 4) + PER_MESSAGE;
  }
  return total;
}

/**
 * Han, Hiragana/Katakana, Hangul and full-width forms: about 1.5 characters a token. Counted in
 * one loop rather than with `match(/…/g)`, which builds an array of every match (11 million
 * strings, ~700 MB, for 32 MiB of Chinese).
 */
const ANY_CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

function countCjk(text: string): number {
  if (!ANY_CJK.test(text)) return 0; // the regexp engine scans faster than a loop
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3040) continue;
    if (
      c <= 0x30ff ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0xac00 && c <= 0xd7af) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xff00 && c <= 0xffef)
    )
      n++;
  }
  return n;
}
