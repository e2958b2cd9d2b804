// @ts-check
// The command line of emulator/cli.js: its options, its --help text, and argv turned into
// startGateway options. Pure: the answers file is named here and read by cli.js.

import { parseArgs } from 'node:util';
import { faultKind } from './faults.js';
import { checkChaos } from './options.js';

/** @typedef {import('./options.js').GatewayOptions} GatewayOptions */
/** @typedef {import('./faults.js').Fault} Fault */
/**
 * @typedef {{ type: 'string' | 'boolean', multiple?: boolean, short?: string, arg?: string,
 *   help: string }} CliOption
 */

/** Every option, in the order --help lists them. */
export const OPTIONS = /** @type {const} @satisfies {Record<string, CliOption>} */ ({
  port: { type: 'string', arg: 'N', help: 'port to listen on; default 0, any free port' },
  host: { type: 'string', arg: 'HOST', help: 'address to listen on; default 127.0.0.1' },
  'api-key': {
    type: 'string',
    arg: 'KEY',
    help: 'accept only `Authorization: Bearer KEY`; default any non-empty token. GATEWAY_EMULATOR_API_KEY in the environment does the same and keeps the key out of `ps`'
  },
  'min-tokens': {
    type: 'string',
    arg: 'N',
    help: "refuse Gemini (and unknown-model) caches below N tokens of the emulator's estimate (ceil(chars/4) + 4 per message); default per model: 4096 for gemini-3*, 1024 for other gemini-*, none for others; 0 turns it off. Doubao has none"
  },
  'known-models-only': {
    type: 'boolean',
    help: 'answer 404 InvalidEndpointOrModel.NotFound for a model that is neither gemini-* nor doubao-*'
  },
  latency: { type: 'string', arg: 'MS', help: 'send every ordinary answer MS milliseconds after the request; default 0' },
  'expire-after': {
    type: 'string',
    arg: 'SECONDS',
    help: 'every cache expires SECONDS (decimals allowed) after its creation, whatever its ttl: later chats naming it get 404 InvalidParameter.ContextNotFound'
  },
  answers: {
    type: 'string',
    arg: 'FILE',
    help: 'a JSON array of answer rules for the chat endpoints, first match on the last user message wins: {"match": "substring" or "/regex/flags", "reply": text or JSON, "delayMs": n, "status": n, "retryAfter": s, "times": n, "model": name, "contextId": id, "cached": text in the cache}. Without a match: "Emulated answer to: <last user message>"'
  },
  fault: {
    type: 'string',
    multiple: true,
    arg: 'JSON',
    help: 'queue a fault for the next request; repeat for a sequence. One of {"status": n, "body"?}, {"html": true}, {"hang": true}, {"reset": true}, {"delayMs": n}, {"redirect": url}, {"drip": {...}}, {"bodyBytes": n}, {"json": any}, {"ark": {...}}, {"google": {...}}; any may add "retryAfter", "headers" and "delayMs". E.g. --fault \'{"status":503,"retryAfter":1}\' --fault \'{"status":429}\''
  },
  chaos: {
    type: 'string',
    arg: 'JSON',
    help: 'answer a random share of the other requests with a fault, e.g. \'{"rate":0.3,"fault":{"status":429,"retryAfter":1},"seed":7}\''
  },
  help: { type: 'boolean', short: 'h', help: 'print this help' }
});

/** The --help text: every option, one paragraph each. */
export function helpText() {
  const lines = [
    'usage: node emulator/cli.js [options]',
    '',
    'Runs the LLM-gateway emulator until SIGINT or SIGTERM. Prints one line, "gateway emulator',
    'listening on <url>", on stdout once it listens. Endpoints: POST /v1/context/create,',
    'POST /v1/context/chat/completions (Doubao), POST /v1/chat/completions (Gemini).',
    '',
    'options:'
  ];
  for (const [name, o] of Object.entries(OPTIONS)) {
    const short = 'short' in o ? `-${o.short}, ` : '';
    lines.push(`  ${short}--${name}${'arg' in o ? ` ${o.arg}` : ''}${'multiple' in o ? ' (repeatable)' : ''}`);
    lines.push(...wrap(o.help, 94).map((l) => `      ${l}`));
  }
  return lines.join('\n');
}

/**
 * Words into lines of at most `width` characters (a longer word gets a line of its own).
 * @param {string} text
 * @param {number} width
 */
function wrap(text, width) {
  /** @type {string[]} */
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

/**
 * A whole number in [0, max], or an Error that names the option.
 * @param {string} name
 * @param {string | undefined} text
 * @param {number} max
 */
function integer(name, text, max) {
  if (text === undefined) return undefined;
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(n <= max)) throw new Error(`--${name} must be a whole number from 0 to ${max}, got '${text}'`);
  return n;
}

/**
 * JSON, or an Error that names the option.
 * @param {string} name
 * @param {string} text
 * @returns {unknown}
 */
function json(name, text) {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new Error(`--${name} '${text}' is not JSON (${err instanceof Error ? err.message : String(err)})`);
  }
}

/**
 * The command line as startGateway options, the faults to queue and the answers file to read;
 * or `{ help: true }`. Throws an Error that names the bad option.
 * @param {string[]} argv without node and the script
 * @param {Record<string, string | undefined>} env
 * @returns {{ help: true } | { help: false, options: GatewayOptions, faults: Fault[], answersFile?: string }}
 */
export function parseCli(argv, env) {
  const { values } = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false });
  if (values.help) return { help: true };
  const seconds = values['expire-after'];
  if (seconds !== undefined && !/^\d+(\.\d+)?$/.test(seconds)) {
    throw new Error(`--expire-after must be a number of seconds, e.g. 5 or 0.5, got '${seconds}'`);
  }
  const faults = (values.fault ?? []).map((text, i) => {
    const fault = json('fault', text);
    try {
      faultKind(fault);
    } catch (err) {
      throw new Error(`--fault #${i + 1} '${text}': ${err instanceof Error ? err.message : String(err)}`);
    }
    return /** @type {Fault} */ (fault);
  });
  /** @type {GatewayOptions} */
  const options = {
    port: integer('port', values.port, 65535) ?? 0,
    apiKey: values['api-key'] ?? (env.GATEWAY_EMULATOR_API_KEY || undefined),
    minTokens: integer('min-tokens', values['min-tokens'], Number.MAX_SAFE_INTEGER),
    knownModelsOnly: values['known-models-only'] ?? false,
    latencyMs: integer('latency', values.latency, 3_600_000) ?? 0
  };
  if (values.host !== undefined) options.host = values.host;
  if (seconds !== undefined) options.expireAfterMs = Math.round(Number(seconds) * 1000);
  if (values.chaos !== undefined) {
    const chaos = json('chaos', values.chaos);
    try {
      options.chaos = checkChaos(chaos);
    } catch (err) {
      throw new Error(`--chaos '${values.chaos}': ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return { help: false, options, faults, ...(values.answers !== undefined && { answersFile: values.answers }) };
}
