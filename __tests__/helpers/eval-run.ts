// Shared by the eval action's end-to-end tests: running dist/eval/index.js (and the merge step's
// dist/merge/index.js) as the runner does, making a cache on the emulator, reading back what the
// run wrote (report files, annotations), and a strict XML well-formedness check for the JUnit
// file (no XML package in the project).
import { readFile } from 'node:fs/promises';
import type { Gateway, RecordedRequest } from '../../emulator/gateway.js';
import { runAction, type ActionRun, type RunOptions } from './run-action.js';

export const KEY = 'sk-eval-e2e-0123456789abcdef';
/** Long enough for Gemini's minimum cache size in the emulator (1,024 tokens at ~4 characters each). */
export const CACHED_PROMPT = `You are a strict grader for our prompt-regression suite.\n${'Rubric line. '.repeat(400)}`;
export const CHAT_PATHS = ['/v1/context/chat/completions', '/v1/chat/completions'];

/** Creates a cache through the emulator's create endpoint, as the create step would; its id. */
export async function createCache(gw: Gateway, model: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await fetch(`${gw.url}/v1/context/create`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
    body: JSON.stringify({ model, messages: [{ role: 'system', content: CACHED_PROMPT }], ttl: 3600, ...extra })
  });
  const body = (await res.json()) as { id?: string };
  if (res.status !== 200 || !body.id) throw new Error(`create answered ${res.status}: ${JSON.stringify(body)}`);
  return body.id;
}

/** Runs the eval action with the key and the emulator's URL unless given. */
export function runEval(
  gw: Gateway,
  inputs: Record<string, string>,
  options: Omit<RunOptions, 'inputs' | 'action'> = {}
): Promise<ActionRun> {
  return runAction({ ...options, action: 'eval', inputs: { 'api-key': KEY, 'base-url': gw.url, ...inputs } });
}

/** Runs the merge action (eval/merge/action.yml → dist/merge/index.js): it sends nothing to a gateway. */
export function runMerge(inputs: Record<string, string>, options: Omit<RunOptions, 'inputs' | 'action'> = {}): Promise<ActionRun> {
  return runAction({ ...options, action: 'merge', inputs });
}

export function chatRequests(gw: Gateway): RecordedRequest[] {
  return gw.requests.filter((r) => CHAT_PATHS.includes(r.path.split('?')[0]!));
}

/** The last user message of a recorded chat request. */
export function promptOf(r: RecordedRequest): string {
  const messages = (r.json as { messages?: { role: string; content: string }[] }).messages ?? [];
  return messages.findLast((m) => m.role === 'user')?.content ?? '';
}

export interface ResultsFile {
  format: string;
  totals: Record<string, number>;
  cases: {
    name: string;
    file?: string;
    line?: number;
    status: 'pass' | 'fail' | 'error';
    failures: { expectation: string; expected: string; got: string }[];
    error?: string;
    response?: string;
    usage: { promptTokens?: number; cachedTokens?: number; completionTokens?: number };
    latencyMs?: number;
    attempts: number;
  }[];
}

export async function readResults(run: ActionRun): Promise<ResultsFile> {
  return JSON.parse(await readFile(run.outputs['results-file']!, 'utf8')) as ResultsFile;
}

export interface Command {
  readonly name: string;
  readonly props: Record<string, string>;
  readonly message: string;
}

/** The `::name k=v,…::message` lines of a log, properties unescaped as the runner does. */
export function commands(stdout: string, name?: string): Command[] {
  const unescape = (s: string) =>
    s.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const out: Command[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m || (name && m[1] !== name)) continue;
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = kv.indexOf('=');
      props[kv.slice(0, eq)] = unescape(kv.slice(eq + 1));
    }
    out.push({ name: m[1]!, props, message: unescape(m[3]!) });
  }
  return out;
}

export interface XmlElement {
  readonly name: string;
  readonly attrs: Record<string, string>;
  readonly children: XmlElement[];
  /** The element's own character data, entities decoded. */
  text: string;
}

const NAME = /^[A-Za-z_:][\w.:-]*$/;
const ENTITY = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>;

/** Whether a code point is an XML 1.0 Char (https://www.w3.org/TR/xml/#charsets). */
function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

function decode(raw: string, where: string): string {
  if (raw.includes('<')) throw new Error(`raw '<' in ${where}`);
  return raw.replace(/&([^;]*);|&/g, (all, ref: string | undefined) => {
    if (ref === undefined) throw new Error(`bare '&' in ${where}`);
    if (ENTITY[ref] !== undefined) return ENTITY[ref]!;
    const num = /^#(\d+)$/.exec(ref) ?? /^#x([0-9a-fA-F]+)$/.exec(ref);
    const cp = num ? parseInt(num[1]!, ref.startsWith('#x') ? 16 : 10) : NaN;
    if (!isXmlChar(cp)) throw new Error(`bad reference ${all} in ${where}`);
    return String.fromCodePoint(cp);
  });
}

/**
 * Parses well-formed XML (elements, attributes, text, comments, CDATA, a prolog) into a tree, or
 * throws saying where it is not: the bytes must be UTF-8, every character an XML Char, every
 * tag closed in order, attributes quoted and unique, `<` and `&` only as markup or references.
 */
export function parseXml(bytes: Uint8Array): XmlElement {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  for (const ch of text)
    if (!isXmlChar(ch.codePointAt(0)!)) throw new Error(`character U+${ch.codePointAt(0)!.toString(16)} is not allowed in XML`);
  let i = 0;
  const prolog = /^<\?xml\s[^?]*\?>/.exec(text);
  if (prolog) i = prolog[0].length;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = text.slice(i, lt < 0 ? text.length : lt);
    if (stack.length) stack.at(-1)!.text += decode(chunk, 'text');
    else if (chunk.trim() !== '') throw new Error(`text outside the root element: ${JSON.stringify(chunk.slice(0, 40))}`);
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end < 0 || text.slice(lt + 4, end).includes('--')) throw new Error('bad comment');
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt);
      if (end < 0 || !stack.length) throw new Error('bad CDATA section');
      stack.at(-1)!.text += text.slice(lt + 9, end);
      i = end + 3;
    } else {
      const gt = text.indexOf('>', lt);
      if (gt < 0) throw new Error('unterminated tag');
      const tag = text.slice(lt + 1, gt);
      i = gt + 1;
      if (tag.startsWith('/')) {
        const open = stack.pop();
        if (!open || open.name !== tag.slice(1).trim()) throw new Error(`</${tag.slice(1)}> closes ${open ? `<${open.name}>` : 'nothing'}`);
        continue;
      }
      const selfClosing = tag.endsWith('/');
      const m = /^([^\s/]+)([\s\S]*?)\/?$/.exec(tag);
      if (!m || !NAME.test(m[1]!)) throw new Error(`bad tag <${tag.slice(0, 40)}>`);
      const attrs: Record<string, string> = {};
      const rest = m[2]!.replace(/\s+([^\s=]+)\s*=\s*("[^"]*"|'[^']*')/g, (_all, name: string, value: string) => {
        if (!NAME.test(name) || name in attrs) throw new Error(`bad or repeated attribute ${name}`);
        attrs[name] = decode(value.slice(1, -1), `attribute ${name}`);
        return '';
      });
      if (rest.trim() !== '') throw new Error(`bad attributes in <${m[1]}>: ${JSON.stringify(rest.slice(0, 40))}`);
      const el: XmlElement = { name: m[1]!, attrs, children: [], text: '' };
      if (stack.length) stack.at(-1)!.children.push(el);
      else if (root) throw new Error('a second root element');
      else root = el;
      if (!selfClosing) stack.push(el);
    }
  }
  if (stack.length) throw new Error(`<${stack.at(-1)!.name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

/** Every element named `name` under `el`, depth first. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
  return [...(el.name === name ? [el] : []), ...el.children.flatMap((c) => findAll(c, name))];
}
