// context-cache <command> [flags]: the flags are read, then the command's module is imported on
// demand, so --version and --help start as fast as node itself (ncc makes each a chunk of its own).
import pkg from '../../package.json' with { type: 'json' };
import { suggest } from '../did-you-mean.js';
import { EXIT, fail } from './exit.js';
import { COMMANDS, isTrue, parseFlags, UsageError, type Command, type Parsed } from './flags.js';
import { commandHelp, mainHelp } from './help.js';
import { quietWhenClosed, Screen } from './terminal.js';
import { wordingFor } from './wording.js';
import { useWording } from '../wording.js';

export const VERSION: string = pkg.version;

/** What every command module exports. */
export type CommandRun = (parsed: Parsed, screen: Screen, env: NodeJS.ProcessEnv) => Promise<number>;

const load: Record<Command, () => Promise<CommandRun>> = {
  create: () => import('./create.js').then((m) => m.runCreate),
  eval: () => import('./eval.js').then((m) => m.runEval),
  merge: () => import('./merge.js').then((m) => m.runMerge),
  run: () => import('./run.js').then((m) => m.runAll)
};

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  quietWhenClosed(process.stdout);
  quietWhenClosed(process.stderr);
  const first = argv[0];
  if (first === '--version' || first === '-V' || first === 'version') {
    process.stdout.write(`${VERSION}\n`);
    return EXIT.passed;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    process.stdout.write(mainHelp(VERSION));
    return EXIT.passed;
  }
  const screen = new Screen(process.stdout, process.stderr, env, argv.includes('--verbose'));
  try {
    if (first === undefined) {
      process.stderr.write(mainHelp(VERSION));
      return EXIT.usage;
    }
    if (!COMMANDS.includes(first as Command)) {
      const near = suggest(first.replace(/^-+/, ''), [...COMMANDS, 'help', 'version']);
      throw new UsageError(
        `unknown command ${JSON.stringify(first)}`,
        near ? `Did you mean ${near === 'version' ? '--version' : near}?` : `Use one of ${COMMANDS.join(', ')} (context-cache --help)`
      );
    }
    const command = first as Command;
    useWording(wordingFor(command));
    const parsed = parseFlags(command, argv.slice(1));
    if (parsed.help) {
      process.stdout.write(commandHelp(command));
      return EXIT.passed;
    }
    const verbose = isTrue(parsed, command, 'verbose');
    const shown = verbose === screen.verbose ? screen : new Screen(process.stdout, process.stderr, env, verbose);
    // Ctrl-C stops at once: the process ends, and its sockets with it, so nothing more is sent.
    process.once('SIGINT', () => {
      shown.setBar('');
      process.stderr.write('\nInterrupted: nothing more is sent.\n');
      process.exit(EXIT.interrupted);
    });
    const run = await load[command]();
    try {
      return await run(parsed, shown, env);
    } catch (e) {
      return fail(e, shown);
    }
  } catch (e) {
    return fail(e, screen);
  }
}
