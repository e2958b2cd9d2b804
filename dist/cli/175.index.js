export const id = 175;
export const ids = [175];
export const modules = {

/***/ 4175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAll: () => (/* binding */ runAll)
/* harmony export */ });
/* harmony import */ var _inputs_specs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8793);
/* harmony import */ var _create_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4271);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7632);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4359);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5377);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8885);
// context-cache run: the loop on a laptop. create's flags make the cache, eval's evaluate against
// it; with --baseline-prompt-file a second cache is made and passed as baseline-context-id.






const runAll = async (parsed, screen, env) => {
    const baselinePrompt = (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .valueOf */ .RP)(parsed, 'run', 'baseline-prompt-file');
    // Another engineer's eval input; until eval/action.yml has it, say so rather than ignore the flag.
    if (baselinePrompt !== '' && !("baseline-context-id" in _inputs_specs_js__WEBPACK_IMPORTED_MODULE_0__/* .SPECS.eval.inputs */ .n.eval.inputs))
        throw new _flags_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--baseline-prompt-file needs an eval with the baseline-context-id input, which this version lacks', 'Drop --baseline-prompt-file, or compare against an earlier results file with --baseline-file');
    const workspace = process.cwd();
    const dry = (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .isTrue */ .Hn)(parsed, 'run', 'dry-run');
    const made = await (0,_create_js__WEBPACK_IMPORTED_MODULE_1__.makeCache)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .inputsFor */ .p)('create', 'run', parsed, env, screen), screen, workspace, env);
    const baseline = baselinePrompt !== ''
        ? await (0,_create_js__WEBPACK_IMPORTED_MODULE_1__.makeCache)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .inputsFor */ .p)('create', 'run', parsed, env, screen, { 'prompt-file': baselinePrompt }), screen, workspace, env)
        : undefined;
    if (!made && !dry)
        return _exit_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.usage;
    const overrides = {
        // The prompt is in the cache: eval must not send it again inline.
        'prompt-file': '',
        'context-id': made?.outputs['context-id'] ?? '',
        mode: made?.outputs['mode'] ?? '',
        ...(baseline && { 'baseline-context-id': baseline.outputs['context-id'] })
    };
    const get = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .inputsFor */ .p)('eval', 'run', parsed, env, screen, overrides);
    const standIns = dry ? (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_3__/* .dryRunStandIns */ .R)(get, env) : {};
    return (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluateWith */ .S)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .inputsFor */ .p)('eval', 'run', parsed, env, screen, { ...overrides, ...standIns }), parsed, 'run', screen, env);
};


/***/ })

};
