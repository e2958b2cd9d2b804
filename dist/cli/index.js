#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7632:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   fJ: () => (/* binding */ fail)
/* harmony export */ });
/* unused harmony export exitCodeOf */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2988);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5377);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3395);
// How the command line ends: an exit code a CI job can branch on, and the one message (what is
// wrong, then the fix) a person reads. Flags are named as flags, not as action inputs.




const EXIT = { passed: 0, gateFailed: 1, usage: 2, unavailable: 3, interrupted: 130 };
/**
 * The gateway answered "your request is wrong" (bad key, a prompt it refuses): fix the input.
 * Anything else it or the network did (5xx, 429, timeouts, a cache gone) means it was unavailable.
 */
function exitCodeOf(e) {
    if (e instanceof _flags_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb)
        return EXIT.usage;
    // By name: importing the chat client would cost every start, --version too.
    if ((e instanceof Error && e.name === 'ContextGoneError') || e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TransportError */ .wX)
        return EXIT.unavailable;
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GatewayError */ .Fe)
        return e.status >= 400 && e.status < 500 && e.status !== 408 && e.status !== 429 ? EXIT.usage : EXIT.unavailable;
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ)
        return EXIT.usage;
    return EXIT.gateFailed;
}
/** An action's words for a flag: `Input 'cases-file'` → `--cases-file` (as the command names it). */
function asFlags(text) {
    return text
        .replace(/Input '([a-z0-9-]+)'/g, (_, name) => (0,_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .wording */ .z4)().input(name))
        .replace(/(\d+) inputs are invalid/, '$1 flags are invalid');
}
const API_KEY_HINT = 'Pass --api-key, or set the GATEWAY_API_KEY environment variable (e.g. from your CI’s secret variables)';
function describe(e) {
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz && e.input === 'api-key' && e.message.endsWith('is empty'))
        return `--api-key is empty. ${API_KEY_HINT}`;
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz && e.input === 'context-id' && e.message.includes('is empty'))
        return '--context-id is empty, and CONTEXT_CACHE_ID is not set. Pass the id `context-cache create` prints: --context-id "$ID"';
    return asFlags(e.describe());
}
/** Prints the error and returns the exit code. A bug keeps its stack for --verbose. */
function fail(e, screen) {
    const red = screen.err.red;
    if (e instanceof _flags_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb)
        screen.say(`${red('error:')} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forTerminal */ .Qf)(e.message)}${e.hint ? `. ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forTerminal */ .Qf)(e.hint)}` : ''}`);
    else if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ) {
        // Each error of a list on its own line, so all are fixed at once.
        const list = e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorList */ .VS && e.errors.length > 0 ? e.errors : [e];
        for (const err of list)
            screen.say(`${red('error:')} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forTerminal */ .Qf)(describe(err), { max: 2000 })}`);
    }
    else {
        screen.log.debug(e instanceof Error && e.stack ? e.stack : String(e));
        screen.say(`${red('error:')} unexpected: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forTerminal */ .Qf)(e instanceof Error ? e.message : String(e))}. This is a bug in context-cache; please report it with the output of --verbose.`);
    }
    return exitCodeOf(e);
}


/***/ }),

/***/ 5377:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Aq: () => (/* binding */ DESCRIPTIONS),
/* harmony export */   Hn: () => (/* binding */ isTrue),
/* harmony export */   Lo: () => (/* binding */ COMMANDS),
/* harmony export */   RP: () => (/* binding */ valueOf),
/* harmony export */   Zo: () => (/* binding */ flagsOf),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
/* unused harmony exports RUNNER_ONLY, CLI_DESCRIPTIONS */
/* harmony import */ var _did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3772);
/* harmony import */ var _inputs_specs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8793);
// The command line's flags: each subcommand's are its action's inputs (src/inputs/specs.ts, made
// from the action.yml files), by the same names, defaults and descriptions, plus the few a
// terminal needs. argv → the values, then a getInput over them feeds the actions' own readers, so
// both front ends share every rule and error message. Light on purpose: --help and --version load
// nothing more.


const COMMANDS = ['create', 'eval', 'merge', 'run'];
/** Inputs whose value is one path or pattern per line: the flag may be repeated. */
const LISTS = new Set(['prompt-file', 'cases-file', 'results-files']);
/**
 * Inputs that only make sense on a runner: the exported variable, the PR comment, the runner's
 * temporary directory (the command line writes the files its own flags name), and the history
 * kept in a branch through the GitHub API.
 */
const GITHUB_ONLY = ['github-token', 'comment-key', 'output-dir', 'history', 'history-limit', 'alert-issue'];
const RUNNER_ONLY = {
    create: ['env-var'],
    // matrix only tells one leg's PR comment from another's.
    eval: [...GITHUB_ONLY, 'matrix'],
    merge: GITHUB_ONLY
};
function own(name, description, kind = 'value', def = '') {
    return { name, description, default: def, required: false, kind };
}
const VERBOSE = own('verbose', 'Print debug lines too.', 'boolean', 'false');
const REPORT_FILES = [
    own('results-file', 'Write the results JSON (the same document the action writes) to this path.'),
    own('junit-file', 'Write the JUnit XML report to this path (GitLab, Jenkins and Buildkite render it).'),
    own('markdown-file', 'Write the Markdown summary (what the action puts in the job summary) to this path.')
];
const EVAL_DRY_RUN = own('dry-run', 'Validate the flags and the cases and say what would be sent, without a key; nothing is sent.', 'boolean', 'false');
const EVAL_WORDS = {
    'context-id': 'The cache to evaluate against: the id context-cache create prints. Empty uses the CONTEXT_CACHE_ID environment variable. Leave it empty with --prompt-file (no cache).',
    model: 'Model id as the gateway names it, e.g. gemini-2.5-flash or Doubao-1.5-pro-32k: the model the cache was created for. Empty uses the CONTEXT_CACHE_MODEL environment variable; a model other than the cache’s is refused.',
    prompt: 'One user message to send instead of a cases file; its answer alone is printed on stdout.',
    mode: 'The cache’s mode (context-cache create --json prints it). session gets a warning, as every call then grows the cache and cases see each other.'
};
/**
 * The command line's own words where an input's description speaks of the runner (a step's
 * output, fork pull requests) or of an input the command does not take; the rest is action.yml's.
 */
const CLI_DESCRIPTIONS = {
    create: {},
    eval: { ...EVAL_WORDS, 'dry-run': EVAL_DRY_RUN.description },
    merge: {},
    run: {
        prompt: EVAL_WORDS['prompt'],
        mode: 'Cache mode for Doubao models, session or common_prefix (default common_prefix here, so each case sees the prompt alone). Ignored (not sent) for Gemini models.',
        'dry-run': 'Check the flags, the prompts and every case and say what would be sent, without a key; no cache is created and nothing is sent.',
        'fail-on': 'pass-rate fails below --min-pass-rate; regressions fails only when a case that passed in the baseline fails now; worse only when the paired test says the head is worse than the baseline at --alpha (needs --baseline-prompt-file or --baseline-file).',
        'baseline-model': 'The model of the base side (with --baseline-prompt-file), to compare two models on the same cases. Empty uses --model.'
    }
};
function reworded(command, flags) {
    const words = CLI_DESCRIPTIONS[command];
    return flags.map((f) => (words[f.name] !== undefined ? { ...f, description: words[f.name] } : f));
}
function fromSpec(action, skip = []) {
    const inputs = _inputs_specs_js__WEBPACK_IMPORTED_MODULE_0__/* .SPECS */ .n[action].inputs;
    return Object.entries(inputs)
        .filter(([name]) => !RUNNER_ONLY[action].includes(name) && !skip.includes(name))
        .map(([name, spec]) => ({
        name,
        description: spec.description,
        default: spec.default,
        required: spec.required,
        kind: LISTS.has(name) ? 'list' : spec.default === 'false' || spec.default === 'true' ? 'boolean' : 'value'
    }));
}
/** Adds the flags not already there: an input that appears in a spec later wins over our own. */
function union(...groups) {
    const out = [];
    for (const f of groups.flat())
        if (!out.some((o) => o.name === f.name))
            out.push(f);
    return out;
}
const DESCRIPTIONS = {
    create: `${_inputs_specs_js__WEBPACK_IMPORTED_MODULE_0__/* .SPECS */ .n.create.description} Prints the cache id alone on stdout.`,
    eval: `${_inputs_specs_js__WEBPACK_IMPORTED_MODULE_0__/* .SPECS */ .n.eval.description.replace(/, and report in the job summary.*$/, '')}, with a report for the terminal.`,
    merge: `${_inputs_specs_js__WEBPACK_IMPORTED_MODULE_0__/* .SPECS */ .n.merge.description.replace(/ one PR comment,/, '')}`,
    run: 'Create the cache from the prompt, then evaluate the cases against it (and against a baseline prompt): the loop on a laptop.'
};
function flagsOf(command) {
    return reworded(command, specFlags(command));
}
function specFlags(command) {
    switch (command) {
        case 'create':
            return union(fromSpec('create'), [
                own('json', 'Print every output as one JSON object on stdout instead of the id.', 'boolean', 'false'),
                VERBOSE
            ]);
        case 'eval':
            return union(fromSpec('eval'), [EVAL_DRY_RUN], REPORT_FILES, [VERBOSE]);
        case 'merge':
            return union(fromSpec('merge'), REPORT_FILES, [VERBOSE]);
        case 'run':
            // The cache comes from the create half; its mode goes to eval as the create step's would.
            return union(fromSpec('create'), fromSpec('eval', ['context-id', 'mode', 'baseline-context-id']), [
                own('baseline-prompt-file', 'A second prompt (e.g. the version on main): a second cache is made from it, every case runs against both side by side, and the change is reported.', 'list')
            ], REPORT_FILES, [VERBOSE]);
    }
}
/** A mistake on the command line itself: exit code 2, with the fix. */
class UsageError extends Error {
    hint;
    constructor(message, hint) {
        super(message);
        this.hint = hint;
        this.name = 'UsageError';
    }
}
/** argv after the subcommand → the values of its flags; UsageError on anything else. */
function parseFlags(command, argv) {
    const flags = flagsOf(command);
    const values = new Map();
    let help = false;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--help' || arg === '-h') {
            help = true;
            continue;
        }
        if (!arg.startsWith('--') || arg === '--')
            throw new UsageError(`unexpected argument ${JSON.stringify(arg)}`, `Every value goes with a flag, e.g. --cases-file ${JSON.stringify(arg)}; context-cache ${command} --help lists them`);
        const eq = arg.indexOf('=');
        const name = arg.slice(2, eq < 0 ? undefined : eq);
        const flag = flags.find((f) => f.name === name);
        if (!flag) {
            const near = (0,_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__/* .suggest */ .Z)(name, [...flags.map((f) => f.name), 'help'], { maxEdits: 3 });
            // Right flag, wrong command (a cases file given to create): name the commands that take it.
            const elsewhere = COMMANDS.filter((c) => c !== command && flagsOf(c).some((f) => f.name === name));
            throw new UsageError(`unknown flag --${name} for ${command}`, near
                ? `Did you mean --${near}?`
                : elsewhere.length
                    ? `--${name} belongs to ${elsewhere.map((c) => `context-cache ${c}`).join(' and ')}`
                    : `context-cache ${command} --help lists its flags`);
        }
        let value;
        if (eq >= 0)
            value = arg.slice(eq + 1);
        else if (flag.kind === 'boolean')
            value = 'true';
        else {
            const next = argv[i + 1];
            if (next === undefined || (next.startsWith('--') && next.length > 2))
                throw new UsageError(`--${name} needs a value`, `Write --${name} VALUE (or --${name}=VALUE for a value that starts with --)`);
            value = next;
            i++;
        }
        const seen = values.get(name);
        if (seen && flag.kind !== 'list')
            throw new UsageError(`--${name} is given twice`, flag.kind === 'value' ? `Give it once` : `Give it once (true or false)`);
        if (seen)
            seen.push(value);
        else
            values.set(name, [value]);
    }
    return { values, help };
}
/** A flag's value as the action would read its input: given (repeats joined by lines) or default, trimmed. */
function valueOf(parsed, command, name) {
    const given = parsed.values.get(name);
    if (given)
        return given.join('\n').trim();
    return flagsOf(command).find((f) => f.name === name)?.default ?? '';
}
function isTrue(parsed, command, name) {
    return /^(true|yes|on|1)$/i.test(valueOf(parsed, command, name));
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4062);
// The command line runs this file: context-cache <command> [flags] (package.json bin → dist/cli/index.js).

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), process.env);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4062:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: VERSION

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./src/did-you-mean.ts
var did_you_mean = __nccwpck_require__(3772);
// EXTERNAL MODULE: ./src/cli/exit.ts
var exit = __nccwpck_require__(7632);
// EXTERNAL MODULE: ./src/cli/flags.ts
var cli_flags = __nccwpck_require__(5377);
;// CONCATENATED MODULE: ./src/cli/help.ts
// --help: the commands, and each command's flags with the descriptions the action.yml files give
// their inputs (src/inputs/specs.ts), so the two front ends cannot describe a setting differently.

const WIDTH = 100;
/** The exit codes each command can end with (merge sends nothing, create has no gate). */
const CODES = {
    create: '0 created, 2 bad input, 3 gateway unavailable, 130 interrupted',
    eval: '0 passed, 1 gate failed, 2 bad input, 3 gateway or cache unavailable, 130 interrupted',
    merge: '0 passed, 1 gate failed, 2 bad input or files, 130 interrupted',
    run: '0 passed, 1 gate failed, 2 bad input, 3 gateway or cache unavailable, 130 interrupted'
};
const EXIT_CODES = [
    '0  the evaluation passed (create: the cache exists)',
    '1  the gate failed (pass rate below --min-pass-rate, a regression with --fail-on regressions, or worse than the baseline with --fail-on worse)',
    '2  bad flags, input or files',
    '3  the gateway or the cache was unavailable',
    '130  interrupted (Ctrl-C): nothing more is sent'
];
function wrap(text, indent, width = WIDTH) {
    const words = text.split(/\s+/).filter(Boolean);
    const lines = [];
    let line = '';
    for (const w of words) {
        if (line && line.length + 1 + w.length > width - indent) {
            lines.push(line);
            line = w;
        }
        else
            line = line ? `${line} ${w}` : w;
    }
    if (line)
        lines.push(line);
    return lines.join(`\n${' '.repeat(indent)}`);
}
function mainHelp(version) {
    return [
        `context-cache ${version}: LLM context caches and evaluations from a terminal or any CI.`,
        '',
        'Usage: context-cache <command> [flags]',
        '',
        'Commands:',
        ...cli_flags/* COMMANDS */.Lo.map((c) => `  ${c.padEnd(8)}${wrap(cli_flags/* DESCRIPTIONS */.Aq[c], 10)}`),
        '',
        'context-cache <command> --help lists its flags: the action inputs of the same names.',
        'The key comes from --api-key or the GATEWAY_API_KEY environment variable.',
        '',
        'Exit codes:',
        ...EXIT_CODES.map((l) => `  ${l}`),
        ''
    ].join('\n');
}
function commandHelp(command) {
    const flags = (0,cli_flags/* flagsOf */.Zo)(command);
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
        wrap(cli_flags/* DESCRIPTIONS */.Aq[command], 0),
        '',
        'Flags:',
        ...rows,
        '  --help\n      This text.',
        '',
        wrap(`${flags.some((f) => f.name === 'api-key') ? 'The key comes from --api-key or GATEWAY_API_KEY. ' : ''}Exit codes: ${CODES[command]}.`, 0),
        ''
    ].join('\n');
}

// EXTERNAL MODULE: ./src/cli/terminal.ts
var terminal = __nccwpck_require__(1028);
;// CONCATENATED MODULE: ./src/cli/wording.ts
const CLI = {
    input: (name) => `--${name}`,
    root: 'the current directory',
    missingSource: () => '',
    freshCache: 'Create a new one (context-cache create prints its id) and pass it as --context-id, or use context-cache run, which makes one each time; or raise --ttl to cover the whole evaluation',
    freshBaseCache: 'Create a new one from the base’s prompt and pass it as --baseline-context-id, or raise --ttl to cover the whole evaluation',
    baseCache: 'the base’s cache as --baseline-context-id (the id context-cache create prints for the base’s prompt)'
};
/** run takes the base's prompt, not its cache: it makes the cache itself. */
const RUN = {
    ...CLI,
    input: (name) => `--${name === 'baseline-context-id' ? 'baseline-prompt-file' : name}`,
    freshCache: 'Run again (context-cache run makes a new cache each time), or raise --ttl to cover the whole evaluation',
    freshBaseCache: 'Run again (context-cache run makes both caches each time), or raise --ttl to cover the whole evaluation',
    baseCache: 'the base’s prompt as --baseline-prompt-file (a second cache is made from it)'
};
function wordingFor(command) {
    return command === 'run' ? RUN : CLI;
}

// EXTERNAL MODULE: ./src/wording.ts
var wording = __nccwpck_require__(3395);
;// CONCATENATED MODULE: ./src/cli/main.ts
// context-cache <command> [flags]: the flags are read, then the command's module is imported on
// demand, so --version and --help start as fast as node itself (ncc makes each a chunk of its own).








const VERSION = package_namespaceObject.rE;
const load = {
    create: () => Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(463), __nccwpck_require__.e(972), __nccwpck_require__.e(372)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9372)).then((m) => m.runCreate),
    eval: () => Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(815), __nccwpck_require__.e(463), __nccwpck_require__.e(146), __nccwpck_require__.e(972), __nccwpck_require__.e(199), __nccwpck_require__.e(122)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7122)).then((m) => m.runEval),
    merge: () => Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(463), __nccwpck_require__.e(146), __nccwpck_require__.e(547)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4547)).then((m) => m.runMerge),
    run: () => Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(815), __nccwpck_require__.e(463), __nccwpck_require__.e(146), __nccwpck_require__.e(972), __nccwpck_require__.e(199), __nccwpck_require__.e(758)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7758)).then((m) => m.runAll)
};
async function main(argv, env) {
    (0,terminal/* quietWhenClosed */.pT)(process.stdout);
    (0,terminal/* quietWhenClosed */.pT)(process.stderr);
    const first = argv[0];
    if (first === '--version' || first === '-V' || first === 'version') {
        process.stdout.write(`${VERSION}\n`);
        return exit/* EXIT */.dc.passed;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
        process.stdout.write(mainHelp(VERSION));
        return exit/* EXIT */.dc.passed;
    }
    const screen = new terminal/* Screen */.ff(process.stdout, process.stderr, env, argv.includes('--verbose'));
    try {
        if (first === undefined) {
            process.stderr.write(mainHelp(VERSION));
            return exit/* EXIT */.dc.usage;
        }
        if (!cli_flags/* COMMANDS */.Lo.includes(first)) {
            const near = (0,did_you_mean/* suggest */.Z)(first.replace(/^-+/, ''), [...cli_flags/* COMMANDS */.Lo, 'help', 'version']);
            throw new cli_flags/* UsageError */.eb(`unknown command ${JSON.stringify(first)}`, near ? `Did you mean ${near === 'version' ? '--version' : near}?` : `Use one of ${cli_flags/* COMMANDS */.Lo.join(', ')} (context-cache --help)`);
        }
        const command = first;
        (0,wording/* useWording */.kh)(wordingFor(command));
        const parsed = (0,cli_flags/* parseFlags */.bQ)(command, argv.slice(1));
        if (parsed.help) {
            process.stdout.write(commandHelp(command));
            return exit/* EXIT */.dc.passed;
        }
        const verbose = (0,cli_flags/* isTrue */.Hn)(parsed, command, 'verbose');
        const shown = verbose === screen.verbose ? screen : new terminal/* Screen */.ff(process.stdout, process.stderr, env, verbose);
        // Ctrl-C stops at once: the process ends, and its sockets with it, so nothing more is sent.
        process.once('SIGINT', () => {
            shown.setBar('');
            process.stderr.write('\nInterrupted: nothing more is sent.\n');
            process.exit(exit/* EXIT */.dc.interrupted);
        });
        const run = await load[command]();
        try {
            return await run(parsed, shown, env);
        }
        catch (e) {
            return (0,exit/* fail */.fJ)(e, shown);
        }
    }
    catch (e) {
        return (0,exit/* fail */.fJ)(e, screen);
    }
}


/***/ }),

/***/ 1028:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ff: () => (/* binding */ Screen),
/* harmony export */   pT: () => (/* binding */ quietWhenClosed),
/* harmony export */   qB: () => (/* binding */ progress)
/* harmony export */ });
/* unused harmony export colourWanted */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2988);

/**
 * A reader that went away (`context-cache eval … | head -1`) is no error of ours, and a stream
 * that cannot be written cannot carry a message either: its errors end its output, silently.
 * The command still finishes, so its exit code stays the evaluation's.
 */
function quietWhenClosed(stream) {
    stream.on('error', () => stream.destroy());
}
function paint(on) {
    const sgr = (open, close) => (s) => (on ? `\x1b[${open}m${s}\x1b[${close}m` : s);
    return { red: sgr(31, 39), green: sgr(32, 39), yellow: sgr(33, 39), dim: sgr(2, 22), bold: sgr(1, 22) };
}
function colourWanted(stream, env) {
    return stream.isTTY === true && (env['NO_COLOR'] ?? '') === '' && env['TERM'] !== 'dumb';
}
class Screen {
    stdout;
    stderr;
    /** Colours for stdout and for stderr (each its own terminal or not). */
    out;
    err;
    verbose;
    secrets = [];
    bar = '';
    constructor(stdout, stderr, env, verbose = false) {
        this.stdout = stdout;
        this.stderr = stderr;
        this.out = paint(colourWanted(stdout, env));
        this.err = paint(colourWanted(stderr, env));
        this.verbose = verbose;
    }
    get interactive() {
        return this.stderr.isTTY === true;
    }
    /** Never printed: replaced by *** in anything written from now on. */
    addSecret(secret) {
        if (secret.length >= 4 && !this.secrets.includes(secret))
            this.secrets.push(secret);
    }
    redact(text) {
        return this.secrets.reduce((t, s) => t.split(s).join('***'), text);
    }
    /** A line of results on stdout (already escaped by the caller where untrusted). */
    print(text) {
        this.clearBar();
        if (!this.stdout.destroyed)
            this.stdout.write(`${this.redact(text)}\n`);
        this.drawBar();
    }
    /** A line of talk on stderr. */
    say(text) {
        this.clearBar();
        if (!this.stderr.destroyed)
            this.stderr.write(`${this.redact(text)}\n`);
        this.drawBar();
    }
    /** What the engines report, as terminal lines: warnings marked, debug only with --verbose. */
    log = {
        info: (message) => this.say((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forTerminal */ .Qf)(message, { max: 4000 })),
        warning: (message, where) => {
            const at = where?.file ? ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forTerminal */ .Qf)(where.file, { max: 300 })}${where.startLine ? `:${where.startLine}` : ''})` : '';
            this.say(`${this.err.yellow('warning:')} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forTerminal */ .Qf)(message, { max: 4000 })}${at}`);
        },
        debug: (message) => {
            if (this.verbose)
                this.say(this.err.dim(`debug: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forTerminal */ .Qf)(message, { max: 4000 })}`));
        }
    };
    /** Replaces the progress bar (a terminal only); '' removes it. */
    setBar(text) {
        if (!this.interactive)
            return;
        this.clearBar();
        this.bar = text;
        this.drawBar();
    }
    clearBar() {
        if (this.bar && !this.stderr.destroyed)
            this.stderr.write('\r\x1b[2K');
    }
    drawBar() {
        if (this.bar && !this.stderr.destroyed)
            this.stderr.write(this.bar);
    }
}
function clock(ms) {
    const s = Math.max(0, Math.round(ms / 1000));
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
/**
 * Progress of `total` runs: on a terminal a bar with the count and the time left (from the mean
 * pace so far), redrawn in place; elsewhere a plain line every 10 % or 10 s, as the action logs.
 */
function progress(screen, total, now = Date.now) {
    const started = now();
    let lastAt = started;
    let lastDone = 0;
    const p = screen.err;
    return {
        update(t) {
            const at = now();
            if (screen.interactive) {
                const width = 24;
                const filled = total > 0 ? Math.round((t.done / total) * width) : width;
                const left = t.done > 0 ? ((at - started) / t.done) * (total - t.done) : undefined;
                const marks = [
                    t.failed ? p.red(`${t.failed} failed`) : '',
                    t.errored ? p.yellow(`${t.errored} errors`) : '',
                    t.done < total ? `about ${left === undefined ? '?' : clock(left)} left` : 'done'
                ].filter(Boolean);
                screen.setBar(`[${p.green('█'.repeat(filled))}${p.dim('░'.repeat(width - filled))}] ${t.done}/${total}  ${marks.join('  ')}`);
            }
            else if (t.done === total || at - lastAt >= 10_000 || (t.done - lastDone) * 10 >= total) {
                if (total > 1)
                    screen.say(`[${t.done}/${total}] ${t.passed} passed, ${t.failed} failed, ${t.errored} errors, ${((at - started) / 1000).toFixed(0)} s`);
                lastAt = at;
                lastDone = t.done;
            }
        },
        end() {
            screen.setBar('');
        }
    };
}


/***/ }),

/***/ 3772:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ suggest)
/* harmony export */ });
// "Did you mean …?": the known word nearest to a typo, for model ids and case-file keys. Pure.
/**
 * The candidate nearest to `word` by edit distance (case ignored), if within `maxEdits`; with
 * `unambiguous`, none when two candidates are equally near.
 */
function suggest(word, candidates, { maxEdits = 2, unambiguous = false } = {}) {
    const key = word.toLowerCase();
    if (key.length > 64)
        return undefined;
    let best;
    let bestDistance = maxEdits;
    let tie = false;
    for (const candidate of candidates) {
        // Capped one above the best so far: a result at the cap means "further", never a tie.
        const d = editDistance(key, candidate.toLowerCase(), bestDistance + 1);
        if (d < bestDistance || (d === bestDistance && best === undefined))
            [best, bestDistance, tie] = [candidate, d, false];
        else if (d === bestDistance)
            tie = true;
    }
    return unambiguous && tie ? undefined : best;
}
/** Levenshtein distance, or `cap` as soon as it is certain to reach it. */
function editDistance(a, b, cap) {
    if (Math.abs(a.length - b.length) >= cap)
        return cap;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++)
            row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (Math.min(...row) >= cap)
            return cap;
        prev = row;
    }
    return Math.min(prev[b.length], cap);
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fe: () => (/* binding */ GatewayError),
/* harmony export */   G: () => (/* binding */ InputErrors),
/* harmony export */   VS: () => (/* binding */ ErrorList),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   f6: () => (/* binding */ FileError),
/* harmony export */   lZ: () => (/* binding */ ActionError),
/* harmony export */   u7: () => (/* binding */ OutputError),
/* harmony export */   wX: () => (/* binding */ TransportError)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2988);
// A small family of errors the user can act on. Each carries a hint (how to fix it) and, where a
// file is at fault, where GitHub should annotate it. Anything that is not an ActionError is a bug.

class ActionError extends Error {
    hint;
    annotation;
    constructor(message, hint, annotation) {
        super(message);
        this.hint = hint;
        this.annotation = annotation;
        this.name = new.target.name;
    }
    /** The one line a user reads: what is wrong, then how to fix it. */
    describe() {
        if (!this.hint)
            return this.message;
        return /[.!?]$/.test(this.message) ? `${this.message} ${this.hint}` : `${this.message}. ${this.hint}`;
    }
}
/** An action input is invalid. `input` is its name as written in the workflow. */
class InputError extends ActionError {
    input;
    constructor(input, message, hint) {
        super(`Input '${input}': ${message}`, hint, { title: `Invalid input '${input}'` });
        this.input = input;
    }
}
/**
 * A file the user named (a prompt file, a cases file) cannot be read or does not hold what it
 * should. `noun` starts the message ("Prompt file 'p.yml': …"). The name may come from a pull
 * request, so it is shown escaped, and the annotation is pinned to it only when escaping changed
 * nothing (a name with `##[` or a line break must not reach a command's properties).
 */
class FileError extends ActionError {
    file;
    noun;
    constructor(file, message, hint, where = {}, noun = 'Prompt file') {
        const shown = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forLog */ .Ig)(file, 300);
        super(`${noun} '${shown}': ${message}`, hint, {
            file: shown === file ? file : undefined,
            startLine: where.line,
            startColumn: where.column,
            title: `Invalid ${noun.toLowerCase()}`
        });
        this.file = file;
        this.noun = noun;
    }
}
/**
 * No HTTP response arrived (refused, reset, timed out, cut off). `code` is the one-word cause.
 * `retryable` is true where a second attempt cannot create a duplicate cache or the issue
 * explicitly asks to retry (refused, reset before a response, timeout).
 */
class TransportError extends ActionError {
    code;
    retryable;
    constructor(code, message, retryable, hint) {
        super(message, hint);
        this.code = code;
        this.retryable = retryable;
    }
}
/** The gateway answered, but not with a cache. */
class GatewayError extends ActionError {
    status;
    retryAfterSeconds;
    constructor(status, message, hint, 
    /** Seconds the gateway asked us to wait (Retry-After), when it said so. */
    retryAfterSeconds) {
        super(message, hint);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }
}
/** A file the run writes (a report, an output) cannot be written where it was asked to go. */
class OutputError extends ActionError {
}
/** Several errors found in one pass, so the user fixes them all at once: each is annotated. */
class ErrorList extends ActionError {
}
/** Several input errors found in one pass, so the user fixes them all at once. */
class InputErrors extends ErrorList {
    errors;
    constructor(errors) {
        super(errors.length === 1 ? errors[0].message : `${errors.length} inputs are invalid: ${errors.map((e) => `'${e.input}'`).join(', ')}`, errors.length === 1 ? errors[0].hint : 'See the errors above.');
        this.errors = errors;
    }
}


/***/ }),

/***/ 2988:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ forHtml),
/* harmony export */   Ig: () => (/* binding */ forLog),
/* harmony export */   Jc: () => (/* binding */ forAnnotation),
/* harmony export */   Kq: () => (/* binding */ forCell),
/* harmony export */   Qf: () => (/* binding */ forTerminal),
/* harmony export */   Z0: () => (/* binding */ forXml),
/* harmony export */   aQ: () => (/* binding */ hasControl),
/* harmony export */   qs: () => (/* binding */ forQuote)
/* harmony export */ });
/* unused harmony export forPre */
// The one choke point for untrusted text (file names, file contents, gateway messages, model
// answers) on its way to a sink the runner or GitHub interprets: the log, the job summary, a PR
// comment, an XML report. Pure.
//
// The log: `::cmd::` acts at the start of a line and the runner's legacy parser acts on `##[cmd]`
// anywhere in a line (`##[stop-commands]token` turns every later command off, masks included), so
// untrusted text is kept to one line and both forms are broken up.
// Control characters, line separators and the bidi overrides that make text read other than it is.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g; // eslint-disable-line no-control-regex
/** Control characters → visible escapes (`\n`, `\u001b`), so a value stays on one line. */
function visible(c) {
    switch (c) {
        case '\n':
            return '\\n';
        case '\r':
            return '\\r';
        case '\t':
            return '\\t';
        default:
            return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
}
/**
 * Untrusted text made safe for one log line: control characters shown as escapes, `##[` and a
 * leading `::` broken up (a zero-width joiner would hide the trick; a visible space does not), and
 * cut to `max` characters (with `…`) so no source can flood the log.
 */
function forLog(text, max = 500) {
    const clipped = text.length > max ? `${text.slice(0, max - 1)}…` : text;
    return breakCommands(clipped.replace(CONTROL, visible));
}
/** `##[` anywhere and `::` after a line's leading spaces, broken up by a visible space (every line). */
function breakCommands(text) {
    return text.replace(/##\[/g, '## [').replace(/^(\s*):(?=:)/gm, '$1: ');
}
/** Line separators and the bidi controls: invisible, or text that reads other than it is. */
const UNICODE_TRICKS = /[\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/**
 * The last guard of every log line and annotation (message and title) the action writes: line
 * separators and bidi overrides shown as escapes, whatever path the text took (a case name inside
 * an error's message). Line breaks and tabs the action writes itself are left to the runner's own
 * escaping; untrusted text has been through forLog already.
 */
function forAnnotation(text) {
    return text.replace(UNICODE_TRICKS, visible);
}
/** True when a name holds a control character: such file names are refused, not escaped. */
function hasControl(text) {
    CONTROL.lastIndex = 0;
    return CONTROL.test(text);
}
/** Half a UTF-16 pair: not text in any encoding (a JSON body with one may be refused, UTF-8 cannot hold it). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** `&#x3A;`, not `&#58;`: a decimal reference reads as `#58`, an issue link, to GitHub's reference finder. */
function hexReference(c) {
    return `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`;
}
const HTML = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": hexReference("'"),
    '@': '@\u2060',
    '#': '#\u2060'
};
/** `GH-123` is a reference too (any case): a word joiner inside it keeps it text. */
const GH_REF = /\b(g)(h-)/gi;
/**
 * Untrusted text inside HTML or Markdown (job summary, PR comment): tags, entities and quotes
 * escaped. GitHub finds mentions and references (`@team`, `#12`, `owner/repo#12`, `GH-12`) in the
 * rendered text (an entity would decode back to `@` or `#`), so `@` and `#` get an invisible word
 * joiner after them and `GH-` one inside: no answer can notify anyone or link another issue.
 */
function forHtml(text) {
    return text
        .replace(LONE_SURROGATE, '\ufffd')
        .replace(/[&<>"'@#]/g, (c) => HTML[c])
        .replace(GH_REF, '$1\u2060$2');
}
/**
 * Untrusted text in one Markdown table cell: HTML-escaped, one line, `|` and the Markdown that
 * would turn it into a link, image, mention or code span made literal, cut to `max`.
 */
function forCell(text, max = 200) {
    const one = text.replace(/\s+/g, ' ').trim();
    const clipped = (one.length > max ? `${one.slice(0, max - 1)}…` : one).replace(CONTROL, visible).replace(LONE_SURROGATE, '\ufffd');
    // One pass: escaping in two would escape the first pass's own entities.
    return clipped
        .replace(/[&<>"'@|\\`*_[\]!#~]/g, (c) => HTML[c] ?? hexReference(c))
        .replace(GH_REF, '$1\u2060$2')
        .replace(/(:)(\/\/)|(www)(\.)/gi, '$1$3\u2060$2$4'); // no bare-URL autolinks
}
/** Untrusted text inside a `<pre>` block of HTML (answers in <details>): escaped, `max` kept. */
function forPre(text, max = 4000) {
    const clipped = text.length > max ? `${text.slice(0, max)}\n… (${text.length - max} more characters)` : text;
    return forHtml(clipped.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, visible)); // eslint-disable-line no-control-regex
}
/** XML 1.0 allows neither these characters nor lone surrogates, even escaped: they are replaced. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g; // eslint-disable-line no-control-regex
/** Untrusted text as XML character data or an attribute value: always well-formed. */
function forXml(text) {
    return text.replace(NOT_XML, '\ufffd').replace(/[&<>"']/g, (c) => HTML[c]);
}
/**
 * Untrusted text for a terminal (the command line's report): ESC and every other control
 * character shown as a visible escape, so no answer or name can move the cursor, clear the
 * screen, set the title or hide text; C1 controls (CSI is U+009B) and bidi overrides too. With
 * `lines`, line breaks stay (an answer reads as written) and each following line is indented by
 * `indent`; cut to `max` characters. Workflow commands are broken up, as by forLog.
 */
function forTerminal(text, { max = 500, lines = false, indent = '' } = {}) {
    const clipped = text.length > max ? `${text.slice(0, max - 1)}…` : text;
    const normalized = lines ? clipped.replace(/\r\n/g, '\n') : clipped;
    // The command line also runs in GitHub's `run:` steps, whose runner reads workflow commands.
    const shown = breakCommands(normalized.replace(CONTROL, (c) => (lines && c === '\n' ? c : visible(c))).replace(LONE_SURROGATE, '\ufffd'));
    return lines && indent ? shown.replace(/\n/g, `\n${indent}`) : shown;
}
/**
 * Untrusted text (a model's answer) as the lines of a Markdown blockquote that wraps as prose does:
 * GitHub shows a `<pre>` on one long line scrolled sideways and strips any style that would wrap
 * it, so answers are quoted instead. Every ASCII punctuation mark becomes a character reference,
 * which CommonMark reads as the character and never as markup: no heading, list, link, code span,
 * table, HTML or fence can start inside. Leading spaces stay visible as no-break spaces; each line
 * ends with a hard break so the answer keeps its lines. Clipped to `max` characters.
 */
function forQuote(text, max = 4000) {
    const clipped = text.length > max ? `${text.slice(0, max)}\n… (${text.length - max} more characters)` : text;
    const lines = clipped
        .replace(LONE_SURROGATE, '\ufffd')
        .replace(/\r\n?/g, '\n')
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/g, visible) // eslint-disable-line no-control-regex
        .split('\n')
        .map((line) => line
        .replace(/\t/g, '    ')
        .replace(/\s+$/, '')
        // GFM finds bare URLs in the decoded text, references or not: a word joiner breaks them.
        .replace(/(:)(\/\/)|(www)(\.)/gi, '$1$3\u2060$2$4')
        .replace(GH_REF, '$1\u2060$2')
        // `@` and `#` as mentions and references are found in decoded text: a word joiner, not a reference.
        .replace(/[!-/:-@[-`{-~]/g, (c) => (c === '@' || c === '#' ? `${c}\u2060` : hexReference(c)))
        .replace(/^ +/, (s) => '&#xA0;'.repeat(s.length)));
    return lines.map((l, i) => `> ${l}${l !== '' && i + 1 < lines.length && lines[i + 1] !== '' ? '\\' : ''}`).join('\n');
}


/***/ }),

/***/ 8793:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ SPECS)
/* harmony export */ });
// Generated by npm run docs from action.yml, eval/action.yml and eval/merge/action.yml: edit those.
// Each action's inputs (name → description, the default the runner passes, required) and outputs,
// for the action code and the command line alike.
const SPECS = {
    create: {
        file: 'action.yml',
        description: 'Create an LLM context cache on an OpenAI-compatible gateway from a prompt file and hand its id to later steps.',
        inputs: {
            model: {
                description: 'Model id as the gateway names it, e.g. gemini-2.5-flash or Doubao-1.5-pro-32k. May be left empty when a JSON/YAML prompt file names the model.',
                default: '',
                required: false
            },
            'prompt-file': {
                description: 'Prompt file(s), relative to the workspace: one path or glob pattern per line, concatenated in order (a pattern expands in sorted order). .json/.yml/.yaml hold a list of {role, content} messages or an object with "messages" (and optionally "model"); .jsonl/.ndjson one message per line; a file without extension is read as JSON when it is a list of messages; any other file is sent whole as one message.',
                default: '',
                required: true
            },
            'api-key': {
                description: 'Gateway API key. Pass it from a secret. Not needed with dry-run.',
                default: '',
                required: false
            },
            'base-url': {
                description: 'Gateway root; /v1/context/create is appended. https only (http allowed for loopback hosts).',
                default: 'https://gateway.theturbo.ai',
                required: false
            },
            ttl: {
                description: 'Cache lifetime in seconds (Doubao models 3600–604800). Empty sends none (gateway default).',
                default: '',
                required: false
            },
            mode: {
                description: 'Cache mode for Doubao models, session or common_prefix. Ignored (not sent) for Gemini models.',
                default: '',
                required: false
            },
            role: {
                description: 'Role of the single message made from a plain-text prompt file (system, user or assistant).',
                default: 'system',
                required: false
            },
            'env-var': {
                description: 'Environment variable that receives the cache id (masked) for later steps; the ttl and the model go to the same name with _TTL and _MODEL for a final _ID (CONTEXT_CACHE_TTL, CONTEXT_CACHE_MODEL), not masked.',
                default: 'CONTEXT_CACHE_ID',
                required: false
            },
            timeout: {
                description: 'Seconds allowed for each attempt.',
                default: '120',
                required: false
            },
            'max-attempts': {
                description: 'Attempts in all, the first included (1 turns retries off).',
                default: '3',
                required: false
            },
            vars: {
                description: 'Template values, a YAML mapping (name: value; multi-line values as name: |). {{name}} and {{ name }} in message contents are replaced after the files are parsed. Empty: contents are sent verbatim.',
                default: '',
                required: false
            },
            'dry-run': {
                description: 'Validate the inputs and prompt and log the request that would be sent, without sending it.',
                default: 'false',
                required: false
            }
        },
        outputs: {
            'context-id': 'The cache id (masked in logs). Pass it as context_id to the chat endpoints.',
            ttl: 'Cache lifetime in seconds, as the gateway confirmed it.',
            'expires-at': 'When the cache expires, ISO-8601 UTC (now + ttl).',
            mode: 'The cache mode the gateway reports (Doubao), else empty.',
            model: 'The model the cache was created for.',
            'prompt-tokens': 'Prompt tokens the gateway counted for the cache.',
            'estimated-tokens': "This action's local estimate of the prompt's tokens.",
            usage: "The numbers of the gateway's usage object (3 levels deep at most), as JSON.",
            cost: "Estimated USD of creating the cache (its prompt tokens at the model's list input price; see the README's models table). Empty for a model with no price."
        }
    },
    eval: {
        file: 'eval/action.yml',
        description: "Run a team's LLM test cases against a context cache on an OpenAI-compatible gateway, gate the build on the pass rate, and report in the job summary and one sticky PR comment.",
        inputs: {
            'context-id': {
                description: "The cache to evaluate against (the create step's context-id output). Empty uses the CONTEXT_CACHE_ID environment variable the create step exports. Masked at once. Leave it empty with prompt-file (no cache).",
                default: '',
                required: false
            },
            model: {
                description: "Model id as the gateway names it, e.g. gemini-2.5-flash or Doubao-1.5-pro-32k: the model the cache was created for. Empty uses the CONTEXT_CACHE_MODEL environment variable the create step exports; a model other than the cache's is refused. Doubao models use /v1/context/chat/completions, all others /v1/chat/completions.",
                default: '',
                required: false
            },
            'cases-file': {
                description: 'Test cases: YAML, JSON or JSONL files, one path or glob pattern per line. Each case has a name, a prompt (or messages) and expect. Either this or prompt.',
                default: '',
                required: false
            },
            prompt: {
                description: 'One user message to send instead of a cases file; the answer is in the response output.',
                default: '',
                required: false
            },
            'prompt-file': {
                description: "Where no cache can be made (a prompt under the model's minimum size): prompt files, as the create action reads them, sent with every case to the plain chat endpoint instead of a context-id. One path or glob per line. Either this or context-id.",
                default: '',
                required: false
            },
            'dry-run': {
                description: 'Validate the inputs and every case file and log what would run, without a key and without sending anything (fork pull requests get no secrets).',
                default: 'false',
                required: false
            },
            'api-key': {
                description: 'Gateway API key. Pass it from a secret. Not needed with dry-run.',
                default: '',
                required: false
            },
            'base-url': {
                description: 'Gateway root; the chat path is appended. https only (http allowed for loopback hosts).',
                default: 'https://gateway.theturbo.ai',
                required: false
            },
            timeout: {
                description: 'Seconds allowed for each attempt of each call.',
                default: '120',
                required: false
            },
            'max-attempts': {
                description: 'Attempts per call, the first included (1 turns retries off).',
                default: '3',
                required: false
            },
            'max-tokens': {
                description: 'max_tokens sent with every call. Empty sends none.',
                default: '',
                required: false
            },
            temperature: {
                description: 'temperature sent with every call (0–2). Empty sends none.',
                default: '',
                required: false
            },
            concurrency: {
                description: 'Cases in flight at once, 1–64.',
                default: '4',
                required: false
            },
            'min-pass-rate': {
                description: 'Fraction of cases (0–1, or a percentage such as 90%) that must pass for the step to succeed. A case errors (the gateway did not answer) or fails (an expectation); both count against it.',
                default: '1',
                required: false
            },
            mode: {
                description: "The create step's mode output. session gets a warning, as every call then grows the cache and cases see each other.",
                default: '',
                required: false
            },
            vars: {
                description: "Template values, a YAML mapping (name: value). {{name}} in case prompts and messages (and in prompt-file's files, as the create action fills them) is replaced after the files are parsed. Empty: prompts are sent verbatim.",
                default: '',
                required: false
            },
            'github-token': {
                description: 'On a pull request, post the results as one comment, updated on later runs (needs pull-requests: write). Empty: no comment.',
                default: '',
                required: false
            },
            'comment-key': {
                description: "What tells this run's PR comment apart from others. Empty: the workflow, job, step, matrix leg and model, so two eval steps of a job and each leg of a matrix keep their own comment.",
                default: '',
                required: false
            },
            matrix: {
                description: "The matrix leg this step runs in, part of the default comment key. Leave it: the default is the job's own matrix.",
                default: '${{ toJSON(matrix) }}',
                required: false
            },
            'output-dir': {
                description: "Where the results, JUnit and response files are written. Empty uses the runner's temporary directory.",
                default: '',
                required: false
            },
            'judge-model': {
                description: 'The grader for judge expectations. Empty uses model.',
                default: '',
                required: false
            },
            'judge-context-id': {
                description: 'A second cache holding the grading rubric (made by the create action), so graders re-send only the grading turn. Empty: graders get no cached rubric. Masked at once.',
                default: '',
                required: false
            },
            'judge-threshold': {
                description: 'The score (0–1) a grader must give, with pass true, for a judge expectation to pass.',
                default: '0.5',
                required: false
            },
            repeat: {
                description: 'Runs per case, 1–100. Cases whose runs both pass and fail are flagged flaky.',
                default: '1',
                required: false
            },
            'repeat-min-pass': {
                description: 'Runs that must pass for a case to pass. Empty means all of them.',
                default: '',
                required: false
            },
            'baseline-file': {
                description: 'A results-file from an earlier run (e.g. the nightly run on main). Each case is then classified regressed, fixed, still failing, still passing, new or removed.',
                default: '',
                required: false
            },
            'baseline-context-id': {
                description: "A second cache holding the base's prompt (the create action run on a checkout of the pull request's base commit). Every case then runs against both caches, side by side, and is classified as with baseline-file. Masked at once.",
                default: '',
                required: false
            },
            'baseline-model': {
                description: 'The model of the base side (with baseline-context-id), to compare two models on the same cases. Empty uses model.',
                default: '',
                required: false
            },
            alpha: {
                description: 'Significance level of the paired test (one-sided exact McNemar over the cases that changed): below it the head is called worse (or better) than the baseline.',
                default: '0.05',
                required: false
            },
            prices: {
                description: 'USD per 1M tokens, a YAML mapping model: {input, cached-input, output}, overriding or adding to the built-in list prices (an estimate, see the README) for the cost outputs and max-cost.',
                default: '',
                required: false
            },
            'max-cost': {
                description: 'USD. The run stops sending once the estimated cost (judges included) reaches it; cases not run are reported as such and the step fails. Empty: no budget.',
                default: '',
                required: false
            },
            'fail-on': {
                description: 'pass-rate fails the step below min-pass-rate; regressions fails it only when a case that passed in the baseline fails now; worse only when the paired test says the head is worse than the baseline at alpha (needs baseline-context-id or baseline-file).',
                default: 'pass-rate',
                required: false
            },
            shard: {
                description: "i/n runs a deterministic share of the cases (by a hash of each case's name), for a matrix; merge the shards' results files with the eval/merge action.",
                default: '',
                required: false
            },
            history: {
                description: "A branch (e.g. eval-history) that keeps one record per run and model, through the GitHub API with github-token. Runs that are not a PR's append (needs contents: write); a PR only reads it. Empty: off.",
                default: '',
                required: false
            },
            'history-limit': {
                description: 'Records kept per model in the history branch; older ones are dropped in the same commit.',
                default: '500',
                required: false
            },
            'alert-issue': {
                description: "true: an issue per workflow and model when a run that is not a PR's is worse than the last recorded one (paired test, p < 0.05), closed when a later run recovers. Needs issues: write.",
                default: 'false',
                required: false
            }
        },
        outputs: {
            response: 'The answer to prompt (single-prompt mode).',
            'response-file': 'A file holding the answer to prompt (single-prompt mode), for answers too large for an output.',
            passed: 'Cases that passed.',
            failed: 'Cases that failed an expectation.',
            errored: 'Cases the gateway could not answer (after retries).',
            total: 'Cases run.',
            'pass-rate': 'passed / total, from 0 to 1.',
            'results-file': 'JSON results: per case its status (pass, fail, error), failed expectations, answer, usage, latency and attempts.',
            'junit-file': 'JUnit XML of the results, for test reporters.',
            'prompt-tokens': 'Prompt tokens the gateway counted over all calls.',
            'cached-tokens': 'Of those, tokens served from the cache.',
            'completion-tokens': 'Completion tokens over all calls.',
            'cached-share': 'cached-tokens / prompt-tokens, from 0 to 1.',
            regressed: 'Cases that passed in baseline-file and do not now.',
            fixed: 'Cases that did not pass in baseline-file and do now.',
            flaky: 'Cases whose runs both passed and failed (with repeat).',
            'judge-prompt-tokens': "Prompt tokens of the graders' calls, apart from the cases' own.",
            'judge-cached-tokens': "Of those, tokens served from the rubric's cache.",
            'p-value': 'One-sided exact McNemar p that the head is worse than the baseline, 4 significant digits (empty without a baseline).',
            change: 'worse, better or no-significant-change against the baseline at alpha (empty without a baseline).',
            'baseline-passed': 'Cases that passed on the baseline side (empty without a baseline).',
            'baseline-pass-rate': "baseline-passed / the baseline's cases, from 0 to 1 (empty without a baseline).",
            cost: "Estimated USD of this run's calls, judges included (empty when a model has no price).",
            'baseline-cost': "Estimated USD of the base side's calls, judges included (with baseline-context-id)."
        }
    },
    merge: {
        file: 'eval/merge/action.yml',
        description: 'Combine the results files of an evaluation sharded over a matrix into one summary, one PR comment, one JUnit file and one gate.',
        inputs: {
            'results-files': {
                description: "The shards' results files (the eval action's results-file outputs, downloaded as artifacts): one path or glob pattern per line. Every shard of every model must be there exactly once.",
                default: '',
                required: true
            },
            'min-pass-rate': {
                description: 'Fraction of all cases (0–1, or a percentage) that must pass.',
                default: '1',
                required: false
            },
            'fail-on': {
                description: 'pass-rate fails below min-pass-rate; regressions fails only when a case that passed in baseline-file fails now; worse only when the paired test (alpha 0.05) says this run is worse than baseline-file.',
                default: 'pass-rate',
                required: false
            },
            'baseline-file': {
                description: 'A merged results-file from an earlier run, to classify regressions.',
                default: '',
                required: false
            },
            'github-token': {
                description: 'On a pull request, post the merged results as one comment, updated on later runs. Empty, no comment.',
                default: '',
                required: false
            },
            'comment-key': {
                description: 'What tells this comment apart from others. Empty, the workflow and job.',
                default: '',
                required: false
            },
            'output-dir': {
                description: "Where the merged results and JUnit files are written. Empty uses the runner's temporary directory.",
                default: '',
                required: false
            },
            history: {
                description: "A branch (e.g. eval-history) that keeps one record per run and model, through the GitHub API with github-token. Runs that are not a PR's append (needs contents: write); a PR only reads it. Empty: off.",
                default: '',
                required: false
            },
            'history-limit': {
                description: 'Records kept per model in the history branch; older ones are dropped in the same commit.',
                default: '500',
                required: false
            },
            'alert-issue': {
                description: "true: an issue per workflow and model when a run that is not a PR's is worse than the last recorded one (paired test, p < 0.05), closed when a later run recovers. Needs issues: write.",
                default: 'false',
                required: false
            }
        },
        outputs: {
            passed: 'Cases that passed, over every shard.',
            failed: 'Cases that failed an expectation.',
            errored: 'Cases the gateway could not answer.',
            total: 'Cases in all.',
            'pass-rate': 'passed / total, from 0 to 1.',
            'results-file': 'The merged results, as JSON.',
            'junit-file': 'The merged results as JUnit XML.',
            'prompt-tokens': 'Prompt tokens over every shard.',
            'cached-tokens': 'Of those, tokens served from the cache.',
            'completion-tokens': 'Completion tokens over every shard.',
            'cached-share': 'cached-tokens / prompt-tokens.',
            regressed: 'Cases that passed in baseline-file and do not now.',
            fixed: 'Cases that did not pass in baseline-file and do now.',
            flaky: 'Cases whose runs both passed and failed.',
            'judge-prompt-tokens': "Prompt tokens of the graders' calls.",
            'judge-cached-tokens': "Of those, tokens served from the rubric's cache.",
            'p-value': 'One-sided exact McNemar p that this run is worse than baseline-file (empty without one).',
            change: 'worse, better or no-significant-change against baseline-file at alpha 0.05 (empty without one).',
            'baseline-passed': 'Cases that passed in baseline-file (empty without one).',
            'baseline-pass-rate': "baseline-passed / the baseline's cases (empty without one)."
        }
    }
};


/***/ }),

/***/ 3395:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   kh: () => (/* binding */ useWording),
/* harmony export */   z4: () => (/* binding */ wording)
/* harmony export */ });
/* unused harmony export RUNNER_WORDING */
// The few words that depend on where the engines run: a workflow's inputs and steps, or a command
// line's flags. Each front end installs its own table once at start-up; the engines ask for a
// phrase and never learn which front end runs. One entry per message, so none is patched later.
const RUNNER_WORDING = {
    input: (name) => name,
    root: 'the repository root',
    missingSource: (source) => ` Did ${source ?? 'a checkout step'} run before this one?`,
    freshCache: 'Re-run the create step in this job (a cache cannot be passed between jobs or re-used after its ttl), or raise its ttl to cover the whole evaluation',
    freshBaseCache: 'Re-run the create step on the base’s checkout in this job, or raise its ttl to cover the whole evaluation',
    baseCache: 'the base’s cache as baseline-context-id (the create action on a checkout of the base commit)'
};
let current = RUNNER_WORDING;
function wording() {
    return current;
}
/** Called once by a front end before anything else runs. */
function useWording(table) {
    current = table;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
