export const id = 463;
export const ids = [463];
export const modules = {

/***/ 8885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ inputsFor)
/* harmony export */ });
/* harmony import */ var _inputs_specs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8793);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5377);
// The flags as an action's getInput: what the flag says, else the action's default, so the
// actions' own readers (readInputs, readEvalSettings, readMergeSettings) check them with the same
// rules and messages. The key may come from GATEWAY_API_KEY, and is never printed.


function inputsFor(action, command, parsed, env, screen, overrides = {}) {
    const key = (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .valueOf */ .RP)(parsed, command, 'api-key') || (env['GATEWAY_API_KEY'] ?? '').trim();
    screen.addSecret(key);
    const flags = new Set((0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .flagsOf */ .Zo)(command).map((f) => f.name));
    const inputs = _inputs_specs_js__WEBPACK_IMPORTED_MODULE_0__/* .SPECS */ .n[action].inputs;
    return (name) => {
        const given = overrides[name];
        if (given !== undefined)
            return given;
        if (name === 'api-key')
            return key;
        return flags.has(name) ? (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .valueOf */ .RP)(parsed, command, name) : (inputs[name]?.default ?? '');
    };
}


/***/ }),

/***/ 8945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ dollars),
/* harmony export */   bA: () => (/* binding */ sideCost),
/* harmony export */   dR: () => (/* binding */ usd),
/* harmony export */   hT: () => (/* binding */ storageCost),
/* harmony export */   wD: () => (/* binding */ callCost)
/* harmony export */ });
/* unused harmony export cacheSaving */
const PER_TOKEN = 1 / 1_000_000;
/** Uncached prompt tokens × input + cached × cached input + completion × output. */
function callCost(usage, prices) {
    const prompt = usage.promptTokens ?? 0;
    const cached = Math.min(usage.cachedTokens ?? 0, prompt || Infinity);
    const fresh = Math.max(0, prompt - cached);
    return (fresh * prices.input + cached * prices.cachedInput + (usage.completionTokens ?? 0) * prices.output) * PER_TOKEN;
}
/** What the cached tokens would have cost more sent uncached. */
function cacheSaving(usage, prices) {
    return (usage.cachedTokens ?? 0) * Math.max(0, prices.input - prices.cachedInput) * PER_TOKEN;
}
/** Storing `tokens` for `seconds`; undefined when the model has no storage price. */
function storageCost(tokens, seconds, prices) {
    return prices.storagePerHour === undefined ? undefined : tokens * prices.storagePerHour * PER_TOKEN * (seconds / 3600);
}
/** Dollars as an output and in the report: six decimals ("0.001234"). */
function usd(amount) {
    return amount.toFixed(6);
}
/**
 * A side's totals → its cost, or the models that have no price (no cost then: never a made-up 0).
 * The judge's price matters only when judges ran.
 */
function sideCost(totals, model, judge) {
    const judged = totals.judge.promptTokens > 0 || (totals.judge.completionTokens ?? 0) > 0;
    const unpriced = [...(model.prices ? [] : [model.id]), ...(judged && !judge.prices ? [judge.id] : [])];
    if (unpriced.length || !model.prices)
        return { unpriced };
    const judgeCost = judged && judge.prices ? callCost(totals.judge, judge.prices) : 0;
    const judgeSaved = judged && judge.prices ? cacheSaving(totals.judge, judge.prices) : 0;
    return { usd: callCost(totals, model.prices) + judgeCost, savedUsd: cacheSaving(totals, model.prices) + judgeSaved };
}
/** A budget as the user wrote it: no exponent, no trailing zeros ("0.0000001", "2.5"). */
function dollars(amount) {
    return amount.toLocaleString('en-US', { maximumFractionDigits: 12, useGrouping: false });
}


/***/ }),

/***/ 9622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ readBounded),
/* harmony export */   D4: () => (/* binding */ decode),
/* harmony export */   sA: () => (/* binding */ resolveFiles),
/* harmony export */   ux: () => (/* binding */ within)
/* harmony export */ });
/* unused harmony exports MAX_ENTRIES, isGlob */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2988);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3395);
// Files a workflow names (prompt files, case files) read from a workspace whose contents may come
// from a pull request's author: names and links are untrusted, the workflow's own entries are not.
// So every file is resolved to its real path and must stay inside the workspace unless the entry
// itself pointed outside it; `.git/` (which holds the checkout token) is never read; reads are
// bounded whatever stat says, and only regular files are read.






/** More directory entries than a prompt or cases folder has: a pattern that walks further is too broad. */
const MAX_ENTRIES = 20_000;
/** A pattern, not a path: bash's wildcards and braces. */
function isGlob(entry) {
    return /[*?[{]/.test(entry);
}
/** The question a "no such file" error ends with: what should have brought the files. */
function sourceQuestion(rules) {
    return (0,_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .wording */ .z4)().missingSource(rules.source);
}
/**
 * Entries (paths or patterns, one per line of the input) → files, in order: a pattern expands in
 * sorted order, a file named twice (or through a link) is read once. Refuses, before anything is
 * read, names with control characters, files under `.git/`, and files whose real path leaves the
 * workspace unless the entry was absolute or started with `..` and does not point into it.
 */
async function resolveFiles(entries, rules) {
    const workspace = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(rules.workspace);
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(workspace).catch(() => workspace);
    const files = [];
    const seen = new Set();
    for (const raw of entries) {
        // Windows runners take either separator; elsewhere '\' is part of a name (or a glob escape).
        const entry = process.platform === 'win32' ? raw.replace(/\\/g, '/') : raw;
        const outsideAsked = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(entry) || entry.split('/')[0] === '..';
        for (const path of await expand(entry, raw, workspace, rules)) {
            const file = await checkPath(path, outsideAsked, workspace, real, rules);
            if (!seen.has(file.path))
                files.push(file);
            seen.add(file.path);
        }
    }
    return files;
}
/** An entry → absolute lexical paths. An existing path is a path even when it has `[` or `{`. */
async function expand(entry, raw, workspace, rules) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace, entry);
    if (!isGlob(entry) || (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path).catch(() => undefined)))
        return [path];
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(entry) ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.parse)(entry).root : workspace;
    const { expandGlob } = await Promise.all(/* import() */[__webpack_require__.e(448), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 8805));
    const { matches, complete } = await expandGlob((0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(entry) ? entry.slice(root.length) : entry, root, rules.maxEntries ?? MAX_ENTRIES);
    if (!complete)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(rules.input, `${JSON.stringify(raw)} walks more than ${rules.maxEntries ?? MAX_ENTRIES} directory entries`, 'Narrow the pattern (e.g. prompts/*.md rather than **/*.md)');
    if (matches.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(rules.input, `${JSON.stringify(raw)} matches no file`, `Check the pattern; it is matched relative to ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .wording */ .z4)().root} (${workspace}), and * does not match names that start with a dot.${sourceQuestion(rules)}`);
    return matches.map((m) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, m));
}
/**
 * A link in the workspace that leads outside it, or to nothing: one message for both, and no
 * target, so a pull request cannot probe which paths exist on the runner by planting links.
 */
const LINK_NOWHERE = 'is a link that leads outside the workspace or to a file that does not exist';
const LINK_HINT = 'Files in the workspace can come from a pull request, so links may not lead out of it: fix or remove the link. To read a file outside the workspace, name it in the workflow by an absolute path or one starting with ../';
/** One lexical path → the file to read, or the reason it may not be read. */
async function checkPath(path, outsideAsked, workspace, real, rules) {
    const shown = display(path, workspace);
    const fail = (message, hint) => new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6(shown, message, hint, {}, rules.noun);
    if ((0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .hasControl */ .aQ)(shown))
        throw fail('has a control character in its name', 'Rename the file: names with line breaks or other control characters are refused');
    const inGit = (p) => 
    // Any case: `.GIT/config` is the same file on a case-insensitive file system (macOS, Windows runners).
    (within(p, real) ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(real, p) : within(p, workspace) ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(workspace, p) : p)
        .split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep)
        .some((part) => part.toLowerCase() === '.git');
    const gitHint = 'Files under .git are never read: .git/config can hold the checkout token';
    if (inGit(path))
        throw fail('is inside .git/', gitHint);
    let target;
    try {
        target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(path);
    }
    catch (e) {
        throw await missing(e, path, shown, workspace, rules);
    }
    const lexicallyInside = within(path, workspace) || within(path, real);
    if ((lexicallyInside || !outsideAsked) && !within(target, real))
        throw fail(lexicallyInside ? LINK_NOWHERE : 'is outside the workspace', lexicallyInside
            ? LINK_HINT
            : `Files in the workspace can come from a pull request, so they may not lead out of it. To read a file outside it, name it in the workflow by an absolute path or one starting with ../`);
    if (inGit(target))
        throw fail('is a link into .git/', gitHint);
    return { shown, path: target };
}
async function missing(e, path, shown, workspace, rules) {
    const code = e.code ?? 'error';
    if (code === 'ENOENT' || code === 'ENOTDIR') {
        if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path).catch(() => undefined))?.isSymbolicLink())
            return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6(shown, LINK_NOWHERE, LINK_HINT, {}, rules.noun);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(rules.input, `${JSON.stringify(shown)} does not exist`, `Check the path; it is read relative to ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_5__/* .wording */ .z4)().root} (${workspace}).${sourceQuestion(rules)}`);
    }
    if (code === 'ELOOP')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6(shown, 'is a link that loops', 'Fix or remove the link', {}, rules.noun);
    return unreadable(shown, code, rules);
}
/**
 * At most `limit` bytes of a regular file, read from the descriptor that was checked: stat's size
 * is only a first guess (procfs says 0 for files that never end), so the read stops at limit + 1
 * bytes whatever it says. Opened non-blocking so a FIFO cannot hang the step before it is refused.
 */
async function readBounded(file, limit, rules) {
    const fail = (message, hint) => new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6(file.shown, message, hint, {}, rules.noun);
    const mib = (n) => `${(n / 1048576).toFixed(1).replace(/\.0$/, '')} MiB`;
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file.path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0));
    }
    catch (e) {
        throw unreadable(file.shown, e.code ?? 'error', rules);
    }
    try {
        const info = await handle.stat();
        if (info.isDirectory())
            throw fail('is a directory', `Name the files inside it, e.g. ${file.shown.replace(/\/$/, '')}/*`);
        if (!info.isFile())
            throw fail('is not a regular file', `Point ${rules.input} at a regular file (not a pipe, socket or device)`);
        if (info.size > limit)
            throw fail(`is ${(info.size / 1048576).toFixed(1)} MiB, over the ${mib(limit)} limit`, 'Split it or trim it');
        // One buffer of the size stat gives (+1 to see the end); procfs says 0, so it then grows by
        // whole chunks, as some procfs files (pagemap) take reads of multiples of 8 bytes only.
        const most = chunks(limit + 1);
        let buffer = Buffer.allocUnsafe(Math.min(info.size > 0 ? info.size + 1 : CHUNK, most));
        let length = 0;
        for (;;) {
            if (length > limit)
                throw fail(`is over the ${mib(limit)} limit (it holds more than its size says)`, 'Split it or trim it');
            if (length === buffer.length) {
                const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, most));
                buffer.copy(grown, 0, 0, length);
                buffer = grown;
            }
            const { bytesRead } = await handle.read(buffer, length, Math.min(CHUNK, buffer.length - length), null);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        return buffer.subarray(0, length);
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6)
            throw e;
        throw unreadable(file.shown, e.code ?? 'error', rules);
    }
    finally {
        await handle.close();
    }
}
const CHUNK = 1 << 20;
/** `n` bytes rounded up to whole chunks. */
const chunks = (n) => Math.ceil(n / CHUNK) * CHUNK;
function unreadable(shown, code, rules) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6(shown, `cannot be read (${code})`, 'Check the file’s permissions: the runner’s user must be able to read it', {}, rules.noun);
}
/** Strict UTF-8: a BOM is dropped; invalid bytes or a NUL byte mean this is not a text file. */
function decode(bytes, file, noun = 'Prompt file') {
    // A NUL is found in the bytes (memchr) rather than in the decoded text: one pass less.
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0) >= 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6(file, 'contains a NUL byte (it looks binary)', 'Save it as UTF-8 text', {}, noun);
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6(file, 'is not valid UTF-8 (it looks binary)', 'Save it as UTF-8 text', {}, noun);
    }
}
/** Relative to the workspace with '/' separators; absolute when outside it. */
function display(path, workspace) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(workspace, path);
    return rel === '' || !within(path, workspace) ? path : rel.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
}
/** Whether `path` is `dir` or below it (lexically: resolve links first where they matter). */
function within(path, dir) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(dir, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel));
}


/***/ }),

/***/ 3517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kb: () => (/* binding */ excerpt),
/* harmony export */   kW: () => (/* binding */ parseErrorBody),
/* harmony export */   rV: () => (/* binding */ describeDetail)
/* harmony export */ });
/* unused harmony exports EXCERPT_SCAN, stripTags */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2988);
// Reads what a gateway says when it refuses: the OpenAI, Ark (Doubao) and Google (Gemini) error
// shapes, or an excerpt of anything else (an HTML page from a proxy). Its words are untrusted:
// each part leaves here escaped for one log line (forLog). Pure.

function parseErrorBody(body) {
    let json;
    try {
        json = JSON.parse(body);
    }
    catch {
        return undefined;
    }
    const error = json?.error;
    if (typeof error === 'string')
        return { message: error };
    if (!error || typeof error !== 'object') {
        const message = json?.message;
        return typeof message === 'string' ? { message } : undefined;
    }
    const e = error;
    const str = (v) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
    return {
        // Google puts the number in `code` and the name in `status`; Ark and OpenAI a name in `code`.
        code: str(e['status']) ?? str(e['code']),
        type: str(e['type']),
        message: str(e['message']),
        param: str(e['param'])
    };
}
/**
 * One line describing the error detail, e.g. `InvalidParameter (BadRequest, param ttl): …`. The
 * gateway's words are its own: line breaks become spaces, each part is cut short and escaped,
 * so a gateway can neither flood the log nor add lines or workflow commands to it.
 */
function describeDetail(d) {
    const clip = (s, max) => {
        const t = s?.replace(/\s+/g, ' ').trim();
        return t ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forLog */ .Ig)(t, max) : undefined;
    };
    const [code, type, param, message] = [clip(d.code, 80), clip(d.type, 80), clip(d.param, 80), clip(d.message, 500)];
    const name = code ?? type;
    const tags = [code && type !== code ? type : undefined, param ? `param ${param}` : undefined].filter(Boolean);
    const head = [name, tags.length ? `(${tags.join(', ')})` : undefined].filter(Boolean).join(' ');
    return [head, message].filter(Boolean).join(': ');
}
/** The most of a body an excerpt looks at: a page of any size costs the same bounded time. */
const EXCERPT_SCAN = 64 * 1024;
/**
 * A short, single-line excerpt of a body that is not a JSON error (tags, scripts and styles
 * dropped). Only the first EXCERPT_SCAN characters are looked at, in one linear pass: a page of
 * unclosed `<script` or `<` cannot make it backtrack (it runs before any timeout can fire).
 */
function excerpt(body, max = 200) {
    const text = stripTags(body.length > EXCERPT_SCAN ? body.slice(0, EXCERPT_SCAN) : body)
        .replace(/\s+/g, ' ')
        .trim();
    if (text === '')
        return '(empty body)';
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forLog */ .Ig)(text, max);
}
/** Text without tags, `<script>…</script>` and `<style>…</style>`; linear in the input. */
function stripTags(text) {
    const lower = text.toLowerCase();
    // The last search for each needle: a later search from a point before its answer has the same
    // answer, so many unclosed tags do not each scan to the end again.
    const last = new Map();
    const find = (needle, from) => {
        const c = last.get(needle);
        if (c && c.from <= from && (c.at < 0 || c.at >= from))
            return c.at;
        const at = lower.indexOf(needle, from);
        last.set(needle, { from, at });
        return at;
    };
    const parts = [];
    let i = 0;
    while (i < text.length) {
        const lt = find('<', i);
        if (lt < 0) {
            parts.push(text.slice(i));
            break;
        }
        parts.push(text.slice(i, lt));
        const block = lower.startsWith('<script', lt) ? 'script' : lower.startsWith('<style', lt) ? 'style' : undefined;
        const close = block ? find(`</${block}>`, lt) : -1;
        if (close >= 0) {
            parts.push(' ');
            i = close + block.length + 3;
            continue;
        }
        const gt = find('>', lt + 1);
        if (gt < 0 || gt === lt + 1) {
            parts.push('<');
            i = lt + 1;
            continue;
        }
        parts.push(' ');
        i = gt + 1;
    }
    return parts.join('');
}


/***/ }),

/***/ 6356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ describeFailure),
/* harmony export */   o: () => (/* binding */ readDetail)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2988);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _error_body_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3517);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2837);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(956);
// A response that is not a 2xx, said as one line a user can act on: method, URL, status, the
// gateway's own words (escaped, bounded) and a hint. Shared by every endpoint's client. Pure.





/**
 * The error detail of a body, each field with `secrets` cut out once more after parsing (a key
 * the gateway JSON-escaped inside a JSON message only shows once parsed), before any clipping.
 * The raw response should already have been through redactResponse.
 */
function readDetail(body, secrets = []) {
    const detail = (0,_error_body_js__WEBPACK_IMPORTED_MODULE_2__/* .parseErrorBody */ .kW)(body);
    const forms = secrets.flatMap(_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .secretForms */ .eo).sort((a, b) => b.length - a.length);
    if (!detail || forms.length === 0)
        return detail;
    const clean = (v) => (v === undefined ? v : (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redactText */ .Rd)(v, forms));
    return { code: clean(detail.code), type: clean(detail.type), message: clean(detail.message), param: clean(detail.param) };
}
/**
 * A non-2xx response (redirects included) → the GatewayError that describes it. `secrets` are
 * cut from the parsed error fields as well (see readDetail).
 */
function describeFailure(res, url, now = Date.now(), secrets = []) {
    const where = `POST ${url}`;
    if (res.status >= 300 && res.status < 400) {
        const location = [res.headers['location']].flat()[0];
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GatewayError */ .Fe(res.status, `${where} answered HTTP ${res.status}, a redirect to ${location === undefined ? '(no Location header)' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forLog */ .Ig)(location, 300)}; it was not followed, so the key went nowhere else`, 'Set base-url to the address the gateway really serves from');
    }
    const detail = readDetail(res.body, secrets);
    const said = detail ? (0,_error_body_js__WEBPACK_IMPORTED_MODULE_2__/* .describeDetail */ .rV)(detail) : (0,_error_body_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(res.body);
    const retryAfter = (0,_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRetryAfter */ .mu)(res.headers['retry-after'], now);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GatewayError */ .Fe(res.status, `${where} failed with HTTP ${res.status}: ${said}`, hintFor(res.status), retryAfter !== undefined ? retryAfter / 1000 : undefined);
}
function hintFor(status) {
    switch (status) {
        case 401:
            return 'Check api-key: the gateway did not accept it (is the secret set, and for this gateway?)';
        case 403:
            return 'The key is valid but may not use this model or endpoint; check its permissions on the gateway';
        case 404:
            return 'Check model (is it one the gateway serves?) and base-url';
        case 413:
            return 'The prompt is too large for the gateway; trim it';
        case 429:
            return 'The gateway is rate-limiting this key; raise max-attempts or run fewer jobs at once';
        default:
            return status >= 500 ? 'The gateway had a problem; it was retried where safe. Try again later' : undefined;
    }
}


/***/ }),

/***/ 6016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ connectionError),
/* harmony export */   SH: () => (/* binding */ tooLargeError),
/* harmony export */   Uz: () => (/* binding */ RETRYABLE_STATUS),
/* harmony export */   nB: () => (/* binding */ MAX_RESPONSE_BYTES),
/* harmony export */   w2: () => (/* binding */ timeoutError)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2988);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
// What crosses the transport boundary, and how a failed exchange is described and classified.


const MAX_RESPONSE_BYTES = 1024 * 1024;
// Causes where the request certainly did not reach the gateway, or a transient network fault
// (a reset before any response, a timeout): a retry is safe, and usually succeeds.
const RETRYABLE = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT'
]);
/** Statuses a retry can fix: the gateway (or something before it) was briefly unable to answer. */
const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
/**
 * A one-line TransportError for a low-level failure (`ECONNREFUSED 127.0.0.1:1`), never a stack.
 * `responded` is true once response headers arrived: the gateway then did the work, and a retry
 * could create a second cache, so it is not retried.
 */
function connectionError(e, url, responded) {
    const err = (e ?? {});
    const cause = (err.cause ?? {});
    // undici's parser errors can come without a code; their name says more than 'ERROR'.
    const named = err.name && err.name !== 'Error' ? err.name : undefined;
    const code = err.code && !err.code.startsWith('UND_ERR_') ? err.code : (cause.code ?? err.code ?? named ?? 'ERROR');
    const host = new URL(url).host;
    const message = [err.message, cause.message].filter((m) => !!m).join('; ');
    // Through a proxy, the proxy connects to the gateway: all we learn is the status it answered.
    const tunnel = /Proxy response \((\d+)\)/.exec(message);
    if (tunnel && !responded) {
        const status = Number(tunnel[1]);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TransportError */ .wX(code, `POST ${url}: could not reach ${host} through the proxy: it answered HTTP ${status} to CONNECT`, status >= 500, // the request never reached the gateway, so a retry cannot create a second cache
        'The proxy in HTTPS_PROXY/HTTP_PROXY could not connect to the gateway (is base-url right, and allowed by the proxy?); list the host in NO_PROXY to bypass the proxy');
    }
    const address = err.address ?? cause.address;
    const port = err.port ?? cause.port;
    const hostname = err.hostname ?? cause.hostname;
    const where = address ? ` ${address}${port ? `:${port}` : ''}` : hostname ? ` ${hostname}` : '';
    // OpenSSL's own words ("wrong version number"), not its source path and line.
    const text = oneLine(message);
    const reason = opensslReason(text) ?? (text && !text.includes(code) ? text.slice(0, 200) : undefined);
    // Socket and TLS messages can carry what the other side sent: escaped like any untrusted text.
    const detail = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forLog */ .Ig)(oneLine(`${code}${where}${!where && reason ? ` (${reason})` : ''}`), 300);
    // The server answered, but not in HTTP a client can read (garbage, or headers over 16 KiB).
    const unreadable = /^HPE_|HEADERS_OVERFLOW|HTTPParserError/.test(code);
    const phase = responded
        ? 'the response was cut off'
        : unreadable
            ? `${host} answered with something that is not readable HTTP`
            : `could not reach ${host}`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TransportError */ .wX(code, `POST ${url}: ${phase}: ${detail}`, !responded && RETRYABLE.has(code), hintFor(code));
}
function hintFor(code) {
    if (/CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ALTNAME/.test(code))
        return 'The gateway certificate is not trusted here; on a self-hosted runner behind a TLS-inspecting proxy, point NODE_EXTRA_CA_CERTS at its CA';
    if (/^EPROTO$|SSL|TLS/.test(code))
        return 'The TLS handshake failed: is base-url https to a server that speaks plain http, or is something in between intercepting it?';
    if (code === 'ENOTFOUND')
        return 'Check base-url: its host name does not resolve from this runner';
    if (code === 'EAI_AGAIN')
        return 'The host name could not be resolved just now; check the runner can reach a DNS server';
    if (code === 'ECONNREFUSED')
        return 'Nothing accepts connections at that address; check base-url';
    return undefined;
}
function opensslReason(message) {
    return /error:[0-9A-Fa-f]+:[^:]*:[^:]*:([^:]+)/.exec(message)?.[1]?.trim() || undefined;
}
/**
 * The attempt ran out of time. `status` is the response's status when its headers had arrived.
 * Retried unless the gateway had already said it succeeded (2xx, or anything not in
 * RETRYABLE_STATUS): a body that stalls after a 200 still means the cache was created, and a
 * retry would create a second one.
 */
function timeoutError(url, timeoutMs, status) {
    const responded = status !== undefined;
    const retryable = !responded || RETRYABLE_STATUS.has(status);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TransportError */ .wX('ETIMEDOUT', `POST ${url}: ${responded ? `HTTP ${status} came back, but its body did not finish` : 'no response'} within ${timeoutMs / 1000} s`, retryable, retryable
        ? 'Raise timeout if the gateway is slow for large prompts'
        : 'The cache may have been created, so it was not retried (a retry could create a second one). Raise timeout if the gateway is slow');
}
function tooLargeError(url, limit) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TransportError */ .wX('ETOOLARGE', `POST ${url}: the response is larger than ${limit / 1024} KiB and was cut off`, false, 'base-url may point at something other than the gateway');
}
/** Whitespace runs (line breaks included) as one space: an error is one log line. */
function oneLine(s) {
    return s.replace(/\s+/g, ' ').trim();
}


/***/ }),

/***/ 2837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J7: () => (/* binding */ redactResponse),
/* harmony export */   Rd: () => (/* binding */ redactText),
/* harmony export */   eo: () => (/* binding */ secretForms)
/* harmony export */ });
/** Shorter values are test stand-ins; replacing them would garble the text for nothing. */
const MIN_SECRET = 8;
const REDACTED = '***';
/**
 * The forms a secret takes in a response: as is, JSON-escaped, URI-encoded (both ways), hex, and
 * base64 (standard and URL-safe) at each of the three alignments it can have inside a longer
 * base64 text (`Basic base64(user:key)`, a JWT segment), without the edge characters it shares
 * with its neighbours.
 */
function secretForms(secret) {
    // Every call of a run redacts the same few secrets: their forms are worked out once.
    let forms = known.get(secret);
    if (!forms) {
        forms = formsOf(secret);
        if (known.size < 100)
            known.set(secret, forms);
    }
    return [...forms];
}
const known = new Map();
function formsOf(secret) {
    if (secret.length < MIN_SECRET)
        return [];
    const bytes = Buffer.from(secret, 'utf8');
    const forms = [
        secret,
        JSON.stringify(secret).slice(1, -1),
        encodeURIComponent(secret),
        encodeURIComponent(secret).replace(/%20/g, '+'),
        bytes.toString('hex'),
        bytes.toString('hex').toUpperCase()
    ];
    for (let offset = 0; offset < 3; offset++) {
        const padded = Buffer.concat([Buffer.alloc(offset), bytes]);
        const b64 = padded.toString('base64').replace(/=+$/, '');
        // Characters that hold bits of the padding (before) or of whatever follows (after) vary.
        const first = Math.ceil((offset * 8) / 6);
        const last = Math.floor(((offset + bytes.length) * 8) / 6);
        const core = b64.slice(first, last);
        if (core.length >= MIN_SECRET)
            forms.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    // Longest first: a form that contains another is replaced whole.
    return [...new Set(forms)].sort((a, b) => b.length - a.length);
}
/** Every form of every secret in `text` replaced by `***`. */
function redactText(text, forms) {
    let out = text;
    for (const form of forms)
        if (out.includes(form))
            out = out.split(form).join(REDACTED);
    return out;
}
/** The response with every form of each secret (key, cache ids, tokens) cut from its headers and body. */
function redactResponse(res, secrets) {
    const forms = [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length);
    if (forms.length === 0)
        return res;
    const redact = (text) => redactText(text, forms);
    const headers = Object.fromEntries(Object.entries(res.headers).map(([name, value]) => [
        name,
        Array.isArray(value) ? value.map(redact) : value === undefined ? value : redact(value)
    ]));
    return { status: res.status, headers, body: redact(res.body) };
}


/***/ }),

/***/ 956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jb: () => (/* binding */ retryPolicy),
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   a6: () => (/* binding */ worstCaseMs),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   tn: () => (/* binding */ realRetryDeps)
/* harmony export */ });
/* unused harmony exports DEFAULT_POLICY, backoffDelay */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2988);
// One small retry helper: full-jitter exponential backoff that honours Retry-After (capped), a
// label on every log line, and sleep/random injected so tests neither wait nor guess. The policy
// is built here only (retryPolicy), so the bound announced and the loop run cannot drift apart.

const DEFAULT_POLICY = { baseDelayMs: 1000, maxDelayMs: 20_000, maxRetryAfterMs: 60_000 };
/** The one policy every request uses, for a max-attempts setting. */
function retryPolicy(maxAttempts) {
    return { ...DEFAULT_POLICY, maxAttempts };
}
const realRetryDeps = (log) => ({
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    random: Math.random,
    log
});
/** Full jitter: a uniform pick in [0, min(max, base·2^(n−1))]. */
function backoffDelay(retry, policy, random) {
    return random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
}
/** Retry-After as seconds or an HTTP date, in ms from `now`; undefined when absent or unreadable. */
function parseRetryAfter(value, now = Date.now()) {
    const v = (Array.isArray(value) ? value[0] : value)?.trim();
    if (!v)
        return undefined;
    // Hundreds of digits are Infinity to Number(): still "very long", so capped like any other.
    if (/^\d+(\.\d+)?$/.test(v))
        return Math.min(Number(v) * 1000, Number.MAX_SAFE_INTEGER);
    const date = Date.parse(v);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** The longest the retry loop can take: every attempt timing out, every wait at its cap. */
function worstCaseMs(policy, timeoutMs) {
    return policy.maxAttempts * timeoutMs + (policy.maxAttempts - 1) * Math.max(policy.maxDelayMs, policy.maxRetryAfterMs);
}
async function withRetry(attempt, judge, policy, deps) {
    for (let n = 1;; n++) {
        try {
            return { value: await attempt(n), attempts: n };
        }
        catch (error) {
            const verdict = judge(error);
            if (!verdict.retryable || n >= policy.maxAttempts)
                throw error;
            let delay = backoffDelay(n, policy, deps.random);
            let note = '';
            if (verdict.retryAfterMs !== undefined) {
                delay = Math.min(verdict.retryAfterMs, policy.maxRetryAfterMs);
                note =
                    verdict.retryAfterMs > policy.maxRetryAfterMs
                        ? ` (the gateway asked for ${seconds(verdict.retryAfterMs)} s via Retry-After; capped at ${seconds(policy.maxRetryAfterMs)} s)`
                        : ' (as Retry-After asked)';
            }
            // The summary quotes the gateway: escaped here too, whoever built it.
            deps.log(`attempt ${n} of ${policy.maxAttempts} failed: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .forLog */ .Ig)(verdict.summary, 1000)}; retrying in ${seconds(delay)} s${note}`);
            await deps.sleep(delay);
        }
    }
}
function seconds(ms) {
    return (ms / 1000).toFixed(1);
}


/***/ }),

/***/ 5522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ sendBoundMs),
/* harmony export */   tN: () => (/* binding */ send)
/* harmony export */ });
/* unused harmony export createRetryDecision */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6356);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6016);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2837);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(956);
// One JSON POST to the gateway, retried under the one retry policy: what every endpoint's client
// (create, chat) is built on. A 2xx comes back as it came (secrets cut out); anything else ends,
// after the retries the verdict allows, in a GatewayError or TransportError a user can act on,
// carrying the attempts it took (an `attempts` field: a chat's report counts them).





/** The headers every gateway call sends. */
function requestHeaders(apiKey) {
    return {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        Authorization: `Bearer ${apiKey}`,
        'User-Agent': 'context-cache-action'
    };
}
async function send(options) {
    const started = performance.now();
    const policy = (0,_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .retryPolicy */ .Jb)(options.maxAttempts);
    const secrets = [options.apiKey, ...(options.secrets ?? [])];
    const headers = requestHeaders(options.apiKey);
    let made = 0;
    const { value: res, attempts } = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .withRetry */ .bD)(async () => {
        await options.beforeAttempt?.();
        made++;
        const raw = await options.transport({
            url: options.url,
            headers,
            body: options.body,
            timeoutMs: options.timeoutMs,
            maxResponseBytes: options.maxResponseBytes ?? _http_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_RESPONSE_BYTES */ .nB
        });
        const res = (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redactResponse */ .J7)(raw, secrets);
        if (res.status >= 200 && res.status < 300)
            return res;
        const failure = (0,_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFailure */ .I)(res, options.url, Date.now(), secrets);
        if (failure.retryAfterSeconds !== undefined)
            options.onRetryAfter?.(Math.min(failure.retryAfterSeconds * 1000, policy.maxRetryAfterMs));
        throw failure;
    }, options.retryable ?? createRetryDecision, policy, options.retry).catch((e) => {
        // Each attempt's error is its own object: say on the last one how many attempts were made.
        if (e instanceof Error)
            Object.assign(e, { attempts: made });
        throw e;
    });
    return { res, attempts, elapsedMs: performance.now() - started };
}
/**
 * The create call's rule: retry what certainly did not reach the gateway or what the gateway
 * says was not done (408, 429, 5xx); never a request the gateway may have acted on (a reset or
 * stall after a 2xx's headers), which could create a second cache.
 */
function createRetryDecision(error) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .wX)
        return { retryable: error.retryable, summary: error.message };
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GatewayError */ .Fe)
        return {
            retryable: _http_js__WEBPACK_IMPORTED_MODULE_2__/* .RETRYABLE_STATUS */ .Uz.has(error.status),
            retryAfterMs: error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : undefined,
            summary: error.message
        };
    return { retryable: false, summary: String(error) };
}
/** The longest send() can take for these settings (every attempt timing out, every wait at its cap). */
function sendBoundMs(timeoutMs, maxAttempts) {
    return (0,_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .worstCaseMs */ .a6)((0,_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .retryPolicy */ .Jb)(maxAttempts), timeoutMs);
}


/***/ }),

/***/ 2996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZZ: () => (/* binding */ field),
/* harmony export */   cl: () => (/* binding */ quoteValue),
/* harmony export */   e6: () => (/* binding */ inputErrors),
/* harmony export */   ku: () => (/* binding */ reject)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8532);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2988);
// The machinery every front end reads inputs with: a rule is a function from the raw string to
// the typed value that reports a bad one (message + hint) instead of throwing, so one zod schema
// per action checks every input in one pass and all problems are reported at once.



/** A value as it may be shown in a log: quoted, control characters and workflow commands escaped, cut short. */
function quoteValue(value) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value));
}
/** Report `message` (with its `hint`) for the input being read. */
function reject(ctx, message, hint) {
    ctx.issues.push({ code: 'custom', message, input: ctx.value, params: { hint } });
    return zod__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
}
/** An input read by a rule: a string in, the typed value (or a reported issue) out. */
function field(parse) {
    return zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().transform((raw, ctx) => parse(raw, ctx));
}
/** zod's issues (one per bad input) → InputErrors, each with its hint. */
function inputErrors(issues) {
    return issues.map((issue) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(String(issue.path[0]), issue.message, issue.params?.hint));
}


/***/ }),

/***/ 3105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Wx: () => (/* binding */ MODEL_REQUIRED_HINT),
  JS: () => (/* binding */ SPACE_OR_CONTROL),
  hJ: () => (/* binding */ decimalIn),
  wo: () => (/* binding */ integerIn),
  TC: () => (/* binding */ isModelId),
  GI: () => (/* binding */ modelVarName),
  Xu: () => (/* binding */ parseApiKey),
  Q2: () => (/* binding */ parseBaseUrl),
  yG: () => (/* binding */ parseBoolean),
  CE: () => (/* binding */ parseEnvVar),
  XV: () => (/* binding */ parseFailOn),
  Li: () => (/* binding */ parseLines),
  Id: () => (/* binding */ parseMaxAttempts),
  b: () => (/* binding */ parseMinPassRate),
  Zx: () => (/* binding */ parseMode),
  Xh: () => (/* binding */ parseModel),
  sl: () => (/* binding */ parsePromptFile),
  gP: () => (/* binding */ parseRole),
  ZZ: () => (/* binding */ parseTimeout),
  Kw: () => (/* binding */ parseTtl),
  FN: () => (/* binding */ ttlVarName)
});

// UNUSED EXPORTS: DEFAULT_BASE_URL, isLoopback

;// CONCATENATED MODULE: ./src/inputs/env-var.ts
// Which names the env-var input may give: the cache id (and its ttl, as <name>_TTL) is exported
// to every later step of the job, and its value comes from the gateway, so a name that a shell,
// a runtime or a tool reads as configuration would let the gateway reconfigure the job (an id of
// `xtrace:verbose` in SHELLOPTS turns on tracing in every later bash step). A name must look like
// an ordinary variable of one's own and be on none of the lists below. Pure.
/** Letters, digits and `_`, starting with a letter (a leading `_` is the shells' and JVMs' own). */
const SAFE_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
// Exact names (compared upper-cased).
const EXACT = new Set(`PATH HOME SHELL ENV BASH_ENV IFS PS1 PS2 PS3 PS4 PROMPT_COMMAND CDPATH GLOBIGNORE FIGNORE HISTFILE
  HISTCONTROL INPUTRC TMOUT SHELLOPTS BASHOPTS POSIXLY_CORRECT ZDOTDIR CI PWD OLDPWD USER LOGNAME
  TMPDIR TEMP TMP TERM TERMINFO TZ TZDIR LANG LANGUAGE NLSPATH LOCPATH GCONV_PATH HOSTALIASES
  RES_OPTIONS LOCALDOMAIN GLIBC_TUNABLES MAIL EDITOR VISUAL PAGER MANPAGER BROWSER LESS LESSOPEN
  LESSCLOSE LESSKEY HTTP_PROXY HTTPS_PROXY NO_PROXY ALL_PROXY FTP_PROXY WGETRC NETRC CURL_HOME
  CURL_CA_BUNDLE REQUESTS_CA_BUNDLE SSLKEYLOGFILE CLASSPATH MAKEFLAGS MFLAGS CC CXX CPP LD AR CFLAGS
  CXXFLAGS CPPFLAGS LDFLAGS LIBS VIRTUAL_ENV GOFLAGS GOPROXY GOROOT GOPATH GOENV GOPRIVATE
  GONOSUMDB GONOPROXY GOSUMDB GOINSECURE GOTOOLCHAIN GOEXPERIMENT GOCACHE GOBIN KUBECONFIG
  GNUPGHOME EMAIL OPENSSL_CONF`.split(/\s+/));
// Families of tool configuration (compared upper-cased).
const PREFIXES = `GITHUB_ ACTIONS_ RUNNER_ INPUT_ STATE_ IMAGEOS AGENT_ NODE_ NPM_ YARN_ PNPM_ BUN_ DENO_
  LD_ DYLD_ MALLOC_ LC_ XDG_ BASH_ ZSH_ GIT_ GH_ SSH_ GPG_ OPENSSL_ SSL_ CURL_ CORECLR_ COR_ COMPLUS_
  DOTNET_ NUGET_ MSBUILD JAVA_ JDK_ MAVEN_ GRADLE_ ANT_ SBT_ PYTHON PIP_ PIPENV_ POETRY_ UV_ CONDA_
  PERL RUBY GEM_ BUNDLE_ CARGO_ RUST COMPOSER_ PHP DOCKER_ BUILDKIT_ KUBE HELM_ TF_ ANSIBLE_ VAULT_
  AWS_ AZURE_ GOOGLE_ CLOUDSDK_ GCLOUD_ ELECTRON_ CHROME_ PLAYWRIGHT_ PUPPETEER_ PKG_CONFIG
  R_ JULIA_ LUA_ NIX_`.split(/\s+/);
// Endings tools use for their settings (MY_TOOL_OPTS, FOO_HOME, BAR_PROXY…).
const SUFFIXES = `_OPTS _OPTIONS _FLAGS _ARGS _PATH _HOME _DIR _CONF _CONFIG _RC _PRELOAD _PROXY _HOOKS _PLUGINS`.split(/\s+/);
/** Why `name` may not be exported, or undefined when it may. */
function reservedBecause(name) {
    const upper = name.toUpperCase();
    if (EXACT.has(upper))
        return `${upper} is read by shells or tools`;
    const prefix = PREFIXES.find((p) => upper.startsWith(p));
    if (prefix)
        return `names starting ${prefix} configure the runner or a tool`;
    const suffix = SUFFIXES.find((s) => upper.endsWith(s));
    if (suffix)
        return `names ending ${suffix} usually configure a tool`;
    return undefined;
}

// EXTERNAL MODULE: ./src/inputs/fields.ts
var fields = __webpack_require__(2996);
// EXTERNAL MODULE: ./src/models.ts
var models = __webpack_require__(6293);
// EXTERNAL MODULE: ./src/prompt/messages.ts
var messages = __webpack_require__(4644);
// EXTERNAL MODULE: ./src/wording.ts
var wording = __webpack_require__(3395);
;// CONCATENATED MODULE: ./src/inputs/rules.ts
// The rule for each input's value, shared by every action (and the command line): what it
// accepts, and for anything else a message that names the bad value (never a secret's) and a hint
// for the fix. Each action's inputs.ts composes them into one zod schema.





const DEFAULT_BASE_URL = 'https://gateway.theturbo.ai';
const MAX_TIMEOUT_S = 3600;
const MAX_ATTEMPTS = 10;
// eslint-disable-next-line no-control-regex -- control characters are exactly what we look for
const SPACE_OR_CONTROL = /[\s\x00-\x1f\x7f]/;
/** A URL as it may be shown: no user:password, query or fragment (where tokens hide). */
function showUrl(raw) {
    return (0,fields/* quoteValue */.cl)(raw.replace(/[?#][\s\S]*$/, '').replace(/\/\/[^/@]*@/, '//'));
}
/** Model ids as gateways spell them: gemini-2.5-flash, Doubao-1.5-pro-32k, vendor/model@rev. */
function isModelId(id) {
    return id.length <= 128 && /^[A-Za-z0-9][A-Za-z0-9._:/@+-]*$/.test(id);
}
const MODEL_REQUIRED_HINT = 'Set model to the gateway model id, e.g. gemini-2.5-flash or Doubao-1.5-pro-32k, or name it in a JSON/YAML prompt file ("model": …)';
function parseModel(raw, ctx) {
    // Empty is allowed here: a JSON/YAML prompt file may name the model (see applyModelRules()).
    if (raw !== '' && !isModelId(raw))
        return (0,fields/* reject */.ku)(ctx, `${(0,fields/* quoteValue */.cl)(raw)} is not a model id`, 'Use the id exactly as the gateway lists it, e.g. gemini-2.5-flash (letters, digits and . _ - : / @ + only)');
    return raw;
}
function parsePromptFile(raw, ctx) {
    // One path or pattern per line (a YAML block in the workflow), blank lines ignored.
    const entries = raw
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
    if (entries.length === 0)
        return (0,fields/* reject */.ku)(ctx, 'is required', `Set ${(0,wording/* wording */.z4)().input('prompt-file')} to a path relative to ${(0,wording/* wording */.z4)().root}, e.g. prompts/system.md (several: ${(0,wording/* wording */.z4)().input('prompt-file') === 'prompt-file' ? 'one per line' : 'repeat the flag'})`);
    const bad = entries.find((e) => e.includes('\0'));
    if (bad !== undefined)
        return (0,fields/* reject */.ku)(ctx, `${(0,fields/* quoteValue */.cl)(bad)} is not a path`, `Give paths relative to ${(0,wording/* wording */.z4)().root}`);
    return entries;
}
function parseApiKey(raw, ctx) {
    // The value is a secret: messages describe it, never show it.
    if (SPACE_OR_CONTROL.test(raw))
        return (0,fields/* reject */.ku)(ctx, 'contains whitespace or a control character (a line break?)', 'Store the key without surrounding newlines or spaces in the secret, e.g. `gh secret set GATEWAY_API_KEY`');
    if (/[^\x21-\x7e]/.test(raw))
        return (0,fields/* reject */.ku)(ctx, 'contains a non-ASCII character', 'Copy the key again from the gateway console; it is plain ASCII');
    return raw;
}
function parseBaseUrl(raw, ctx) {
    const example = `Use the gateway root, e.g. ${DEFAULT_BASE_URL}`;
    // The URL parser silently drops tabs and line breaks; a value with them was not meant.
    const space = raw.search(SPACE_OR_CONTROL);
    if (space >= 0)
        return (0,fields/* reject */.ku)(ctx, `${showUrl(raw.slice(0, space))}… contains whitespace or a line break`, example);
    let url;
    try {
        url = new URL(raw === '' ? DEFAULT_BASE_URL : raw);
    }
    catch {
        return (0,fields/* reject */.ku)(ctx, `${showUrl(raw)} is not a URL`, example);
    }
    if (url.username || url.password)
        return (0,fields/* reject */.ku)(ctx, 'contains credentials (user:password@)', 'Remove them from the URL; the key belongs in api-key, which is masked');
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return (0,fields/* reject */.ku)(ctx, `${showUrl(raw)} is not an http(s) URL`, example);
    if (url.protocol === 'http:' && !isLoopback(url.hostname))
        return (0,fields/* reject */.ku)(ctx, `${showUrl(raw)} uses plain http`, 'Use https: the key must not cross the network in clear text (http is allowed only for 127.0.0.1, localhost and ::1)');
    if (url.search || url.hash)
        return (0,fields/* reject */.ku)(ctx, `${showUrl(raw)} has a query or fragment`, example);
    // The root only: each client appends its own path. A trailing '/', '/v1' or a whole endpoint is
    // tolerated, as users copy them from docs.
    const path = url.pathname.replace(/\/+$/, '').replace(/\/v1(\/context\/(create|chat\/completions)|\/chat\/completions)?$/, '');
    return `${url.origin}${path}`;
}
/** 127.0.0.0/8, localhost and ::1: the only hosts plain http may reach (tests, local emulators). */
function isLoopback(hostname) {
    const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
function parseTtl(raw, ctx) {
    if (raw === '')
        return undefined;
    const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(n) || n <= 0)
        return (0,fields/* reject */.ku)(ctx, `${(0,fields/* quoteValue */.cl)(raw)} is not a whole number of seconds above 0`, 'Set ttl to e.g. 3600, or leave it empty for the gateway default');
    return n;
}
function parseMode(raw, ctx) {
    if (raw === '')
        return undefined;
    if (!models/* CACHE_MODES */._R.includes(raw))
        return (0,fields/* reject */.ku)(ctx, `${(0,fields/* quoteValue */.cl)(raw)} is not a cache mode`, `Use ${models/* CACHE_MODES */._R.join(' or ')}, or leave it empty`);
    return raw;
}
function parseRole(raw, ctx) {
    if (raw === '')
        return 'system';
    if (!messages/* ROLES */.gg.includes(raw))
        return (0,fields/* reject */.ku)(ctx, `${(0,fields/* quoteValue */.cl)(raw)} is not a message role`, `Use ${messages/* ROLES */.gg.join(', ')}`);
    return raw;
}
/** The variable the ttl is exported to: `CONTEXT_CACHE_ID` → `CONTEXT_CACHE_TTL`, `MY_VAR` → `MY_VAR_TTL`. */
function ttlVarName(envVar) {
    return `${envVar.replace(/_ID$/i, '')}_TTL`;
}
/** Where create exports the cache's model, named as the ttl is: CONTEXT_CACHE_ID → CONTEXT_CACHE_MODEL, MY_ID → MY_MODEL. */
function modelVarName(envVar) {
    return `${envVar.replace(/_ID$/i, '')}_MODEL`;
}
function parseEnvVar(raw, ctx) {
    const name = raw === '' ? 'CONTEXT_CACHE_ID' : raw;
    if (!SAFE_NAME.test(name))
        return (0,fields/* reject */.ku)(ctx, `${(0,fields/* quoteValue */.cl)(raw)} is not a plain environment variable name`, 'Use letters, digits and _ only, starting with a letter, at most 64 characters, e.g. CONTEXT_CACHE_ID');
    for (const exported of [name, ttlVarName(name), modelVarName(name)]) {
        const why = reservedBecause(exported);
        if (why)
            return (0,fields/* reject */.ku)(ctx, `${(0,fields/* quoteValue */.cl)(raw)} is reserved${exported === name ? '' : ` (${exported === ttlVarName(name) ? 'the ttl' : 'the model'} goes to ${exported})`}: ${why}, and setting it would change how later steps behave`, 'Choose a name of your own, e.g. CONTEXT_CACHE_ID');
    }
    return name;
}
function parseTimeout(raw, ctx) {
    if (raw === '')
        return 120_000;
    const n = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN;
    // Under half a millisecond would round to a timeout of 0, which cuts every attempt at once.
    if (!(n >= 0.0005 && n <= MAX_TIMEOUT_S))
        return (0,fields/* reject */.ku)(ctx, `${(0,fields/* quoteValue */.cl)(raw)} is not a number of seconds between 0 and ${MAX_TIMEOUT_S}`, 'Set timeout to e.g. 120 (seconds per attempt)');
    return Math.round(n * 1000);
}
function parseMaxAttempts(raw, ctx) {
    if (raw === '')
        return 3;
    const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!(n >= 1 && n <= MAX_ATTEMPTS))
        return (0,fields/* reject */.ku)(ctx, `${(0,fields/* quoteValue */.cl)(raw)} is not a whole number from 1 to ${MAX_ATTEMPTS}`, 'Set max-attempts to e.g. 3 (the first attempt included); 1 turns retries off');
    return n;
}
function parseBoolean(raw, ctx) {
    // The runner's own rule (core.getBooleanInput): YAML 1.2 core schema spellings only.
    if (raw === '' || ['false', 'False', 'FALSE'].includes(raw))
        return false;
    if (['true', 'True', 'TRUE'].includes(raw))
        return true;
    return (0,fields/* reject */.ku)(ctx, `${(0,fields/* quoteValue */.cl)(raw)} is not a boolean`, 'Use true or false');
}
/** One entry per line (a YAML block in the workflow), trimmed, blank lines dropped. */
function parseLines(raw) {
    return raw
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '');
}
function integerIn(min, max, hint) {
    return (raw, ctx) => {
        if (raw === '')
            return undefined;
        const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
        if (!(n >= min && n <= max))
            return (0,fields/* reject */.ku)(ctx, `${(0,fields/* quoteValue */.cl)(raw)} is not a whole number from ${min} to ${max}`, hint);
        return n;
    };
}
function decimalIn(min, max, hint, percentOk = false) {
    return (raw, ctx) => {
        if (raw === '')
            return undefined;
        const percent = percentOk && /^\d+(\.\d+)?%$/.test(raw);
        const n = percent ? Number(raw.slice(0, -1)) / 100 : /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN;
        if (!(n >= min && n <= max))
            return (0,fields/* reject */.ku)(ctx, `${(0,fields/* quoteValue */.cl)(raw)} is not a number from ${min} to ${max}`, hint);
        return n;
    };
}
const parseMinPassRate = decimalIn(0, 1, 'Set min-pass-rate between 0 and 1 (e.g. 0.9), or as a percentage (90%)', true);
function parseFailOn(raw, ctx) {
    if (raw === '' || raw === 'pass-rate')
        return 'pass-rate';
    if (raw === 'regressions' || raw === 'worse')
        return raw;
    return (0,fields/* reject */.ku)(ctx, `${(0,fields/* quoteValue */.cl)(raw)} is not pass-rate, regressions or worse`, 'Use pass-rate (fail below min-pass-rate), regressions (fail when a case that passed in the baseline fails now) or worse (fail when the paired test says the head is worse than the baseline)');
}


/***/ }),

/***/ 6293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GM: () => (/* binding */ chatUrl),
/* harmony export */   Iz: () => (/* binding */ PRICES_DATE),
/* harmony export */   MQ: () => (/* binding */ modelWarning),
/* harmony export */   Md: () => (/* binding */ lookupModel),
/* harmony export */   NG: () => (/* binding */ minimumTokens),
/* harmony export */   _R: () => (/* binding */ CACHE_MODES),
/* harmony export */   hj: () => (/* binding */ listPrices),
/* harmony export */   jy: () => (/* binding */ dialectsOf)
/* harmony export */ });
/* unused harmony exports PLAIN_CHAT_PATH, FAMILIES, CATALOG, suggestModel */
/* harmony import */ var _did_you_mean_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3772);
// The model catalog: which family a model belongs to, and one table entry per family holding
// everything that differs between families, as the gateway's documents (and the upstream ones
// they defer to) state it: the chat path, the ttl range and modes, the minimum size, whether a
// conversation may end with the assistant, and how the upstream says "too small" and "gone". A
// new family is one entry. New models appear on the gateway all the time, so an unknown model is
// never an error here.

const CACHE_MODES = ['session', 'common_prefix'];
/**
 * A context_id is the gateway's own handle, so a chat naming one it no longer holds may be refused
 * in the gateway's (Ark's) words whatever model is behind it: every family knows them.
 */
const GATEWAY_CONTEXT_GONE = [
    /ContextNotFound/,
    /context(_id)?\b[^.]{0,80}\b(does not exist|not found|expired|has expired)/i
];
/** Where a chat with no cache goes (and a chat against a cache, for every family but Doubao). */
const PLAIN_CHAT_PATH = '/v1/chat/completions';
const FAMILIES = {
    gemini: {
        label: 'Gemini',
        // Upstream (Vertex) default is one hour; the gateway documents no range.
        defaultTtl: 3600,
        modes: [],
        // Upstream documents disagree (1,024–2,048 for 2.x, 4,096 for 3.x); the lower bound only warns.
        minTokens: [
            [/^gemini-3/i, 4096],
            [/^/, 1024]
        ],
        chatPath: PLAIN_CHAT_PATH,
        lastMayBeAssistant: true,
        dialects: {
            tooSmall: [
                // Vertex: "Cached content is too small. total_token_count=416, min_total_token_count=4096"
                /too small.*?total_token_count=(?<counted>\d+).*?min_total_token_count=(?<minimum>\d+)/is,
                // Gemini API: "The cached content is of 151 tokens. The minimum token count to start caching is 1024."
                /cached content is of (?<counted>\d+) tokens.*?minimum token count to start caching is (?<minimum>\d+)/is,
                /(cached? content|context|cache)[^.]*too small|minimum token count to start caching/i
            ],
            contextGone: [/(cached ?content|cache)\b[^.]{0,80}\b(does not exist|not found|expired|has expired)/i, ...GATEWAY_CONTEXT_GONE]
        }
    },
    doubao: {
        label: 'Doubao',
        // The gateway's Doubao page: "[3600, 604800]"; upstream default one day; resets on each use.
        ttlRange: [3600, 604800],
        defaultTtl: 86400,
        modes: CACHE_MODES,
        minTokens: [],
        chatPath: '/v1/context/chat/completions',
        // The Doubao context chat refuses a conversation that ends with the assistant.
        lastMayBeAssistant: false,
        dialects: {
            tooSmall: [],
            // Ark: 404 InvalidParameter.ContextNotFound, or a message in words.
            contextGone: GATEWAY_CONTEXT_GONE
        }
    }
};
/** A model of no family we know may speak any family's dialect. */
const ALL_DIALECTS = {
    tooSmall: Object.values(FAMILIES).flatMap((f) => f.dialects.tooSmall),
    contextGone: Object.values(FAMILIES).flatMap((f) => f.dialects.contextGone)
};
/** How the upstream behind `model` words its refusals (every family's words for an unknown one). */
function dialectsOf(model) {
    return model.rules?.dialects ?? ALL_DIALECTS;
}
/** The chat URL for a model under a gateway root: its family's path against a cache, the plain one without. */
function chatUrl(base, model, withContext = true) {
    return `${base}${withContext && model.rules ? model.rules.chatPath : PLAIN_CHAT_PATH}`;
}
/** When the built-in prices were read from the providers' public pages. */
const PRICES_DATE = '2026-12';
// Google's "Gemini Developer API pricing" page (≤ 200k-token prompts); Doubao: BytePlus ModelArk's
// "Model Service Billing" page for ByteDance-Seed-1.8 (0–128k input), a USD anchor for Ark's CNY prices.
const GEMINI_FLASH = { input: 0.3, cachedInput: 0.03, output: 2.5, storagePerHour: 1 };
const GEMINI_PRO = { input: 1.25, cachedInput: 0.125, output: 10, storagePerHour: 4.5 };
const GEMINI_FLASH_LITE = { input: 0.1, cachedInput: 0.01, output: 0.4, storagePerHour: 1 };
const DOUBAO = { input: 0.25, cachedInput: 0.05, output: 2, storagePerHour: 0.0083 };
/** The models the gateway's pages list, spelled as they spell them, with their list prices. Others of a known family still get that family's rules. */
const CATALOG = [
    ['gemini-2.0-flash', 'gemini', { input: 0.1, cachedInput: 0.025, output: 0.4, storagePerHour: 1 }],
    ['gemini-2.5-flash', 'gemini', GEMINI_FLASH],
    ['gemini-2.5-pro', 'gemini', GEMINI_PRO],
    ['gemini-2.5-flash-lite', 'gemini', GEMINI_FLASH_LITE],
    ['gemini-2.5-flash-lite-preview-06-17', 'gemini', GEMINI_FLASH_LITE],
    ['gemini-2.5-flash-thinking', 'gemini', GEMINI_FLASH],
    ['gemini-2.5-pro-thinking', 'gemini', GEMINI_PRO],
    ['gemini-3-pro-preview', 'gemini', { input: 2, cachedInput: 0.2, output: 12, storagePerHour: 4.5 }],
    ['Doubao-1.5-pro-32k', 'doubao', DOUBAO],
    ['Doubao-1.5-lite-32k', 'doubao', DOUBAO],
    ['Doubao-pro-32k', 'doubao', DOUBAO]
];
const PRICES = new Map(CATALOG.map(([id, , prices]) => [id.toLowerCase(), prices]));
/** A catalog model's list prices (case-insensitive); undefined for any other model. */
function listPrices(id) {
    return PRICES.get(id.toLowerCase());
}
const BY_KEY = new Map(CATALOG.map(([id, family]) => [id.toLowerCase(), family]));
/** Look a model up by the name the gateway uses (case-insensitively, as the gateway's ids vary in case). */
function lookupModel(id) {
    const key = id.toLowerCase();
    const listed = BY_KEY.get(key);
    const family = listed ?? (key.startsWith('gemini-') ? 'gemini' : key.startsWith('doubao-') ? 'doubao' : undefined);
    return { id, family, rules: family ? FAMILIES[family] : undefined, listed: listed !== undefined };
}
/**
 * The catalog model `id` was probably meant to be (`gemini-2.5-flsh` → gemini-2.5-flash): the
 * nearest by edit distance, if within 2 edits (case ignored) and unambiguous.
 */
function suggestModel(id) {
    const guess = (0,_did_you_mean_js__WEBPACK_IMPORTED_MODULE_0__/* .suggest */ .Z)(id, CATALOG_IDS, { unambiguous: true });
    // The id itself (in any case) is no typo.
    return guess?.toLowerCase() === id.toLowerCase() ? undefined : guess;
}
const CATALOG_IDS = CATALOG.map(([id]) => id);
/**
 * The warning a model outside the catalog deserves, with a did-you-mean; undefined for a listed
 * one. `unknown` and `unlisted` say what the action does with such a model.
 */
function modelWarning(model, does) {
    if (model.listed)
        return undefined;
    const guess = suggestModel(model.id);
    const typo = guess ? ` Did you mean ${guess}?` : '';
    return model.rules
        ? `Model '${model.id}' is not one the gateway's pages list; ${does.unlisted}.${typo || ' (A new model? Then ignore this.)'}`
        : `Model '${model.id}' is not in this action's catalog; ${does.unknown}.${typo}`;
}
/** The minimum prompt size, in tokens, for a model, when its family documents one. */
function minimumTokens(model) {
    return model.rules?.minTokens.find(([pattern]) => pattern.test(model.id))?.[1];
}


/***/ }),

/***/ 725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ thousands)
/* harmony export */ });
// Numbers as people read them in logs and reports. Pure.
/** 12345 → "12,345", without Intl: loading its locale data costs more than a whole report. */
function thousands(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}


/***/ }),

/***/ 4644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mq: () => (/* binding */ validateMessage),
/* harmony export */   gg: () => (/* binding */ ROLES),
/* harmony export */   u0: () => (/* binding */ readDocument)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2988);
// The message list a cache is made of: OpenAI-shaped {role, content}, validated before anything
// is sent, and the document shapes that carry it (a bare list, or an object with `messages`).
// Pure.


const ROLES = ['system', 'user', 'assistant'];
const NONE = () => undefined;
const SHAPE_HINT = 'Write a list of {role, content} messages, or an object with a "messages" list (and optionally "model")';
/** A parsed JSON/YAML document → messages: a bare list, or an object with `messages` (and `model`). */
function readDocument(value, file, lineOf = NONE) {
    if (Array.isArray(value))
        return { messages: validateMessages(value, file, lineOf), lineOf, ignoredKeys: [] };
    if (!value || typeof value !== 'object' || !('messages' in value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FileError */ .f6(file, 'holds no message list', SHAPE_HINT);
    const { messages, model, ...rest } = value;
    if (model !== undefined && (typeof model !== 'string' || model.trim() === ''))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FileError */ .f6(file, `"model" is ${show(model)}, not a model id`, 'Set "model" to a model id such as gemini-2.5-flash, or remove it');
    return {
        messages: validateMessages(messages, file, lineOf),
        lineOf,
        model: typeof model === 'string' ? model.trim() : undefined,
        ignoredKeys: Object.keys(rest)
    };
}
/** Check a value is a non-empty list of valid messages; errors point at message N and its line. */
function validateMessages(list, file, lineOf = NONE) {
    if (!Array.isArray(list))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FileError */ .f6(file, 'holds no message list', SHAPE_HINT);
    if (list.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FileError */ .f6(file, 'has an empty message list', 'Add at least one {"role": "system", "content": "…"} message');
    const messages = new Array(list.length);
    for (let i = 0; i < list.length; i++)
        messages[i] = validateMessage(list[i], i, file, lineOf);
    return messages;
}
/** Only role and content are kept (other keys are not sent). `\S` is trim()'s whitespace, without trim()'s copy. */
function validateMessage(item, i, file, lineOf) {
    const it = (typeof item === 'object' && item !== null && !Array.isArray(item) ? item : undefined);
    const role = it?.role;
    const content = it?.content;
    if (it && isRole(role) && typeof content === 'string' && /\S/.test(content))
        return { role, content };
    const what = !it
        ? 'is not a {role, content} object'
        : !isRole(role)
            ? `role ${role === undefined ? 'is missing and' : show(role)} is not one of ${ROLES.join(', ')}`
            : typeof content === 'string'
                ? 'content is empty'
                : 'content is not a string';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FileError */ .f6(file, `message ${i + 1} ${what}`, `Each message needs a role (${ROLES.join(', ')}) and non-empty text content`, {
        line: lineOf(i)
    });
}
function isRole(role) {
    return role === 'system' || role === 'user' || role === 'assistant';
}
/** A value from the file, for an error: a scalar as JSON (escaped, clipped), a list or mapping by kind only (no deep walk). */
function show(value) {
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object' && value !== null)
        return 'a mapping';
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(JSON.stringify(value) ?? typeof value, 100);
}


/***/ })

};
