// A strict well-formedness check for the XML this project writes (no DTDs, no CDATA): elements
// nest and close, attributes are quoted, `&` starts only the five entities or a character
// reference, `<` only starts markup, and every character is one XML 1.0 allows. Throws with the
// offset of the first problem. Enough to prove a JUnit file is well-formed, whatever a model said.

const ALLOWED = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;
const NAME = /^[A-Za-z_][\w.-]*/;
const ENTITY = /^&(amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);/;

export function assertWellFormedXml(xml: string): { root: string; elements: number } {
  if (!ALLOWED.test(xml)) throw new Error('a character XML 1.0 does not allow');
  let i = 0;
  const stack: string[] = [];
  let root = '';
  let elements = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at offset ${i}: ${JSON.stringify(xml.slice(i, i + 40))}`);
  };
  const text = (end: number) => {
    for (; i < end; i++) {
      if (xml[i] === '<') fail('a raw <');
      if (xml[i] === '&') {
        const m = ENTITY.exec(xml.slice(i, i + 12));
        if (!m) fail('a raw &');
        i += m![0].length - 1;
      }
    }
  };
  if (xml.startsWith('<?xml')) i = xml.indexOf('?>') + 2;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      text(xml.length);
      break;
    }
    text(lt);
    if (stack.length === 0 && root && xml.slice(i).trim()) fail('content after the root element');
    if (xml.startsWith('</', i)) {
      i += 2;
      const name = NAME.exec(xml.slice(i))?.[0] ?? fail('a bad end tag');
      if (stack.pop() !== name) fail(`</${name}> closes the wrong element`);
      i += name.length;
      while (/\s/.test(xml[i] ?? '')) i++;
      if (xml[i++] !== '>') fail('an unclosed end tag');
      continue;
    }
    i++;
    const name = NAME.exec(xml.slice(i))?.[0] ?? fail('a bad start tag');
    if (stack.length === 0) {
      if (root) fail('a second root element');
      root = name;
    }
    elements++;
    i += name.length;
    const seen = new Set<string>();
    for (;;) {
      while (/\s/.test(xml[i] ?? '')) i++;
      if (xml.startsWith('/>', i)) {
        i += 2;
        break;
      }
      if (xml[i] === '>') {
        i++;
        stack.push(name);
        break;
      }
      const attr = NAME.exec(xml.slice(i))?.[0] ?? fail('a bad attribute');
      if (seen.has(attr)) fail(`attribute ${attr} twice`);
      seen.add(attr);
      i += attr.length;
      if (xml[i++] !== '=') fail('an attribute without =');
      const quote = xml[i++];
      if (quote !== '"' && quote !== "'") fail('an unquoted attribute');
      const close = xml.indexOf(quote!, i);
      if (close < 0) fail('an unterminated attribute');
      text(close);
      i = close + 1;
    }
  }
  if (stack.length) fail(`<${stack.at(-1)}> is never closed`);
  if (!root) fail('no root element');
  return { root, elements };
}
