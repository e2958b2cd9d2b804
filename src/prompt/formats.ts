// Prompt text → messages, by the file's extension; where the extension says nothing (no
// extension at all), the content decides. Pure but for loading the YAML parser on demand.
import { basename, extname } from 'node:path';
import { PromptError } from '../errors.js';
import { parseJson, parseJsonLines } from './json.js';
import type { ParsedPrompt, Role } from './messages.js';

export type Format = 'text' | 'json' | 'jsonl' | 'yaml';

export function formatOf(file: string, text: string): Format {
  switch (extname(file).toLowerCase()) {
    case '.json':
      return 'json';
    case '.jsonl':
    case '.ndjson':
      return 'jsonl';
    case '.yml':
    case '.yaml':
      return 'yaml';
    case '':
      // `prompts/PROMPT`: a JSON document of messages if it is one, else text.
      return !basename(file).startsWith('.') && looksLikeJsonMessages(text) ? 'json' : 'text';
    default:
      return 'text';
  }
}

export async function parsePrompt(text: string, file: string, role: Role): Promise<ParsedPrompt> {
  if (text.trim() === '') throw new PromptError(file, 'is empty', 'Put the prompt text in the file; an empty cache cannot be created');
  switch (formatOf(file, text)) {
    case 'json':
      return parseJson(text, file);
    case 'jsonl':
      return parseJsonLines(text, file);
    case 'yaml':
      return (await import('./yaml.js')).parseYaml(text, file);
    case 'text':
      return { messages: [{ role, content: text }], lines: [1], ignoredKeys: [] };
  }
}

/** A JSON list of {role, content} objects, or an object with "messages": nothing looser. */
function looksLikeJsonMessages(text: string): boolean {
  const t = text.trim();
  if (!/^[[{]/.test(t)) return false;
  try {
    const v: unknown = JSON.parse(t);
    const list = Array.isArray(v) ? v : typeof v === 'object' && v !== null ? (v as { messages?: unknown }).messages : undefined;
    return Array.isArray(list) && list.length > 0 && list.every((m) => typeof m === 'object' && m !== null && 'role' in m);
  } catch {
    return false;
  }
}
