// The model catalog: which family a model belongs to, and one table entry per family holding
// everything that differs between families, as the gateway's documents (and the upstream ones
// they defer to) state it: the chat path, the ttl range and modes, the minimum size, whether a
// conversation may end with the assistant, and how the upstream says "too small" and "gone". A
// new family is one entry. New models appear on the gateway all the time, so an unknown model is
// never an error here.
import { suggest } from './did-you-mean.js';

export type Family = 'gemini' | 'doubao';
export type CacheMode = 'session' | 'common_prefix';
export const CACHE_MODES: readonly CacheMode[] = ['session', 'common_prefix'];

export interface FamilyRules {
  readonly label: string;
  /** Inclusive ttl range in seconds, when the family documents one. */
  readonly ttlRange?: readonly [min: number, max: number];
  /** What the cache lives for when no ttl is sent. */
  readonly defaultTtl: number;
  /** Whether the family knows `mode`; where it does not, we do not send it. */
  readonly modes: readonly CacheMode[];
  /** Smallest prompt the upstream caches, in tokens, by model id (an estimate; the gateway decides): the first match wins. */
  readonly minTokens: readonly (readonly [model: RegExp, tokens: number])[];
  /** Where a chat against one of its caches goes, under the gateway root. */
  readonly chatPath: string;
  /** Whether a conversation sent against a cache may end with an assistant message. */
  readonly lastMayBeAssistant: boolean;
  /** How the upstream words its refusals. */
  readonly dialects: ErrorDialects;
}

export interface ErrorDialects {
  /** A cache refused as too small; named groups `counted` and `minimum` where the message gives them. */
  readonly tooSmall: readonly RegExp[];
  /** A cache that does not exist (expired, or never made). */
  readonly contextGone: readonly RegExp[];
}

/**
 * A context_id is the gateway's own handle, so a chat naming one it no longer holds may be refused
 * in the gateway's (Ark's) words whatever model is behind it: every family knows them.
 */
const GATEWAY_CONTEXT_GONE: readonly RegExp[] = [
  /ContextNotFound/,
  /context(_id)?\b[^.]{0,80}\b(does not exist|not found|expired|has expired)/i
];

/** Where a chat with no cache goes (and a chat against a cache, for every family but Doubao). */
export const PLAIN_CHAT_PATH = '/v1/chat/completions';

export const FAMILIES: Readonly<Record<Family, FamilyRules>> = {
  gemini: {
    label: 'Gemini',
    // Upstream (Vertex) default is one hour; the gateway documents no range.
    defaultTtl: 3600,
    modes: [],
    // Upstream documents disagree (1,024–2,048 for 2.x, 4,096 for 3.x); the lower bound only warns.
    minTokens: [
      [/^gemini-3/i, 4096],
      [/^/, 1024]
    ],
    chatPath: PLAIN_CHAT_PATH,
    lastMayBeAssistant: true,
    dialects: {
      tooSmall: [
        // Vertex: "Cached content is too small. total_token_count=416, min_total_token_count=4096"
        /too small.*?total_token_count=(?<counted>\d+).*?min_total_token_count=(?<minimum>\d+)/is,
        // Gemini API: "The cached content is of 151 tokens. The minimum token count to start caching is 1024."
        /cached content is of (?<counted>\d+) tokens.*?minimum token count to start caching is (?<minimum>\d+)/is,
        /(cached? content|context|cache)[^.]*too small|minimum token count to start caching/i
      ],
      contextGone: [/(cached ?content|cache)\b[^.]{0,80}\b(does not exist|not found|expired|has expired)/i, ...GATEWAY_CONTEXT_GONE]
    }
  },
  doubao: {
    label: 'Doubao',
    // The gateway's Doubao page: "[3600, 604800]"; upstream default one day; resets on each use.
    ttlRange: [3600, 604800],
    defaultTtl: 86400,
    modes: CACHE_MODES,
    minTokens: [],
    chatPath: '/v1/context/chat/completions',
    // The Doubao context chat refuses a conversation that ends with the assistant.
    lastMayBeAssistant: false,
    dialects: {
      tooSmall: [],
      // Ark: 404 InvalidParameter.ContextNotFound, or a message in words.
      contextGone: GATEWAY_CONTEXT_GONE
    }
  }
};

/** A model of no family we know may speak any family's dialect. */
const ALL_DIALECTS: ErrorDialects = {
  tooSmall: Object.values(FAMILIES).flatMap((f) => f.dialects.tooSmall),
  contextGone: Object.values(FAMILIES).flatMap((f) => f.dialects.contextGone)
};

/** How the upstream behind `model` words its refusals (every family's words for an unknown one). */
export function dialectsOf(model: ModelInfo): ErrorDialects {
  return model.rules?.dialects ?? ALL_DIALECTS;
}

/** The chat URL for a model under a gateway root: its family's path against a cache, the plain one without. */
export function chatUrl(base: string, model: ModelInfo, withContext = true): string {
  return `${base}${withContext && model.rules ? model.rules.chatPath : PLAIN_CHAT_PATH}`;
}

/**
 * List prices in USD per 1M tokens, an estimate: what the upstream charges for a call (input not
 * from a cache, input read from a cache, output) and for keeping a cache (per 1M tokens per hour).
 * The gateway resells at its own prices; the `prices` input overrides these.
 */
export interface Prices {
  readonly input: number;
  readonly cachedInput: number;
  readonly output: number;
  readonly storagePerHour?: number;
}

/** When the built-in prices were read from the providers' public pages. */
export const PRICES_DATE = '2026-12';

// Google's "Gemini Developer API pricing" page (≤ 200k-token prompts); Doubao: BytePlus ModelArk's
// "Model Service Billing" page for ByteDance-Seed-1.8 (0–128k input), a USD anchor for Ark's CNY prices.
const GEMINI_FLASH: Prices = { input: 0.3, cachedInput: 0.03, output: 2.5, storagePerHour: 1 };
const GEMINI_PRO: Prices = { input: 1.25, cachedInput: 0.125, output: 10, storagePerHour: 4.5 };
const GEMINI_FLASH_LITE: Prices = { input: 0.1, cachedInput: 0.01, output: 0.4, storagePerHour: 1 };
const DOUBAO: Prices = { input: 0.25, cachedInput: 0.05, output: 2, storagePerHour: 0.0083 };

/** The models the gateway's pages list, spelled as they spell them, with their list prices. Others of a known family still get that family's rules. */
export const CATALOG: readonly (readonly [id: string, family: Family, prices?: Prices])[] = [
  ['gemini-2.0-flash', 'gemini', { input: 0.1, cachedInput: 0.025, output: 0.4, storagePerHour: 1 }],
  ['gemini-2.5-flash', 'gemini', GEMINI_FLASH],
  ['gemini-2.5-pro', 'gemini', GEMINI_PRO],
  ['gemini-2.5-flash-lite', 'gemini', GEMINI_FLASH_LITE],
  ['gemini-2.5-flash-lite-preview-06-17', 'gemini', GEMINI_FLASH_LITE],
  ['gemini-2.5-flash-thinking', 'gemini', GEMINI_FLASH],
  ['gemini-2.5-pro-thinking', 'gemini', GEMINI_PRO],
  ['gemini-3-pro-preview', 'gemini', { input: 2, cachedInput: 0.2, output: 12, storagePerHour: 4.5 }],
  ['Doubao-1.5-pro-32k', 'doubao', DOUBAO],
  ['Doubao-1.5-lite-32k', 'doubao', DOUBAO],
  ['Doubao-pro-32k', 'doubao', DOUBAO]
];
const PRICES = new Map(CATALOG.map(([id, , prices]) => [id.toLowerCase(), prices]));

/** A catalog model's list prices (case-insensitive); undefined for any other model. */
export function listPrices(id: string): Prices | undefined {
  return PRICES.get(id.toLowerCase());
}
const BY_KEY = new Map(CATALOG.map(([id, family]) => [id.toLowerCase(), family]));

export interface ModelInfo {
  readonly id: string;
  /** Undefined for a model of no family we know: it is sent as given, with a warning. */
  readonly family?: Family;
  readonly rules?: FamilyRules;
  /** Whether the gateway's pages list this exact model; if not, applyModelRules() warns (a typo?). */
  readonly listed: boolean;
}

/** Look a model up by the name the gateway uses (case-insensitively, as the gateway's ids vary in case). */
export function lookupModel(id: string): ModelInfo {
  const key = id.toLowerCase();
  const listed = BY_KEY.get(key);
  const family: Family | undefined = listed ?? (key.startsWith('gemini-') ? 'gemini' : key.startsWith('doubao-') ? 'doubao' : undefined);
  return { id, family, rules: family ? FAMILIES[family] : undefined, listed: listed !== undefined };
}

/**
 * The catalog model `id` was probably meant to be (`gemini-2.5-flsh` → gemini-2.5-flash): the
 * nearest by edit distance, if within 2 edits (case ignored) and unambiguous.
 */
export function suggestModel(id: string): string | undefined {
  const guess = suggest(id, CATALOG_IDS, { unambiguous: true });
  // The id itself (in any case) is no typo.
  return guess?.toLowerCase() === id.toLowerCase() ? undefined : guess;
}

const CATALOG_IDS = CATALOG.map(([id]) => id);

/**
 * The warning a model outside the catalog deserves, with a did-you-mean; undefined for a listed
 * one. `unknown` and `unlisted` say what the action does with such a model.
 */
export function modelWarning(model: ModelInfo, does: { unknown: string; unlisted: string }): string | undefined {
  if (model.listed) return undefined;
  const guess = suggestModel(model.id);
  const typo = guess ? ` Did you mean ${guess}?` : '';
  return model.rules
    ? `Model '${model.id}' is not one the gateway's pages list; ${does.unlisted}.${typo || ' (A new model? Then ignore this.)'}`
    : `Model '${model.id}' is not in this action's catalog; ${does.unknown}.${typo}`;
}

/** The minimum prompt size, in tokens, for a model, when its family documents one. */
export function minimumTokens(model: ModelInfo): number | undefined {
  return model.rules?.minTokens.find(([pattern]) => pattern.test(model.id))?.[1];
}
