#!/usr/bin/env node
// @ts-check
// Runs the gateway emulator on 127.0.0.1 until SIGINT or SIGTERM, for the demo, CI and poking at
// by hand. Prints exactly one line on stdout, with the URL, once it is listening. `--help` lists
// every option (cli-options.js); faults, answers, latency and expiry can all be scripted here.

import { readFile } from 'node:fs/promises';
import { compileAnswers } from './answers.js';
import { helpText, parseCli } from './cli-options.js';
import { startGateway } from './gateway.js';

/** @param {unknown} err */
const messageOf = (err) => (err instanceof Error ? err.message : String(err));

/**
 * The answer rules in a JSON file, checked; an Error names the file.
 * @param {string} file
 * @returns {Promise<import('./answers.js').AnswerRule[]>}
 */
async function readAnswers(file) {
  /** @type {unknown} */
  let rules;
  try {
    rules = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new Error(`--answers ${file}: ${messageOf(err)}`);
  }
  try {
    compileAnswers(rules);
  } catch (err) {
    throw new Error(`--answers ${file}: ${messageOf(err)}`);
  }
  return /** @type {import('./answers.js').AnswerRule[]} */ (rules);
}

async function main() {
  const parsed = parseCli(process.argv.slice(2), process.env);
  if (parsed.help) {
    console.log(helpText());
    return;
  }
  const answers = parsed.answersFile === undefined ? undefined : await readAnswers(parsed.answersFile);
  const gateway = await startGateway({ ...parsed.options, answers });
  gateway.enqueue(...parsed.faults);
  console.log(`gateway emulator listening on ${gateway.url}`);

  /** @param {NodeJS.Signals} signal */
  const stop = (signal) => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    gateway.close().then(
      () => console.error(`gateway emulator stopped (${signal})`),
      (err) => {
        console.error(`gateway emulator: ${messageOf(err)}`);
        process.exitCode = 1;
      }
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(`gateway emulator: ${messageOf(err)}`);
  console.error('Run `node emulator/cli.js --help` for the options.');
  process.exitCode = 2;
});
