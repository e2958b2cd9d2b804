// What create says about a prompt before sending it, and what a dry run would send: free of the
// runner (it reports through a Log), so the action and the command line say the same.
import { forLog } from '../../escape.js';
import { createUrl } from '../../gateway/create.js';
import type { Log } from '../../log.js';
import { preflight } from '../../prompt/preflight.js';
import type { Prompt } from '../../prompt/read.js';
import { wording } from '../../wording.js';
import type { Settings } from './inputs.js';
import type { CreateOutputs } from './outputs.js';

/** What the settings will cost beyond the call itself, said before anything is sent. */
export function warnAboutSettings(settings: Settings, log: Log): void {
  if (settings.model.family === 'doubao' && settings.ttl === undefined)
    log.warning(
      `No ttl is set: the gateway keeps (and bills storage for) a Doubao cache for 24 hours (${settings.model.rules?.defaultTtl} s), and each use restarts that. Set ${wording().input('ttl')} (from 3600) to what the job needs.`,
      { title: 'Doubao cache kept 24 hours' }
    );
}

/** The cache made, then what it cost and costs to keep; `where` tells where its id went. */
export function reportCreated(created: CreateOutputs, attempts: number, log: Log, where = ''): void {
  const o = created.outputs;
  log.info(
    `Context cache created for ${o['model']}: ttl ${o['ttl'] || 'gateway default'} s, expires ${o['expires-at'] || 'unknown'}, ${o['prompt-tokens'] || '?'} prompt tokens, ${attempts} attempt(s).${where ? ` ${where}` : ''}`
  );
  log.info(`Cost: ${created.costText}.`);
}

export function reportPrompt(prompt: Prompt, settings: Settings, log: Log): void {
  // File names come from the repository (maybe a pull request's author): escaped, one line each.
  const names = prompt.files.map((f) => forLog(f.file, 300));
  const shown = names.length <= 8 ? names.join(', ') : `${names.slice(0, 8).join(', ')} and ${names.length - 8} more`;
  const source = settings.modelSource === 'input' ? 'from the model input' : `named by ${forLog(settings.modelSource, 300)}`;
  log.info(
    `Prompt: ${shown} → ${prompt.messages.length} message(s), ${prompt.bytes} bytes, about ${prompt.estimatedTokens} tokens; model ${settings.model.id} (${source}).`
  );
  for (const [i, f] of prompt.files.entries()) {
    log.debug(`prompt file ${names[i]}: ${f.bytes} bytes, ${f.messages} message(s)`);
    if (f.ignoredKeys.length) log.debug(forLog(`prompt file ${names[i]}: ignored keys ${f.ignoredKeys.join(', ')}`, 1000));
  }
  if (prompt.unusedVars.length)
    log.warning(`vars defines ${prompt.unusedVars.join(', ')}, which no prompt file uses (a typo?).`, { title: 'Unused vars' });
  for (const w of preflight(prompt, settings.model)) log.warning(w.message, { file: w.file, title: w.title });
}

/** The line a dry run ends with: what would be sent, and that nothing was. */
export function dryRunText(settings: Settings, prompt: Prompt): string {
  // Only the ten shown are described: a million-message prompt need not format a million sizes.
  const sizes = prompt.messages.slice(0, 10).map((m, i) => `#${i + 1} ${m.role} ${m.content.length} chars`);
  const shown = prompt.messages.length <= 10 ? sizes.join(', ') : `${sizes.join(', ')}, …`;
  return (
    `Dry run: would POST ${createUrl(settings.baseUrl)} with model ${settings.model.id}, ${prompt.messages.length} message(s) (${shown}), ` +
    `ttl ${settings.ttl ?? 'not sent (gateway default)'}, mode ${settings.mode ?? 'not sent'}. Nothing was sent.`
  );
}
