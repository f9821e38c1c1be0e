// What `data.source` and `data.pipeline` say, read by the data rules beside the flags.
import { PlanDocument } from '../document';
import { NOT_A_PRODUCTION_FEED } from '../lexicon/data';
import { findAffirmed } from '../lexicon/lexicon';

/** Everything the data section says, in the order written, its free-form keys too ("data_notes:"). */
export function describedData(plan: PlanDocument): string {
  return plan.textUnder(['data']);
}

/** The words that describe the data as a one-off, prepared or hand-worked set, or undefined. */
export function oneOffData(plan: PlanDocument): string | undefined {
  const described = describedData(plan);
  return findAffirmed(NOT_A_PRODUCTION_FEED, described);
}
