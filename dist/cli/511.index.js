export const id = 511;
export const ids = [511];
export const modules = {

/***/ 3511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   proxiedTransport: () => (/* binding */ proxiedTransport)
/* harmony export */ });
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4371);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6016);
// The transport behind an HTTP(S) proxy: undici's EnvHttpProxyAgent, which reads HTTPS_PROXY,
// HTTP_PROXY and NO_PROXY (either case) the way curl does, and pools its connections. Loaded
// only when a proxy is set.


/** A transport through the proxy the environment names; close() ends its pooled connections. */
function proxiedTransport(options = {}) {
    let agent;
    return {
        transport: (req) => post(req, (agent ??= new undici__WEBPACK_IMPORTED_MODULE_0__/* .EnvHttpProxyAgent */ .J2(options.maxSockets ? { connections: options.maxSockets } : {}))),
        close: async () => {
            await agent?.close();
            agent = undefined;
        }
    };
}
async function post(req, agent) {
    const signal = AbortSignal.timeout(req.timeoutMs);
    let status; // once the response's headers are in
    try {
        // undici's request() does not follow redirects: a 3xx comes back as a response.
        const res = await (0,undici__WEBPACK_IMPORTED_MODULE_0__/* .request */ .Em)(req.url, {
            method: 'POST',
            headers: req.headers,
            body: req.body,
            dispatcher: agent,
            signal,
            headersTimeout: req.timeoutMs,
            bodyTimeout: req.timeoutMs
        });
        status = res.statusCode;
        const chunks = [];
        let size = 0;
        for await (const chunk of res.body) {
            size += chunk.length;
            if (size > req.maxResponseBytes) {
                res.body.destroy();
                throw (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .tooLargeError */ .SH)(req.url, req.maxResponseBytes);
            }
            chunks.push(chunk);
        }
        return { status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') };
    }
    catch (e) {
        if (e.code === 'ETOOLARGE')
            throw e;
        if (signal.aborted || /TIMEOUT/.test(e.code ?? ''))
            throw (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .timeoutError */ .w2)(req.url, req.timeoutMs, status);
        throw (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .connectionError */ .$t)(e, req.url, status !== undefined);
    }
}


/***/ })

};
