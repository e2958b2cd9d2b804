export const id = 520;
export const ids = [520];
export const modules = {

/***/ 1520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   missingSecretHint: () => (/* binding */ missingSecretHint)
/* harmony export */ });
// Why a secret can be empty on this run: GitHub passes no secrets to workflows triggered from a
// fork or by Dependabot. Only loaded on that error path (@actions/github costs ~50 ms to load).
async function missingSecretHint() {
    const { context } = await Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 1351));
    const pr = context.payload.pull_request;
    // pull_request_target runs in the base repository, with its secrets: a fork is no reason there.
    const withheld = ['pull_request', 'pull_request_review', 'pull_request_review_comment'].includes(context.eventName);
    const head = pr?.head?.repo;
    // A deleted fork leaves head.repo null.
    const fromFork = withheld &&
        !!pr &&
        (head === null || head?.fork === true || (head?.full_name !== undefined && head.full_name !== pr.base?.repo?.full_name));
    if (fromFork)
        return 'This run was triggered by a pull request from a fork, and GitHub does not pass secrets to those. Set dry-run: true on such runs (e.g. `dry-run: ${{ github.event.pull_request.head.repo.fork }}`) to validate the prompt files (create) and the cases files (eval) without a key';
    if (context.actor === 'dependabot[bot]')
        return 'This run was triggered by Dependabot, which only gets Dependabot secrets. Add the key as a Dependabot secret, or set dry-run: true for Dependabot runs';
    return undefined;
}


/***/ })

};
