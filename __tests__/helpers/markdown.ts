// The report's Markdown read the way GitHub reads it: CommonMark + GFM (tables, autolinks,
// strikethrough), through micromark's own parser, so tests check the STRUCTURE a reader sees
// (headings, quotes, tables, details blocks), not only the text.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes, Root, RootContent } from 'mdast';

export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** The plain text a node shows (entities decoded, markup gone). */
export function textOf(node: Nodes): string {
  if (node.type === 'break') return '\n';
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? '' : node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join(node.type === 'blockquote' ? '\n' : '');
  return '';
}

/** Every node of a type, depth first. */
export function nodesOf<T extends Nodes['type']>(root: Nodes, type: T): Extract<Nodes, { type: T }>[] {
  const out: Nodes[] = [];
  const walk = (n: Nodes) => {
    if (n.type === type) out.push(n);
    if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(root);
  return out as Extract<Nodes, { type: T }>[];
}

/** A GFM table as rows of cell texts (the first row is the header). */
export function tableRows(table: Extract<Nodes, { type: 'table' }>): string[][] {
  return table.children.map((row) => row.children.map((cell) => textOf(cell).trim()));
}

/** The top-level blocks, as type names: the report's outline. */
export function outline(root: Root): string[] {
  return root.children.map((n: RootContent) => n.type);
}

/** The <details> blocks at top level: each opening html node's summary and the blocks up to its </details>. */
export function detailsBlocks(root: Root): { summary: string; body: RootContent[] }[] {
  const out: { summary: string; body: RootContent[] }[] = [];
  let open: { summary: string; body: RootContent[] } | undefined;
  for (const n of root.children) {
    if (n.type === 'html' && n.value.startsWith('<details>')) {
      if (open) throw new Error('a <details> opened inside another');
      open = { summary: /<summary>([\s\S]*?)<\/summary>/.exec(n.value)?.[1] ?? '', body: [] };
      if (n.value.includes('</details>')) throw new Error(`a <details> block that is one HTML block: ${n.value.slice(0, 80)}`);
    } else if (n.type === 'html' && n.value.trim() === '</details>') {
      if (!open) throw new Error('a </details> with no <details>');
      out.push(open);
      open = undefined;
    } else if (open) open.body.push(n);
  }
  if (open) throw new Error('a <details> never closed');
  return out;
}
