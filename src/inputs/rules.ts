// The rule for each input's value, shared by every action (and the command line): what it
// accepts, and for anything else a message that names the bad value (never a secret's) and a hint
// for the fix. Each action's inputs.ts composes them into one zod schema.
import { reservedBecause, SAFE_NAME } from './env-var.js';
import { quoteValue as show, reject, type Ctx } from './fields.js';
import { CACHE_MODES, type CacheMode } from '../models.js';
import { ROLES, type Role } from '../prompt/messages.js';
import { wording } from '../wording.js';

export const DEFAULT_BASE_URL = 'https://gateway.theturbo.ai';

const MAX_TIMEOUT_S = 3600;
const MAX_ATTEMPTS = 10;

// eslint-disable-next-line no-control-regex -- control characters are exactly what we look for
export const SPACE_OR_CONTROL = /[\s\x00-\x1f\x7f]/;

/** A URL as it may be shown: no user:password, query or fragment (where tokens hide). */
function showUrl(raw: string): string {
  return show(raw.replace(/[?#][\s\S]*$/, '').replace(/\/\/[^/@]*@/, '//'));
}

/** Model ids as gateways spell them: gemini-2.5-flash, Doubao-1.5-pro-32k, vendor/model@rev. */
export function isModelId(id: string): boolean {
  return id.length <= 128 && /^[A-Za-z0-9][A-Za-z0-9._:/@+-]*$/.test(id);
}

export const MODEL_REQUIRED_HINT =
  'Set model to the gateway model id, e.g. gemini-2.5-flash or Doubao-1.5-pro-32k, or name it in a JSON/YAML prompt file ("model": …)';

export function parseModel(raw: string, ctx: Ctx): string {
  // Empty is allowed here: a JSON/YAML prompt file may name the model (see applyModelRules()).
  if (raw !== '' && !isModelId(raw))
    return reject(
      ctx,
      `${show(raw)} is not a model id`,
      'Use the id exactly as the gateway lists it, e.g. gemini-2.5-flash (letters, digits and . _ - : / @ + only)'
    );
  return raw;
}

export function parsePromptFile(raw: string, ctx: Ctx): string[] {
  // One path or pattern per line (a YAML block in the workflow), blank lines ignored.
  const entries = raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (entries.length === 0)
    return reject(
      ctx,
      'is required',
      `Set ${wording().input('prompt-file')} to a path relative to ${wording().root}, e.g. prompts/system.md (several: ${wording().input('prompt-file') === 'prompt-file' ? 'one per line' : 'repeat the flag'})`
    );
  const bad = entries.find((e) => e.includes('\0'));
  if (bad !== undefined) return reject(ctx, `${show(bad)} is not a path`, `Give paths relative to ${wording().root}`);
  return entries;
}

export function parseApiKey(raw: string, ctx: Ctx): string {
  // The value is a secret: messages describe it, never show it.
  if (SPACE_OR_CONTROL.test(raw))
    return reject(
      ctx,
      'contains whitespace or a control character (a line break?)',
      'Store the key without surrounding newlines or spaces in the secret, e.g. `gh secret set GATEWAY_API_KEY`'
    );
  if (/[^\x21-\x7e]/.test(raw))
    return reject(ctx, 'contains a non-ASCII character', 'Copy the key again from the gateway console; it is plain ASCII');
  return raw;
}

export function parseBaseUrl(raw: string, ctx: Ctx): string {
  const example = `Use the gateway root, e.g. ${DEFAULT_BASE_URL}`;
  // The URL parser silently drops tabs and line breaks; a value with them was not meant.
  const space = raw.search(SPACE_OR_CONTROL);
  if (space >= 0) return reject(ctx, `${showUrl(raw.slice(0, space))}… contains whitespace or a line break`, example);
  let url: URL;
  try {
    url = new URL(raw === '' ? DEFAULT_BASE_URL : raw);
  } catch {
    return reject(ctx, `${showUrl(raw)} is not a URL`, example);
  }
  if (url.username || url.password)
    return reject(ctx, 'contains credentials (user:password@)', 'Remove them from the URL; the key belongs in api-key, which is masked');
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return reject(ctx, `${showUrl(raw)} is not an http(s) URL`, example);
  if (url.protocol === 'http:' && !isLoopback(url.hostname))
    return reject(
      ctx,
      `${showUrl(raw)} uses plain http`,
      'Use https: the key must not cross the network in clear text (http is allowed only for 127.0.0.1, localhost and ::1)'
    );
  if (url.search || url.hash) return reject(ctx, `${showUrl(raw)} has a query or fragment`, example);
  // The root only: each client appends its own path. A trailing '/', '/v1' or a whole endpoint is
  // tolerated, as users copy them from docs.
  const path = url.pathname.replace(/\/+$/, '').replace(/\/v1(\/context\/(create|chat\/completions)|\/chat\/completions)?$/, '');
  return `${url.origin}${path}`;
}

/** 127.0.0.0/8, localhost and ::1: the only hosts plain http may reach (tests, local emulators). */
export function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

export function parseTtl(raw: string, ctx: Ctx): number | undefined {
  if (raw === '') return undefined;
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0)
    return reject(
      ctx,
      `${show(raw)} is not a whole number of seconds above 0`,
      'Set ttl to e.g. 3600, or leave it empty for the gateway default'
    );
  return n;
}

export function parseMode(raw: string, ctx: Ctx): CacheMode | undefined {
  if (raw === '') return undefined;
  if (!(CACHE_MODES as readonly string[]).includes(raw))
    return reject(ctx, `${show(raw)} is not a cache mode`, `Use ${CACHE_MODES.join(' or ')}, or leave it empty`);
  return raw as CacheMode;
}

export function parseRole(raw: string, ctx: Ctx): Role {
  if (raw === '') return 'system';
  if (!(ROLES as readonly string[]).includes(raw)) return reject(ctx, `${show(raw)} is not a message role`, `Use ${ROLES.join(', ')}`);
  return raw as Role;
}

/** The variable the ttl is exported to: `CONTEXT_CACHE_ID` → `CONTEXT_CACHE_TTL`, `MY_VAR` → `MY_VAR_TTL`. */
export function ttlVarName(envVar: string): string {
  return `${envVar.replace(/_ID$/i, '')}_TTL`;
}

/** Where create exports the cache's model, named as the ttl is: CONTEXT_CACHE_ID → CONTEXT_CACHE_MODEL, MY_ID → MY_MODEL. */
export function modelVarName(envVar: string): string {
  return `${envVar.replace(/_ID$/i, '')}_MODEL`;
}

export function parseEnvVar(raw: string, ctx: Ctx): string {
  const name = raw === '' ? 'CONTEXT_CACHE_ID' : raw;
  if (!SAFE_NAME.test(name))
    return reject(
      ctx,
      `${show(raw)} is not a plain environment variable name`,
      'Use letters, digits and _ only, starting with a letter, at most 64 characters, e.g. CONTEXT_CACHE_ID'
    );
  for (const exported of [name, ttlVarName(name), modelVarName(name)]) {
    const why = reservedBecause(exported);
    if (why)
      return reject(
        ctx,
        `${show(raw)} is reserved${exported === name ? '' : ` (${exported === ttlVarName(name) ? 'the ttl' : 'the model'} goes to ${exported})`}: ${why}, and setting it would change how later steps behave`,
        'Choose a name of your own, e.g. CONTEXT_CACHE_ID'
      );
  }
  return name;
}

export function parseTimeout(raw: string, ctx: Ctx): number {
  if (raw === '') return 120_000;
  const n = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN;
  // Under half a millisecond would round to a timeout of 0, which cuts every attempt at once.
  if (!(n >= 0.0005 && n <= MAX_TIMEOUT_S))
    return reject(
      ctx,
      `${show(raw)} is not a number of seconds between 0 and ${MAX_TIMEOUT_S}`,
      'Set timeout to e.g. 120 (seconds per attempt)'
    );
  return Math.round(n * 1000);
}

export function parseMaxAttempts(raw: string, ctx: Ctx): number {
  if (raw === '') return 3;
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= 1 && n <= MAX_ATTEMPTS))
    return reject(
      ctx,
      `${show(raw)} is not a whole number from 1 to ${MAX_ATTEMPTS}`,
      'Set max-attempts to e.g. 3 (the first attempt included); 1 turns retries off'
    );
  return n;
}

export function parseBoolean(raw: string, ctx: Ctx): boolean {
  // The runner's own rule (core.getBooleanInput): YAML 1.2 core schema spellings only.
  if (raw === '' || ['false', 'False', 'FALSE'].includes(raw)) return false;
  if (['true', 'True', 'TRUE'].includes(raw)) return true;
  return reject(ctx, `${show(raw)} is not a boolean`, 'Use true or false');
}

/** One entry per line (a YAML block in the workflow), trimmed, blank lines dropped. */
export function parseLines(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

export function integerIn(min: number, max: number, hint: string) {
  return (raw: string, ctx: Ctx): number | undefined => {
    if (raw === '') return undefined;
    const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!(n >= min && n <= max)) return reject(ctx, `${show(raw)} is not a whole number from ${min} to ${max}`, hint);
    return n;
  };
}

export function decimalIn(min: number, max: number, hint: string, percentOk = false) {
  return (raw: string, ctx: Ctx): number | undefined => {
    if (raw === '') return undefined;
    const percent = percentOk && /^\d+(\.\d+)?%$/.test(raw);
    const n = percent ? Number(raw.slice(0, -1)) / 100 : /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN;
    if (!(n >= min && n <= max)) return reject(ctx, `${show(raw)} is not a number from ${min} to ${max}`, hint);
    return n;
  };
}

export const parseMinPassRate = decimalIn(0, 1, 'Set min-pass-rate between 0 and 1 (e.g. 0.9), or as a percentage (90%)', true);

export type FailOn = 'pass-rate' | 'regressions' | 'worse';

export function parseFailOn(raw: string, ctx: Ctx): FailOn {
  if (raw === '' || raw === 'pass-rate') return 'pass-rate';
  if (raw === 'regressions' || raw === 'worse') return raw;
  return reject(
    ctx,
    `${show(raw)} is not pass-rate, regressions or worse`,
    'Use pass-rate (fail below min-pass-rate), regressions (fail when a case that passed in the baseline fails now) or worse (fail when the paired test says the head is worse than the baseline)'
  );
}
