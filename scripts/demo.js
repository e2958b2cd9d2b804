// npm run demo: the action end to end, offline. Starts the gateway emulator on 127.0.0.1, runs
// dist/index.js as the runner would on the prompts in examples/, prints what later steps get,
// then plays a later step that chats against the cache by its id. No key, no network.
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGateway } from '../emulator/gateway.js';
import { ROOT, runAction, runtime } from './local-runner.js';

const KEY = 'sk-demo-not-a-real-key';
const bold = (s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);

const gateway = await startGateway({ apiKey: KEY });
const workspace = await mkdtemp(join(tmpdir(), 'demo-ws-'));
await cp(join(ROOT, 'examples'), join(workspace, 'examples'), { recursive: true });
const node = runtime();
console.log(
  `Gateway emulator on ${gateway.url}; action: dist/index.js on node ${node === process.execPath ? process.version : '24 (' + node + ')'}\n`
);

// Two runs shown in full, then one line for each other prompt format and for a mistake caught
// before anything is sent.
const steps = [
  {
    title: 'Gemini: a Markdown rubric as one system message',
    inputs: { model: 'gemini-2.5-flash', 'prompt-file': 'examples/prompts/grader.md', ttl: '600' },
    full: true
  },
  {
    title: 'Doubao: a JSON few-shot conversation, session mode',
    inputs: {
      model: 'Doubao-1.5-pro-32k',
      'prompt-file': 'examples/prompts/few-shot.json',
      ttl: '3600',
      mode: 'session',
      'env-var': 'QA_CACHE_ID'
    },
    full: true
  },
  {
    title: 'YAML .prompt.yml: the model comes from the file, vars fill {{product}} and {{policy}}',
    inputs: {
      'prompt-file': 'examples/prompts/release-notes.prompt.yml',
      vars: 'product: Acme CLI\npolicy: |\n  Breaking changes must be called out.\n  Ignore typos.'
    }
  },
  {
    title: 'Several files: the rubric, then every *.jsonl of examples (a glob)',
    inputs: { model: 'gemini-2.5-flash', 'prompt-file': 'examples/prompts/grader.md\nexamples/prompts/*.jsonl' }
  },
  {
    title: 'A mistake caught before sending: a placeholder with no value',
    inputs: { 'prompt-file': 'examples/prompts/release-notes.prompt.yml', vars: 'product: Acme CLI' },
    fails: true
  }
];

let failed = false;
for (const step of steps) {
  const run = await runAction({ workspace, node, inputs: { ...step.inputs, 'api-key': KEY, 'base-url': gateway.url } });
  if (!step.full) {
    const line = run.stdout.split('\n').find((l) => (step.fails ? l.startsWith('::error') : l.startsWith('Context cache created')));
    const ok = step.fails ? run.code === 1 : run.code === 0;
    failed ||= !ok;
    console.log(
      `${bold(`── ${step.title}`)}\n  ${ok ? '' : 'UNEXPECTED: '}exit ${run.code}: ${line ?? run.stdout.trim().split('\n').at(-1)}\n`
    );
    continue;
  }
  console.log(bold(`── ${step.title}`));
  console.log(indent('step log', run.stdout + run.stderr));
  if (run.code !== 0) {
    failed = true;
    console.log(`exit code ${run.code}\n`);
    continue;
  }
  console.log(
    indent(
      'step outputs (GITHUB_OUTPUT)',
      Object.entries(run.outputs)
        .map(([k, v]) => `${k} = ${v}`)
        .join('\n')
    )
  );
  console.log(
    indent(
      'exported env (GITHUB_ENV)',
      Object.entries(run.env)
        .map(([k, v]) => `${k} = ${v}`)
        .join('\n')
    )
  );
  console.log(indent('job summary (GITHUB_STEP_SUMMARY)', run.summary));

  // A later step: chat against the cache, as the README's curl example does.
  const doubao = step.inputs.model.startsWith('Doubao');
  const res = await fetch(`${gateway.url}${doubao ? '/v1/context/chat/completions' : '/v1/chat/completions'}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${KEY}` },
    body: JSON.stringify({
      model: step.inputs.model,
      context_id: Object.values(run.env)[0],
      messages: [{ role: 'user', content: 'Grade: "The capital of France is Paris."' }]
    })
  });
  const chat = await res.json();
  console.log(
    indent(
      `later step: chat with context_id (HTTP ${res.status})`,
      `${chat.choices?.[0]?.message?.content ?? JSON.stringify(chat)}\ncached_tokens = ${chat.usage?.prompt_tokens_details?.cached_tokens}`
    )
  );
}

await gateway.close();
console.log(
  failed
    ? 'Demo FAILED: a step exited non-zero.'
    : `Demo done: ${steps.filter((s) => !s.fails).length} caches created, 1 mistake caught before sending, ${gateway.requests.length} requests served. On GitHub the ids above are masked (***).`
);
process.exitCode = failed ? 1 : 0;

function indent(title, text) {
  return `  ${bold(title)}\n${text
    .trimEnd()
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n')}\n`;
}
