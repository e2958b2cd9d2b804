export const id = 758;
export const ids = [758,372];
export const modules = {

/***/ 4244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  us: () => (/* binding */ dryRunText),
  fd: () => (/* binding */ reportCreated),
  VY: () => (/* binding */ reportPrompt),
  hH: () => (/* binding */ warnAboutSettings)
});

// EXTERNAL MODULE: ./src/escape.ts
var src_escape = __webpack_require__(2988);
// EXTERNAL MODULE: ./src/gateway/create.ts + 1 modules
var create = __webpack_require__(320);
// EXTERNAL MODULE: ./src/models.ts
var models = __webpack_require__(6293);
;// CONCATENATED MODULE: ./src/prompt/preflight.ts
// Size checks before money is spent. Warnings only: the gateway decides (its refusal, if it
// comes, is explained by gateway/too-small.ts). Pure.


/** Upstream Gemini rejects inline content over 10 MB. */
const GEMINI_INLINE_LIMIT = 10_000_000;
function preflight(prompt, model) {
    const warnings = [];
    // Pinned to the first file only when its name needs no escaping: the runner acts on `##[` even
    // inside a command's properties.
    const first = prompt.files[0]?.file;
    const file = first !== undefined && (0,src_escape/* forLog */.Ig)(first) === first ? first : undefined;
    const min = (0,models/* minimumTokens */.NG)(model);
    if (min !== undefined && prompt.estimatedTokens < min)
        warnings.push({
            message: `The prompt is about ${prompt.estimatedTokens} tokens; ${model.id} caches only prompts of at least ~${min} tokens, so the gateway may refuse it. Sending anyway: the gateway decides.`,
            file,
            title: 'Prompt may be too small to cache'
        });
    if (model.family === 'gemini' && prompt.bytes > GEMINI_INLINE_LIMIT)
        warnings.push({
            message: `The prompt is ${(prompt.bytes / 1e6).toFixed(1)} MB; Gemini accepts at most 10 MB of inline content, so the gateway may refuse it.`,
            file,
            title: 'Prompt may be too large for Gemini'
        });
    return warnings;
}

// EXTERNAL MODULE: ./src/wording.ts
var wording = __webpack_require__(3395);
;// CONCATENATED MODULE: ./src/actions/create/report.ts
// What create says about a prompt before sending it, and what a dry run would send: free of the
// runner (it reports through a Log), so the action and the command line say the same.




/** What the settings will cost beyond the call itself, said before anything is sent. */
function warnAboutSettings(settings, log) {
    if (settings.model.family === 'doubao' && settings.ttl === undefined)
        log.warning(`No ttl is set: the gateway keeps (and bills storage for) a Doubao cache for 24 hours (${settings.model.rules?.defaultTtl} s), and each use restarts that. Set ${(0,wording/* wording */.z4)().input('ttl')} (from 3600) to what the job needs.`, { title: 'Doubao cache kept 24 hours' });
}
/** The cache made, then what it cost and costs to keep; `where` tells where its id went. */
function reportCreated(created, attempts, log, where = '') {
    const o = created.outputs;
    log.info(`Context cache created for ${o['model']}: ttl ${o['ttl'] || 'gateway default'} s, expires ${o['expires-at'] || 'unknown'}, ${o['prompt-tokens'] || '?'} prompt tokens, ${attempts} attempt(s).${where ? ` ${where}` : ''}`);
    log.info(`Cost: ${created.costText}.`);
}
function reportPrompt(prompt, settings, log) {
    // File names come from the repository (maybe a pull request's author): escaped, one line each.
    const names = prompt.files.map((f) => (0,src_escape/* forLog */.Ig)(f.file, 300));
    const shown = names.length <= 8 ? names.join(', ') : `${names.slice(0, 8).join(', ')} and ${names.length - 8} more`;
    const source = settings.modelSource === 'input' ? 'from the model input' : `named by ${(0,src_escape/* forLog */.Ig)(settings.modelSource, 300)}`;
    log.info(`Prompt: ${shown} → ${prompt.messages.length} message(s), ${prompt.bytes} bytes, about ${prompt.estimatedTokens} tokens; model ${settings.model.id} (${source}).`);
    for (const [i, f] of prompt.files.entries()) {
        log.debug(`prompt file ${names[i]}: ${f.bytes} bytes, ${f.messages} message(s)`);
        if (f.ignoredKeys.length)
            log.debug((0,src_escape/* forLog */.Ig)(`prompt file ${names[i]}: ignored keys ${f.ignoredKeys.join(', ')}`, 1000));
    }
    if (prompt.unusedVars.length)
        log.warning(`vars defines ${prompt.unusedVars.join(', ')}, which no prompt file uses (a typo?).`, { title: 'Unused vars' });
    for (const w of preflight(prompt, settings.model))
        log.warning(w.message, { file: w.file, title: w.title });
}
/** The line a dry run ends with: what would be sent, and that nothing was. */
function dryRunText(settings, prompt) {
    // Only the ten shown are described: a million-message prompt need not format a million sizes.
    const sizes = prompt.messages.slice(0, 10).map((m, i) => `#${i + 1} ${m.role} ${m.content.length} chars`);
    const shown = prompt.messages.length <= 10 ? sizes.join(', ') : `${sizes.join(', ')}, …`;
    return (`Dry run: would POST ${(0,create/* createUrl */.cO)(settings.baseUrl)} with model ${settings.model.id}, ${prompt.messages.length} message(s) (${shown}), ` +
        `ttl ${settings.ttl ?? 'not sent (gateway default)'}, mode ${settings.mode ?? 'not sent'}. Nothing was sent.`);
}


/***/ }),

/***/ 9372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareCache: () => (/* binding */ prepareCache),
  runCreate: () => (/* binding */ runCreate),
  sendCache: () => (/* binding */ sendCache)
});

// EXTERNAL MODULE: ./src/actions/create/report.ts + 1 modules
var report = __webpack_require__(4244);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/inputs/fields.ts
var fields = __webpack_require__(2996);
// EXTERNAL MODULE: ./src/inputs/specs.ts
var specs = __webpack_require__(8793);
// EXTERNAL MODULE: ./src/inputs/rules.ts + 1 modules
var inputs_rules = __webpack_require__(3105);
// EXTERNAL MODULE: ./src/escape.ts
var src_escape = __webpack_require__(2988);
// EXTERNAL MODULE: ./src/models.ts
var models = __webpack_require__(6293);
// EXTERNAL MODULE: ./src/prompt/messages.ts
var messages = __webpack_require__(4644);
;// CONCATENATED MODULE: ./src/actions/create/inputs.ts
// Action inputs → one validated, typed Settings, in two pure steps: readInputs() checks each
// input on its own (every bad one reported in one pass, so a user fixes them at once); applyModelRules()
// applies the model's rules once the model is known, from the input or from a prompt file.







// Re-exported for callers that think of roles as an input's values.

/** The inputs action.yml declares, by the names users write. */
const INPUT_NAMES = Object.keys(specs/* SPECS */.n.create.inputs);
const InputsSchema = schemas/* object */.Ikc({
    model: (0,fields/* field */.ZZ)(inputs_rules/* parseModel */.Xh),
    'prompt-file': (0,fields/* field */.ZZ)(inputs_rules/* parsePromptFile */.sl),
    'api-key': (0,fields/* field */.ZZ)(inputs_rules/* parseApiKey */.Xu),
    'base-url': (0,fields/* field */.ZZ)(inputs_rules/* parseBaseUrl */.Q2),
    ttl: (0,fields/* field */.ZZ)(inputs_rules/* parseTtl */.Kw),
    mode: (0,fields/* field */.ZZ)(inputs_rules/* parseMode */.Zx),
    role: (0,fields/* field */.ZZ)(inputs_rules/* parseRole */.gP),
    'env-var': (0,fields/* field */.ZZ)(inputs_rules/* parseEnvVar */.CE),
    timeout: (0,fields/* field */.ZZ)(inputs_rules/* parseTimeout */.ZZ),
    'max-attempts': (0,fields/* field */.ZZ)(inputs_rules/* parseMaxAttempts */.Id),
    'dry-run': (0,fields/* field */.ZZ)(inputs_rules/* parseBoolean */.yG),
    vars: schemas/* string */.YjP()
});
/** Read and validate every input on its own; throws InputErrors listing each bad one. */
function readInputs(getInput) {
    const raw = Object.fromEntries(INPUT_NAMES.map((name) => [name, getInput(name)]));
    const parsed = InputsSchema.safeParse(raw);
    if (!parsed.success) {
        const errors = (0,fields/* inputErrors */.e6)(parsed.error.issues);
        // No prompt file, so none can name the model: say both are missing at once.
        if (raw['model'] === '' && errors.some((e) => e.input === 'prompt-file' && e.message.endsWith('is required')))
            errors.unshift(new src_errors/* InputError */.dz('model', 'is required', inputs_rules/* MODEL_REQUIRED_HINT */.Wx));
        throw new src_errors/* InputErrors */.G(errors);
    }
    const inputs = parsed.data;
    if (inputs['api-key'] === '' && !inputs['dry-run'])
        throw new src_errors/* InputErrors */.G([
            new src_errors/* InputError */.dz('api-key', 'is empty', 'Pass the gateway key from a secret: `api-key: ${{ secrets.GATEWAY_API_KEY }}`, or set dry-run: true to validate without sending')
        ]);
    return inputs;
}
/**
 * Inputs + the models prompt files name → Settings, applying the model's rules (ttl range,
 * modes). The model input wins over the files', with a warning where they differ; without it,
 * the files must agree.
 */
function applyModelRules(inputs, fromFiles = []) {
    const warnings = [];
    let id = inputs.model;
    let modelSource = 'input';
    if (id === '') {
        const first = fromFiles[0];
        if (!first)
            throw new src_errors/* InputErrors */.G([new src_errors/* InputError */.dz('model', 'is required', inputs_rules/* MODEL_REQUIRED_HINT */.Wx)]);
        const other = fromFiles.find((m) => m.id !== first.id);
        if (other)
            throw new src_errors/* FileError */.f6(other.file, `names model ${(0,src_escape/* forLog */.Ig)(other.id, 130)}, but ${(0,src_escape/* forLog */.Ig)(first.file, 300)} names ${(0,src_escape/* forLog */.Ig)(first.id, 130)}`, 'Name one model in the files, or set the model input, which wins');
        if (!(0,inputs_rules/* isModelId */.TC)(first.id))
            throw new src_errors/* FileError */.f6(first.file, `names model ${(0,fields/* quoteValue */.cl)(first.id)}, which is not a model id`, 'Use the id exactly as the gateway lists it, e.g. gemini-2.5-flash');
        id = first.id;
        modelSource = first.file;
    }
    else {
        warnings.push(...overriddenModels(id, fromFiles));
    }
    const model = (0,models/* lookupModel */.Md)(id);
    let mode = inputs.mode;
    const rules = model.rules;
    const unlisted = (0,models/* modelWarning */.MQ)(model, {
        unknown: 'it is sent as given, without ttl or mode checks. The gateway decides whether it supports caching',
        unlisted: `it is sent as given, with the ${rules?.label ?? ''} rules`
    });
    if (unlisted)
        warnings.push(unlisted);
    if (rules) {
        const range = rules.ttlRange;
        if (range && inputs.ttl !== undefined && (inputs.ttl < range[0] || inputs.ttl > range[1]))
            throw new src_errors/* InputErrors */.G([
                new src_errors/* InputError */.dz('ttl', `${inputs.ttl} is outside the ${rules.label} range ${range[0]}–${range[1]} seconds`, `Set ttl between ${range[0]} (1 hour) and ${range[1]} (7 days), or leave it empty`)
            ]);
        if (mode !== undefined && !rules.modes.includes(mode)) {
            warnings.push(`Input 'mode' is ignored for ${rules.label} models and is not sent.`);
            mode = undefined;
        }
    }
    return {
        settings: {
            model,
            modelSource,
            promptFiles: inputs['prompt-file'],
            apiKey: inputs['api-key'],
            baseUrl: inputs['base-url'],
            ttl: inputs.ttl,
            mode,
            role: inputs.role,
            envVar: inputs['env-var'],
            timeoutMs: inputs.timeout,
            maxAttempts: inputs['max-attempts'],
            dryRun: inputs['dry-run']
        },
        warnings
    };
}
/** Warnings for prompt files that name another model than the model input, which wins. */
function overriddenModels(id, fromFiles) {
    return fromFiles
        .filter((m) => m.id !== id)
        .map((m) => `Input 'model' (${id}) is used; ${(0,src_escape/* forLog */.Ig)(m.file, 300)} names ${(0,src_escape/* forLog */.Ig)(m.id, 130)}.`);
}
/**
 * Settings already settled from the model input (before any file was read), completed with the
 * models the prompt files name: the input wins, so they only add warnings. applyModelRules() is not run again.
 */
function addFileModelWarnings(settled, fromFiles) {
    return { settings: settled.settings, warnings: [...settled.warnings, ...overriddenModels(settled.settings.model.id, fromFiles)] };
}
/** Both steps at once, for a model given as an input (no prompt file consulted). */
function readSettings(getInput) {
    return applyModelRules(readInputs(getInput));
}

// EXTERNAL MODULE: ./src/gateway/usage.ts
var usage = __webpack_require__(9453);
// EXTERNAL MODULE: ./src/evaluation/cost.ts
var cost = __webpack_require__(8945);
;// CONCATENATED MODULE: ./src/actions/create/outputs.ts
// What create hands on, computed without side effects: the outputs, the variables later steps
// read, and the summary's rows (every cell escaped). The action publishes them to the runner; the
// command line prints them.





/** What gets published, computed without side effects. */
function createOutputs(cache, settings, prompt, now = Date.now()) {
    // The gateway's ttl is the truth; else what we asked for; else the family's documented default.
    const ttl = cache.ttl ?? settings.ttl ?? settings.model.rules?.defaultTtl;
    const expiresAt = ttl !== undefined ? new Date(now + ttl * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z') : '';
    const tokens = (0,usage/* tokenCount */.j)(cache.usage, 'prompt_tokens', 'cache_creation_input_tokens');
    const promptTokens = tokens !== undefined ? String(tokens) : '';
    const mode = cache.mode ?? '';
    const cost = creationCost(settings.model.id, tokens ?? prompt.estimatedTokens, ttl);
    const rows = [
        ['Model', settings.model.id],
        ['TTL', ttl !== undefined ? `${ttl} s` : 'gateway default'],
        ['Expires at', expiresAt || 'unknown'],
        ['Mode', mode || '—'],
        ['Prompt tokens', promptTokens ? `${promptTokens} (estimated ${prompt.estimatedTokens})` : `estimated ${prompt.estimatedTokens}`],
        ['Attempts', String(cache.attempts)],
        ['Time', `${(cache.elapsedMs / 1000).toFixed(2)} s`],
        ['Cost (estimate)', cost.text]
    ];
    return {
        outputs: {
            'context-id': cache.id,
            ttl: ttl !== undefined ? String(ttl) : '',
            'expires-at': expiresAt,
            mode,
            model: settings.model.id,
            'prompt-tokens': promptTokens,
            'estimated-tokens': String(prompt.estimatedTokens),
            usage: JSON.stringify(cache.usage ?? {}),
            cost: cost.usd
        },
        // The ttl is not a secret: masking a number would hide it everywhere else in the log.
        // The model too (`CONTEXT_CACHE_MODEL`): eval's model defaults to it, so the model is written once.
        env: {
            [settings.envVar]: cache.id,
            ...(ttl !== undefined && { [(0,inputs_rules/* ttlVarName */.FN)(settings.envVar)]: String(ttl) }),
            [(0,inputs_rules/* modelVarName */.GI)(settings.envVar)]: settings.model.id
        },
        costText: cost.text,
        summaryRows: rows.map(([field, value]) => [field, (0,src_escape/* forCell */.Kq)(value)])
    };
}
/**
 * Creating: the prompt's tokens at the input price (the upstream bills a cache's creation as input);
 * storing: per hour, and over the ttl. Built-in list prices only: an estimate, dated.
 */
function creationCost(model, tokens, ttl) {
    const prices = (0,models/* listPrices */.hj)(model);
    if (!prices)
        return { usd: '', text: `no price known for ${model}` };
    const created = (0,cost/* callCost */.wD)({ promptTokens: tokens }, prices);
    const hourly = (0,cost/* storageCost */.hT)(tokens, 3600, prices);
    const stored = ttl !== undefined ? (0,cost/* storageCost */.hT)(tokens, ttl, prices) : undefined;
    const storage = hourly === undefined
        ? ''
        : `; storage $${(0,cost/* usd */.dR)(hourly)} per hour${stored !== undefined ? `, $${(0,cost/* usd */.dR)(stored)} over the ttl of ${ttl} s` : ''}`;
    return { usd: (0,cost/* usd */.dR)(created), text: `creating $${(0,cost/* usd */.dR)(created)}${storage} (list prices of ${models/* PRICES_DATE */.Iz}, an estimate)` };
}

// EXTERNAL MODULE: ./src/gateway/create.ts + 1 modules
var create = __webpack_require__(320);
// EXTERNAL MODULE: ./src/gateway/retry.ts
var retry = __webpack_require__(956);
// EXTERNAL MODULE: ./src/gateway/send.ts
var send = __webpack_require__(5522);
// EXTERNAL MODULE: ./src/gateway/transport.ts + 1 modules
var gateway_transport = __webpack_require__(5303);
// EXTERNAL MODULE: ./src/prompt/read.ts + 2 modules
var read = __webpack_require__(5734);
// EXTERNAL MODULE: ./src/prompt/template.ts
var template = __webpack_require__(5562);
// EXTERNAL MODULE: ./src/cli/exit.ts
var exit = __webpack_require__(7632);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
// EXTERNAL MODULE: ./src/cli/inputs.ts
var inputs = __webpack_require__(8885);
;// CONCATENATED MODULE: ./src/cli/create.ts
// context-cache create: the create action's steps (inputs → prompt → request → gateway) with the
// terminal as the log; the id alone on stdout, so ID=$(context-cache create …) works. In two
// halves, so `run` can check everything it needs before the first cache is paid for.












/** create's inputs checked, the prompt read and reported, the warnings given: all but the sending. */
async function prepareCache(get, screen, workspace, options = {}) {
    const log = screen.log;
    const inputs = readInputs((name) => get(name));
    const early = inputs.model !== '' ? applyModelRules(inputs) : undefined;
    const vars = inputs.vars ? await (0,template/* parseVars */.u)(inputs.vars) : undefined;
    const prompt = await (0,read/* loadPrompt */.h)(inputs['prompt-file'], { workspace, role: inputs.role, vars, input: options.input });
    const ruled = early ? addFileModelWarnings(early, prompt.models) : applyModelRules(inputs, prompt.models);
    ruled.warnings.forEach((w) => log.warning(w));
    const fallback = options.defaultMode;
    const settings = fallback && inputs.mode === undefined && ruled.settings.model.rules?.modes.includes(fallback)
        ? { ...ruled.settings, mode: fallback }
        : ruled.settings;
    if (settings.mode !== ruled.settings.mode)
        log.info(`Mode ${settings.mode} (no --mode given): each case sees the prompt alone, not the cases before it.`);
    (0,report/* warnAboutSettings */.hH)(settings, log);
    (0,report/* reportPrompt */.VY)(prompt, settings, log);
    return { settings, prompt };
}
/** Sends what prepareCache checked: the cache is created (and paid for) here. */
async function sendCache({ settings, prompt }, screen, env) {
    const log = screen.log;
    const { transport, via, close } = await (0,gateway_transport/* chooseTransport */.D)(env);
    const endpoint = (0,create/* createUrl */.cO)(settings.baseUrl);
    log.info(`Creating a context cache for ${settings.model.id} at ${endpoint} (${via}): up to ${settings.maxAttempts} attempt(s) of ${(0,retry/* seconds */.YA)(settings.timeoutMs)} s, ${(0,retry/* seconds */.YA)((0,send/* sendBoundMs */.$H)(settings.timeoutMs, settings.maxAttempts))} s at most in all.`);
    const cache = await (0,create/* createContextCache */.qF)({ model: settings.model.id, messages: prompt.messages, ttl: settings.ttl, mode: settings.mode }, 
    // The id is this command's output: printed, not masked.
    {
        ...settings,
        endpoint,
        transport,
        retry: (0,retry/* realRetryDeps */.tn)((m) => log.info(m)),
        mask: () => undefined,
        estimatedTokens: prompt.estimatedTokens
    }).finally(close);
    for (const note of cache.notes ?? []) {
        if (note.level === 'warning')
            log.warning(note.message);
        else
            log.debug(note.message);
    }
    const created = createOutputs(cache, settings, prompt);
    (0,report/* reportCreated */.fd)(created, cache.attempts, log);
    return { settings, outputs: created.outputs };
}
const runCreate = async (parsed, screen, env) => {
    const prepared = await prepareCache((0,inputs/* inputsFor */.p)('create', 'create', parsed, env, screen), screen, process.cwd());
    if (prepared.settings.dryRun) {
        screen.log.info((0,report/* dryRunText */.us)(prepared.settings, prepared.prompt));
        return exit/* EXIT */.dc.passed;
    }
    const made = await sendCache(prepared, screen, env);
    screen.print((0,flags/* isTrue */.Hn)(parsed, 'create', 'json') ? JSON.stringify(made.outputs) : made.outputs['context-id']);
    return exit/* EXIT */.dc.passed;
};


/***/ }),

/***/ 7758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAll: () => (/* binding */ runAll)
});

// EXTERNAL MODULE: ./src/actions/create/report.ts + 1 modules
var report = __webpack_require__(4244);
// EXTERNAL MODULE: ./src/cli/create.ts + 2 modules
var create = __webpack_require__(9372);
// EXTERNAL MODULE: ./src/cli/exit.ts
var exit = __webpack_require__(7632);
// EXTERNAL MODULE: ./src/cli/evaluate.ts + 18 modules
var evaluate = __webpack_require__(4199);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
// EXTERNAL MODULE: ./src/cli/inputs.ts
var inputs = __webpack_require__(8885);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/cli/problems.ts
// Every problem found before anything is sent, so a user fixes them all at once: create's and
// eval's checks run side by side, and a flag both halves read is reported once.

class Problems extends errors/* ErrorList */.VS {
    errors = [];
    constructor() {
        super('Several flags or files are wrong', 'See the errors above.');
    }
    /** The step's value, or undefined when it found a problem (kept for later). */
    async check(step) {
        try {
            return await step();
        }
        catch (e) {
            if (!(e instanceof errors/* ActionError */.lZ))
                throw e;
            for (const one of e instanceof errors/* ErrorList */.VS && e.errors.length > 0 ? e.errors : [e])
                if (!this.known(one))
                    this.errors.push(one);
            return undefined;
        }
    }
    known(e) {
        return this.errors.some((o) => o.describe() === e.describe() || (o instanceof errors/* InputError */.dz && e instanceof errors/* InputError */.dz && o.input === e.input));
    }
    /** Nothing is sent after this unless every step passed. */
    throwIfAny() {
        if (this.errors.length === 1)
            throw this.errors[0];
        if (this.errors.length > 1)
            throw this;
    }
}

;// CONCATENATED MODULE: ./src/cli/run.ts
// context-cache run: the loop on a laptop. create's flags make the cache, eval's evaluate against
// it; with --baseline-prompt-file a second cache is made and passed as baseline-context-id. Every
// flag, prompt and case is checked first (all problems at once): a cache is paid for only when the
// evaluation can run.







/** Stand in for the ids while eval's flags are checked: the caches do not exist yet. Two, as eval refuses one cache on both sides. */
const PENDING = 'pending';
const PENDING_BASE = 'pending-base';
const runAll = async (parsed, screen, env) => {
    const workspace = process.cwd();
    const dry = (0,flags/* isTrue */.Hn)(parsed, 'run', 'dry-run');
    const baselinePrompt = (0,flags/* valueOf */.RP)(parsed, 'run', 'baseline-prompt-file');
    const problems = new Problems();
    // An evaluation wants independent cases: a session-mode cache would show each the ones before it.
    const prepare = (overrides, input) => problems.check(() => (0,create.prepareCache)((0,inputs/* inputsFor */.p)('create', 'run', parsed, env, screen, overrides), screen, workspace, { input, defaultMode: 'common_prefix' }));
    const head = await prepare({});
    const base = baselinePrompt !== '' ? await prepare({ 'prompt-file': baselinePrompt }, 'baseline-prompt-file') : undefined;
    const overrides = {
        // The prompt is in the cache: eval must not send it again inline.
        'prompt-file': '',
        'context-id': PENDING,
        ...(baselinePrompt !== '' && { 'baseline-context-id': PENDING_BASE }),
        // The model a prompt file named, and the mode the cache will have, as a create step hands them on.
        ...(head && { model: head.settings.model.id, mode: head.settings.mode ?? '' })
    };
    const standIns = dry ? (0,evaluate/* dryRunStandIns */.RD)((0,inputs/* inputsFor */.p)('eval', 'run', parsed, env, screen, overrides), env) : {};
    const evaluation = await problems.check(() => (0,evaluate/* prepareEvaluation */.mz)((0,inputs/* inputsFor */.p)('eval', 'run', parsed, env, screen, { ...overrides, ...standIns }), screen, env, workspace));
    problems.throwIfAny();
    if (dry) {
        for (const p of [head, base])
            if (p)
                screen.log.info((0,report/* dryRunText */.us)(p.settings, p.prompt));
        screen.log.info((0,evaluate/* dryRunLine */.jj)(evaluation));
        return exit/* EXIT */.dc.passed;
    }
    const made = await (0,create.sendCache)(head, screen, env);
    const baseMade = base ? await (0,create.sendCache)(base, screen, env) : undefined;
    const settings = {
        ...evaluation.settings,
        contextId: made.outputs['context-id'],
        ...(baseMade && { baselineContextId: baseMade.outputs['context-id'] })
    };
    return (0,evaluate/* evaluate */._3)({ ...evaluation, settings }, parsed, 'run', screen, env, Date.now());
};


/***/ }),

/***/ 320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qF: () => (/* binding */ createContextCache),
  cO: () => (/* binding */ createUrl)
});

// UNUSED EXPORTS: MAX_ID_BYTES, TTL_RANGE, readCreated

// EXTERNAL MODULE: ./src/escape.ts
var src_escape = __webpack_require__(2988);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/models.ts
var models = __webpack_require__(6293);
// EXTERNAL MODULE: ./src/gateway/error-body.ts
var error_body = __webpack_require__(3517);
// EXTERNAL MODULE: ./src/gateway/failure.ts
var failure = __webpack_require__(6356);
// EXTERNAL MODULE: ./src/gateway/send.ts
var send = __webpack_require__(5522);
;// CONCATENATED MODULE: ./src/gateway/too-small.ts
// The gateway refusing a cache as too small, said plainly: the server's minimum and count next
// to this action's estimate. The words themselves are each family's (src/models.ts).

/** The server's minimum and count, from the upstream messages the gateway passes on. */
function parseTooSmall(message, dialects) {
    for (const pattern of dialects.tooSmall) {
        const m = pattern.exec(message);
        if (!m)
            continue;
        const n = (v) => (v === undefined ? undefined : Number(v));
        return { counted: n(m.groups?.['counted']), minimum: n(m.groups?.['minimum']) };
    }
    return undefined;
}
/** A gateway refusal for size, said plainly with the server's minimum and our estimate. */
function explainTooSmall(error, dialects, estimatedTokens) {
    if (!(error instanceof errors/* GatewayError */.Fe))
        return error;
    const small = parseTooSmall(error.message, dialects);
    if (!small)
        return error;
    const server = [
        small.counted !== undefined && `it counted ${small.counted} tokens`,
        small.minimum !== undefined && `its minimum is ${small.minimum}`
    ]
        .filter(Boolean)
        .join(' and ');
    const figures = [server, estimatedTokens !== undefined && `this action estimated ${estimatedTokens}`].filter(Boolean);
    const target = small.minimum !== undefined ? ` to reach ${small.minimum} tokens` : ' (Gemini caches from about 1,024–4,096 tokens)';
    return new errors/* GatewayError */.Fe(error.status, `The gateway refused the cache: the prompt is too small to cache${figures.length ? ` (${figures.join('; ')})` : ''}. ${error.message}`, `Add content to the prompt${target} (e.g. more examples, or the documents the evaluations share), or do without a cache for prompts this short`);
}

// EXTERNAL MODULE: ./src/gateway/usage.ts
var usage = __webpack_require__(9453);
;// CONCATENATED MODULE: ./src/gateway/create.ts
// Creates a context cache: POST {base}/v1/context/create, as the gateway's pages describe it,
// retried where a retry is safe (send.ts), and its 2xx body read as hostile: the id is masked
// the moment one appears, then checked; odd optional fields are set aside, never fatal, because
// the cache exists (and is billed) once the gateway answered 2xx with an id.








/** The create endpoint under a gateway root. */
function createUrl(baseUrl) {
    return `${baseUrl}/v1/context/create`;
}
/** Later steps get the id through the environment: far below the 128 KiB an env string may hold. */
const MAX_ID_BYTES = 1024;
/** A ttl outside this is not a real one (1e308, negative, a century). Doubao's own maximum is 7 days. */
const TTL_RANGE = [1, 366 * 86_400];
/** Longer strings are not ids and are never printed, so masking them protects nothing. */
const MAX_MASKED = 64 * 1024;
/** The request body exactly as the gateway documents it: model, messages, then mode and ttl if set. */
function requestBody(req) {
    return JSON.stringify({
        model: req.model,
        messages: req.messages.map(({ role, content }) => ({ role, content })),
        ...(req.mode !== undefined && { mode: req.mode }),
        ...(req.ttl !== undefined && { ttl: req.ttl })
    });
}
async function createContextCache(req, options) {
    try {
        const { res, attempts, elapsedMs } = await (0,send/* send */.tN)({ ...options, url: options.endpoint, body: requestBody(req) });
        return { ...readCreated(res, options.endpoint, options.mask, [options.apiKey]), attempts, elapsedMs };
    }
    catch (e) {
        throw explainTooSmall(e, (0,models/* dialectsOf */.jy)((0,models/* lookupModel */.Md)(req.model)), options.estimatedTokens);
    }
}
/** A 2xx response → the cache it created, or a GatewayError that says what was wrong (never quoting the body). */
function readCreated(res, url, mask, secrets = []) {
    const where = `POST ${url} answered HTTP ${res.status}`;
    let json;
    try {
        json = JSON.parse(res.body);
    }
    catch {
        throw new errors/* GatewayError */.Fe(res.status, `${where} with a body that is not JSON (${Buffer.byteLength(res.body)} bytes)`, 'base-url may point at something other than the gateway');
    }
    const body = json !== null && typeof json === 'object' && !Array.isArray(json) ? json : undefined;
    const raw = body?.['id'];
    if (typeof raw === 'string') {
        const trimmed = raw.trim();
        if (trimmed !== '' && trimmed.length <= MAX_MASKED)
            mask(trimmed); // first: nothing below can show it unmasked
    }
    if (typeof raw !== 'string' || raw.trim() === '') {
        const detail = (0,failure/* readDetail */.o)(res.body, secrets);
        const said = detail ? `the gateway said: ${(0,error_body/* describeDetail */.rV)(detail)}` : `it sent ${shapeOf(json)}`;
        throw new errors/* GatewayError */.Fe(res.status, `${where} but with no cache id; ${said}`, 'The cache was not created; check the model and prompt, then try again');
    }
    const id = raw.trim();
    const problem = idProblem(id);
    if (problem)
        throw new errors/* GatewayError */.Fe(res.status, `${where} with a cache id this action cannot hand on: ${problem}`, 'The gateway may have created a cache anyway (it expires by its ttl); report this answer to the gateway’s operator');
    const notes = [];
    const ttl = readTtl(body['ttl'], notes);
    const mode = readMode(body['mode'], notes);
    const usage = readUsage(body['usage'], notes);
    return { id, ttl, mode, usage, notes };
}
/** Why an id cannot be exported to later steps, or undefined when it can. */
function idProblem(id) {
    const bytes = Buffer.byteLength(id);
    if (bytes > MAX_ID_BYTES)
        return `it is ${bytes} bytes long (at most ${MAX_ID_BYTES})`;
    if (/\s/.test(id) || (0,src_escape/* hasControl */.aQ)(id))
        return 'it contains whitespace or control characters';
    if (/\p{C}/u.test(id))
        return 'it contains characters that are not printable';
    return undefined;
}
function shapeOf(json) {
    if (json === null)
        return 'JSON null';
    if (Array.isArray(json))
        return 'a JSON array';
    if (typeof json !== 'object')
        return `a JSON ${typeof json}`;
    const id = json['id'];
    return id === undefined ? 'a JSON object without an id' : `a JSON object whose id is ${id === null ? 'null' : `a ${typeof id}`}`;
}
function readTtl(value, notes) {
    if (value === undefined)
        return undefined;
    if (value === null)
        return absent('ttl', 'null', notes);
    const n = typeof value === 'string' && /^\d{1,9}$/.test(value.trim()) ? Number(value) : value;
    if (typeof n === 'number' && Number.isInteger(n) && n >= TTL_RANGE[0] && n <= TTL_RANGE[1]) {
        if (n !== value)
            notes.push({ level: 'debug', message: `the gateway sent ttl as a string; read as ${n}` });
        return n;
    }
    notes.push({
        level: 'warning',
        message: `The gateway's ttl (${describe(value)}) is not a whole number of seconds from ${TTL_RANGE[0]} to ${TTL_RANGE[1]}, so it is ignored: the ttl and expires-at outputs use the requested ttl or the model's default.`
    });
    return undefined;
}
function readMode(value, notes) {
    if (value === undefined)
        return undefined;
    if (value === null)
        return absent('mode', 'null', notes);
    if (typeof value === 'string' && models/* CACHE_MODES */._R.includes(value))
        return value;
    notes.push({
        level: 'warning',
        message: `The gateway reported mode ${describe(value)}, which is not ${models/* CACHE_MODES */._R.join(' or ')}, so it is ignored: the mode output is empty.`
    });
    return undefined;
}
function readUsage(value, notes) {
    if (value === undefined)
        return undefined;
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return absent('usage', value === null ? 'null' : `a ${Array.isArray(value) ? 'list' : typeof value}`, notes);
    return (0,usage/* usageNumbers */._)(value);
}
function absent(field, what, notes) {
    notes.push({ level: 'debug', message: `the gateway sent ${field} as ${what}; read as absent` });
    return undefined;
}
/** A value from the body, described without quoting more than a short, harmless form of it. */
function describe(value) {
    if (typeof value === 'number')
        return String(value);
    if (typeof value === 'string')
        return value.length <= 20 && /^[\w .:+-]*$/.test(value) ? JSON.stringify(value) : `a string of ${value.length} characters`;
    return Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}


/***/ }),

/***/ 9453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ usageNumbers),
/* harmony export */   j: () => (/* binding */ tokenCount)
/* harmony export */ });
// The gateway's usage object, kept to what a later step can use: its numbers. It is re-serialised
// into the usage output, so what comes back is bounded in depth, size and key shape, whatever
// the gateway nested inside it (10,000 levels would otherwise crash the serialiser). Pure.
/** `usage.prompt_tokens_details.cached_tokens` is the deepest field either family documents. */
const MAX_DEPTH = 3;
const MAX_NUMBERS = 64;
const KEY = /^[A-Za-z0-9_.-]{1,64}$/;
/** The finite numbers of `value`, at most MAX_DEPTH levels deep and MAX_NUMBERS in all; objects left empty are dropped. */
function usageNumbers(value) {
    let budget = MAX_NUMBERS;
    const walk = (node, depth) => {
        const entries = [];
        for (const [key, v] of Object.entries(node)) {
            if (budget <= 0)
                break;
            if (!KEY.test(key))
                continue;
            if (typeof v === 'number' && Number.isFinite(v)) {
                entries.push([key, v]);
                budget--;
            }
            else if (v !== null && typeof v === 'object' && !Array.isArray(v) && depth < MAX_DEPTH) {
                const inner = walk(v, depth + 1);
                if (Object.keys(inner).length > 0)
                    entries.push([key, inner]);
            }
        }
        // fromEntries defines own properties: a "__proto__" key stays data, not a prototype.
        return Object.fromEntries(entries);
    };
    return walk(value, 1);
}
/** A count from usage, for outputs: a non-negative safe integer, else undefined. */
function tokenCount(usage, ...keys) {
    for (const key of keys) {
        const v = usage?.[key];
        if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0)
            return v;
    }
    return undefined;
}


/***/ })

};
