// --help: the commands, and each command's flags with the descriptions the action.yml files give
// their inputs (src/inputs/specs.ts), so the two front ends cannot describe a setting differently.
import { COMMANDS, DESCRIPTIONS, flagsOf, type Command } from './flags.js';

const WIDTH = 100;

/** The exit codes each command can end with (merge sends nothing, create has no gate). */
const CODES: Readonly<Record<Command, string>> = {
  create: '0 created, 2 bad input, 3 gateway unavailable, 130 interrupted',
  eval: '0 passed, 1 gate failed, 2 bad input, 3 gateway or cache unavailable, 130 interrupted',
  merge: '0 passed, 1 gate failed, 2 bad input or files, 130 interrupted',
  run: '0 passed, 1 gate failed, 2 bad input, 3 gateway or cache unavailable, 130 interrupted'
};

export const EXIT_CODES = [
  '0  the evaluation passed (create: the cache exists)',
  '1  the gate failed (pass rate below --min-pass-rate, a regression with --fail-on regressions, or worse than the baseline with --fail-on worse)',
  '2  bad flags, input or files',
  '3  the gateway or the cache was unavailable',
  '130  interrupted (Ctrl-C): nothing more is sent'
];

function wrap(text: string, indent: number, width = WIDTH): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width - indent) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}

export function mainHelp(version: string): string {
  return [
    `context-cache ${version}: LLM context caches and evaluations from a terminal or any CI.`,
    '',
    'Usage: context-cache <command> [flags]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.padEnd(8)}${wrap(DESCRIPTIONS[c], 10)}`),
    '',
    'context-cache <command> --help lists its flags: the action inputs of the same names.',
    'The key comes from --api-key or the GATEWAY_API_KEY environment variable.',
    '',
    'Exit codes:',
    ...EXIT_CODES.map((l) => `  ${l}`),
    ''
  ].join('\n');
}

export function commandHelp(command: Command): string {
  const flags = flagsOf(command);
  const rows = flags.map((f) => {
    const head = `  --${f.name}${f.kind === 'boolean' ? '' : f.kind === 'list' ? ' PATH…' : ' VALUE'}`;
    const notes = [
      f.required && f.name !== 'api-key' ? 'required' : '',
      f.kind === 'list' ? 'repeat the flag for more' : '',
      f.default !== '' && f.default !== 'false' ? `default ${f.default}` : ''
    ].filter(Boolean);
    const text = `${f.description}${notes.length ? ` (${notes.join('; ')})` : ''}`;
    return `${head}\n      ${wrap(text, 6)}`;
  });
  return [
    `Usage: context-cache ${command} [flags]`,
    '',
    wrap(DESCRIPTIONS[command], 0),
    '',
    'Flags:',
    ...rows,
    '  --help\n      This text.',
    '',
    wrap(
      `${flags.some((f) => f.name === 'api-key') ? 'The key comes from --api-key or GATEWAY_API_KEY. ' : ''}Exit codes: ${CODES[command]}.`,
      0
    ),
    ''
  ].join('\n');
}
