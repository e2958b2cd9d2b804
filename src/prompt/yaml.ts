// YAML prompt files (.yml/.yaml, including the .prompt.yml layout), with errors pinned to line
// and column. Loaded only for YAML files: the parser costs ~20 ms to load.
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { PromptError } from '../errors.js';
import { readDocument, type ParsedPrompt } from './messages.js';

const HINT = 'Fix the YAML syntax (indentation, quoting); a multi-line content reads best as a block scalar (content: |)';

export function parseYaml(text: string, file: string): ParsedPrompt {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const at = lines.linePos(error.pos[0]);
    throw new PromptError(file, `is not valid YAML at line ${at.line}, column ${at.col}: ${error.message.split('\n')[0]}`, HINT, {
      line: at.line,
      column: at.col
    });
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    // e.g. "Excessive alias count": a document that expands without bound.
    throw new PromptError(file, `cannot be read as YAML: ${e instanceof Error ? e.message : String(e)}`, HINT);
  }
  const list = isSeq(doc.contents) ? doc.contents : isMap(doc.contents) ? doc.contents.get('messages', true) : undefined;
  const items = isSeq(list) ? (list.items as Node[]) : [];
  return readDocument(value, file, (i) => {
    const start = items[i]?.range?.[0];
    return start === undefined ? undefined : lines.linePos(start).line;
  });
}
