// Prompt text → messages, by the file's extension; where the extension says nothing (no
// extension at all), the content decides. Pure but for loading the YAML parser on demand.
import { basename, extname } from 'node:path';
import { FileError } from '../errors.js';
import { parseJson, parseJsonLines } from './json.js';
import type { ParsedPrompt, Role } from './messages.js';

export type Format = 'text' | 'json' | 'jsonl' | 'yaml';

export function formatOf(file: string, text: string): Format {
  return formatAndValue(file, text).format;
}

/** The format, and for an extension-less JSON file the value sniffing it parsed (not parsed twice). */
function formatAndValue(file: string, text: string): { format: Format; json?: { value: unknown } } {
  switch (extname(file).toLowerCase()) {
    case '.json':
      return { format: 'json' };
    case '.jsonl':
    case '.ndjson':
      return { format: 'jsonl' };
    case '.yml':
    case '.yaml':
      return { format: 'yaml' };
    case '': {
      // `prompts/PROMPT`: a JSON document of messages if it is one, else text.
      const json = basename(file).startsWith('.') ? undefined : jsonMessages(text);
      return json ? { format: 'json', json } : { format: 'text' };
    }
    default:
      return { format: 'text' };
  }
}

export async function parsePrompt(text: string, file: string, role: Role): Promise<ParsedPrompt> {
  if (!/\S/.test(text)) throw new FileError(file, 'is empty', 'Put the prompt text in the file; an empty cache cannot be created');
  try {
    const { format, json } = formatAndValue(file, text);
    switch (format) {
      case 'json':
        return parseJson(text, file, json);
      case 'jsonl':
        return parseJsonLines(text, file);
      case 'yaml':
        return (await import('./yaml.js')).parseYaml(text, file);
      case 'text':
        return { messages: [{ role, content: text }], lineOf: () => 1, ignoredKeys: [] };
    }
  } catch (e) {
    // A document nested deeper than a parser's stack: the file's fault, not a bug of ours.
    if (e instanceof RangeError)
      throw new FileError(file, 'is nested too deeply to read', 'Flatten it: a prompt needs a list of messages, not deep nesting');
    throw e;
  }
}

/** A JSON list of {role, content} objects, or an object with "messages": nothing looser. */
function jsonMessages(text: string): { value: unknown } | undefined {
  if (!/^\s*[[{]/.test(text)) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    const list = Array.isArray(value)
      ? value
      : typeof value === 'object' && value !== null
        ? (value as { messages?: unknown }).messages
        : undefined;
    const ok = Array.isArray(list) && list.length > 0 && list.every((m) => typeof m === 'object' && m !== null && 'role' in m);
    return ok ? { value } : undefined;
  } catch {
    return undefined;
  }
}
