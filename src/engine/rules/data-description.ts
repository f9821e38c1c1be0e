// What `data.source` and `data.pipeline` say, read by the data rules beside the flags.
import { PlanDocument } from '../document';
import { HAND_CURATED, NOT_A_PRODUCTION_FEED } from '../lexicon/data';
import { findAffirmed } from '../lexicon/lexicon';

export function describedData(plan: PlanDocument): string {
  return ['source', 'pipeline'].map((k) => plan.textAt(['data', k]) ?? '').join('. ');
}

/** The words that describe the data as a one-off, prepared or hand-worked set, or undefined. */
export function oneOffData(plan: PlanDocument): string | undefined {
  const described = describedData(plan);
  return findAffirmed(NOT_A_PRODUCTION_FEED, described) ?? findAffirmed(HAND_CURATED, described);
}
