// The model catalog: which family a model belongs to and that family's cache rules, as the
// gateway's documents (and the upstream ones they defer to) state them. Pure data and lookups.
// New models appear on the gateway all the time, so an unknown model is never an error here.
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
  /** Smallest prompt the upstream caches, in tokens (an estimate; the gateway decides). */
  readonly minTokens?: number;
}

export const FAMILIES: Readonly<Record<Family, FamilyRules>> = {
  // Upstream (Vertex) default is one hour; the gateway documents no range.
  gemini: { label: 'Gemini', defaultTtl: 3600, modes: [], minTokens: 1024 },
  // The gateway's Doubao page: "[3600, 604800]"; upstream default one day; resets on each use.
  doubao: { label: 'Doubao', ttlRange: [3600, 604800], defaultTtl: 86400, modes: CACHE_MODES }
};

/** The models the gateway's pages list, spelled as they spell them. Others of a known family still get that family's rules. */
export const CATALOG: readonly (readonly [id: string, family: Family])[] = [
  ['gemini-2.0-flash', 'gemini'],
  ['gemini-2.5-flash', 'gemini'],
  ['gemini-2.5-pro', 'gemini'],
  ['gemini-2.5-flash-lite', 'gemini'],
  ['gemini-2.5-flash-lite-preview-06-17', 'gemini'],
  ['gemini-2.5-flash-thinking', 'gemini'],
  ['gemini-2.5-pro-thinking', 'gemini'],
  ['gemini-3-pro-preview', 'gemini'],
  ['Doubao-1.5-pro-32k', 'doubao'],
  ['Doubao-1.5-lite-32k', 'doubao'],
  ['Doubao-pro-32k', 'doubao']
];
const BY_KEY = new Map(CATALOG.map(([id, family]) => [id.toLowerCase(), family]));

export interface ModelInfo {
  readonly id: string;
  /** Undefined for a model of no family we know: it is sent as given, with a warning. */
  readonly family?: Family;
  readonly rules?: FamilyRules;
  /** Whether the gateway's pages list this exact model; if not, settle() warns (a typo?). */
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

/**
 * The minimum prompt size, in tokens, for a model. Gemini 3 models cache from 4,096 tokens,
 * Gemini 2.x from 1,024 (upstream documents disagree; the lower bound only warns).
 */
export function minimumTokens(model: ModelInfo): number | undefined {
  if (model.family === 'gemini' && /^gemini-3/i.test(model.id)) return 4096;
  return model.rules?.minTokens;
}
