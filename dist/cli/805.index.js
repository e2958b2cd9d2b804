export const id = 805;
export const ids = [805];
export const modules = {

/***/ 8805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   expandGlob: () => (/* binding */ expandGlob)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6448);
// Glob patterns with bash's rules, through tinyglobby: `*`, `?`, `[…]` within a segment, `**`
// across segments, `{a,b}` braces; `*` does not match a leading dot; results sorted. The walk is
// bounded: a pattern that reads more directory entries than a repository's prompt or case folders
// hold fails instead of returning part of the files. Loaded only when an entry is a pattern:
// tinyglobby and picomatch cost ~20 ms to load.



/**
 * The files `pattern` matches below `cwd`. Links to files count (the caller decides, by their real
 * path, whether they may be read); links to directories are not followed (no loops, no walks out
 * of the tree); `.git` is never listed and `node_modules` is not walked unless the pattern names it.
 */
async function expandGlob(pattern, cwd, maxEntries) {
    let walked = 0;
    const stop = new AbortController();
    const fs = {
        readdir: ((path, _options, done) => {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdir)(path, { withFileTypes: true }, (error, entries) => {
                if (error || stop.signal.aborted)
                    return done(error, []);
                walked += entries.length;
                if (walked > maxEntries) {
                    stop.abort();
                    return done(null, []);
                }
                const kept = entries.filter((e) => e.name.toLowerCase() !== '.git');
                void Promise.all(kept.map((e) => (e.isSymbolicLink() ? linkedFile(e, path) : Promise.resolve(e)))).then((list) => done(null, list.filter((e) => e !== undefined)));
            });
        })
    };
    const found = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_2__/* .glob */ .TI)(forPicomatch(pattern), {
        cwd,
        fs,
        signal: stop.signal,
        dot: false,
        extglob: false,
        expandDirectories: false,
        followSymbolicLinks: false,
        onlyFiles: true,
        ignore: pattern.includes('node_modules') ? [] : ['**/node_modules/**']
    });
    if (walked > maxEntries)
        return { matches: [], complete: false };
    return { matches: found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), complete: true };
}
/**
 * picomatch reads `(…)` and `|` as a regex group and a leading `!` as negation; bash without
 * extglob reads them as plain characters (`notes (1).md`), so they are escaped.
 */
function forPicomatch(pattern) {
    return pattern.replace(/(?<!\\)[()|]/g, '\\$&').replace(/^!/, '\\!');
}
/** A link to a regular file, shown to the walker as a file; any other link is dropped. */
function linkedFile(entry, dir) {
    return new Promise((done) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name), (error, info) => {
        if (error || !info.isFile())
            return done(undefined);
        const asFile = Object.create(entry);
        asFile.isFile = () => true;
        asFile.isSymbolicLink = () => false;
        done(asFile);
    }));
}


/***/ })

};
