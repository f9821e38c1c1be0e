// What `data.source` and `data.pipeline` say, read by the data rules beside the flags.
import { PlanDocument } from '../document';
import { NOT_A_PRODUCTION_FEED } from '../lexicon/data';
import { findAffirmed } from '../lexicon/lexicon';

export function describedData(plan: PlanDocument): string {
  return ['source', 'pipeline'].map((k) => plan.textAt(['data', k]) ?? '').join('. ');
}

/** The words that describe the data as a one-off or prepared set, or undefined. */
export function oneOffData(plan: PlanDocument): string | undefined {
  return findAffirmed(NOT_A_PRODUCTION_FEED, describedData(plan));
}
