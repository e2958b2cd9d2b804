// @ts-check
// The floor for the create action in `npm run bench`: the least a step can do with the same
// inputs. Read the prompt file, make the same messages, POST the same body with node:http, mask
// the id and write two outputs (context-id, ttl). No validation, templating, estimate, retries or
// summary: what the action costs beyond this is its own. Runs as the action does: inputs from
// INPUT_* variables, cwd = GITHUB_WORKSPACE.
//
// Formats, by extension as the action reads them: .json ({"messages": [...]} or a list), .jsonl
// (one message a line), .yml/.yaml (only the shape bench/prompts.js writes: a `messages:` list of
// `role:` and `content: |` block scalars; node has no YAML parser, and the floor should not pay
// for a general one), anything else one message with the role input.

import { appendFileSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { extname } from 'node:path';

const env = process.env;
const input = (/** @type {string} */ name) => (env[`INPUT_${name.toUpperCase()}`] ?? '').trim();

/** @typedef {{ role: string, content: string }} Message */

/** @param {string} text @returns {Message[]} */
function yamlBlocks(text) {
  /** @type {Message[]} */
  const out = [];
  /** @type {string[]} */
  let lines = [];
  let role = '';
  const flush = () => {
    if (role) out.push({ role, content: `${lines.join('\n').replace(/\n+$/, '')}\n` });
    lines = [];
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('  - role: ')) {
      flush();
      role = line.slice(10);
    } else if (line.startsWith('      ')) lines.push(line.slice(6));
    else if (line === '') lines.push('');
  }
  flush();
  return out;
}

/** @param {string} text @param {string} file @returns {Message[]} */
function messagesOf(text, file) {
  switch (extname(file).toLowerCase()) {
    case '.json': {
      const doc = JSON.parse(text);
      return Array.isArray(doc) ? doc : doc.messages;
    }
    case '.jsonl':
    case '.ndjson':
      return text
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l));
    case '.yml':
    case '.yaml':
      return yamlBlocks(text);
    default:
      return [{ role: input('role') || 'system', content: text }];
  }
}

const file = input('prompt-file');
const body = JSON.stringify({ model: input('model'), messages: messagesOf(readFileSync(file, 'utf8'), file) });
const req = request(
  `${input('base-url')}/v1/context/create`,
  {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      authorization: `Bearer ${input('api-key')}`,
      'content-length': Buffer.byteLength(body)
    }
  },
  (res) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (d) => (text += d));
    res.on('end', () => {
      const answer = JSON.parse(text);
      if (res.statusCode !== 200 || typeof answer.id !== 'string') {
        console.error(`the gateway answered ${res.statusCode}: ${text.slice(0, 500)}`);
        process.exitCode = 1;
        return;
      }
      console.log(`::add-mask::${answer.id}`);
      appendFileSync(/** @type {string} */ (env.GITHUB_OUTPUT), `context-id=${answer.id}\nttl=${answer.ttl ?? ''}\n`);
    });
  }
);
req.on('error', (e) => {
  console.error(e.message);
  process.exitCode = 1;
});
req.end(body);
