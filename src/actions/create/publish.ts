// Hands the cache on: sets the step outputs, exports the env vars, writes the job summary. The id
// was masked the moment the gateway's answer yielded it (see gateway/client.ts); the summary
// never shows it at all, and every cell in it is escaped.
import type { CacheCreated } from '../../gateway/create.js';
import type { Prompt } from '../../prompt/read.js';
import type { Settings } from './inputs.js';
import { createOutputs, type CreateOutputs } from './outputs.js';
import { exportVariable, setOutput, summary } from '../../runner/toolkit.js';

export async function publish(cache: CacheCreated, settings: Settings, prompt: Prompt): Promise<CreateOutputs> {
  const result = createOutputs(cache, settings, prompt);
  for (const [name, value] of Object.entries(result.outputs)) setOutput(name, value);
  for (const [name, value] of Object.entries(result.env)) exportVariable(name, value);
  if (process.env['GITHUB_STEP_SUMMARY']) {
    await summary
      .addHeading('Context cache created', 3)
      .addTable([
        [
          { data: 'Field', header: true },
          { data: 'Value', header: true }
        ],
        ...result.summaryRows.map((row) => [...row])
      ])
      .addRaw(`The id is in <code>${settings.envVar}</code> and in the <code>context-id</code> output (masked in logs).`, true)
      .write();
  }
  return result;
}
