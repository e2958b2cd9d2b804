export const id = 359;
export const ids = [359];
export const modules = {

/***/ 7359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseYaml: () => (/* binding */ parseYaml)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4644);
// YAML prompt files (.yml/.yaml, including the .prompt.yml layout), with errors pinned to line
// and column. Loaded only for YAML files: the parser costs ~20 ms to load.



const HINT = 'Fix the YAML syntax (indentation, quoting); a multi-line content reads best as a block scalar (content: |)';
function parseYaml(text, file) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const error = doc.errors[0];
    if (error) {
        const at = lines.linePos(error.pos[0]);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PromptError */ .Pq(file, `is not valid YAML at line ${at.line}, column ${at.col}: ${error.message.split('\n')[0]}`, HINT, {
            line: at.line,
            column: at.col
        });
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 1000 });
    }
    catch (e) {
        // e.g. "Excessive alias count": a document that expands without bound.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PromptError */ .Pq(file, `cannot be read as YAML: ${e instanceof Error ? e.message : String(e)}`, HINT);
    }
    const list = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(doc.contents) ? doc.contents : (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents) ? doc.contents.get('messages', true) : undefined;
    const items = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(list) ? list.items : [];
    return (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .readDocument */ .u0)(value, file, (i) => {
        const start = items[i]?.range?.[0];
        return start === undefined ? undefined : lines.linePos(start).line;
    });
}


/***/ })

};
