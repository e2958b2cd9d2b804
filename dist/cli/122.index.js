export const id = 122;
export const ids = [122];
export const modules = {

/***/ 7122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runEval: () => (/* binding */ runEval)
/* harmony export */ });
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4199);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5377);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8885);
// context-cache eval: the eval action's inputs as flags, a report for the terminal.



const runEval = async (parsed, screen, env) => {
    const get = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .inputsFor */ .p)('eval', 'eval', parsed, env, screen);
    const standIns = (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .isTrue */ .Hn)(parsed, 'eval', 'dry-run') ? (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .dryRunStandIns */ .RD)(get, env) : {};
    return (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateWith */ .Sz)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .inputsFor */ .p)('eval', 'eval', parsed, env, screen, standIns), parsed, 'eval', screen, env);
};


/***/ })

};
