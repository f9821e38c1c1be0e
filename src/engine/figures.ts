// Figures derived from the plan for the panel, reports and the economics and
// budget rules: one computation, so the message and the picture agree.

import { PlanDocument } from './document';
import { readOutcome } from './outcome';
import { OUTCOME_METRIC_KINDS } from './sections';
import type { Figures } from './types';

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

const computed = new WeakMap<PlanDocument, Figures>();

/** Once per plan: two rules and the lint result all ask for them. */
export function computeFigures(plan: PlanDocument): Figures {
  let figures = computed.get(plan);
  if (!figures) computed.set(plan, (figures = figuresOf(plan)));
  return figures;
}

function figuresOf(plan: PlanDocument): Figures {
  const poc = plan.number(['budget', 'poc']);
  const productionEstimate = plan.number(['budget', 'production_estimate']);
  const manual = plan.number(['economics', 'manual_minutes_per_item']);
  const aiSeconds = plan.number(['economics', 'ai_seconds_per_item']);
  const reviewRequired = plan.boolean(['governance', 'human_review', 'required']);
  const reviewMinutes = reviewRequired === false ? 0 : plan.number(['governance', 'human_review', 'minutes_per_item']);
  const volume = plan.number(['economics', 'volume_per_month']);
  const aiPath = aiSeconds !== undefined && reviewMinutes !== undefined ? aiSeconds / 60 + reviewMinutes : undefined;
  const saved = manual !== undefined && aiPath !== undefined ? manual - aiPath : undefined;

  const kinds: string[] = [];
  for (const item of plan.items(['metrics']).keys()) {
    const kind = plan.value(['metrics', item, 'kind']);
    if (typeof kind === 'string') kinds.push(kind);
  }
  const production = kinds.filter((k) => OUTCOME_METRIC_KINDS.has(k)).length;

  return {
    title: plan.textAt(['poc']),
    owner: plan.textAt(['owner']),
    outcome: readOutcome(plan),
    budget: {
      currency: plan.textAt(['budget', 'currency']),
      poc,
      scoping: plan.number(['budget', 'scoping']),
      productionEstimate,
      ratio: poc && productionEstimate !== undefined ? round(productionEstimate / poc) : undefined,
    },
    economics: {
      manualMinutesPerItem: manual,
      aiSecondsPerItem: aiSeconds,
      reviewMinutesPerItem: reviewMinutes,
      aiPathMinutesPerItem: aiPath === undefined ? undefined : round(aiPath, 2),
      volumePerMonth: volume,
      minutesSavedPerItem: saved === undefined ? undefined : round(saved, 2),
      savingPercent: saved !== undefined && manual ? round((100 * saved) / manual) : undefined,
      hoursSavedPerMonth: saved !== undefined && volume !== undefined ? Math.round((saved * volume) / 60) : undefined,
    },
    metrics: {
      total: plan.items(['metrics']).length,
      production,
      accuracyOnly: kinds.filter((k) => k === 'accuracy').length,
      kinds,
    },
  };
}
