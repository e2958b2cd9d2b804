#!/usr/bin/env node
// Runs the gateway emulator on 127.0.0.1 until SIGINT or SIGTERM, for the demo and for poking at
// by hand. Prints exactly one line on stdout, with the URL, once it is listening.
//
//   node emulator/cli.js [--port N] [--api-key K] [--min-tokens N] [--known-models-only]
//
// The key may come from GATEWAY_EMULATOR_API_KEY instead, to keep it out of `ps`.

import { parseArgs } from 'node:util';
import { startGateway } from './gateway.js';

const USAGE = 'usage: node emulator/cli.js [--port N] [--api-key K] [--min-tokens N] [--known-models-only]';

/**
 * @param {string} name
 * @param {string | undefined} text
 * @param {number} max
 */
function integer(name, text, max) {
  if (text === undefined) return undefined;
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(n <= max)) throw new Error(`--${name} must be an integer in [0, ${max}], got '${text}'`);
  return n;
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'api-key': { type: 'string' },
      'min-tokens': { type: 'string' },
      'known-models-only': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }
    }
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const apiKey = values['api-key'] ?? (process.env.GATEWAY_EMULATOR_API_KEY || undefined);
  const gateway = await startGateway({
    port: integer('port', values.port, 65535) ?? 0,
    apiKey,
    minTokens: integer('min-tokens', values['min-tokens'], Number.MAX_SAFE_INTEGER) ?? 0,
    knownModelsOnly: values['known-models-only'] ?? false
  });
  console.log(`gateway emulator listening on ${gateway.url}`);

  /** @param {NodeJS.Signals} signal */
  const stop = (signal) => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    gateway.close().then(
      () => console.error(`gateway emulator stopped (${signal})`),
      (err) => {
        console.error(`gateway emulator: ${err}`);
        process.exitCode = 1;
      }
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(`gateway emulator: ${err instanceof Error ? err.message : err}`);
  console.error(USAGE);
  process.exitCode = 2;
});
