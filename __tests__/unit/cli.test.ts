/* eslint-disable no-control-regex -- escapes are what these tests look for */
// The command line's pure parts: flags from the actions' specs, argv parsing, the terminal's
// escaping, and the CI examples' commands checked against the flags that exist.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forTerminal } from '../../src/escape.js';
import { CLI_DESCRIPTIONS, COMMANDS, flagsOf, parseFlags, RUNNER_ONLY, UsageError, valueOf, type Command } from '../../src/cli/flags.js';
import { SPECS } from '../../src/inputs/specs.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('flags', () => {
  test('each command’s flags are its action’s inputs (runner-only ones aside), with the same defaults and descriptions', () => {
    for (const action of ['create', 'eval', 'merge'] as const) {
      const flags = new Map(flagsOf(action).map((f) => [f.name, f]));
      for (const [name, spec] of Object.entries(SPECS[action].inputs)) {
        if (RUNNER_ONLY[action].includes(name)) continue;
        // The command line's own words only where action.yml's speak of a runner.
        expect(flags.get(name)).toMatchObject({ description: CLI_DESCRIPTIONS[action][name] ?? spec.description, default: spec.default });
      }
    }
    // No name twice, in any command (run joins create's and eval's).
    for (const c of COMMANDS) expect(new Set(flagsOf(c).map((f) => f.name)).size).toBe(flagsOf(c).length);
    expect(flagsOf('run').some((f) => f.name === 'context-id')).toBe(false);
  });

  test('--x v, --x=v, booleans alone, repeated list flags joined by lines, defaults when absent', () => {
    const p = parseFlags('eval', ['--model', 'm', '--cases-file=a.yml', '--cases-file', 'b.yml', '--dry-run', '--prompt=--odd']);
    expect(valueOf(p, 'eval', 'model')).toBe('m');
    expect(valueOf(p, 'eval', 'cases-file')).toBe('a.yml\nb.yml');
    expect(valueOf(p, 'eval', 'dry-run')).toBe('true');
    expect(valueOf(p, 'eval', 'prompt')).toBe('--odd');
    expect(valueOf(p, 'eval', 'concurrency')).toBe(SPECS.eval.inputs.concurrency.default);
    expect(parseFlags('eval', ['-h']).help).toBe(true);
  });

  test.each<[Command, string[], RegExp]>([
    ['eval', ['--min-pass-rat', '1'], /unknown flag --min-pass-rat for eval\. Did you mean --min-pass-rate\?/],
    ['create', ['--promt-file', 'p'], /Did you mean --prompt-file\?/],
    ['eval', ['--model'], /--model needs a value/],
    ['eval', ['--model', '--cases-file', 'x'], /--model needs a value/],
    ['eval', ['--model', 'a', '--model', 'b'], /--model is given twice/],
    ['eval', ['stray'], /unexpected argument "stray"/],
    [
      'merge',
      ['--prompt-file', 'x'],
      /unknown flag --prompt-file for merge\. --prompt-file belongs to context-cache create and context-cache eval and context-cache run/
    ]
  ])('%s %j is a usage error', (command, argv, message) => {
    let thrown: unknown;
    try {
      parseFlags(command, argv);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    const e = thrown as UsageError;
    expect(`${e.message}. ${e.hint ?? ''}`).toMatch(message);
  });
});

describe('forTerminal', () => {
  test('no ESC, C1 control, BEL, carriage return or bidi override survives; each is shown', () => {
    const evil = 'a\u001b[2J\u001b]0;title\u0007b\u009b31mc\rd\u202ee\u0000';
    const shown = forTerminal(evil);
    expect(shown).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    expect(shown).toBe('a\\u001b[2J\\u001b]0;title\\u0007b\\u009b31mc\\rd\\u202ee\\u0000');
  });

  test('lines keeps line breaks (indented), still escaping the rest; max cuts', () => {
    expect(forTerminal('one\r\ntwo\n\u001b[1Athree', { lines: true, indent: '  ' })).toBe('one\n  two\n  \\u001b[1Athree');
    expect(forTerminal('x\ny')).toBe('x\\ny');
    expect(forTerminal('abcdef', { max: 4 })).toBe('abc…');
  });
});

describe('the CI examples use only flags that exist', () => {
  /** Each `context-cache <command> …` in a file, with its flags; continuation lines joined. */
  function commandsIn(text: string): { command: Command; flags: string[] }[] {
    const lines = text.replace(/\\\n\s*/g, ' ').split('\n');
    const joined: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      let line = lines[i]!;
      // A YAML folded scalar (`- >-`): its more-indented lines are one command.
      if (/>-\s*$/.test(line)) {
        const indent = /^\s*/.exec(line)![0].length;
        while (i + 1 < lines.length && /^\s*/.exec(lines[i + 1]!)![0].length > indent && lines[i + 1]!.trim() !== '')
          line += ` ${lines[++i]!.trim()}`;
      }
      joined.push(line);
    }
    const found: { command: Command; flags: string[] }[] = [];
    for (const line of joined)
      for (const m of line.matchAll(/context-cache (create|eval|merge|run)\b([^|;)]*)/g))
        found.push({ command: m[1] as Command, flags: [...m[2]!.matchAll(/(?:^|\s)--([a-z][a-z-]*)/g)].map((f) => f[1]!) });
    return found;
  }

  test.each([
    ['examples/ci/gitlab-ci.yml', ['run']],
    ['examples/ci/Jenkinsfile', ['create', 'eval']],
    ['README.md', ['run', 'create', 'eval', 'merge']]
  ])('%s', (file, expected) => {
    const found = commandsIn(readFileSync(join(ROOT, file), 'utf8'));
    for (const c of expected) expect(found.map((f) => f.command)).toContain(c);
    for (const { command, flags } of found) {
      const known = flagsOf(command).map((f) => f.name);
      expect(flags.length).toBeGreaterThan(0);
      for (const flag of flags) expect([command, known.includes(flag) ? flag : `--${flag} (unknown)`]).toEqual([command, flag]);
    }
  });
});
