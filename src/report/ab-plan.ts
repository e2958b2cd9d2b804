// What an evaluation adds to its outcome's plan for head against base and costs, the same for every
// front end (the action, the command line): the base side's results, alpha, each model's prices,
// the budget that cut the run. Pure.
import type { PriceBook } from '../evaluation/cost.js';
import type { Evaluation } from '../evaluation/engine.js';
import type { ModelInfo } from '../models.js';
import type { OutcomePlan } from './outcome.js';

export interface AbSettings {
  readonly model: ModelInfo;
  readonly judgeModel: ModelInfo;
  readonly baselineModel?: ModelInfo;
  readonly baselineContextId?: string;
  readonly alpha: number;
  readonly prices: PriceBook;
}

export function abPlan(
  settings: AbSettings,
  evaluation: Evaluation,
  baseRef: string | undefined
): Pick<OutcomePlan, 'baselineResults' | 'alpha' | 'baseName' | 'pricing' | 'budgetReached'> {
  const priced = (model: ModelInfo) => ({ id: model.id, prices: settings.prices(model.id) });
  return {
    baselineResults: evaluation.baselineResults,
    alpha: settings.alpha,
    baseName: settings.baselineContextId ? baseRef || undefined : undefined,
    pricing: {
      head: priced(settings.model),
      base: settings.baselineModel && priced(settings.baselineModel),
      judge: priced(settings.judgeModel)
    },
    budgetReached: evaluation.budgetReached
  };
}
