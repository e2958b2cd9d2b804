export const id = 972;
export const ids = [972];
export const modules = {

/***/ 5303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ chooseTransport)
});

// EXTERNAL MODULE: ./src/gateway/http.ts
var http = __webpack_require__(6016);
;// CONCATENATED MODULE: ./src/gateway/direct.ts

/** One request per attempt, no pooled socket: nothing keeps the process alive after it. */
const directTransport = (req) => post(req, () => Promise.resolve(false));
/**
 * A transport that reuses connections (many calls to one gateway, e.g. evaluations): one
 * keep-alive agent per protocol, created on first use. close() destroys its sockets, so the
 * process can exit at once.
 */
function keepAliveTransport(options) {
    // Promises, so requests that start together share the agent the first of them creates.
    const agents = new Map();
    const agentFor = (protocol) => {
        let agent = agents.get(protocol);
        if (!agent) {
            agent = (protocol === 'https:' ? Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23)) : Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23))).then(({ Agent: Made }) => new Made({ keepAlive: true, maxSockets: options.maxSockets }));
            agents.set(protocol, agent);
        }
        return agent;
    };
    return {
        transport: (req) => post(req, agentFor),
        close: async () => {
            for (const agent of agents.values())
                (await agent).destroy();
            agents.clear();
        }
    };
}
const requestFns = new Map();
/**
 * Load only the protocol's module: https pulls in tls, which a loopback http run never needs. Once
 * per protocol: the bundle makes a new namespace object at every import(), which a run of
 * thousands of calls would pay for in garbage.
 */
function requestFor(protocol) {
    let fn = requestFns.get(protocol);
    if (!fn) {
        fn = (protocol === 'https:' ? Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23)) : Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23))).then((m) => m.request);
        requestFns.set(protocol, fn);
    }
    return fn;
}
async function post(req, agentFor) {
    const url = new URL(req.url);
    const request = await requestFor(url.protocol);
    const agent = await agentFor(url.protocol);
    return new Promise((resolve, reject) => {
        let status; // once the response's headers are in
        let settled = false;
        const finish = (err, res) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            if (err) {
                outgoing.destroy();
                reject(err);
            }
            else
                resolve(res);
        };
        const timer = setTimeout(() => finish((0,http/* timeoutError */.w2)(req.url, req.timeoutMs, status)), req.timeoutMs);
        const outgoing = request(url, {
            method: 'POST',
            headers: { ...req.headers, 'Content-Length': String(Buffer.byteLength(req.body)) },
            agent
        }, (res) => {
            status = res.statusCode ?? 0;
            const chunks = [];
            let size = 0;
            res.on('data', (chunk) => {
                size += chunk.length;
                if (size > req.maxResponseBytes)
                    return finish((0,http/* tooLargeError */.SH)(req.url, req.maxResponseBytes));
                chunks.push(chunk);
            });
            res.on('end', () => finish(undefined, { status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
            res.on('error', (e) => finish((0,http/* connectionError */.$t)(e, req.url, true)));
            res.on('aborted', () => finish((0,http/* connectionError */.$t)({ code: 'ECONNRESET' }, req.url, true)));
        });
        outgoing.on('error', (e) => finish((0,http/* connectionError */.$t)(e, req.url, status !== undefined)));
        outgoing.end(req.body);
    });
}

;// CONCATENATED MODULE: ./src/gateway/transport.ts
// Picks the transport: direct unless the environment names a proxy. The proxy client (undici)
// costs ~100 ms to load, so only runners that need it pay for it.

function proxyConfigured(env) {
    return ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some((name) => (env[name] ?? '').trim() !== '');
}
/**
 * Without keepAlive, each request has a connection of its own (the create call: one request).
 * With it, connections are reused across requests, at most maxSockets at once.
 */
async function chooseTransport(env = process.env, options = {}) {
    if (proxyConfigured(env)) {
        const { proxiedTransport } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(511)]).then(__webpack_require__.bind(__webpack_require__, 3511));
        const { transport, close } = proxiedTransport({ maxSockets: options.keepAlive?.maxSockets });
        return { transport, via: 'proxy from HTTPS_PROXY/HTTP_PROXY (NO_PROXY honoured)', close };
    }
    if (options.keepAlive) {
        const { transport, close } = keepAliveTransport(options.keepAlive);
        return { transport, via: `direct, keep-alive (at most ${options.keepAlive.maxSockets} connections)`, close };
    }
    return { transport: directTransport, via: 'direct', close: async () => { } };
}


/***/ }),

/***/ 3490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ lineColumnAt),
/* harmony export */   Lx: () => (/* binding */ parseJsonLines),
/* harmony export */   N5: () => (/* binding */ syntaxErrorOffset),
/* harmony export */   qF: () => (/* binding */ parseJson)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2988);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4644);
// JSON and JSON Lines prompt files, with errors pinned to line and column. Pure.



const SYNTAX_HINT = 'Fix the syntax (a JSON linter helps), or rename the file to .txt/.md to send it as plain text';
/** `parsed` is the value when the caller already parsed the text (an extension-less file it sniffed). */
function parseJson(text, file, parsed) {
    let value;
    try {
        value = parsed ? parsed.value : JSON.parse(text);
    }
    catch (e) {
        const at = lineColumnAt(text, syntaxErrorOffset(text));
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FileError */ .f6(file, `is not valid JSON at line ${at.line}, column ${at.column}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(jsonErrorReason(e), 200)}`, SYNTAX_HINT, at);
    }
    let lines;
    return (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .readDocument */ .u0)(value, file, (i) => (lines ??= linesAt(text, messageOffsets(text)))[i]);
}
/** One message object per non-empty line (LF or CRLF; JSON.parse takes the CR as whitespace). */
function parseJsonLines(text, file) {
    const messages = [];
    const lines = [];
    for (let start = 0, n = 1; start < text.length; n++) {
        const end = text.indexOf('\n', start);
        const row = text.slice(start, end < 0 ? text.length : end);
        start = end < 0 ? text.length : end + 1;
        if (!/\S/.test(row))
            continue;
        let value;
        try {
            value = JSON.parse(row);
        }
        catch (e) {
            const column = syntaxErrorOffset(row) + 1;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FileError */ .f6(file, `line ${n} is not valid JSON at column ${column}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(jsonErrorReason(e), 200)}`, 'Write one JSON message object per line', {
                line: n,
                column
            });
        }
        const line = n;
        messages.push((0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .validateMessage */ .Mq)(value, messages.length, file, () => line));
        lines.push(n);
    }
    if (messages.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FileError */ .f6(file, 'has no messages', 'Write one {"role": …, "content": …} object per line');
    return { messages, lineOf: (i) => lines[i], ignoredKeys: [] };
}
/** V8's reason, without its echo of the source (which can be long) or a position we give ourselves. */
function jsonErrorReason(e) {
    const message = e instanceof Error ? e.message : String(e);
    return message
        .replace(/,\s*(\.\.\.)?"[\s\S]*"\s*is not valid JSON$/, '')
        .replace(/\s*(in JSON )?at position \d+[\s\S]*$/, '')
        .replace(/\s*\(line \d+ column \d+\)$/, '');
}
/** The line of each of `offsets` (ascending), in one pass. */
function linesAt(text, offsets) {
    const lines = [];
    let line = 1;
    let from = 0;
    for (const offset of offsets) {
        for (let i = from; i < offset; i++)
            if (text.charCodeAt(i) === 10)
                line++;
        from = offset;
        lines.push(line);
    }
    return lines;
}
function lineColumnAt(text, offset) {
    let line = 1;
    for (let nl = text.indexOf('\n'); nl >= 0 && nl < offset; nl = text.indexOf('\n', nl + 1))
        line++;
    return { line, column: offset - text.lastIndexOf('\n', offset - 1) };
}
const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const ESCAPES = new Set('"\\/bfnrt');
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
/**
 * Where JSON.parse gave up, found by a small scanner of our own: V8 gives no position for the
 * commonest mistakes (a trailing comma, an unquoted value). Only called on text that failed.
 * Iterative, with its own stack of open containers: 200,000 `[` must not overflow the call stack.
 */
function syntaxErrorOffset(text) {
    const n = text.length;
    const open = []; // true: an object, false: an array
    let i = 0;
    const ws = () => {
        while (i < n && WS.has(text.charCodeAt(i)))
            i++;
    };
    /** A string at i; false where it is broken (i then points at the fault). */
    const string = () => {
        i++; // opening quote
        while (i < n && text[i] !== '"') {
            if (text.charCodeAt(i) < 0x20)
                return false;
            if (text[i] === '\\') {
                i++;
                if (text[i] === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5)))
                        return false;
                    i += 4;
                }
                else if (!ESCAPES.has(text[i] ?? 'x'))
                    return false;
            }
            i++;
        }
        if (i >= n)
            return false;
        i++;
        return true;
    };
    const literal = (word) => {
        for (const c of word) {
            if (text[i] !== c)
                return false;
            i++;
        }
        return true;
    };
    /** `"key":` inside an object. */
    const key = () => {
        ws();
        if (text[i] !== '"' || !string())
            return false;
        ws();
        if (text[i] !== ':')
            return false;
        i++;
        return true;
    };
    /** A string, number, true, false or null at i. */
    const scalar = () => {
        const c = text[i];
        if (c === '"')
            return string();
        if (c === 't')
            return literal('true');
        if (c === 'f')
            return literal('false');
        if (c === 'n')
            return literal('null');
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(text);
        if (!m)
            return false;
        i += m[0].length;
        return true;
    };
    let expectValue = true;
    for (;;) {
        ws();
        if (expectValue) {
            const c = text[i];
            if (c === '[' || c === '{') {
                i++;
                ws();
                if (text[i] === (c === '[' ? ']' : '}')) {
                    i++;
                    expectValue = false;
                }
                else {
                    open.push(c === '{');
                    if (c === '{' && !key())
                        break;
                }
            }
            else if (scalar())
                expectValue = false;
            else
                break;
        }
        else {
            const inObject = open.at(-1);
            if (inObject === undefined)
                return i < n ? i : n;
            if (text[i] === ',') {
                i++;
                if (inObject && !key())
                    break;
                expectValue = true;
            }
            else if (text[i] === (inObject ? '}' : ']')) {
                i++;
                open.pop();
            }
            else
                break;
        }
    }
    return Math.min(i, n);
}
/**
 * Where each item of the message list starts: the top-level array, or the array under the
 * top-level "messages" key. One pass; items are counted by commas at list depth, so a non-object
 * item is counted too.
 */
function messageOffsets(text) {
    const offsets = [];
    let depth = 0;
    let inString = false;
    let stringStart = -1;
    let lastKey = '';
    let listDepth = -1;
    let expectItem = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            if (c === '\\')
                i++;
            else if (c === '"') {
                inString = false;
                lastKey = text.slice(stringStart + 1, i);
            }
            continue;
        }
        if (' \t\r\n'.includes(c))
            continue;
        if (expectItem && c !== ']') {
            offsets.push(i);
            expectItem = false;
        }
        if (c === '"') {
            inString = true;
            stringStart = i;
        }
        else if (c === '[' || c === '{') {
            // The list: the document itself, or the value of a "messages" key in the top-level object.
            if (c === '[' && listDepth < 0 && (depth === 0 || (depth === 1 && lastKey === 'messages'))) {
                listDepth = depth + 1;
                expectItem = true;
            }
            depth++;
        }
        else if (c === ']' || c === '}') {
            if (depth === listDepth)
                return offsets;
            depth--;
        }
        else if (c === ',' && depth === listDepth)
            expectItem = true;
        // In valid JSON a string followed by ':' is a key; anything else ends it.
        if (c !== '"' && c !== ':')
            lastKey = '';
    }
    return offsets;
}


/***/ }),

/***/ 8468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dq: () => (/* binding */ MAX_CONTENT_BYTES),
/* harmony export */   Os: () => (/* binding */ MAX_PROMPT_BYTES),
/* harmony export */   PA: () => (/* binding */ contentTooLarge)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// How much a prompt may hold, in one place: the files as read, and the content as it will be sent
// (YAML aliases and vars can make the second far larger than the first).

/** The files' bytes, all together. */
const MAX_PROMPT_BYTES = 32 * 1024 * 1024;
/** The UTF-8 bytes of every message content, after YAML aliases and vars are expanded. */
const MAX_CONTENT_BYTES = 32 * 1024 * 1024;
/** `file` is where the content crossed the limit; its format and `vars` say which expansions could be why. */
function contentTooLarge(file, vars) {
    const causes = { yaml: /\.ya?ml$/i.test(file), vars };
    const why = [causes.yaml && 'YAML aliases (*name)', causes.vars && 'vars'].filter(Boolean).join(' and ');
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FileError */ .f6(file, `brings the content to send over ${MAX_CONTENT_BYTES / 1048576} MiB${why ? ` once ${why} are expanded` : ''}`, why
        ? `Expand less: ${[causes.yaml && 'repeat fewer aliases', causes.vars && 'use shorter vars values or fewer placeholders'].filter(Boolean).join(', ')}, or cache fewer files`
        : 'Cache fewer or smaller files');
}


/***/ }),

/***/ 5734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ loadPrompt)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/files/workspace.ts
var workspace = __webpack_require__(9622);
;// CONCATENATED MODULE: ./src/prompt/estimate.ts
const PER_MESSAGE = 4;
function estimateTokens(messages) {
    let total = 0;
    for (const { content } of messages) {
        const cjk = countCjk(content);
        total += Math.ceil(cjk / 1.5 + (content.length - cjk) / 4) + PER_MESSAGE;
    }
    return total;
}
/**
 * Han, Hiragana/Katakana, Hangul and full-width forms: about 1.5 characters a token. Counted in
 * one loop rather than with `match(/…/g)`, which builds an array of every match (11 million
 * strings, ~700 MB, for 32 MiB of Chinese).
 */
const ANY_CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;
function countCjk(text) {
    if (!ANY_CJK.test(text))
        return 0; // the regexp engine scans faster than a loop
    let n = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x3040)
            continue;
        if (c <= 0x30ff ||
            (c >= 0x3400 && c <= 0x4dbf) ||
            (c >= 0x4e00 && c <= 0x9fff) ||
            (c >= 0xac00 && c <= 0xd7af) ||
            (c >= 0xf900 && c <= 0xfaff) ||
            (c >= 0xff00 && c <= 0xffef))
            n++;
    }
    return n;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/prompt/json.ts
var prompt_json = __webpack_require__(3490);
;// CONCATENATED MODULE: ./src/prompt/formats.ts
// Prompt text → messages, by the file's extension; where the extension says nothing (no
// extension at all), the content decides. Pure but for loading the YAML parser on demand.



function formatOf(file, text) {
    return formatAndValue(file, text).format;
}
/** The format, and for an extension-less JSON file the value sniffing it parsed (not parsed twice). */
function formatAndValue(file, text) {
    switch ((0,external_node_path_.extname)(file).toLowerCase()) {
        case '.json':
            return { format: 'json' };
        case '.jsonl':
        case '.ndjson':
            return { format: 'jsonl' };
        case '.yml':
        case '.yaml':
            return { format: 'yaml' };
        case '': {
            // `prompts/PROMPT`: a JSON document of messages if it is one, else text.
            const json = (0,external_node_path_.basename)(file).startsWith('.') ? undefined : jsonMessages(text);
            return json ? { format: 'json', json } : { format: 'text' };
        }
        default:
            return { format: 'text' };
    }
}
async function parsePrompt(text, file, role) {
    if (!/\S/.test(text))
        throw new errors/* FileError */.f6(file, 'is empty', 'Put the prompt text in the file; an empty cache cannot be created');
    try {
        const { format, json } = formatAndValue(file, text);
        switch (format) {
            case 'json':
                return (0,prompt_json/* parseJson */.qF)(text, file, json);
            case 'jsonl':
                return (0,prompt_json/* parseJsonLines */.Lx)(text, file);
            case 'yaml':
                return (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(781)]).then(__webpack_require__.bind(__webpack_require__, 5781))).parseYaml(text, file);
            case 'text':
                return { messages: [{ role, content: text }], lineOf: () => 1, ignoredKeys: [] };
        }
    }
    catch (e) {
        // A document nested deeper than a parser's stack: the file's fault, not a bug of ours.
        if (e instanceof RangeError)
            throw new errors/* FileError */.f6(file, 'is nested too deeply to read', 'Flatten it: a prompt needs a list of messages, not deep nesting');
        throw e;
    }
}
/** A JSON list of {role, content} objects, or an object with "messages": nothing looser. */
function jsonMessages(text) {
    if (!/^\s*[[{]/.test(text))
        return undefined;
    try {
        const value = JSON.parse(text);
        const list = Array.isArray(value)
            ? value
            : typeof value === 'object' && value !== null
                ? value.messages
                : undefined;
        const ok = Array.isArray(list) && list.length > 0 && list.every((m) => typeof m === 'object' && m !== null && 'role' in m);
        return ok ? { value } : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/prompt/limits.ts
var limits = __webpack_require__(8468);
// EXTERNAL MODULE: ./src/prompt/template.ts
var template = __webpack_require__(5562);
;// CONCATENATED MODULE: ./src/prompt/read.ts
// The file edge of the prompt: entries → workspace files → bytes → text → messages, then
// templating and the cap on what will be sent. Everything after reading the bytes is pure.






/** Read every file `entries` names (paths or patterns, in order) into one validated message list. */
async function loadPrompt(entries, options) {
    const rules = { workspace: options.workspace, input: options.input ?? 'prompt-file', noun: 'Prompt file' };
    const files = await (0,workspace/* resolveFiles */.sA)(entries, rules);
    const sources = [];
    const described = [];
    const models = [];
    let total = 0;
    for (const found of files) {
        const file = found.shown;
        const bytes = await (0,workspace/* readBounded */.CB)(found, limits/* MAX_PROMPT_BYTES */.Os, rules);
        total += bytes.length;
        if (total > limits/* MAX_PROMPT_BYTES */.Os)
            throw new errors/* FileError */.f6(file, `brings the prompt over the ${limits/* MAX_PROMPT_BYTES */.Os / 1048576} MiB limit`, 'Cache fewer or smaller files');
        const text = (0,workspace/* decode */.D4)(bytes, file);
        const parsed = await parsePrompt(text, file, options.role);
        if (parsed.model !== undefined)
            models.push({ id: parsed.model, file });
        sources.push({ file, text, messages: parsed.messages, lineOf: parsed.lineOf });
        described.push({ file, bytes: bytes.length, messages: parsed.messages.length, ignoredKeys: parsed.ignoredKeys });
    }
    const { messages, unused } = options.vars
        ? (0,template/* render */.X)(sources, options.vars, limits/* MAX_CONTENT_BYTES */.Dq)
        : { messages: sources.flatMap((s) => s.messages), unused: [] };
    const bytes = contentBytes(messages, sources, options.vars !== undefined);
    return { files: described, messages, bytes, estimatedTokens: estimateTokens(messages), models, unusedVars: unused };
}
/** The UTF-8 size of every content, checked against the cap before anything is serialised. */
function contentBytes(messages, sources, vars) {
    let bytes = 0;
    let source = 0;
    let end = sources[0]?.messages.length ?? 0;
    for (let i = 0; i < messages.length; i++) {
        while (i >= end)
            end += sources[++source].messages.length;
        bytes += Buffer.byteLength(messages[i].content);
        if (bytes > limits/* MAX_CONTENT_BYTES */.Dq)
            throw (0,limits/* contentTooLarge */.PA)(sources[source].file, vars);
    }
    return bytes;
}


/***/ }),

/***/ 5562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ render),
/* harmony export */   u: () => (/* binding */ parseVars)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2988);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(725);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8468);
// `vars`: {{name}} placeholders filled after the files are parsed, so a value with newlines,
// quotes or colons can never break a file's format. Without vars, contents stay verbatim.




const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*\}\}/g;
const HINT = 'Write vars as a YAML mapping, one `name: value` per line (a multi-line value as `name: |`)';
/**
 * The `vars` input (a YAML mapping) → name → text. Every value stays the text the user wrote
 * (the failsafe schema: `1.10` stays "1.10", `007` stays "007"). Loads the YAML parser only
 * when vars is set.
 */
async function parseVars(text) {
    const { parseDocument } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, logLevel: 'error', schema: 'failsafe' });
    if (doc.errors[0])
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('vars', `is not valid YAML: ${doc.errors[0].message.split('\n')[0]}`, HINT);
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('vars', `cannot be read as YAML: ${e instanceof Error ? e.message : String(e)}`, HINT);
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('vars', 'is not a mapping of names to values', HINT);
    const vars = new Map();
    for (const [name, v] of Object.entries(value)) {
        if (!NAME.test(name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('vars', `${JSON.stringify(name)} is not a variable name`, 'Use letters, digits, _ . and -, starting with a letter or _');
        if (v !== null && typeof v === 'object')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('vars', `the value of ${name} is a ${Array.isArray(v) ? 'list' : 'mapping'}, not text`, HINT);
        vars.set(name, v === null || v === undefined ? '' : String(v));
    }
    return vars;
}
/** How many missing placeholders an error lists by name (the rest are counted). */
const LISTED = 20;
/**
 * Fill every placeholder; any without a value fails, naming the first few missing ones with their
 * file and line and counting the rest. Linear in the contents: lines are looked up only for the
 * names listed. Stops as soon as the filled contents pass `maxChars` (UTF-16 units, a lower bound
 * of their UTF-8 size), before a value repeated many times can take all memory.
 */
function render(sources, vars, maxChars = Infinity) {
    const missing = new Set();
    const listed = [];
    const used = new Set();
    const messages = [];
    let chars = 0;
    for (const source of sources) {
        source.messages.forEach((m, i) => {
            chars += m.content.length;
            const content = m.content.replace(PLACEHOLDER, (whole, name) => {
                const value = vars.get(name);
                if (value !== undefined) {
                    used.add(name);
                    chars += value.length - whole.length;
                    if (chars > maxChars)
                        throw (0,_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .contentTooLarge */ .PA)(source.file, true);
                    return value;
                }
                const key = `${source.file}\0${name}`;
                if (!missing.has(key) && listed.length < LISTED)
                    listed.push({ name, file: source.file, line: lineOf(source.text, whole, source.lineOf?.(i) ?? 1) });
                missing.add(key);
                return whole;
            });
            messages.push(content === m.content ? m : { role: m.role, content });
        });
    }
    const first = listed[0];
    if (first) {
        const names = listed.map((m) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(m.name, 100)} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .forLog */ .Ig)(m.file, 200)}${m.line ? `:${m.line}` : ''})`).join(', ');
        const more = missing.size - listed.length;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FileError */ .f6(first.file, `uses template variables that vars does not define: ${names}${more > 0 ? ` and ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_3__/* .thousands */ .o)(more)} more` : ''}`, 'Add them to the vars input (name: value), or remove the placeholders (with vars set, every {{name}} must have a value)', { line: first.line });
    }
    return { messages, unused: [...vars.keys()].filter((k) => !used.has(k)) };
}
/** The line, at or after `from`, where the placeholder as written first appears. */
function lineOf(text, placeholder, from) {
    let start = 0;
    let line = 1;
    for (; line < from; line++) {
        const nl = text.indexOf('\n', start);
        if (nl < 0)
            return undefined;
        start = nl + 1;
    }
    const at = text.indexOf(placeholder, start);
    if (at < 0)
        return undefined;
    for (let nl = text.indexOf('\n', start); nl >= 0 && nl < at; nl = text.indexOf('\n', nl + 1))
        line++;
    return line;
}


/***/ })

};
