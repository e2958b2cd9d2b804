// The results file as pieces, a few cases each, byte for byte what JSON.stringify(doc, null, 2)
// writes: a suite of thousands of cases with long answers is never one string (V8 caps a string at
// about 512 M characters, and the whole run would end with no report). Pure.
import type { ResultsDocument } from '../results/format.js';

/**
 * Cases per piece: pieces of tens of KB stay in V8's young generation (a piece of MBs would go
 * straight to the old one), and one stringify per piece costs less than one per case.
 */
export const CASES_PER_PIECE = 16;

/** How JSON.stringify({ cases }, null, 2) opens and closes: the cases between sit at the document's indentation. */
const OPEN = '{\n  "cases": [\n';
const CLOSE = '\n  ]\n}';

export function* resultsJsonChunks(doc: ResultsDocument): Generator<string> {
  const { cases, ...head } = doc;
  // `cases` is the last key: the last `[]` of the head written with an empty list is its place.
  const text = JSON.stringify({ ...head, cases: [] }, null, 2);
  const at = text.lastIndexOf('[]');
  if (cases.length === 0) {
    yield `${text}\n`;
    return;
  }
  yield `${text.slice(0, at)}[\n`;
  for (let i = 0; i < cases.length; i += CASES_PER_PIECE) {
    const piece = JSON.stringify({ cases: cases.slice(i, i + CASES_PER_PIECE) }, null, 2);
    yield `${piece.slice(OPEN.length, piece.length - CLOSE.length)}${i + CASES_PER_PIECE < cases.length ? ',' : ''}\n`;
  }
  yield `  ]${text.slice(at + 2)}\n`;
}
