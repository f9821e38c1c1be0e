// What an integration's own entry says beside its `in_poc` flag, read by POC062 and POC063.
import { PlanDocument } from '../document';
import { findAffirmed } from '../lexicon/lexicon';
import { NOT_EXERCISED } from '../lexicon/systems';

/** The words in `integrations.i` that undo `in_poc: true` ("No connection during the pilot", "recopiés à la main"), or undefined. */
export function saidNotExercised(plan: PlanDocument, i: number): string | undefined {
  return findAffirmed(NOT_EXERCISED, plan.textUnder(['integrations', i]));
}
