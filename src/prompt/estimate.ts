// A local token estimate, to warn before a too-small cache is paid for. Rule of thumb from the
// upstream docs: ~4 characters a token in English, ~1.5–2 CJK characters a token, plus a few
// tokens of framing per message. It only ever warns; the gateway decides.
import type { Messages } from './messages.js';

const PER_MESSAGE = 4;
// Han, Hiragana/Katakana, Hangul and full-width forms: about 1.5 characters a token.
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/g;

export function estimateTokens(messages: Messages): number {
  let total = 0;
  for (const { content } of messages) {
    const cjk = content.match(CJK)?.length ?? 0;
    const other = content.length - cjk;
    total += Math.ceil(cjk / 1.5 + other / 4) + PER_MESSAGE;
  }
  return total;
}
