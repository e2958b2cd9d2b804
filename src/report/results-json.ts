// The results file as pieces, one per case, byte for byte what JSON.stringify(doc, null, 2) writes:
// a suite of thousands of cases with long answers is never one string (V8 caps a string at
// about 512 M characters, and the whole run would end with no report). Pure.
import type { ResultsDocument } from '../results/format.js';

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
  for (let i = 0; i < cases.length; i++)
    yield `    ${JSON.stringify(cases[i], null, 2).replace(/\n/g, '\n    ')}${i < cases.length - 1 ? ',' : ''}\n`;
  yield `  ]${text.slice(at + 2)}\n`;
}
