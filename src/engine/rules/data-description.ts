// What `data.source` and `data.pipeline` say, read by the data rules beside the flags.
import { PlanDocument } from '../document';
import { AN_EXPORT, LIVE_FEED, NOT_A_PRODUCTION_FEED, SCHEDULED_RUN, TRAINING_HISTORY } from '../lexicon/data';
import { deferralIn } from '../lexicon/deferral';
import { type Match, negated, sentenceAt } from '../lexicon/lexicon';

/** Everything the data section says, in the order written, its free-form keys too ("data_notes:"). */
export function describedData(plan: PlanDocument): string {
  return plan.textUnder(['data']);
}

/**
 * The words that describe the data as a one-off, prepared or hand-worked set,
 * or undefined. A one-off export of the history the model is trained on is
 * not that when the POC scores a live feed: training data is made that way
 * (a history re-keyed or cleaned by hand still is).
 */
export function oneOffData(plan: PlanDocument): string | undefined {
  const described = describedData(plan);
  const matches = NOT_A_PRODUCTION_FEED.matches(described).filter((m) => !negated(described, m));
  if (matches.length === 0) return undefined;
  // The feed the POC reads, live or run by itself on a schedule, where the plan says how data arrives, and not one planned for later ("a real-time feed is planned for phase 2").
  const arrives = [plan.textAt(['data', 'source']) ?? '', plan.textAt(['data', 'pipeline']) ?? ''].join('. ');
  const feeds = [...LIVE_FEED.matches(arrives), ...SCHEDULED_RUN.matches(arrives)];
  const live = feeds.some((m) => !negated(arrives, m) && !deferralIn(sentenceAt(arrives, m.index)));
  const historyExport = (m: Match) => live && AN_EXPORT.find(m.text) !== undefined && TRAINING_HISTORY.find(sentenceAt(described, m.index)) !== undefined;
  // An export that runs by itself every night is a feed ("volcado nocturno automático"), not a one-off set.
  const scheduledExport = (m: Match) => AN_EXPORT.find(m.text) !== undefined && SCHEDULED_RUN.find(sentenceAt(described, m.index)) !== undefined;
  return matches.find((m) => !historyExport(m) && !scheduledExport(m))?.text;
}
