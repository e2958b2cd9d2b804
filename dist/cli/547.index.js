export const id = 547;
export const ids = [547];
export const modules = {

/***/ 4547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMerge: () => (/* binding */ runMerge)
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
;// CONCATENATED MODULE: ./src/actions/merge/inputs.ts
// The merge action's inputs → one validated MergeSettings, every bad input reported in one pass.





/** The inputs eval/merge/action.yml declares, by the names users write. */
const MERGE_INPUTS = Object.keys(specs/* SPECS */.n.merge.inputs);
const Schema = schemas/* object */.Ikc({
    'results-files': (0,fields/* field */.ZZ)(rules/* parseLines */.Li),
    'min-pass-rate': (0,fields/* field */.ZZ)(rules/* parseMinPassRate */.b),
    'fail-on': (0,fields/* field */.ZZ)(rules/* parseFailOn */.XV),
    'baseline-file': schemas/* string */.YjP(),
    'github-token': schemas/* string */.YjP(),
    'comment-key': schemas/* string */.YjP(),
    'output-dir': schemas/* string */.YjP()
});
/** Every input, validated in one pass; throws InputErrors listing each bad one. */
function readMergeSettings(getInput) {
    const raw = Object.fromEntries(MERGE_INPUTS.map((n) => [n, getInput(n)]));
    const parsed = Schema.safeParse(raw);
    if (!parsed.success)
        throw new src_errors/* InputErrors */.G((0,fields/* inputErrors */.e6)(parsed.error.issues));
    const v = parsed.data;
    const errors = [];
    if (v['results-files'].length === 0)
        errors.push(new src_errors/* InputError */.dz('results-files', 'is required', 'Name the downloaded results files, e.g. results/**/*.results.json'));
    const baselineFile = v['baseline-file'].trim() || undefined;
    // The history branch can be the baseline instead (the latest record: last night, or a PR's base).
    if (v['fail-on'] !== 'pass-rate' && baselineFile === undefined && getInput('history').trim() === '')
        errors.push(new src_errors/* InputError */.dz('fail-on', `is ${v['fail-on']}, but no baseline-file is given`, 'Pass an earlier run’s results-file as baseline-file'));
    if (errors.length)
        throw new src_errors/* InputErrors */.G(errors);
    return {
        resultsFiles: v['results-files'],
        minPassRate: v['min-pass-rate'] ?? 1,
        failOn: v['fail-on'],
        baselineFile,
        githubToken: v['github-token'],
        commentKey: v['comment-key'],
        outputDir: v['output-dir']
    };
}

// EXTERNAL MODULE: ./src/escape.ts
var src_escape = __webpack_require__(2988);
// EXTERNAL MODULE: ./src/evaluation/compare.ts
var compare = __webpack_require__(8733);
// EXTERNAL MODULE: ./src/files/workspace.ts
var files_workspace = __webpack_require__(9622);
// EXTERNAL MODULE: ./src/results/format.ts
var format = __webpack_require__(5579);
;// CONCATENATED MODULE: ./src/results/merge.ts

/** One results file's text → its results, or why it is not a results file of this format. */
function readShardFile(file, text) {
    const read = (0,format/* readResultsStrict */.ch)(text);
    return typeof read === 'string' ? read : { file, ...read };
}
/** The files of every shard of every model → one run; a message naming each problem otherwise. */
function mergeShards(files) {
    const problems = [];
    const missingShards = [];
    const byModel = new Map();
    for (const f of files)
        byModel.set(f.model, [...(byModel.get(f.model) ?? []), f]);
    const tagged = [];
    for (const [model, group] of byModel) {
        const counts = new Set(group.map((f) => f.shard?.count ?? 0));
        if (counts.size > 1) {
            problems.push(`${model}: the files disagree on the number of shards (${[...counts].map((n) => n || 'unsharded').join(', ')}): ${names(group)}`);
            continue;
        }
        const n = [...counts][0];
        const seen = new Map();
        for (const f of group) {
            const i = f.shard?.index ?? 1;
            const twin = seen.get(i);
            if (twin)
                problems.push(`${model}: ${n ? `shard ${i}/${n}` : 'an unsharded run'} is there twice (${twin} and ${f.file}): its cases would be counted twice`);
            else
                seen.set(i, f.file);
        }
        const missing = Array.from({ length: Math.max(n, 1) }, (_, k) => k + 1).filter((i) => !seen.has(i));
        if (missing.length)
            missingShards.push(`${model}: shard(s) ${missing.join(', ')} of ${n} missing (has ${names(group)})`);
        const caseAt = new Map();
        for (const f of group)
            for (const r of f.results) {
                // Once across the files and once within each: a case listed twice would count twice.
                const other = caseAt.get(r.name);
                if (other !== undefined)
                    problems.push(`${model}: case ${JSON.stringify(r.name.slice(0, 100))} is ${other === f.file ? `listed twice in ${f.file}` : `in both ${other} and ${f.file}`}`);
                else
                    caseAt.set(r.name, f.file);
            }
        tagged.push(...group.flatMap((f) => f.results.map((result) => ({ model, result }))));
    }
    if (problems.length)
        return problems.slice(0, 20);
    const models = [...byModel.keys()];
    const results = tagged.map(({ model, result }) => (models.length > 1 ? { ...result, name: `${model}: ${result.name}`, model } : result));
    return { models, casesFiles: [...new Set(files.flatMap((f) => f.casesFiles))], results, missing: missingShards };
}
function names(group) {
    return group.map((f) => f.file).join(', ');
}

;// CONCATENATED MODULE: ./src/results/merge-files.ts
// The shards' results files (paths and patterns) → one merged run, every problem named: read
// bounded from the workspace, each checked, merged results files (a re-run's glob reaching the
// merge's own output) skipped, then put together. The merge action and the command line's merge
// both start here.





async function mergeResultsFiles(patterns, workspace, log) {
    const rules = {
        workspace,
        input: 'results-files',
        noun: 'Results file',
        // merge reads the shards' artifacts, not the repository.
        source: 'an actions/download-artifact step (bringing the eval shards’ results files)'
    };
    const shards = [];
    let left = format/* MAX_RESULTS_BYTES */.ue;
    for (const file of await (0,files_workspace/* resolveFiles */.sA)(patterns, rules)) {
        const bytes = await (0,files_workspace/* readBounded */.CB)(file, left, rules);
        left -= bytes.length;
        const shard = readShardFile(file.shown, (0,files_workspace/* decode */.D4)(bytes, file.shown, rules.noun));
        if (typeof shard === 'string')
            throw new src_errors/* InputError */.dz('results-files', `${(0,src_escape/* forLog */.Ig)(file.shown, 200)} ${shard}`, 'Pass the results-file outputs of the eval action');
        // A merge's own output (a re-run whose glob reaches it): not a shard, never counted twice.
        if (shard.merged)
            log.info((0,src_escape/* forLog */.Ig)(`Skipped ${file.shown}: it is a merged results file, not a shard.`, 600));
        else
            shards.push(shard);
    }
    if (shards.length === 0)
        throw new src_errors/* InputErrors */.G([
            new src_errors/* InputError */.dz('results-files', 'matched only merged results files', 'Download the shards’ results files (one per matrix leg)')
        ]);
    const merged = mergeShards(shards);
    if (Array.isArray(merged))
        throw new src_errors/* InputErrors */.G(merged.map((p) => new src_errors/* InputError */.dz('results-files', (0,src_escape/* forLog */.Ig)(p, 600), 'Download every shard’s results file (one per matrix leg) and no other')));
    return { shards: shards.length, merged };
}

// EXTERNAL MODULE: ./src/cli/inputs.ts
var inputs = __webpack_require__(8885);
// EXTERNAL MODULE: ./src/cli/report.ts + 11 modules
var report = __webpack_require__(3146);
;// CONCATENATED MODULE: ./src/cli/merge.ts
// context-cache merge: the shards' results files → one report and one gate, as the merge action.






const runMerge = async (parsed, screen, env) => {
    const started = Date.now();
    const workspace = process.cwd();
    const get = (0,inputs/* inputsFor */.p)('merge', 'merge', parsed, env, screen);
    const settings = readMergeSettings((name) => get(name));
    const { shards, merged } = await mergeResultsFiles(settings.resultsFiles, workspace, screen.log);
    for (const m of merged.missing)
        screen.log.warning(`Missing: ${m}. The report below covers what arrived; the gate fails.`);
    screen.log.info((0,src_escape/* forTerminal */.Qf)(`Merged ${shards} results file(s): ${merged.results.length} case(s) of ${merged.models.join(', ')}.`, { max: 1000 }));
    const baseline = settings.baselineFile ? await (0,compare/* readBaselineFile */.s$)(settings.baselineFile, workspace) : undefined;
    return (0,report/* finish */.O)({
        model: merged.models.join(', '),
        casesFiles: merged.casesFiles,
        results: merged.results,
        minPassRate: settings.minPassRate,
        failOn: settings.failOn,
        baseline,
        merged: true,
        incomplete: merged.missing,
        startedAt: started,
        durationMs: Date.now() - started
    }, parsed, 'merge', screen);
};


/***/ })

};
