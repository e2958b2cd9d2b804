export const id = 891;
export const ids = [891];
export const modules = {

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
