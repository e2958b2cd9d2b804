// Action inputs → one validated, typed Settings, in two pure steps: readInputs() checks each
// input on its own (every bad one reported in one pass, so a user fixes them at once); settle()
// applies the model's rules once the model is known, from the input or from a prompt file.
import { z } from 'zod';
import { InputError, InputErrors, PromptError } from '../../errors.js';
import { field, inputErrors, quoteValue as show } from '../../inputs/fields.js';
import { SPECS, type InputName as SpecInputName } from '../../inputs/specs.js';
import {
  isModelId,
  MODEL_REQUIRED_HINT,
  parseApiKey,
  parseBaseUrl,
  parseBoolean,
  parseEnvVar,
  parseMaxAttempts,
  parseMode,
  parseModel,
  parsePromptFile,
  parseRole,
  parseTimeout,
  parseTtl
} from '../../inputs/rules.js';
import { forLog } from '../../escape.js';
import { type CacheMode, lookupModel, modelWarning, type ModelInfo } from '../../models.js';
import type { Role } from '../../prompt/messages.js';

// Re-exported for callers that think of roles as an input's values.
export { ROLES, type Role } from '../../prompt/messages.js';

export interface Settings {
  readonly model: ModelInfo;
  /** Where the model came from: 'input', or the prompt file that named it. */
  readonly modelSource: string;
  /** Paths and patterns, in the order given. */
  readonly promptFiles: readonly string[];
  /** Empty only in a dry run. */
  readonly apiKey: string;
  /** The gateway root, as base-url gives it (the client appends its path). */
  readonly baseUrl: string;
  readonly ttl?: number;
  /** Only set when it is sent: never for a family without modes. */
  readonly mode?: CacheMode;
  readonly role: Role;
  readonly envVar: string;
  readonly timeoutMs: number;
  readonly maxAttempts: number;
  readonly dryRun: boolean;
}

export interface ReadSettings {
  readonly settings: Settings;
  /** Things worth a ::warning:: that do not stop the run. */
  readonly warnings: string[];
}

/** The inputs action.yml declares, by the names users write. */
export const INPUT_NAMES = Object.keys(SPECS.create.inputs) as InputName[];
export type InputName = SpecInputName<'create'>;

const InputsSchema = z.object({
  model: field(parseModel),
  'prompt-file': field(parsePromptFile),
  'api-key': field(parseApiKey),
  'base-url': field(parseBaseUrl),
  ttl: field(parseTtl),
  mode: field(parseMode),
  role: field(parseRole),
  'env-var': field(parseEnvVar),
  timeout: field(parseTimeout),
  'max-attempts': field(parseMaxAttempts),
  'dry-run': field(parseBoolean),
  vars: z.string()
});

export type Inputs = z.output<typeof InputsSchema>;

/** Read and validate every input on its own; throws InputErrors listing each bad one. */
export function readInputs(getInput: (name: InputName) => string): Inputs {
  const raw = Object.fromEntries(INPUT_NAMES.map((name) => [name, getInput(name)]));
  const parsed = InputsSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = inputErrors(parsed.error.issues);
    // No prompt file, so none can name the model: say both are missing at once.
    if (raw['model'] === '' && errors.some((e) => e.input === 'prompt-file' && e.message.endsWith('is required')))
      errors.unshift(new InputError('model', 'is required', MODEL_REQUIRED_HINT));
    throw new InputErrors(errors);
  }
  const inputs = parsed.data;
  if (inputs['api-key'] === '' && !inputs['dry-run'])
    throw new InputErrors([
      new InputError(
        'api-key',
        'is empty',
        'Pass the gateway key from a secret: `api-key: ${{ secrets.GATEWAY_API_KEY }}`, or set dry-run: true to validate without sending'
      )
    ]);
  return inputs;
}

/**
 * Inputs + the models prompt files name → Settings, applying the model's rules (ttl range,
 * modes). The model input wins over the files', with a warning where they differ; without it,
 * the files must agree.
 */
export function settle(inputs: Inputs, fromFiles: readonly { id: string; file: string }[] = []): ReadSettings {
  const warnings: string[] = [];
  let id = inputs.model;
  let modelSource = 'input';
  if (id === '') {
    const first = fromFiles[0];
    if (!first) throw new InputErrors([new InputError('model', 'is required', MODEL_REQUIRED_HINT)]);
    const other = fromFiles.find((m) => m.id !== first.id);
    if (other)
      throw new PromptError(
        other.file,
        `names model ${forLog(other.id, 130)}, but ${forLog(first.file, 300)} names ${forLog(first.id, 130)}`,
        'Name one model in the files, or set the model input, which wins'
      );
    if (!isModelId(first.id))
      throw new PromptError(
        first.file,
        `names model ${show(first.id)}, which is not a model id`,
        'Use the id exactly as the gateway lists it, e.g. gemini-2.5-flash'
      );
    id = first.id;
    modelSource = first.file;
  } else {
    warnings.push(...overriddenModels(id, fromFiles));
  }

  const model = lookupModel(id);
  let mode = inputs.mode;
  const rules = model.rules;
  const unlisted = modelWarning(model, {
    unknown: 'it is sent as given, without ttl or mode checks. The gateway decides whether it supports caching',
    unlisted: `it is sent as given, with the ${rules?.label ?? ''} rules`
  });
  if (unlisted) warnings.push(unlisted);
  if (rules) {
    const range = rules.ttlRange;
    if (range && inputs.ttl !== undefined && (inputs.ttl < range[0] || inputs.ttl > range[1]))
      throw new InputErrors([
        new InputError(
          'ttl',
          `${inputs.ttl} is outside the ${rules.label} range ${range[0]}–${range[1]} seconds`,
          `Set ttl between ${range[0]} (1 hour) and ${range[1]} (7 days), or leave it empty`
        )
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
function overriddenModels(id: string, fromFiles: readonly { id: string; file: string }[]): string[] {
  return fromFiles
    .filter((m) => m.id !== id)
    .map((m) => `Input 'model' (${id}) is used; ${forLog(m.file, 300)} names ${forLog(m.id, 130)}.`);
}

/**
 * Settings already settled from the model input (before any file was read), completed with the
 * models the prompt files name: the input wins, so they only add warnings. settle() is not run again.
 */
export function withFileModels(settled: ReadSettings, fromFiles: readonly { id: string; file: string }[]): ReadSettings {
  return { settings: settled.settings, warnings: [...settled.warnings, ...overriddenModels(settled.settings.model.id, fromFiles)] };
}

/** Both steps at once, for a model given as an input (no prompt file consulted). */
export function readSettings(getInput: (name: InputName) => string): ReadSettings {
  return settle(readInputs(getInput));
}
