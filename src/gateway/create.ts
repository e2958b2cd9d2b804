// Creates a context cache: POST {base}/v1/context/create, as the gateway's pages describe it,
// retried where a retry is safe (send.ts), and its 2xx body read as hostile: the id is masked
// the moment one appears, then checked; odd optional fields are set aside, never fatal, because
// the cache exists (and is billed) once the gateway answered 2xx with an id.
import { hasControl } from '../escape.js';
import { GatewayError } from '../errors.js';
import { CACHE_MODES, dialectsOf, lookupModel, type CacheMode } from '../models.js';
import type { Messages } from '../prompt/messages.js';
import { describeDetail } from './error-body.js';
import { readDetail } from './failure.js';
import type { HttpResponse, Transport } from './http.js';
import type { RetryDeps } from './retry.js';
import { send } from './send.js';
import { explainTooSmall } from './too-small.js';
import { usageNumbers, type Usage } from './usage.js';

/** The create endpoint under a gateway root. */
export function createUrl(baseUrl: string): string {
  return `${baseUrl}/v1/context/create`;
}

export interface CacheRequest {
  readonly model: string;
  readonly messages: Messages;
  readonly ttl?: number;
  readonly mode?: CacheMode;
}

/** Something worth a line in the log about what the gateway sent; never its raw text. */
export interface Note {
  readonly level: 'debug' | 'warning';
  readonly message: string;
}

export interface Created {
  /** Trimmed, printable, no whitespace, at most MAX_ID_BYTES. */
  readonly id: string;
  /** Whole seconds within TTL_RANGE, when the gateway said so. */
  readonly ttl?: number;
  readonly mode?: CacheMode;
  /** Only the numbers of the gateway's usage object, a few levels deep. */
  readonly usage?: Usage;
  /** What was set aside, and why. */
  readonly notes: readonly Note[];
}

export interface CacheCreated extends Omit<Created, 'notes'> {
  readonly notes?: readonly Note[];
  readonly attempts: number;
  readonly elapsedMs: number;
}

export interface ClientOptions {
  readonly endpoint: string;
  readonly apiKey: string;
  readonly timeoutMs: number;
  readonly maxAttempts: number;
  readonly transport: Transport;
  readonly retry: RetryDeps;
  /** Called with the id as soon as a body yields one, before anything can print it. */
  readonly mask: (id: string) => void;
  /** This action's estimate, for a plain "too small" refusal. */
  readonly estimatedTokens?: number;
}

/** Later steps get the id through the environment: far below the 128 KiB an env string may hold. */
export const MAX_ID_BYTES = 1024;
/** A ttl outside this is not a real one (1e308, negative, a century). Doubao's own maximum is 7 days. */
export const TTL_RANGE: readonly [number, number] = [1, 366 * 86_400];
/** Longer strings are not ids and are never printed, so masking them protects nothing. */
const MAX_MASKED = 64 * 1024;

/** The request body exactly as the gateway documents it: model, messages, then mode and ttl if set. */
function requestBody(req: CacheRequest): string {
  return JSON.stringify({
    model: req.model,
    messages: req.messages.map(({ role, content }) => ({ role, content })),
    ...(req.mode !== undefined && { mode: req.mode }),
    ...(req.ttl !== undefined && { ttl: req.ttl })
  });
}

export async function createContextCache(req: CacheRequest, options: ClientOptions): Promise<CacheCreated> {
  try {
    const { res, attempts, elapsedMs } = await send({ ...options, url: options.endpoint, body: requestBody(req) });
    return { ...readCreated(res, options.endpoint, options.mask, [options.apiKey]), attempts, elapsedMs };
  } catch (e) {
    throw explainTooSmall(e, dialectsOf(lookupModel(req.model)), options.estimatedTokens);
  }
}

/** A 2xx response → the cache it created, or a GatewayError that says what was wrong (never quoting the body). */
export function readCreated(res: HttpResponse, url: string, mask: (id: string) => void, secrets: readonly string[] = []): Created {
  const where = `POST ${url} answered HTTP ${res.status}`;
  let json: unknown;
  try {
    json = JSON.parse(res.body);
  } catch {
    throw new GatewayError(
      res.status,
      `${where} with a body that is not JSON (${Buffer.byteLength(res.body)} bytes)`,
      'base-url may point at something other than the gateway'
    );
  }
  const body = json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  const raw = body?.['id'];
  if (typeof raw === 'string') {
    const trimmed = raw.trim();
    if (trimmed !== '' && trimmed.length <= MAX_MASKED) mask(trimmed); // first: nothing below can show it unmasked
  }
  if (typeof raw !== 'string' || raw.trim() === '') {
    const detail = readDetail(res.body, secrets);
    const said = detail ? `the gateway said: ${describeDetail(detail)}` : `it sent ${shapeOf(json)}`;
    throw new GatewayError(
      res.status,
      `${where} but with no cache id; ${said}`,
      'The cache was not created; check the model and prompt, then try again'
    );
  }
  const id = raw.trim();
  const problem = idProblem(id);
  if (problem)
    throw new GatewayError(
      res.status,
      `${where} with a cache id this action cannot hand on: ${problem}`,
      'The gateway may have created a cache anyway (it expires by its ttl); report this answer to the gateway’s operator'
    );

  const notes: Note[] = [];
  const ttl = readTtl(body!['ttl'], notes);
  const mode = readMode(body!['mode'], notes);
  const usage = readUsage(body!['usage'], notes);
  return { id, ttl, mode, usage, notes };
}

/** Why an id cannot be exported to later steps, or undefined when it can. */
function idProblem(id: string): string | undefined {
  const bytes = Buffer.byteLength(id);
  if (bytes > MAX_ID_BYTES) return `it is ${bytes} bytes long (at most ${MAX_ID_BYTES})`;
  if (/\s/.test(id) || hasControl(id)) return 'it contains whitespace or control characters';
  if (/\p{C}/u.test(id)) return 'it contains characters that are not printable';
  return undefined;
}

function shapeOf(json: unknown): string {
  if (json === null) return 'JSON null';
  if (Array.isArray(json)) return 'a JSON array';
  if (typeof json !== 'object') return `a JSON ${typeof json}`;
  const id = (json as Record<string, unknown>)['id'];
  return id === undefined ? 'a JSON object without an id' : `a JSON object whose id is ${id === null ? 'null' : `a ${typeof id}`}`;
}

function readTtl(value: unknown, notes: Note[]): number | undefined {
  if (value === undefined) return undefined;
  if (value === null) return absent('ttl', 'null', notes);
  const n = typeof value === 'string' && /^\d{1,9}$/.test(value.trim()) ? Number(value) : value;
  if (typeof n === 'number' && Number.isInteger(n) && n >= TTL_RANGE[0] && n <= TTL_RANGE[1]) {
    if (n !== value) notes.push({ level: 'debug', message: `the gateway sent ttl as a string; read as ${n}` });
    return n;
  }
  notes.push({
    level: 'warning',
    message: `The gateway's ttl (${describe(value)}) is not a whole number of seconds from ${TTL_RANGE[0]} to ${TTL_RANGE[1]}, so it is ignored: the ttl and expires-at outputs use the requested ttl or the model's default.`
  });
  return undefined;
}

function readMode(value: unknown, notes: Note[]): CacheMode | undefined {
  if (value === undefined) return undefined;
  if (value === null) return absent('mode', 'null', notes);
  if (typeof value === 'string' && (CACHE_MODES as readonly string[]).includes(value)) return value as CacheMode;
  notes.push({
    level: 'warning',
    message: `The gateway reported mode ${describe(value)}, which is not ${CACHE_MODES.join(' or ')}, so it is ignored: the mode output is empty.`
  });
  return undefined;
}

function readUsage(value: unknown, notes: Note[]): Usage | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return absent('usage', value === null ? 'null' : `a ${Array.isArray(value) ? 'list' : typeof value}`, notes);
  return usageNumbers(value);
}

function absent(field: string, what: string, notes: Note[]): undefined {
  notes.push({ level: 'debug', message: `the gateway sent ${field} as ${what}; read as absent` });
  return undefined;
}

/** A value from the body, described without quoting more than a short, harmless form of it. */
function describe(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string')
    return value.length <= 20 && /^[\w .:+-]*$/.test(value) ? JSON.stringify(value) : `a string of ${value.length} characters`;
  return Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}
