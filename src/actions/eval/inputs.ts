// The eval action's inputs → one validated EvalSettings, every bad input reported in one pass.
// The rules every action shares are in src/inputs/rules.ts; only what is new to an evaluation is
// written here.
import { z } from 'zod';
import { InputError, InputErrors } from '../../errors.js';
import { field, inputErrors, reject, type Ctx } from '../../inputs/fields.js';
import { SPECS, type InputName } from '../../inputs/specs.js';
import {
  decimalIn,
  integerIn,
  parseApiKey,
  parseBaseUrl,
  parseBoolean,
  parseMaxAttempts,
  parseMode,
  parseModel,
  parseFailOn,
  parseLines,
  parseMinPassRate,
  parseTimeout,
  SPACE_OR_CONTROL
} from '../../inputs/rules.js';
import { type CacheMode, lookupModel, type ModelInfo } from '../../models.js';
import { parseShard, type Shard } from '../../evaluation/shard.js';
import type { PriceBook } from '../../evaluation/cost.js';
import { parsePrices, priceBook } from '../../inputs/prices.js';
import { matrixKey } from '../../github/comment.js';
import { wording } from '../../wording.js';

/** The inputs eval/action.yml declares, by the names users write. */
export const EVAL_INPUTS = Object.keys(SPECS.eval.inputs) as EvalInput[];
export type EvalInput = InputName<'eval'>;

export interface EvalSettings {
  readonly model: ModelInfo;
  /** The cache; '' with prompt-file (no cache), or in a dry run without one. */
  readonly contextId: string;
  /** No cache: prompt files sent with every case (src/prompt/read.ts reads them as create does). */
  readonly promptFiles: readonly string[];
  /** Validate and log what would run; nothing is sent, no key needed. */
  readonly dryRun: boolean;
  /** Paths and patterns, in order; empty when `prompt` is used. */
  readonly casesFiles: readonly string[];
  /** The single user message, when no cases file is given. */
  readonly prompt?: string;
  readonly apiKey: string;
  /** The gateway root: the chat path is appended per model family. */
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly maxAttempts: number;
  readonly maxTokens?: number;
  readonly temperature?: number;
  readonly concurrency: number;
  readonly minPassRate: number;
  readonly mode?: CacheMode;
  readonly vars: string;
  readonly githubToken: string;
  readonly commentKey: string;
  /** The matrix leg (toJSON(matrix)): part of the default comment key. */
  readonly matrix: string;
  readonly outputDir: string;
  /** Grades `judge:` expectations: the model input's model unless judge-model names another. */
  readonly judgeModel: ModelInfo;
  /** The rubric's cache, when there is one: the grader then re-sends only the grading turn. */
  readonly judgeContextId?: string;
  readonly judgeThreshold: number;
  readonly repeat: number;
  readonly repeatMinPass: number;
  readonly baselineFile?: string;
  /** The base's cache: every case runs against it too, side by side. */
  readonly baselineContextId?: string;
  /** The base side's model (default: model). */
  readonly baselineModel?: ModelInfo;
  /** The paired test's significance level. */
  readonly alpha: number;
  /** Each model's prices: the prices input, then the built-in table. */
  readonly prices: PriceBook;
  /** USD: the run stops sending once the estimate reaches it. */
  readonly maxCost?: number;
  readonly failOn: 'pass-rate' | 'regressions' | 'worse';
  readonly shard?: Shard;
}

const MAX_ID = 1024;

function parseContextId(raw: string, ctx: Ctx): string {
  // A secret: described, never shown.
  if (raw === '')
    return reject(
      ctx,
      'is empty, and CONTEXT_CACHE_ID is not set',
      'Run the create action earlier in this job (it exports CONTEXT_CACHE_ID), or pass its output: `context-id: ${{ steps.cache.outputs.context-id }}`'
    );
  if (raw.length > MAX_ID || SPACE_OR_CONTROL.test(raw))
    return reject(
      ctx,
      `is not a cache id (${raw.length > MAX_ID ? `over ${MAX_ID} characters` : 'it contains whitespace or a control character'})`,
      'Pass the create step’s context-id output as it is'
    );
  return raw;
}

function parseShardInput(raw: string, ctx: Ctx): Shard | undefined {
  if (raw === '') return undefined;
  const shard = parseShard(raw);
  if (typeof shard === 'string')
    return reject(ctx, shard, 'Write it as i/n, e.g. shard: ${{ matrix.shard }}/4 with shard: [1, 2, 3, 4] in the matrix');
  return shard;
}

function parseOptionalId(raw: string, ctx: Ctx): string | undefined {
  return raw === '' ? undefined : parseContextId(raw, ctx);
}

const Schema = z.object({
  'context-id': field(parseOptionalId),
  model: field(parseModel),
  'cases-file': field(parseLines),
  prompt: z.string(),
  'prompt-file': field(parseLines),
  'dry-run': field(parseBoolean),
  'api-key': field(parseApiKey),
  'base-url': field(parseBaseUrl),
  timeout: field(parseTimeout),
  'max-attempts': field(parseMaxAttempts),
  'max-tokens': field(integerIn(1, 1_000_000, 'Set max-tokens to e.g. 1024, or leave it empty to send none')),
  temperature: field(decimalIn(0, 2, 'Set temperature between 0 and 2 (0 for the most repeatable answers), or leave it empty')),
  concurrency: field(integerIn(1, 64, 'Set concurrency from 1 to 64 (calls in flight at once); 4 is a safe start')),
  'min-pass-rate': field(parseMinPassRate),
  mode: field(parseMode),
  vars: z.string(),
  'github-token': z.string(),
  'comment-key': z.string(),
  // As a stable key: sorted, and '' for no matrix or an unexpanded expression (a local run).
  matrix: z.string().transform(matrixKey),
  'output-dir': z.string(),
  'judge-model': field(parseModel),
  'judge-context-id': field(parseOptionalId),
  'judge-threshold': field(decimalIn(0, 1, 'Set judge-threshold between 0 and 1: the score a grader must give for a pass (default 0.5)')),
  repeat: field(integerIn(1, 100, 'Set repeat from 1 to 100: how many times each case runs')),
  'repeat-min-pass': field(integerIn(1, 100, 'Set repeat-min-pass from 1 to repeat: how many runs must pass')),
  'baseline-file': z.string(),
  'baseline-context-id': field(parseOptionalId),
  'baseline-model': field(parseModel),
  alpha: field(decimalIn(0.0001, 0.5, 'Set alpha between 0.0001 and 0.5: the significance level of the paired test (default 0.05)')),
  prices: field(parsePrices),
  'max-cost': field(decimalIn(0, 1_000_000, 'Set max-cost to a number of US dollars, e.g. 5 or 0.50, or leave it empty for no budget')),
  'fail-on': field(parseFailOn),
  shard: field(parseShardInput)
});

/**
 * Every input, validated in one pass. `context-id` falls back to CONTEXT_CACHE_ID, as the create
 * action exports it. Throws InputErrors listing each bad input.
 */
export function readEvalSettings(getInput: (name: EvalInput) => string, env: NodeJS.ProcessEnv = process.env): EvalSettings {
  const raw: Record<EvalInput, string> = Object.fromEntries(EVAL_INPUTS.map((n) => [n, getInput(n)])) as Record<EvalInput, string>;
  const inline = raw['prompt-file'].trim() !== '';
  const envId = (env['CONTEXT_CACHE_ID'] ?? '').trim();
  const envModel = (env['CONTEXT_CACHE_MODEL'] ?? '').trim();
  const givenId = raw['context-id'];
  // With prompt-file there is no cache: a CONTEXT_CACHE_ID some create step exported is not this run's.
  if (givenId === '' && !inline) raw['context-id'] = envId;
  const cacheFromEnv = !inline && envId !== '' && raw['context-id'] === envId;
  const givenModel = raw.model;
  if (givenModel === '' && !inline) raw.model = envModel;
  const dry = ['true', 'True', 'TRUE'].includes(raw['dry-run']);
  const parsed = Schema.safeParse(raw);
  const errors = parsed.success ? [] : inputErrors(parsed.error.issues);
  if (raw.model === '')
    errors.unshift(
      new InputError(
        'model',
        inline ? 'is required with prompt-file' : 'is empty, and CONTEXT_CACHE_MODEL is not set',
        'Set model to the model the cache was created for, e.g. gemini-2.5-flash, or run the create action earlier in this job (it exports CONTEXT_CACHE_MODEL)'
      )
    );
  // The cache answers only for its own model: a different one would be refused by the gateway (or
  // worse, answered without the cache) after the first calls were paid for.
  if (cacheFromEnv && envModel !== '' && givenModel !== '' && givenModel.toLowerCase() !== envModel.toLowerCase())
    errors.push(
      new InputError(
        'model',
        `is ${givenModel}, but the cache in CONTEXT_CACHE_ID was created for ${envModel}`,
        `Leave model empty to use ${envModel}, or pass the context-id of a cache created for ${givenModel}`
      )
    );
  if (raw['api-key'] === '' && !dry)
    errors.push(
      new InputError(
        'api-key',
        'is empty',
        'Pass the gateway key from a secret: `api-key: ${{ secrets.GATEWAY_API_KEY }}`, or set dry-run: true to validate without sending'
      )
    );
  if (inline && givenId !== '')
    errors.push(
      new InputError(
        'prompt-file',
        'is set together with context-id',
        'Give context-id to run against a cache, or prompt-file to send the prompt with every case (no cache), not both'
      )
    );
  if (!inline && raw['context-id'] === '' && !dry)
    errors.push(
      new InputError(
        'context-id',
        'is empty, and CONTEXT_CACHE_ID is not set',
        'Run the create action earlier in this job (it exports CONTEXT_CACHE_ID), pass its output (`context-id: ${{ steps.cache.outputs.context-id }}`), or give prompt-file where no cache can be made'
      )
    );
  const cases = raw['cases-file'].trim() !== '';
  if (cases === (raw.prompt.trim() !== ''))
    errors.push(
      new InputError(
        cases ? 'prompt' : 'cases-file',
        cases ? 'is set together with cases-file' : 'is required (or prompt)',
        'Give cases-file (one path or glob per line) to run test cases, or prompt for one call, not both'
      )
    );
  if (errors.length || !parsed.success) throw new InputErrors(errors);
  const v = parsed.data;
  const repeat = v.repeat ?? 1;
  if (v['repeat-min-pass'] !== undefined && v['repeat-min-pass'] > repeat)
    throw new InputErrors([
      new InputError('repeat-min-pass', `${v['repeat-min-pass']} is more than repeat (${repeat})`, 'Set it from 1 to repeat')
    ]);
  if (v.shard && !cases)
    throw new InputErrors([new InputError('shard', 'is set for a single prompt', 'Shard a cases-file; a single prompt runs on one leg')]);
  const baselineFile = raw['baseline-file'].trim() || undefined;
  const baselineContextId = v['baseline-context-id'];
  // Named as the front end names them: a command line may give the base's cache another way.
  const w = wording();
  const [file, cache] = [w.input('baseline-file'), w.input('baseline-context-id')];
  if (baselineFile && baselineContextId)
    throw new InputErrors([
      new InputError(
        'baseline-context-id',
        `is set together with ${file}`,
        `Compare against one baseline: ${w.baseCache}, or an earlier run’s results (${file})`
      )
    ]);
  if (v['fail-on'] === 'regressions' && !baselineFile && !baselineContextId && raw.history.trim() === '')
    throw new InputErrors([
      new InputError(
        'fail-on',
        `is regressions, but no ${file} or ${cache} is given`,
        `Pass the results-file of an earlier run (e.g. the nightly run on main) as ${file}, or ${w.baseCache}`
      )
    ]);
  if (v['fail-on'] === 'worse' && !baselineFile && !baselineContextId && raw.history.trim() === '')
    throw new InputErrors([
      new InputError(
        'fail-on',
        'is worse, but there is no baseline to be worse than',
        `Pass ${w.baseCache}, or an earlier run’s results-file as ${file}`
      )
    ]);
  if (v['baseline-model'] && !baselineContextId)
    throw new InputErrors([
      new InputError('baseline-model', `is set without ${cache}`, `Give ${w.baseCache}, or drop ${w.input('baseline-model')}`)
    ]);
  const prices = priceBook(v.prices);
  const judgeModel = lookupModel(v['judge-model'] || v.model);
  const baselineModel = baselineContextId ? lookupModel(v['baseline-model'] || v.model) : undefined;
  if (v['max-cost'] !== undefined) {
    const unpriced = [v.model, baselineModel?.id, judgeModel.id].filter((m): m is string => m !== undefined && !prices(m));
    if (unpriced.length)
      throw new InputErrors([
        new InputError(
          'max-cost',
          `needs a price for ${[...new Set(unpriced)].join(', ')}, which the built-in table does not have`,
          'Add it to the prices input, e.g. prices: "my-model: {input: 0.30, cached-input: 0.03, output: 2.50}"'
        )
      ]);
  }
  return {
    model: lookupModel(v.model),
    contextId: v['context-id'] ?? '',
    promptFiles: v['prompt-file'],
    dryRun: v['dry-run'],
    casesFiles: v['cases-file'],
    prompt: cases ? undefined : raw.prompt,
    apiKey: v['api-key'],
    baseUrl: v['base-url'],
    timeoutMs: v.timeout,
    maxAttempts: v['max-attempts'],
    maxTokens: v['max-tokens'],
    temperature: v.temperature,
    concurrency: v.concurrency ?? 4,
    minPassRate: v['min-pass-rate'] ?? 1,
    mode: v.mode,
    vars: v.vars,
    githubToken: v['github-token'],
    commentKey: v['comment-key'],
    matrix: v.matrix,
    outputDir: v['output-dir'],
    judgeModel,
    judgeContextId: v['judge-context-id'],
    judgeThreshold: v['judge-threshold'] ?? 0.5,
    repeat,
    repeatMinPass: v['repeat-min-pass'] ?? repeat,
    baselineFile,
    baselineContextId,
    baselineModel,
    alpha: v.alpha ?? 0.05,
    prices,
    maxCost: v['max-cost'],
    failOn: v['fail-on'],
    shard: v.shard
  };
}
