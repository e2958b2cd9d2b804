export const id = 199;
export const ids = [199];
export const modules = {

/***/ 4199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jj: () => (/* binding */ dryRunLine),
  RD: () => (/* binding */ dryRunStandIns),
  _3: () => (/* binding */ evaluate),
  Sz: () => (/* binding */ evaluateWith),
  mz: () => (/* binding */ prepareEvaluation)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/inputs/fields.ts
var fields = __webpack_require__(2996);
// EXTERNAL MODULE: ./src/inputs/specs.ts
var specs = __webpack_require__(8793);
// EXTERNAL MODULE: ./src/inputs/rules.ts + 1 modules
var rules = __webpack_require__(3105);
// EXTERNAL MODULE: ./src/models.ts
var models = __webpack_require__(6293);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/evaluation/shard.ts
// Sharding over a matrix: `shard: i/n` runs a deterministic share of the cases, chosen by a hash
// of each case's name, so adding a case never moves the others to another shard. Pure.


/** `i/n` → a Shard; a message naming the problem otherwise. */
function parseShard(raw) {
    const m = /^(\d{1,4})\s*\/\s*(\d{1,4})$/.exec(raw.trim());
    if (!m)
        return `${(0,fields/* quoteValue */.cl)(raw)} is not i/n`;
    const [index, count] = [Number(m[1]), Number(m[2])];
    if (count < 1 || count > 1000)
        return `${count} shards is outside 1–1000`;
    if (index < 1 || index > count)
        return `shard ${index} is outside 1–${count}`;
    return { index, count };
}
/** Which shard (1-based) a case belongs to, out of `count`. */
function shardOf(name, count) {
    const h = (0,external_node_crypto_.createHash)('sha256').update(name).digest();
    return (h.readUInt32BE(0) % count) + 1;
}
function inShard(cases, shard) {
    return cases.filter((c) => shardOf(c.name, shard.count) === shard.index);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/escape.ts
var src_escape = __webpack_require__(2988);
;// CONCATENATED MODULE: ./src/inputs/prices.ts
// The prices input: a YAML mapping `model: {input, cached-input, output}` in USD per 1M tokens,
// over the built-in list prices (src/models.ts). The gateway resells at its own prices, so a team
// states what it pays; every bad value is reported with the model and the field it belongs to.





const FIELDS = { input: 'input', 'cached-input': 'cachedInput', output: 'output' };
/** Far above any list price: a larger figure is a typo (per 1K, or in cents). */
const MAX_PRICE = 10_000;
const EXAMPLE = 'e.g. prices: "gemini-2.5-flash: {input: 0.30, cached-input: 0.03, output: 2.50}" (USD per 1M tokens)';
/** The input → the prices it sets, by model id in lower case; empty: none. */
function parsePrices(raw, ctx) {
    if (raw.trim() === '')
        return new Map();
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(raw, { maxAliasCount: 0 });
    }
    catch (e) {
        return (0,fields/* reject */.ku)(ctx, `is not YAML (${(0,src_escape/* forLog */.Ig)((e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '', 200)})`, `Write a mapping, ${EXAMPLE}`);
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        return (0,fields/* reject */.ku)(ctx, 'is not a mapping of model ids', `Write one, ${EXAMPLE}`);
    const out = new Map();
    const problems = [];
    for (const [model, entry] of Object.entries(doc)) {
        const name = (0,src_escape/* forLog */.Ig)(JSON.stringify(model.slice(0, 80)));
        if (!(0,rules/* isModelId */.TC)(model)) {
            problems.push(`${name} is not a model id`);
            continue;
        }
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
            problems.push(`${name}: is not a mapping of input, cached-input and output`);
            continue;
        }
        const values = {};
        for (const key of Object.keys(entry))
            if (!(key in FIELDS))
                problems.push(`${name}: unknown field ${(0,src_escape/* forLog */.Ig)(JSON.stringify(key.slice(0, 40)))}`);
        for (const [key, prop] of Object.entries(FIELDS)) {
            const value = entry[key];
            if (value === undefined)
                problems.push(`${name}: ${key} is missing`);
            else if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_PRICE)
                problems.push(`${name}: ${key} ${(0,src_escape/* forLog */.Ig)(JSON.stringify(value)?.slice(0, 40) ?? typeof value)} is not a number from 0 to ${MAX_PRICE}`);
            else
                values[prop] = value;
        }
        if (values.input !== undefined && values.cachedInput !== undefined && values.output !== undefined)
            out.set(model.toLowerCase(), { input: values.input, cachedInput: values.cachedInput, output: values.output });
    }
    if (problems.length)
        return (0,fields/* reject */.ku)(ctx, problems.join('; '), `Give each model input, cached-input and output in USD per 1M tokens, ${EXAMPLE}`);
    return out;
}
/** The prices input's entries first, then the built-in list prices. */
function priceBook(overrides) {
    if (overrides.size === 0)
        return models/* listPrices */.hj;
    return (model) => {
        const own = overrides.get(model.toLowerCase());
        const listed = (0,models/* listPrices */.hj)(model);
        // The storage price stays the list's: the input names only what a call costs.
        return own ? { ...own, storagePerHour: listed?.storagePerHour } : listed;
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "os"
var external_os_ = __webpack_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __webpack_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!fs.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    fs.appendFileSync(filePath, `${toCommandValue(message)}${os.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${os.EOL}${convertedValue}${os.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./src/runner/core-commands.ts
// What `#core` resolves to in the bundle (package.json "imports", condition "production", which
// ncc's resolver sets and node, tsx, jest and @github/local-action do not): the slice of
// @actions/core this action uses, built from the toolkit's own command modules.
//
// Why: @actions/core's entry point also loads @actions/http-client, undici and @actions/exec (for
// OIDC tokens and platform details we never ask for), which costs tens of milliseconds on every
// run. Everywhere else `#core` is the public @actions/core, so local-action's stub of it applies.
// Each function below copies @actions/core 3's wrapper of the same name; the contract test
// (__tests__/integration/toolkit-contract.test.ts) runs both side by side and compares every byte
// they write. The package's `exports` map hides lib/, hence the relative paths; the lockfile pins
// the version.





function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options?.required && !val)
        throw new Error(`Input required and not supplied: ${name}`);
    if (options?.trimWhitespace === false)
        return val;
    return val.trim();
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
// Unlike @actions/core, no fallback to the ::set-output/::set-env commands GitHub disabled in 2020:
// without the file, issueFileCommand throws (toolkit.ts says why in plain words before it gets here).
function setOutput(name, value) {
    issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
}
function exportVariable(name, value) {
    process.env[name] = toCommandValue(value);
    issueFileCommand('ENV', prepareKeyValueMessage(name, value));
}
function core_commands_debug(message) {
    command_issueCommand('debug', {}, message);
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}

;// CONCATENATED MODULE: ./src/runner/toolkit.ts
// The runner's commands and files, as the rest of the action uses them: a thin layer over
// `#core`, which package.json maps to the public @actions/core (node, tsx, jest, and
// @github/local-action, whose stub of @actions/core then masks and captures outputs) and, in the
// ncc bundle, to core-commands.ts (the same functions without the OIDC client's start-up cost).



/** The annotation's title (and file) kept free of line separators and bidi overrides. */
function safe(where) {
    return where.title === undefined ? where : { ...where, title: (0,src_escape/* forAnnotation */.Jc)(where.title) };
}
/** The runner's environment is not what a JavaScript action needs (a command file is missing). */
class RunnerError extends (/* unused pure expression or super */ null && (ActionError)) {
}
const PURPOSE = { GITHUB_OUTPUT: 'step outputs', GITHUB_ENV: 'environment variables for later steps' };
/**
 * Refuse to run where the runner's command files are missing, rather than fall back to the
 * ::set-output/::set-env commands GitHub disabled in 2020 (@actions/core still does). Call it
 * before sending anything, so a missing file cannot strand a cache that was already created.
 */
function checkCommandFiles(files = ['GITHUB_OUTPUT', 'GITHUB_ENV'], env = process.env) {
    // Only a real runner must have them: a local run (npx @github/local-action) captures outputs
    // from the workflow commands core falls back to, and sets no GITHUB_ACTIONS.
    if (env['GITHUB_ACTIONS'] !== 'true')
        return;
    const missing = files.filter((name) => !env[name]);
    if (missing.length === 0)
        return;
    const what = missing.map((name) => `${name} (${PURPOSE[name]})`).join(' and ');
    throw new RunnerError(`${what} ${missing.length > 1 ? 'are' : 'is'} not set, so this action cannot hand anything on to later steps`, 'Run it on a GitHub Actions runner (v2.327.1 or newer), which sets them; this action does not fall back to the ::set-output/::set-env commands GitHub disabled in 2020. Running it by hand? Point both at writable files (see .env.example).');
}
/** An input as the runner passes it: INPUT_<NAME> (spaces → `_`, hyphens kept), trimmed. */
function toolkit_getInput(name) {
    // trimWhitespace: local-action's stub trims only when asked; @actions/core trims unless told not to.
    return core.getInput(name, { trimWhitespace: true });
}
/** Mask a value (and, on the runner, each of its lines) in every later log line. */
function toolkit_setSecret(secret) {
    core.setSecret(secret);
}
function toolkit_setOutput(name, value) {
    checkCommandFiles(['GITHUB_OUTPUT']);
    core.setOutput(name, value);
}
function toolkit_exportVariable(name, value) {
    checkCommandFiles(['GITHUB_ENV']);
    core.exportVariable(name, value);
}
function toolkit_debug(message) {
    core_commands_debug((0,src_escape/* forAnnotation */.Jc)(message));
}
function toolkit_info(message) {
    info((0,src_escape/* forAnnotation */.Jc)(message));
}
function toolkit_warning(message, where = {}) {
    warning((0,src_escape/* forAnnotation */.Jc)(message), safe(where));
}
function toolkit_notice(message, where = {}) {
    core.notice(message, where);
}
function toolkit_error(message, where = {}) {
    core.error(forAnnotation(message), safe(where));
}
/** Report an error and make the step fail (exit code 1) without throwing. */
function setFailed(message, where = {}) {
    // @actions/core's setFailed takes no annotation; this is its body with one.
    process.exitCode = 1;
    core.error(forAnnotation(message), safe(where));
}
const toolkit_summary = summary;
/** The engines' Log, as workflow commands. */
const runnerLog = { info: toolkit_info, warning: toolkit_warning, debug: toolkit_debug };

;// CONCATENATED MODULE: ./src/github/comment.ts
// One sticky PR comment per evaluation: found again on the next run by a hidden marker and
// updated, never duplicated. Through @actions/github's octokit, which honours GITHUB_API_URL
// (GHES, and the tests' stand-in) and the runner's proxy settings. Loaded only when a token is given.



/** Pages of comments read at most looking for ours (100 a page): a Link that never ends is cut. */
const MAX_PAGES = 50;
/** Milliseconds allowed for each GitHub API request unless the caller says less. */
const GITHUB_TIMEOUT_MS = 30_000;
/** Where the comment goes: the pull request this run is for, or undefined when it is for none. */
async function pullRequestOf() {
    const { context } = await Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 1351));
    const number = context.payload.pull_request?.number;
    if (typeof number !== 'number' || !process.env['GITHUB_REPOSITORY'])
        return undefined;
    return { ...context.repo, issueNumber: number };
}
/**
 * The default comment key: workflow, job, step (GITHUB_ACTION: the step's id, or its position in
 * the job), the matrix leg and the model. Two eval steps of one job, or two legs of a matrix that
 * differ in anything (not only the model), each keep their own comment: one step's passing report
 * must never replace another's failing one.
 */
function defaultCommentKey(model, env = process.env, matrix = '') {
    return [env['GITHUB_WORKFLOW'] ?? '', env['GITHUB_JOB'] ?? '', env['GITHUB_ACTION'] ?? '', matrixKey(matrix), model].join(' / ');
}
/**
 * The matrix input (`${{ toJSON(matrix) }}` by default) as a stable text: keys sorted, so the same
 * leg keys the same comment on every run. Not a matrix job ('null', '') or an unexpanded
 * expression (a local run) gives ''.
 */
function matrixKey(raw) {
    const text = raw.trim();
    if (text === '' || text.includes('${{'))
        return '';
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return text;
    }
    if (value === null)
        return '';
    const sorted = (v) => Array.isArray(v)
        ? v.map(sorted)
        : v && typeof v === 'object'
            ? Object.fromEntries(Object.keys(v)
                .sort()
                .map((k) => [k, sorted(v[k])]))
            : v;
    return JSON.stringify(sorted(value));
}
/**
 * The hidden line that finds the comment again. A hash of the key, so nothing the key holds
 * (a workflow name with `-->` in it) can end the HTML comment early or show in the page.
 */
function marker(key) {
    return `<!-- context-cache-eval ${createHash('sha256').update(key).digest('hex').slice(0, 24)} -->`;
}
/**
 * Whose comments may be ours. A personal token can say who it is (GET /user); an installation
 * token (the workflow's GITHUB_TOKEN, a GitHub App's) cannot (403), and writes as a bot account
 * (github-actions[bot], <app>[bot]), which a pull request's author cannot be.
 */
async function ourAuthorTest(octokit) {
    try {
        const { login } = (await octokit.rest.users.getAuthenticated()).data;
        return (user) => user?.login === login;
    }
    catch {
        return (user) => user?.type === 'Bot';
    }
}
/**
 * Update the newest comment that carries `mark`, else create one. Without the right to write
 * (fork pull requests get a read-only token) it reports `skipped` with the reason, never throws
 * for that: a missing comment must not fail an evaluation.
 */
async function upsertComment(token, place, mark, body, timeoutMs = GITHUB_TIMEOUT_MS) {
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 1351));
    const refused = [];
    // The runner's proxy settings live in the default request options, which ours replace: kept inside.
    const { defaults } = await __webpack_require__.e(/* import() */ 665).then(__webpack_require__.bind(__webpack_require__, 8665));
    const inner = defaults.request?.fetch ?? fetch;
    // octokit logs GitHub's own headers (Sunset, Link in deprecation notices), by default to stderr
    // as they are: escaped, debug only. The request layer has its own log option.
    const log = {
        debug: () => undefined,
        info: () => undefined,
        warn: (m) => debug(`GitHub API: ${forLog(String(m), 300)}`),
        error: (m) => debug(`GitHub API: ${forLog(String(m), 300)}`)
    };
    const octokit = getOctokit(token, {
        log,
        request: {
            agent: defaults.request?.agent,
            fetch: guardedFetch(apiOrigin(), Math.min(timeoutMs, GITHUB_TIMEOUT_MS), inner, refused),
            log
        }
    });
    const text = `${mark}\n${body}`;
    try {
        // Only our own comment counts: the marker is no secret, and a comment someone else wrote
        // with it must neither be overwritten nor leave our real report stale.
        const mine = await ourAuthorTest(octokit);
        let found;
        let pages = 0;
        const seen = new Set();
        try {
            for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
                owner: place.owner,
                repo: place.repo,
                issue_number: place.issueNumber,
                per_page: 100
            })) {
                // We write the marker as the first line: a comment that only quotes it (another bot's
                // comment quoting the PR description) is not ours.
                for (const c of page.data)
                    if (isOurs(c.body, mark) && mine(c.user))
                        found = c.id;
                if (++pages >= MAX_PAGES || seen.has(page.url))
                    break;
                seen.add(page.url);
            }
        }
        catch (e) {
            // A next page on another host is not followed (nor its token sent): paging ends there.
            if (refused.length === 0)
                throw e;
            debug(`Comment pages: ${forLog(refused[0], 300)}`);
        }
        if (found !== undefined) {
            const updated = await octokit.rest.issues
                .updateComment({ owner: place.owner, repo: place.repo, comment_id: found, body: text })
                .catch((e) => {
                // Another bot's comment with our marker (an installation token cannot tell which bot it
                // is): not ours to edit, so post our own rather than skip the report on every run.
                if (e.status === 403)
                    return undefined;
                throw e;
            });
            if (updated)
                return { action: 'updated', url: updated.data.html_url };
        }
        const res = await octokit.rest.issues.createComment({
            owner: place.owner,
            repo: place.repo,
            issue_number: place.issueNumber,
            body: text
        });
        return { action: 'created', url: res.data.html_url };
    }
    catch (e) {
        const status = e.status;
        const reason = status === 403 || status === 401 || status === 404
            ? `the token may not comment on this pull request (HTTP ${status}); give the job \`permissions: pull-requests: write\` (fork pull requests get a read-only token: the job summary has the report)`
            : `GitHub answered ${typeof status === 'number' ? `HTTP ${status}` : 'with an error'}: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`;
        return { action: 'skipped', reason };
    }
}
/** Our comment starts with the marker line, as upsertComment writes it. */
function isOurs(body, mark) {
    return typeof body === 'string' && (body === mark || body.startsWith(`${mark}\n`) || body.startsWith(`${mark}\r\n`));
}
/** The origin every request must go to: the runner's GITHUB_API_URL, else github.com's API. */
function apiOrigin(env = process.env) {
    try {
        return new URL(env['GITHUB_API_URL'] || 'https://api.github.com').origin;
    }
    catch {
        return 'https://api.github.com';
    }
}
/**
 * fetch for octokit: only to `origin` (a Link header naming another host must not receive the
 * token), and each request cut after `timeoutMs` (a stalled answer must not hold the step).
 */
function guardedFetch(origin, timeoutMs, inner = fetch, refused = []) {
    return (input, init) => {
        const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
        if (url.origin !== origin) {
            const why = `refused a request to ${url.origin}: GitHub API requests go to ${origin} only`;
            refused.push(why);
            return Promise.reject(new Error(forLog(why, 300)));
        }
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        return inner(input, { ...init, signal }).catch((e) => {
            if (timeout.aborted)
                throw new Error(`GitHub did not answer within ${Math.round(timeoutMs / 1000)} s`);
            throw e;
        });
    };
}

// EXTERNAL MODULE: ./src/wording.ts
var wording = __webpack_require__(3395);
;// CONCATENATED MODULE: ./src/actions/eval/inputs.ts
// The eval action's inputs → one validated EvalSettings, every bad input reported in one pass.
// The rules every action shares are in src/inputs/rules.ts; only what is new to an evaluation is
// written here.










/** The inputs eval/action.yml declares, by the names users write. */
const EVAL_INPUTS = Object.keys(specs/* SPECS */.n.eval.inputs);
const MAX_ID = 1024;
function parseContextId(raw, ctx) {
    // A secret: described, never shown.
    if (raw === '')
        return (0,fields/* reject */.ku)(ctx, 'is empty, and CONTEXT_CACHE_ID is not set', 'Run the create action earlier in this job (it exports CONTEXT_CACHE_ID), or pass its output: `context-id: ${{ steps.cache.outputs.context-id }}`');
    if (raw.length > MAX_ID || rules/* SPACE_OR_CONTROL */.JS.test(raw))
        return (0,fields/* reject */.ku)(ctx, `is not a cache id (${raw.length > MAX_ID ? `over ${MAX_ID} characters` : 'it contains whitespace or a control character'})`, 'Pass the create step’s context-id output as it is');
    return raw;
}
function parseShardInput(raw, ctx) {
    if (raw === '')
        return undefined;
    const shard = parseShard(raw);
    if (typeof shard === 'string')
        return (0,fields/* reject */.ku)(ctx, shard, 'Write it as i/n, e.g. shard: ${{ matrix.shard }}/4 with shard: [1, 2, 3, 4] in the matrix');
    return shard;
}
const MAX_COST_HINT = 'Set max-cost to a number of US dollars, e.g. 5 or 0.50, or leave it empty for no budget';
const maxCostIn = (0,rules/* decimalIn */.hJ)(0, 1_000_000, MAX_COST_HINT);
/** A budget of nothing sends nothing, and would then blame the gateway for answering nothing. */
function parseMaxCost(raw, ctx) {
    const n = maxCostIn(raw, ctx);
    return n === 0 ? (0,fields/* reject */.ku)(ctx, 'is 0: not one case would be sent', MAX_COST_HINT) : n;
}
function parseOptionalId(raw, ctx) {
    return raw === '' ? undefined : parseContextId(raw, ctx);
}
const Schema = schemas/* object */.Ikc({
    'context-id': (0,fields/* field */.ZZ)(parseOptionalId),
    model: (0,fields/* field */.ZZ)(rules/* parseModel */.Xh),
    'cases-file': (0,fields/* field */.ZZ)(rules/* parseLines */.Li),
    prompt: schemas/* string */.YjP(),
    'prompt-file': (0,fields/* field */.ZZ)(rules/* parseLines */.Li),
    'dry-run': (0,fields/* field */.ZZ)(rules/* parseBoolean */.yG),
    'api-key': (0,fields/* field */.ZZ)(rules/* parseApiKey */.Xu),
    'base-url': (0,fields/* field */.ZZ)(rules/* parseBaseUrl */.Q2),
    timeout: (0,fields/* field */.ZZ)(rules/* parseTimeout */.ZZ),
    'max-attempts': (0,fields/* field */.ZZ)(rules/* parseMaxAttempts */.Id),
    'max-tokens': (0,fields/* field */.ZZ)((0,rules/* integerIn */.wo)(1, 1_000_000, 'Set max-tokens to e.g. 1024, or leave it empty to send none')),
    temperature: (0,fields/* field */.ZZ)((0,rules/* decimalIn */.hJ)(0, 2, 'Set temperature between 0 and 2 (0 for the most repeatable answers), or leave it empty')),
    concurrency: (0,fields/* field */.ZZ)((0,rules/* integerIn */.wo)(1, 64, 'Set concurrency from 1 to 64 (calls in flight at once); 4 is a safe start')),
    'min-pass-rate': (0,fields/* field */.ZZ)(rules/* parseMinPassRate */.b),
    mode: (0,fields/* field */.ZZ)(rules/* parseMode */.Zx),
    vars: schemas/* string */.YjP(),
    'github-token': schemas/* string */.YjP(),
    'comment-key': schemas/* string */.YjP(),
    // As a stable key: sorted, and '' for no matrix or an unexpanded expression (a local run).
    matrix: schemas/* string */.YjP().transform(matrixKey),
    'output-dir': schemas/* string */.YjP(),
    'judge-model': (0,fields/* field */.ZZ)(rules/* parseModel */.Xh),
    'judge-context-id': (0,fields/* field */.ZZ)(parseOptionalId),
    'judge-threshold': (0,fields/* field */.ZZ)((0,rules/* decimalIn */.hJ)(0, 1, 'Set judge-threshold between 0 and 1: the score a grader must give for a pass (default 0.5)')),
    repeat: (0,fields/* field */.ZZ)((0,rules/* integerIn */.wo)(1, 100, 'Set repeat from 1 to 100: how many times each case runs')),
    'repeat-min-pass': (0,fields/* field */.ZZ)((0,rules/* integerIn */.wo)(1, 100, 'Set repeat-min-pass from 1 to repeat: how many runs must pass')),
    'baseline-file': schemas/* string */.YjP(),
    'baseline-context-id': (0,fields/* field */.ZZ)(parseOptionalId),
    'baseline-model': (0,fields/* field */.ZZ)(rules/* parseModel */.Xh),
    alpha: (0,fields/* field */.ZZ)((0,rules/* decimalIn */.hJ)(0.0001, 0.5, 'Set alpha between 0.0001 and 0.5: the significance level of the paired test (default 0.05)')),
    prices: (0,fields/* field */.ZZ)(parsePrices),
    'max-cost': (0,fields/* field */.ZZ)(parseMaxCost),
    'fail-on': (0,fields/* field */.ZZ)(rules/* parseFailOn */.XV),
    shard: (0,fields/* field */.ZZ)(parseShardInput)
});
/**
 * Every input, validated in one pass. `context-id` falls back to CONTEXT_CACHE_ID, as the create
 * action exports it. Throws InputErrors listing each bad input.
 */
function readEvalSettings(getInput, env = process.env) {
    const raw = Object.fromEntries(EVAL_INPUTS.map((n) => [n, getInput(n)]));
    const inline = raw['prompt-file'].trim() !== '';
    const envId = (env['CONTEXT_CACHE_ID'] ?? '').trim();
    const envModel = (env['CONTEXT_CACHE_MODEL'] ?? '').trim();
    const givenId = raw['context-id'];
    // With prompt-file there is no cache: a CONTEXT_CACHE_ID some create step exported is not this run's.
    if (givenId === '' && !inline)
        raw['context-id'] = envId;
    const cacheFromEnv = !inline && envId !== '' && raw['context-id'] === envId;
    const givenModel = raw.model;
    if (givenModel === '' && !inline)
        raw.model = envModel;
    const dry = ['true', 'True', 'TRUE'].includes(raw['dry-run']);
    const parsed = Schema.safeParse(raw);
    const errors = parsed.success ? [] : (0,fields/* inputErrors */.e6)(parsed.error.issues);
    if (raw.model === '')
        errors.unshift(new src_errors/* InputError */.dz('model', inline ? 'is required with prompt-file' : 'is empty, and CONTEXT_CACHE_MODEL is not set', 'Set model to the model the cache was created for, e.g. gemini-2.5-flash, or run the create action earlier in this job (it exports CONTEXT_CACHE_MODEL)'));
    // The cache answers only for its own model: a different one would be refused by the gateway (or
    // worse, answered without the cache) after the first calls were paid for.
    if (cacheFromEnv && envModel !== '' && givenModel !== '' && givenModel.toLowerCase() !== envModel.toLowerCase())
        errors.push(new src_errors/* InputError */.dz('model', `is ${givenModel}, but the cache in CONTEXT_CACHE_ID was created for ${envModel}`, `Leave model empty to use ${envModel}, or pass the context-id of a cache created for ${givenModel}`));
    if (raw['api-key'] === '' && !dry)
        errors.push(new src_errors/* InputError */.dz('api-key', 'is empty', 'Pass the gateway key from a secret: `api-key: ${{ secrets.GATEWAY_API_KEY }}`, or set dry-run: true to validate without sending'));
    if (inline && givenId !== '')
        errors.push(new src_errors/* InputError */.dz('prompt-file', 'is set together with context-id', 'Give context-id to run against a cache, or prompt-file to send the prompt with every case (no cache), not both'));
    if (!inline && raw['context-id'] === '' && !dry)
        errors.push(new src_errors/* InputError */.dz('context-id', 'is empty, and CONTEXT_CACHE_ID is not set', 'Run the create action earlier in this job (it exports CONTEXT_CACHE_ID), pass its output (`context-id: ${{ steps.cache.outputs.context-id }}`), or give prompt-file where no cache can be made'));
    const cases = raw['cases-file'].trim() !== '';
    if (cases === (raw.prompt.trim() !== ''))
        errors.push(new src_errors/* InputError */.dz(cases ? 'prompt' : 'cases-file', cases ? 'is set together with cases-file' : 'is required (or prompt)', 'Give cases-file (one path or glob per line) to run test cases, or prompt for one call, not both'));
    if (errors.length || !parsed.success)
        throw new src_errors/* InputErrors */.G(errors);
    const v = parsed.data;
    const repeat = v.repeat ?? 1;
    if (v['repeat-min-pass'] !== undefined && v['repeat-min-pass'] > repeat)
        throw new src_errors/* InputErrors */.G([
            new src_errors/* InputError */.dz('repeat-min-pass', `${v['repeat-min-pass']} is more than repeat (${repeat})`, 'Set it from 1 to repeat')
        ]);
    if (v.shard && !cases)
        throw new src_errors/* InputErrors */.G([new src_errors/* InputError */.dz('shard', 'is set for a single prompt', 'Shard a cases-file; a single prompt runs on one leg')]);
    const baselineFile = raw['baseline-file'].trim() || undefined;
    const baselineContextId = v['baseline-context-id'];
    // Named as the front end names them: a command line may give the base's cache another way.
    const w = (0,wording/* wording */.z4)();
    const [file, cache] = [w.input('baseline-file'), w.input('baseline-context-id')];
    if (baselineFile && baselineContextId)
        throw new src_errors/* InputErrors */.G([
            new src_errors/* InputError */.dz('baseline-context-id', `is set together with ${file}`, `Compare against one baseline: ${w.baseCache}, or an earlier run’s results (${file})`)
        ]);
    if (v['fail-on'] === 'regressions' && !baselineFile && !baselineContextId && raw.history.trim() === '')
        throw new src_errors/* InputErrors */.G([
            new src_errors/* InputError */.dz('fail-on', `is regressions, but no ${file} or ${cache} is given`, `Pass the results-file of an earlier run (e.g. the nightly run on main) as ${file}, or ${w.baseCache}`)
        ]);
    if (v['fail-on'] === 'worse' && !baselineFile && !baselineContextId && raw.history.trim() === '')
        throw new src_errors/* InputErrors */.G([
            new src_errors/* InputError */.dz('fail-on', 'is worse, but there is no baseline to be worse than', `Pass ${w.baseCache}, or an earlier run’s results-file as ${file}`)
        ]);
    // A base asked the head's own prompt compares nothing, and pays for every case twice: the base's
    // create step without env-var overwrites CONTEXT_CACHE_ID, and context-id then falls back to it.
    if (baselineContextId && !inline && baselineContextId === v['context-id'])
        throw new src_errors/* InputErrors */.G([
            new src_errors/* InputError */.dz('baseline-context-id', `is the same cache as context-id${cacheFromEnv ? ' (from CONTEXT_CACHE_ID)' : ''}: both sides would be asked the same prompt`, "Give the base's create step its own env-var (e.g. env-var: BASE_CONTEXT_CACHE_ID) and pass the head's context-id output as context-id; when the prompts are the same, leave baseline-context-id empty")
        ]);
    if (baselineContextId && inline)
        throw new src_errors/* InputErrors */.G([
            new src_errors/* InputError */.dz('baseline-context-id', "is set with prompt-file: the base's cache would be asked with this change's prompt in front of every case", 'Compare two caches (context-id and baseline-context-id), or, without a cache, compare with an earlier run through baseline-file')
        ]);
    if (v['baseline-model'] && !baselineContextId)
        throw new src_errors/* InputErrors */.G([
            new src_errors/* InputError */.dz('baseline-model', `is set without ${cache}`, `Give ${w.baseCache}, or drop ${w.input('baseline-model')}`)
        ]);
    const prices = priceBook(v.prices);
    const judgeModel = (0,models/* lookupModel */.Md)(v['judge-model'] || v.model);
    const baselineModel = baselineContextId ? (0,models/* lookupModel */.Md)(v['baseline-model'] || v.model) : undefined;
    if (v['max-cost'] !== undefined) {
        const unpriced = [v.model, baselineModel?.id, judgeModel.id].filter((m) => m !== undefined && !prices(m));
        if (unpriced.length)
            throw new src_errors/* InputErrors */.G([
                new src_errors/* InputError */.dz('max-cost', `needs a price for ${[...new Set(unpriced)].join(', ')}, which the built-in table does not have`, 'Add it to the prices input, e.g. prices: "my-model: {input: 0.30, cached-input: 0.03, output: 2.50}"')
            ]);
    }
    return {
        model: (0,models/* lookupModel */.Md)(v.model),
        contextId: v['context-id'] ?? '',
        promptFiles: v['prompt-file'],
        dryRun: v['dry-run'],
        casesFiles: v['cases-file'],
        prompt: cases ? undefined : raw.prompt,
        apiKey: v['api-key'],
        baseUrl: v['base-url'],
        timeoutMs: v.timeout,
        maxAttempts: v['max-attempts'],
        maxTokens: v['max-tokens'],
        temperature: v.temperature,
        concurrency: v.concurrency ?? 4,
        minPassRate: v['min-pass-rate'] ?? 1,
        mode: v.mode,
        vars: v.vars,
        githubToken: v['github-token'],
        commentKey: v['comment-key'],
        matrix: v.matrix,
        outputDir: v['output-dir'],
        judgeModel,
        judgeContextId: v['judge-context-id'],
        judgeThreshold: v['judge-threshold'] ?? 0.5,
        repeat,
        repeatMinPass: v['repeat-min-pass'] ?? repeat,
        baselineFile,
        baselineContextId,
        baselineModel,
        alpha: v.alpha ?? 0.05,
        prices,
        maxCost: v['max-cost'],
        failOn: v['fail-on'],
        shard: v.shard
    };
}

// EXTERNAL MODULE: ./src/evaluation/compare.ts
var compare = __webpack_require__(8733);
// EXTERNAL MODULE: ./src/gateway/chat.ts
var chat = __webpack_require__(1310);
// EXTERNAL MODULE: ./src/gateway/retry.ts
var retry = __webpack_require__(956);
// EXTERNAL MODULE: ./src/gateway/send.ts
var send = __webpack_require__(5522);
// EXTERNAL MODULE: ./src/gateway/transport.ts + 1 modules
var gateway_transport = __webpack_require__(5303);
// EXTERNAL MODULE: ./src/evaluation/cost.ts
var evaluation_cost = __webpack_require__(8945);
// EXTERNAL MODULE: ./src/evaluation/engine.ts + 1 modules
var engine = __webpack_require__(4741);
// EXTERNAL MODULE: ./src/evaluation/pool.ts
var pool = __webpack_require__(9794);
// EXTERNAL MODULE: ./src/evaluation/answer-shelf.ts
var answer_shelf = __webpack_require__(807);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/evaluation/regex.ts
// `matches` runs regular expressions a pull request wrote against answers a model wrote. A
// pattern like ^(a+)+$ backtracks exponentially on the wrong answer and would block the event
// loop (the job hangs until its timeout), so tests run in a worker with a deadline: on time out
// the worker is ended and the case fails with a message that names the cause.

/** Inside the worker: V8's linear engine takes over patterns that backtrack too much, where it can. */
const WORKER = `
const { parentPort } = require('node:worker_threads');
try { require('node:v8').setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks'); } catch {}
parentPort.on('message', ({ source, flags, text }) => {
  let ok = false;
  try { ok = new RegExp(source, flags).test(text); } catch {}
  parentPort.postMessage(ok);
});`;
/** A worker that has not started by then never will; its test ends as a time out. */
const START_BOUND_MS = 60_000;
/**
 * Up to `workers` workers, each running one test at a time (so a deadline measures the test, not
 * a queue); tests beyond that wait for a free worker. Catastrophic patterns then cost
 * cases × deadline / workers, not cases × deadline.
 */
function regexRunner(deadlineMs = 2000, workers = 1) {
    const idle = Array.from({ length: Math.max(1, Math.floor(workers)) }, () => ({}));
    const all = [...idle];
    const waiting = [];
    const pending = new Set();
    const acquire = () => new Promise((resolve) => (idle.length ? resolve(idle.pop()) : waiting.push(resolve)));
    const release = (slot) => {
        const next = waiting.shift();
        if (next)
            next(slot);
        else
            idle.push(slot);
    };
    const run = (slot, re, text) => new Promise((resolve, reject) => {
        if (!slot.worker) {
            slot.worker = new external_node_worker_threads_.Worker(WORKER, { eval: true });
            slot.online = false;
        }
        const w = slot.worker;
        const expire = () => {
            w.removeAllListeners();
            slot.worker = undefined; // the next test here starts a fresh worker
            void w.terminate();
            resolve('timeout');
        };
        // The deadline starts once the worker runs, so a loaded machine's slow start-up is not a time out.
        let timer = setTimeout(expire, slot.online ? deadlineMs : START_BOUND_MS);
        if (!slot.online)
            w.once('online', () => {
                slot.online = true;
                clearTimeout(timer);
                timer = setTimeout(expire, deadlineMs);
            });
        w.once('message', (ok) => {
            clearTimeout(timer);
            w.removeAllListeners('error');
            w.removeAllListeners('online');
            resolve(ok);
        });
        w.once('error', (e) => {
            clearTimeout(timer);
            slot.worker = undefined;
            reject(e);
        });
        w.postMessage({ source: re.source, flags: re.flags, text });
    });
    return {
        test(re, text) {
            const next = acquire().then((slot) => run(slot, re, text).finally(() => release(slot)));
            const tracked = next.catch(() => undefined);
            pending.add(tracked);
            void tracked.then(() => pending.delete(tracked));
            return next;
        },
        async close() {
            await Promise.all(pending);
            await Promise.all(all.map((slot) => (slot.worker ? slot.worker.terminate() : Promise.resolve(0))));
            for (const slot of all)
                slot.worker = undefined;
        }
    };
}

;// CONCATENATED MODULE: ./src/evaluation/session.ts
// One evaluation against the gateway: cases → a keep-alive transport, the askers for the model and
// its judge (sharing one Retry-After pause), the regex runner → the engine's results. Front ends
// pass typed settings and a Log; they read no input here and write nothing of the runner's.












async function runSession(cases, settings, deps) {
    const { log } = deps;
    const { transport, via, close } = await (0,gateway_transport/* chooseTransport */.D)(deps.env ?? process.env, { keepAlive: { maxSockets: settings.concurrency } });
    const url = (0,models/* chatUrl */.GM)(settings.baseUrl, settings.model, settings.contextId !== undefined);
    log.info(`Evaluating ${cases.length} case(s)${settings.repeat > 1 ? ` × ${settings.repeat} runs` : ''} on ${settings.model.id} at ${url} (${via}), ${settings.concurrency} at once; each call up to ${settings.maxAttempts} attempt(s), ${(0,retry/* seconds */.YA)((0,send/* sendBoundMs */.$H)(settings.timeoutMs, settings.maxAttempts))} s at most.`);
    const pause = new pool/* Pause */.v();
    const secrets = [settings.contextId, settings.judgeContextId, settings.baselineContextId, ...(settings.secrets ?? [])].filter((s) => !!s);
    const asker = (model, contextId, endpoint) => (messages, label) => (0,chat/* chat */.T)({ model, contextId, messages, maxTokens: settings.maxTokens, temperature: settings.temperature }, {
        url: endpoint,
        apiKey: settings.apiKey,
        timeoutMs: settings.timeoutMs,
        maxAttempts: settings.maxAttempts,
        transport,
        secrets,
        retry: (0,retry/* realRetryDeps */.tn)((m) => log.info(`case ${(0,src_escape/* forLog */.Ig)(label, 120)}: ${m}`)),
        beforeAttempt: () => pause.ready(),
        onRetryAfter: (ms) => pause.holdFor(ms)
    });
    const judged = cases.some((c) => c.expect['judge'] !== undefined);
    const judgeUrl = (0,models/* chatUrl */.GM)(settings.baseUrl, settings.judgeModel, settings.judgeContextId !== undefined);
    if (judged)
        log.info(`Judges: ${settings.judgeModel.id} at ${judgeUrl}, ${settings.judgeContextId ? 'against the rubric cache' : 'with no rubric cache'}; a pass needs score ≥ ${settings.judgeThreshold}.`);
    const baseModel = settings.baselineModel ?? settings.model;
    const baseUrl = (0,models/* chatUrl */.GM)(settings.baseUrl, baseModel, true);
    if (settings.baselineContextId !== undefined)
        log.info(`Base side: ${baseModel.id} at ${baseUrl} against the baseline cache, each run beside the head's.`);
    // Deadlines in parallel, a few at a time: a catastrophic pattern must not serialise the run.
    const regex = cases.some((c) => c.expect['matches'] !== undefined)
        ? regexRunner(undefined, Math.min(settings.concurrency, 4))
        : undefined;
    return (0,engine/* evaluate */._3)(cases, {
        concurrency: settings.concurrency,
        repeat: settings.repeat,
        repeatMinPass: settings.repeatMinPass,
        keepAnswer: settings.keepWholeAnswers ? Infinity : undefined,
        shelf: settings.keepWholeAnswers ? undefined : new answer_shelf/* AnswerShelf */.Tj(),
        testRegex: regex ? (re, text) => regex.test(re, text) : undefined,
        onRun: deps.onRun,
        ask: asker(settings.model.id, settings.contextId, url),
        baseline: settings.baselineContextId !== undefined ? { ask: baseSide(asker(baseModel.id, settings.baselineContextId, baseUrl)) } : undefined,
        budget: settings.maxCost !== undefined && settings.prices
            ? budgetOf(settings.maxCost, settings.prices, settings.model, baseModel, settings.judgeModel)
            : undefined,
        judge: judged
            ? { ask: asker(settings.judgeModel.id, settings.judgeContextId, judgeUrl), threshold: settings.judgeThreshold }
            : undefined
    }).finally(() => Promise.all([close(), regex?.close()]));
}
/** The engine's budget: a run's cost by its side's model, its judges' by the judge's (no price: nothing). */
function budgetOf(limit, prices, head, base, judge) {
    const cost = (model, usage) => {
        const p = prices(model.id);
        return p ? (0,evaluation_cost/* callCost */.wD)(usage, p) : 0;
    };
    return { limit, costOf: (side, run) => cost(side === 'base' ? base : head, run.usage) + cost(judge, run.judgeUsage) };
}
/** The base's asker: a gone cache is named as the base's, so the user knows which create step to fix. */
function baseSide(ask) {
    return (messages, label) => ask(messages, label).catch((e) => {
        if (!(e instanceof chat/* ContextGoneError */.n))
            throw e;
        throw Object.assign(new chat/* ContextGoneError */.n(e.status, `The base's cache (${(0,wording/* wording */.z4)().input('baseline-context-id')}): ${e.message}`, (0,wording/* wording */.z4)().freshBaseCache), { attempts: e.attempts });
    });
}

;// CONCATENATED MODULE: ./src/report/ab-plan.ts
function abPlan(settings, evaluation, baseRef) {
    const priced = (model) => ({ id: model.id, prices: settings.prices(model.id) });
    return {
        baselineResults: evaluation.baselineResults,
        alpha: settings.alpha,
        baseName: settings.baselineContextId ? baseRef || undefined : undefined,
        pricing: {
            head: priced(settings.model),
            base: settings.baselineModel && priced(settings.baselineModel),
            judge: priced(settings.judgeModel)
        },
        budgetReached: evaluation.budgetReached
    };
}

// EXTERNAL MODULE: ./src/prompt/read.ts + 2 modules
var read = __webpack_require__(5734);
// EXTERNAL MODULE: ./src/prompt/template.ts
var template = __webpack_require__(5562);
// EXTERNAL MODULE: ./src/files/workspace.ts
var workspace = __webpack_require__(9622);
// EXTERNAL MODULE: ./src/did-you-mean.ts
var did_you_mean = __webpack_require__(3772);
// EXTERNAL MODULE: ./src/prompt/messages.ts
var messages = __webpack_require__(4644);
// EXTERNAL MODULE: ./src/prompt/json.ts
var prompt_json = __webpack_require__(3490);
;// CONCATENATED MODULE: ./src/evaluation/json-positions.ts
// Where each value of a JSON cases file starts, for the lines errors and reports point at. The
// YAML parser gave the lines before (JSON is YAML), but it builds a node per scalar and a syntax
// tree first: a 2,000-case file took over a second and tens of MB. Here JSON.parse gives the
// value, and one pass over the text records each value's offset, with the YAML parser's answers
// kept: the line of a path's nearest existing value, and a duplicate key refused at the key.
// The text must already be valid JSON (JSON.parse accepted it). Pure.
/** Two members of one object with the same key (the second one's offset), as YAML refuses them. */
class DuplicateKey extends Error {
    offset;
    constructor(offset) {
        super('Map keys must be unique');
        this.offset = offset;
    }
}
const WS = /[ \t\n\r]*/y;
const STRING = /"(?:[^"\\]|\\.)*"/y;
const SCALAR = /[^,\]}\s]+/y;
/** Offsets of every value in `text`; throws DuplicateKey where an object repeats a key. */
function jsonPositions(text) {
    let at = 0;
    const skipSpace = () => {
        WS.lastIndex = at;
        WS.exec(text);
        at = WS.lastIndex;
    };
    const token = (re) => {
        re.lastIndex = at;
        if (!re.exec(text))
            throw new Error(`not JSON at offset ${at}`);
        const raw = text.slice(at, re.lastIndex);
        at = re.lastIndex;
        return raw;
    };
    // Recursion is bounded: the caller refuses nesting deeper than a few dozen levels first.
    const value = () => {
        skipSpace();
        const start = at;
        const c = text[at];
        if (c === '{') {
            at++;
            const members = new Map();
            skipSpace();
            if (text[at] === '}')
                at++;
            else
                for (;;) {
                    skipSpace();
                    const keyAt = at;
                    const raw = token(STRING);
                    const key = raw.includes('\\') ? JSON.parse(raw) : raw.slice(1, -1);
                    skipSpace();
                    at++; // ':'
                    const member = value();
                    // After the member's value, as the YAML parser checks: a repeat inside it is found first.
                    if (members.has(key))
                        throw new DuplicateKey(keyAt);
                    members.set(key, member);
                    skipSpace();
                    if (text[at++] === '}')
                        break; // else ','
                }
            return { start, members };
        }
        if (c === '[') {
            at++;
            const members = [];
            skipSpace();
            if (text[at] === ']')
                at++;
            else
                for (;;) {
                    members.push(value());
                    skipSpace();
                    if (text[at++] === ']')
                        break; // else ','
                }
            return { start, members };
        }
        token(c === '"' ? STRING : SCALAR);
        return { start };
    };
    const root = value();
    let newlines;
    const lineOf = (offset) => {
        newlines ??= [...text.matchAll(/\n/g)].map((m) => m.index);
        // Lines before `offset`: the newlines below it, by binary search.
        let lo = 0;
        let hi = newlines.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (newlines[mid] < offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo + 1;
    };
    return {
        lineAt(path) {
            let node = root;
            for (const key of path) {
                const m = node.members;
                // As the YAML parser looks members up: an object's by string key, an array's by index (or its digits).
                const index = typeof key === 'string' && key !== '' ? Number(key) : key;
                const next = m === undefined
                    ? undefined
                    : Array.isArray(m)
                        ? typeof index === 'number' && Number.isInteger(index) && index >= 0
                            ? m[index]
                            : undefined
                        : typeof key === 'string'
                            ? m.get(key)
                            : undefined;
                if (next === undefined)
                    break;
                node = next;
            }
            return lineOf(node.start);
        }
    };
}

;// CONCATENATED MODULE: ./src/evaluation/case-files.ts
// Case files as text → the raw cases they hold, each with a way to find its line: YAML, JSON
// and JSON Lines, bounded before a parser runs (a pull request writes these files). Pure.




const SHAPE_HINT = 'Write a list of cases (name, prompt or messages, expect), or an object with a "cases" list';
/** A case file's problem, pinned to a line. */
class CaseError extends src_errors/* FileError */.f6 {
    constructor(file, message, hint, line, column) {
        super(file, line ? `line ${line}: ${message}` : message, hint, { line, column }, 'Cases file');
    }
}
/** Several problems found in one pass, so the author fixes them all at once. */
class CaseErrors extends src_errors/* ErrorList */.VS {
    errors;
    constructor(errors) {
        super(errors.length === 1 ? errors[0].message : `${errors.length} problems in the cases files (each annotated above)`, errors.length === 1 ? errors[0].hint : 'Fix each, then push again; nothing was sent', errors.length === 1 ? errors[0].annotation : undefined);
        this.errors = errors;
    }
}
function parseFile({ file, text }) {
    if (text.trim() === '')
        throw new CaseError(file, 'is empty', SHAPE_HINT);
    const ext = /\.[^./]*$/.exec(file)?.[0]?.toLowerCase();
    if (ext === '.jsonl' || ext === '.ndjson')
        return parseJsonLines(file, text);
    let json;
    if (ext === '.json') {
        try {
            json = { value: JSON.parse(text) };
        }
        catch (e) {
            // JSON's own error, at JSON's position: YAML would describe a JSON mistake in YAML's terms.
            const at = (0,prompt_json/* lineColumnAt */.IX)(text, (0,prompt_json/* syntaxErrorOffset */.N5)(text));
            const reason = (e instanceof Error ? e.message : String(e)).replace(/\s*(in JSON )?at position[\s\S]*$/, '').slice(0, 120);
            throw new CaseError(file, `is not valid JSON at column ${at.column}: ${reason}`, 'Fix the syntax (a JSON linter helps)', at.line, at.column);
        }
    }
    else if (ext !== '.yml' && ext !== '.yaml')
        throw new CaseError(file, 'is not a .yml, .yaml, .json or .jsonl file', 'Name the cases file by its format, e.g. evals/cases.yml');
    // Lines come from the YAML parser, which needs hundreds of times a file's size in memory and
    // recurses on nesting: both are bounded before it runs (for JSON too, which is read the same).
    if (text.length > MAX_YAML_CHARS)
        throw new CaseError(file, `is ${(text.length / 1048576).toFixed(1)} MiB; YAML and JSON cases files may hold at most ${MAX_YAML_CHARS / 1048576} MiB`, 'Split the suite over several files, or write it as JSON Lines (.jsonl: one case per line, no size limit but the suite’s)');
    const deep = flowDepthOver(text, MAX_FLOW_DEPTH);
    if (deep !== undefined)
        throw new CaseError(file, `nests [ and { deeper than ${MAX_FLOW_DEPTH} levels`, 'A case needs a few levels at most; check the brackets', (0,prompt_json/* lineColumnAt */.IX)(text, deep).line);
    return json ? parseJsonCases(file, text, json.value) : parseYamlCases(file, text);
}
/** JSON as the YAML parser reads it (JSON is YAML), without its cost: JSON.parse's value, lines from one pass. */
function parseJsonCases(file, text, value) {
    let positions;
    try {
        positions = jsonPositions(text);
    }
    catch (e) {
        if (!(e instanceof DuplicateKey))
            throw e;
        const at = (0,prompt_json/* lineColumnAt */.IX)(text, e.offset);
        throw new CaseError(file, `is not valid YAML at column ${at.column}: ${e.message}`, 'Fix the YAML syntax (indentation, quoting)', at.line, at.column);
    }
    const listPath = Array.isArray(value) ? [] : ['cases'];
    const items = Array.isArray(value)
        ? value
        : typeof value === 'object' && value !== null
            ? value.cases
            : undefined;
    if (!Array.isArray(items))
        throw new CaseError(file, 'holds no list of cases', SHAPE_HINT, 1);
    return { listPath, items, lineAt: (path) => positions.lineAt(path) };
}
const MAX_YAML_CHARS = 2 * 1024 * 1024;
const MAX_FLOW_DEPTH = 64;
/**
 * Where `[`/`{` first nest deeper than `max`, or undefined. Brackets inside quotes are skipped; a
 * stray bracket in a block scalar only counts toward a limit no real case comes near.
 */
function flowDepthOver(text, max) {
    let depth = 0;
    let quote = '';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote) {
            // A quote is taken to end with its line: an apostrophe in plain text (don't) must not hide
            // the rest of the file from the count.
            if (c === '\\' && quote === '"')
                i++;
            else if (c === quote || c === '\n')
                quote = '';
        }
        else if (c === '"' || c === "'")
            quote = c;
        else if (c === '[' || c === '{') {
            if (++depth > max)
                return i;
        }
        else if ((c === ']' || c === '}') && depth > 0)
            depth--;
    }
    return undefined;
}
function parseYamlCases(file, text) {
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist.parseDocument)(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
    const error = doc.errors[0];
    if (error) {
        const at = counter.linePos(error.pos[0]);
        throw new CaseError(file, `is not valid YAML at column ${at.col}: ${error.message.split('\n')[0]}`, 'Fix the YAML syntax (indentation, quoting)', at.line, at.col);
    }
    let value;
    try {
        // A low alias budget: a few anchors are handy, a billion laughs is an attack.
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        throw new CaseError(file, `cannot be read: ${e instanceof Error ? e.message : String(e)}`, 'Use fewer YAML aliases (*name)');
    }
    const listPath = Array.isArray(value) ? [] : ['cases'];
    const items = Array.isArray(value) ? value : value?.cases;
    if (!Array.isArray(items) || (!Array.isArray(value) && !(0,dist/* isMap */.jh)(doc.contents)))
        throw new CaseError(file, 'holds no list of cases', SHAPE_HINT, 1);
    return { listPath, items, lineAt: (path) => lineOf(doc, counter, path) };
}
/** The line of the node at `path`, or of its nearest ancestor that exists. */
function lineOf(doc, counter, path) {
    for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n), true);
        const start = (0,dist/* isScalar */.jn)(node) || (0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node) ? node.range?.[0] : undefined;
        if (start !== undefined)
            return counter.linePos(start).line;
    }
    return undefined;
}
function parseJsonLines(file, text) {
    const items = [];
    const lines = [];
    const rows = text.split('\n');
    for (let n = 0; n < rows.length; n++) {
        const row = rows[n].replace(/\r$/, '');
        if (row.trim() === '')
            continue;
        try {
            items.push(JSON.parse(row));
        }
        catch (e) {
            const column = (0,prompt_json/* syntaxErrorOffset */.N5)(row) + 1;
            const reason = (e instanceof Error ? e.message : String(e)).replace(/\s*(in JSON )?at position[\s\S]*$/, '').slice(0, 120);
            throw new CaseError(file, `is not valid JSON at column ${column}: ${reason}`, 'Write one case object per line', n + 1, column);
        }
        lines.push(n + 1);
    }
    return { listPath: [], items, lineAt: (path) => lines[path[0]] };
}

// EXTERNAL MODULE: ./src/evaluation/expectations.ts
var expectations = __webpack_require__(8499);
;// CONCATENATED MODULE: ./src/evaluation/cases.ts
// Case files → validated cases, each pinned to its file and line. Pure: the caller reads the
// bytes (bounded, inside the workspace). Every problem in every case is reported at once, each
// with a file/line annotation, before anything is sent.







/** More than a prompt-regression suite runs; a file past it is likely a mistake (or an attack). */
const MAX_CASES = 10_000;
const MAX_ERRORS = 50;
const CASE_KEYS = ['name', 'prompt', 'messages', 'expect'];
const MessageSchema = schemas/* strictObject */.rej({
    role: schemas/* enum */.k5n(messages/* ROLES */.gg, { error: `must be one of ${messages/* ROLES */.gg.join(', ')}` }),
    content: schemas/* string */.YjP({ error: 'must be text' }).refine((s) => s.trim() !== '', 'is empty')
});
const ExpectSchema = schemas/* strictObject */.rej(Object.fromEntries(expectations/* EXPECTATIONS */.Yw.map((e) => [e.key, e.schema.optional()])));
const CaseSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP({ error: 'is required: every case needs a name' })
        .refine((s) => s.trim() !== '', 'is empty')
        .refine((s) => s.length <= 200, 'is longer than 200 characters')
        .refine((s) => !(0,src_escape/* hasControl */.aQ)(s), 'contains a control character (a line break?)'),
    prompt: schemas/* string */.YjP({ error: 'must be text' })
        .refine((s) => s.trim() !== '', 'is empty')
        .optional(),
    messages: schemas/* array */.YOg(MessageSchema, { error: 'must be a list of {role, content} messages' }).min(1, 'is an empty list').optional(),
    expect: ExpectSchema.optional()
});
/** Parse and validate every case of every file; throws CaseErrors listing each problem. */
function parseCases(files, rules) {
    const cases = [];
    const errors = [];
    const seen = new Map();
    for (const f of files) {
        let doc;
        try {
            doc = parseFile(f);
        }
        catch (e) {
            if (e instanceof CaseError)
                errors.push(e);
            else
                throw e;
            continue;
        }
        doc.items.forEach((raw, i) => {
            if (errors.length >= MAX_ERRORS)
                return;
            const path = [...doc.listPath, i];
            const built = buildCase(raw, f.file, (sub) => doc.lineAt([...path, ...sub]), rules);
            if (built instanceof Array)
                return void errors.push(...built);
            const twin = seen.get(built.name);
            if (twin)
                return void errors.push(new CaseError(f.file, `case name ${JSON.stringify(built.name)} is used twice (first at ${twin.file}${twin.line ? `:${twin.line}` : ''})`, 'Give every case its own name: results and baselines are matched by name', built.line));
            seen.set(built.name, built);
            cases.push(built);
        });
        if (cases.length > MAX_CASES)
            throw new CaseErrors([
                new CaseError(f.file, `brings the cases over ${MAX_CASES}`, 'Split the suite over several jobs (a matrix) or trim it')
            ]);
    }
    if (errors.length)
        throw new CaseErrors(errors.slice(0, MAX_ERRORS));
    if (cases.length === 0)
        throw new CaseErrors([new CaseError(files[0]?.file ?? '(none)', 'holds no cases', SHAPE_HINT)]);
    return cases;
}
/** Raw case → Case, or every problem it has. */
function buildCase(raw, file, lineAt, rules) {
    const line = lineAt([]);
    const parsed = CaseSchema.safeParse(raw);
    const name = raw?.name;
    const who = typeof name === 'string' && name.trim() ? `case ${JSON.stringify(name.slice(0, 80))}: ` : '';
    // The values' own checks (a regex that does not compile) run whatever else is wrong with the
    // case: every problem at once, not one push per problem.
    const valueErrors = expectationProblems(raw).map(({ key, problem }) => new CaseError(file, `${who}expect.${key} ${problem}`, key === 'matches' ? REGEX_HINT : EXPECT_HINT, lineAt(['expect', key]) ?? line));
    if (!parsed.success) {
        const schemaErrors = parsed.error.issues.flatMap((issue) => {
            const where = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
            // Each unknown key is its own error, pinned to the key itself, not to the object that holds it.
            if (issue.code === 'unrecognized_keys')
                return issue.keys.map((key) => new CaseError(file, `${who}${unknownKey(key, where)}`, hintFor(where), lineAt([...where, key]) ?? line));
            return [new CaseError(file, describeIssue(issue, where, who), hintFor(where), lineAt(where) ?? line)];
        });
        return [...schemaErrors, ...valueErrors];
    }
    const c = parsed.data;
    const errors = [...valueErrors];
    const at = (msg, hint, path) => errors.push(new CaseError(file, `case ${JSON.stringify(c.name)}: ${msg}`, hint, lineAt(path) ?? line));
    if ((c.prompt === undefined) === (c.messages === undefined))
        at(c.prompt === undefined ? 'has no prompt' : 'has both prompt and messages', 'Give either prompt (one user message) or messages (a list of {role, content}), not both', []);
    const messages = c.messages ?? (c.prompt !== undefined ? [{ role: 'user', content: c.prompt }] : []);
    if (!rules.lastMayBeAssistant && messages.at(-1)?.role === 'assistant')
        at('ends with an assistant message, which the Doubao context chat refuses', 'End the messages with a user turn (the question the model should answer)', ['messages', messages.length - 1]);
    // The expected fields as the file wrote them: zod's record rebuilds the object by assignment,
    // which turns a `__proto__` field into a prototype and so drops its check.
    const expect = { ...(c.expect ?? {}) };
    if (expect['json'] !== undefined && expect['json'] !== true)
        expect['json'] = rawJson(raw);
    if (errors.length)
        return errors;
    // Only the keys given, in table order: a report lists them as the file did.
    return {
        name: c.name,
        file,
        line,
        messages,
        expect: Object.fromEntries(expectations/* EXPECTATION_KEYS */.GP.filter((k) => expect[k] !== undefined).map((k) => [k, expect[k]]))
    };
}
const EXPECT_HINT = `Expectations are ${expectations/* EXPECTATION_KEYS */.GP.join(', ')}; lists of text for contains, icontains and not-contains`;
/** `expect.json` of a raw case that passed the schema (so a plain object). */
function rawJson(raw) {
    return raw.expect.json;
}
const REGEX_HINT = 'Write a JavaScript regular expression; a leading (?i) makes it case-insensitive, and YAML needs single quotes around backslashes';
/** The value checks of every expectation whose value its own schema takes, on the raw case. */
function expectationProblems(raw) {
    const expect = raw?.expect;
    if (typeof expect !== 'object' || expect === null || Array.isArray(expect))
        return [];
    const out = [];
    for (const e of expectations/* EXPECTATIONS */.Yw) {
        const value = expect[e.key];
        if (value === undefined || !e.problem)
            continue;
        const parsed = e.schema.safeParse(value);
        const problem = parsed.success ? e.problem(parsed.data) : undefined;
        if (problem)
            out.push({ key: e.key, problem });
    }
    return out;
}
function unknownKey(key, path) {
    const inExpect = path[0] === 'expect';
    const known = inExpect ? expectations/* EXPECTATION_KEYS */.GP : path[0] === 'messages' ? ['role', 'content'] : CASE_KEYS;
    const guess = (0,did_you_mean/* suggest */.Z)(key, known);
    return `unknown ${inExpect ? 'expectation' : 'key'} ${JSON.stringify(key)}${guess ? ` (did you mean ${guess}?)` : ''}`;
}
function describeIssue(issue, path, who) {
    if (path.length === 0)
        return `${who}is not a case object`;
    return `${who}${path.join('.')} ${issue.message}`;
}
function hintFor(path) {
    if (path[0] === 'expect')
        return EXPECT_HINT;
    if (path[0] === 'messages')
        return `Each message needs a role (${messages/* ROLES */.gg.join(', ')}) and non-empty text content`;
    return 'A case has a name, a prompt (or messages) and expect';
}

;// CONCATENATED MODULE: ./src/evaluation/load-cases.ts
// The file edge of an evaluation: cases-file entries → files inside the workspace (bounded,
// links checked, the same rules as prompt files) → validated cases → vars filled in.



/** A suite's files, all together: far more than any suite needs, far less than a runner has. */
const MAX_CASES_BYTES = 16 * 1024 * 1024;
async function loadCases(entries, options) {
    const fileRules = { workspace: options.workspace, input: 'cases-file', noun: 'Cases file' };
    const files = await (0,workspace/* resolveFiles */.sA)(entries, fileRules);
    const texts = [];
    let left = MAX_CASES_BYTES;
    for (const file of files) {
        const bytes = await (0,workspace/* readBounded */.CB)(file, left, fileRules);
        left -= bytes.length;
        texts.push({ file: file.shown, text: (0,workspace/* decode */.D4)(bytes, file.shown, 'Cases file') });
    }
    const cases = parseCases(texts, options.rules);
    if (options.vars.trim() === '')
        return { cases, files: files.map((f) => f.shown), unusedVars: [] };
    const { cases: filled, unused } = fillVars(cases, await (0,template/* parseVars */.u)(options.vars), texts);
    return { cases: filled, files: files.map((f) => f.shown), unusedVars: unused };
}
/** {{name}} in every case's messages, filled after parsing, as the create action fills prompts. */
function fillVars(cases, vars, texts) {
    const textOf = new Map(texts.map((t) => [t.file, t.text]));
    const sources = cases.map((c) => ({
        file: c.file,
        text: textOf.get(c.file) ?? '',
        messages: c.messages,
        lineOf: () => c.line
    }));
    const { messages, unused } = (0,template/* render */.X)(sources, vars, MAX_CASES_BYTES);
    let at = 0;
    const filled = cases.map((c) => {
        const mine = messages.slice(at, at + c.messages.length);
        at += c.messages.length;
        return { ...c, messages: mine };
    });
    return { cases: filled, unused };
}

;// CONCATENATED MODULE: ./src/evaluation/suite.ts
// What an evaluation runs: the cases files (or one prompt) → validated cases with vars filled in,
// this shard's share of them, and the warnings worth a user's attention before anything is sent.
// Without a cache, the prompt files (read as the create action reads them, vars and all) go in
// front of every case's own messages.






/** Read and validate every case (all problems at once), then keep this shard's; the prompt files go in front of each. */
async function loadSuite(spec, workspace, log) {
    const vars = spec.vars.trim() === '' ? undefined : await (0,template/* parseVars */.u)(spec.vars);
    const prompt = spec.promptFiles?.length ? await (0,read/* loadPrompt */.h)(spec.promptFiles, { workspace, role: 'system', vars }) : undefined;
    const suite = await loadCasesOf(spec, workspace, log, prompt?.unusedVars);
    if (!prompt)
        return suite;
    return { ...suite, prompt, cases: suite.cases.map((c) => ({ ...c, messages: [...prompt.messages, ...c.messages] })) };
}
/** The cases; `promptUnused` (the vars the prompt did not use) narrows the unused-vars warning. */
async function loadCasesOf(spec, workspace, log, promptUnused) {
    if (spec.prompt !== undefined) {
        const single = { name: 'prompt', file: '', messages: [{ role: 'user', content: spec.prompt }], expect: {} };
        if (spec.vars.trim() === '')
            return { cases: [single], files: [] };
        return { cases: fillVars([single], await (0,template/* parseVars */.u)(spec.vars), []).cases, files: [] };
    }
    const all = await loadCases(spec.casesFiles, {
        workspace,
        vars: spec.vars,
        rules: { lastMayBeAssistant: spec.model.rules?.lastMayBeAssistant ?? true }
    });
    const loaded = spec.shard ? { ...all, cases: inShard(all.cases, spec.shard) } : all;
    if (spec.shard)
        log.info(`Shard ${spec.shard.index}/${spec.shard.count}: ${loaded.cases.length} of ${all.cases.length} case(s).`);
    const shown = loaded.files.map((f) => (0,src_escape/* forLog */.Ig)(f, 200));
    log.info(`Cases: ${shown.length <= 8 ? shown.join(', ') : `${shown.slice(0, 8).join(', ')} and ${shown.length - 8} more`} → ${loaded.cases.length} case(s).`);
    const unused = promptUnused ? loaded.unusedVars.filter((v) => promptUnused.includes(v)) : loaded.unusedVars;
    if (unused.length)
        log.warning(`vars defines ${unused.join(', ')}, which no ${promptUnused ? 'prompt file or ' : ''}case uses (a typo?).`, {
            title: 'Unused vars'
        });
    const bare = loaded.cases.filter((c) => Object.keys(c.expect).length === 0);
    if (bare.length)
        log.warning(`${bare.length} case(s) have no expectations (e.g. ${(0,src_escape/* forLog */.Ig)(bare[0].name, 80)}): they pass whenever the gateway answers.`, {
            file: bare[0].file,
            startLine: bare[0].line,
            title: 'Case without expectations'
        });
    return loaded;
}
/** Warnings about the model and the cache's mode, before anything is sent. */
function warnAboutSpec(spec, log) {
    if (spec.mode === 'session')
        log.warning('The cache is in session mode: every call is appended to it, so each case sees the cases before it and the cache grows. Create the cache with mode: common_prefix for independent evaluations.', { title: 'Session-mode cache' });
    const unlisted = (0,models/* modelWarning */.MQ)(spec.model, {
        unknown: 'it is called at /v1/chat/completions',
        unlisted: `it is called as a ${spec.model.rules?.label ?? ''} model`
    });
    if (unlisted)
        log.warning(unlisted, { title: 'Unknown model' });
}

// EXTERNAL MODULE: ./src/cli/exit.ts
var exit = __webpack_require__(7632);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
// EXTERNAL MODULE: ./src/cli/report.ts + 11 modules
var report = __webpack_require__(3146);
// EXTERNAL MODULE: ./src/cli/terminal.ts
var terminal = __webpack_require__(1028);
;// CONCATENATED MODULE: ./src/cli/evaluate.ts
// The eval half, for `eval` and `run`: the eval action's steps (inputs → cases → session) with the
// terminal as the log and a progress bar, then the terminal's report. Prepared first (flags, cases,
// baseline, every problem before anything is sent), then run. A dry run validates the flags and
// every case without a key and sends nothing.










/** Stand-ins for what a dry run may lack (it sends nothing, so neither is ever used). */
function dryRunStandIns(get, env) {
    return {
        ...(get('api-key') === '' && { 'api-key': 'dry-run' }),
        ...(get('context-id') === '' && get('prompt-file') === '' && !env['CONTEXT_CACHE_ID']?.trim() && { 'context-id': 'dry-run' })
    };
}
/** The flags checked, the baseline file and every case read: nothing sent yet. */
async function prepareEvaluation(get, screen, env, workspace) {
    const settings = readEvalSettings((name) => get(name), env);
    warnAboutSpec(settings, screen.log);
    const baseline = settings.baselineFile ? await (0,compare/* readBaselineFile */.s$)(settings.baselineFile, workspace) : undefined;
    return { settings, baseline, ...(await loadSuite(settings, workspace, screen.log)) };
}
/** What a dry run ends with: what would be sent, and that nothing was. */
function dryRunLine({ cases, settings, prompt }) {
    return `Dry run: would send ${cases.length} case(s)${settings.repeat > 1 ? ` × ${settings.repeat} runs` : ''} to ${(0,models/* chatUrl */.GM)(settings.baseUrl, settings.model, !prompt)} with model ${settings.model.id}, ${settings.concurrency} at once${prompt ? `, each after the prompt of ${prompt.files.length} file(s) (~${prompt.estimatedTokens} tokens, no cache)` : ''}. Nothing was sent.`;
}
/** Runs a prepared evaluation and reports it; returns the exit code. */
async function evaluate(prepared, parsed, command, screen, env, started) {
    const { settings, cases, files, prompt, baseline } = prepared;
    const bar = (0,terminal/* progress */.qB)(screen, cases.length * settings.repeat * (settings.baselineContextId ? 2 : 1));
    const evaluation = await runSession(cases, { ...settings, contextId: prompt ? undefined : settings.contextId, keepWholeAnswers: settings.prompt !== undefined }, { log: screen.log, onRun: (p) => bar.update(p), env }).finally(() => bar.end());
    return (0,report/* finish */.O)({
        model: settings.model.id,
        casesFiles: files,
        results: evaluation.results,
        contextGone: evaluation.contextGone,
        minPassRate: settings.minPassRate,
        failOn: settings.failOn,
        baseline,
        shard: settings.shard,
        startedAt: started,
        durationMs: Date.now() - started,
        ...abPlan(settings, evaluation, env['GITHUB_BASE_REF'])
    }, parsed, command, screen, settings.prompt !== undefined);
}
async function evaluateWith(get, parsed, command, screen, env) {
    const started = Date.now();
    const prepared = await prepareEvaluation(get, screen, env, process.cwd());
    if ((0,flags/* isTrue */.Hn)(parsed, command, 'dry-run')) {
        screen.log.info(dryRunLine(prepared));
        return exit/* EXIT */.dc.passed;
    }
    return evaluate(prepared, parsed, command, screen, env, started);
}


/***/ })

};
