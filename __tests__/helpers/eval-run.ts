// Shared by the eval action's end-to-end tests: running dist/eval/index.js (and the merge step's
// dist/merge/index.js) as the runner does, making a cache on the emulator, reading back what the
// run wrote (report files, annotations), and a strict XML well-formedness check for the JUnit
// file (no XML package in the project).
import { readFile } from 'node:fs/promises';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
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

/** Character data with its references replaced, in one pass; an unknown or non-Char reference throws. */
function decode(raw: string, where: string): string {
  return raw.replace(/&([^;]*);|&/g, (all, ref: string | undefined) => {
    if (ref === undefined) throw new Error(`bare '&' in ${where}`);
    if (ENTITY[ref] !== undefined) return ENTITY[ref]!;
    const num = /^#(\d+)$/.exec(ref) ?? /^#x([0-9a-fA-F]+)$/.exec(ref);
    const cp = num ? parseInt(num[1]!, ref.startsWith('#x') ? 16 : 10) : NaN;
    if (!isXmlChar(cp)) throw new Error(`bad reference ${all} in ${where}`);
    return String.fromCodePoint(cp);
  });
}

// The tree in document order, entities left as written (decode() replaces them: the parser's own
// replacement would not refuse an unknown one, and would leave numeric references).
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: false,
  cdataPropName: '#cdata',
  commentPropName: '#comment'
});
type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

function toElement(node: Ordered): XmlElement {
  const name = Object.keys(node).find((k) => k !== ':@')!;
  const attrs = Object.fromEntries(Object.entries(node[':@'] ?? {}).map(([k, v]) => [k, decode(v, `attribute ${k}`)]));
  const el: XmlElement = { name, attrs, children: [], text: '' };
  for (const child of node[name] as Ordered[]) {
    if ('#text' in child) el.text += decode(String(child['#text']), 'text');
    else if ('#cdata' in child) el.text += (child['#cdata'] as { '#text': unknown }[]).map((t) => String(t['#text'])).join('');
    else if (!('#comment' in child)) el.children.push(toElement(child));
  }
  return el;
}

/**
 * Parses well-formed XML into a tree, or throws saying where it is not: fast-xml-parser's
 * validator checks the markup (tags closed in order, attributes quoted and unique, `<` and `&`
 * only as markup or references); on top, the bytes must be UTF-8, every character an XML Char and
 * every reference one XML defines.
 */
export function parseXml(bytes: Uint8Array): XmlElement {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  for (const ch of text)
    if (!isXmlChar(ch.codePointAt(0)!)) throw new Error(`character U+${ch.codePointAt(0)!.toString(16)} is not allowed in XML`);
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`not well-formed XML at ${valid.err.line}:${valid.err.col}: ${valid.err.msg}`);
  const roots = (parser.parse(text) as Ordered[]).filter((n) => !('#comment' in n) && !('#text' in n && String(n['#text']).trim() === ''));
  if (roots.length !== 1) throw new Error(roots.length ? 'a second root element, or text outside the root element' : 'no root element');
  return toElement(roots[0]!);
}

/** Every element named `name` under `el`, depth first. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
  return [...(el.name === name ? [el] : []), ...el.children.flatMap((c) => findAll(c, name))];
}
