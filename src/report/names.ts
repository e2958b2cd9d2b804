// Case names listed inline in the report ("New: a, b, c"), escaped, within a size. Pure.
import { forCell } from '../escape.js';

/** `a`, `b` and N more: each name escaped as one code-styled cell, the list kept to about `max` characters. */
export function clipList(names: readonly string[], max: number): string {
  const shown: string[] = [];
  let size = 0;
  for (const name of names) {
    const item = `<code>${forCell(name, 120)}</code>`;
    if (shown.length > 0 && size + item.length > max) break;
    shown.push(item);
    size += item.length + 2;
  }
  const rest = names.length - shown.length;
  return `${shown.join(', ')}${rest ? ` and ${rest} more (the results file lists them)` : ''}.`;
}
