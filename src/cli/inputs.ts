// The flags as an action's getInput: what the flag says, else the action's default, so the
// actions' own readers (readInputs, readEvalSettings, readMergeSettings) check them with the same
// rules and messages. The key may come from GATEWAY_API_KEY, and is never printed.
import { SPECS, type ActionName } from '../inputs/specs.js';
import { flagsOf, valueOf, type Command, type Parsed } from './flags.js';
import type { Screen } from './terminal.js';

export type GetInput = (name: string) => string;

export function inputsFor(
  action: ActionName,
  command: Command,
  parsed: Parsed,
  env: NodeJS.ProcessEnv,
  screen: Screen,
  overrides: Readonly<Record<string, string>> = {}
): GetInput {
  const key = valueOf(parsed, command, 'api-key') || (env['GATEWAY_API_KEY'] ?? '').trim();
  screen.addSecret(key);
  const flags = new Set(flagsOf(command).map((f) => f.name));
  const inputs = SPECS[action].inputs as Readonly<Record<string, { default: string }>>;
  return (name) => {
    const given = overrides[name];
    if (given !== undefined) return given;
    if (name === 'api-key') return key;
    return flags.has(name) ? valueOf(parsed, command, name) : (inputs[name]?.default ?? '');
  };
}
