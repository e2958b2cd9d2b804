// Types for gateway.js: the local LLM-gateway emulator used by the tests and `npm run demo`.

export interface GatewayOptions {
  /** Default 0: an ephemeral port. */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  /** When set, only `Bearer <apiKey>` is accepted; when unset, any non-empty bearer token. */
  apiKey?: string;
  /** Default 0. Gemini (and unknown-model) caches estimated below this are rejected like upstream. */
  minTokens?: number;
  /** Default false: an unknown model is treated like Gemini. True: 404 InvalidEndpointOrModel.NotFound. */
  knownModelsOnly?: boolean;
  /** Answer a random fraction of requests with a fault (queued faults go first). Default none. */
  chaos?: Chaos;
}

/**
 * A gateway having a bad day: each request that takes no queued fault is answered with `fault`
 * with probability `rate`, e.g. `{ rate: 0.5, fault: { status: 429, retryAfter: 1 } }`.
 */
export interface Chaos {
  /** In [0, 1]. */
  rate: number;
  fault: Fault;
  /**
   * Makes the draws reproducible: the n-th request with given messages (or, without messages, a
   * given body) gets the same draw on every run, whatever order concurrent clients' requests
   * arrive in. Default: Math.random.
   */
  seed?: number;
}

/** One request as the emulator received it (faulted ones too). */
export interface RecordedRequest {
  method: string;
  /** The request target as sent, query string included. */
  path: string;
  /** Lower-cased names; repeated headers joined with ', '. */
  headers: Record<string, string>;
  /** The raw body, UTF-8 decoded ('' until fully received). */
  body: string;
  /** The body parsed as JSON, or undefined when it does not parse. */
  json: unknown;
  /** Date.now() when the request arrived. */
  at: number;
}

export interface CachedMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface CacheEntry {
  id: string;
  family: 'gemini' | 'doubao';
  model: string;
  /** For a Doubao `session` cache this grows with each chat turn. */
  messages: CachedMessage[];
  ttl: number;
  /** Doubao only. */
  mode?: 'session' | 'common_prefix';
  /** The emulator's estimate (see estimateTokens); what usage reports. */
  tokens: number;
  createdAt: number;
  /** Chat requests after this get 404; Doubao pushes it forward on each use. */
  expiresAt: number;
}

/** Options every fault accepts. */
export interface FaultCommon {
  /** Wait this long, then act out the fault (alone: then handle the request normally). */
  delayMs?: number;
  /** Extra response headers (names are lower-cased). */
  headers?: Record<string, string>;
  /** Sets `Retry-After`. */
  retryAfter?: string | number;
}

/** Reply with `status`; body default an OpenAI-style error JSON; a string body goes as text/plain. */
export interface StatusFault extends FaultCommon {
  status: number;
  body?: string | object;
}
/** A proxy's HTML error page (status default 502); a string replaces the default page. */
export interface HtmlFault extends FaultCommon {
  html: true | string;
  status?: number;
}
/** Never respond; the socket stays open until the client gives up or close(). */
export interface HangFault extends FaultCommon {
  hang: true;
}
/** Reset the connection without a response (ECONNRESET). */
export interface ResetFault extends FaultCommon {
  reset: true;
}
/** Handle the request normally after `delayMs`. */
export interface DelayFault extends FaultCommon {
  delayMs: number;
}
/** 3xx (default 307) with `Location`. */
export interface RedirectFault extends FaultCommon {
  redirect: string;
  status?: number;
}
/** Headers at once, then `chunks` × `chunk` every `intervalMs` (defaults ' ', 200, 1000), then end. */
export interface DripFault extends FaultCommon {
  drip: { chunk?: string; intervalMs?: number; chunks?: number } | true;
  status?: number;
}
/**
 * A JSON body of exactly `bodyBytes` bytes (it parses, and has an `id`), streamed in 64 KiB
 * chunks; chunked unless `contentLength` is true.
 */
export interface BodyBytesFault extends FaultCommon {
  bodyBytes: number;
  contentLength?: boolean;
  status?: number;
}
/** Exactly this JSON (status default 200), e.g. a 200 carrying `{"error":…}` and no id. */
export interface JsonFault extends FaultCommon {
  json: unknown;
  status?: number;
}
/** `{"error":{"code","message":"… Request id: …","param"?,"type"}}`; status default 400. */
export interface ArkFault extends FaultCommon {
  ark: { status?: number; code?: string; message?: string; param?: string; type?: string };
}
/**
 * `{"error":{"code":<number>,"message","status":"INVALID_ARGUMENT"}}`. `status` is the HTTP status
 * (default 400), `code` the body's number (default: status), `statusText` the body's status name.
 * A string `status` is taken as the status name; the HTTP status is then `code` (or 400).
 */
export interface GoogleFault extends FaultCommon {
  google: { status?: number | string; code?: number; message?: string; statusText?: string };
}

export type Fault =
  | StatusFault
  | HtmlFault
  | HangFault
  | ResetFault
  | DelayFault
  | RedirectFault
  | DripFault
  | BodyBytesFault
  | JsonFault
  | ArkFault
  | GoogleFault;

export interface Gateway {
  /** 'http://127.0.0.1:PORT', no trailing slash. */
  readonly url: string;
  /** Every request received, in arrival order. */
  readonly requests: RecordedRequest[];
  /** Created caches by id. */
  readonly caches: Map<string, CacheEntry>;
  /** Queued faults no request has taken yet. */
  readonly pendingFaults: number;
  /** Requests chaos answered with its fault since the last reset. */
  readonly chaosHits: number;
  /** Turn chaos on (or change it), or off with undefined. Throws a TypeError on a malformed one. */
  setChaos(chaos: Chaos | undefined): void;
  /**
   * Queue faults; each is taken by exactly one incoming request, first in first out.
   * Throws a TypeError on a malformed fault, and then queues none of them.
   */
  enqueue(...faults: Fault[]): void;
  /** Clears requests, caches, queued faults and the chaos counters (the same array and map objects are kept). */
  reset(): void;
  /** Closes the server and destroys every open socket, hanging ones too. Idempotent. */
  close(): Promise<void>;
}

export function startGateway(options?: GatewayOptions): Promise<Gateway>;

/** The emulator's token estimate: sum over messages of ceil(code points / 4) + 4. */
export function estimateTokens(messages: ReadonlyArray<{ content: string }>): number;

/** 'gemini' or 'doubao' by model-name prefix (case-insensitive), else null. */
export function familyOf(model: string): 'gemini' | 'doubao' | null;
