// What became of a POC, read from its optional `outcome` section: one reading
// for the outcome rules, the figures and the portfolio, so the rule that says
// a POC stalled and the portfolio that lists it never disagree.

import { counted } from './messages';
import type { PlanDocument } from './document';
import { unanswered } from './gate';
import { OUTCOME_DECISIONS, OUTCOME_STATUSES } from './sections';
import type { Outcome, OutcomeDecision, OutcomeStatus } from './types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** `In production`, `in-production` and `IN_PRODUCTION` are the same status to a reader. */
function normalized(text: string | undefined): string | undefined {
  return text
    ?.trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function oneOf<T extends string>(values: readonly T[], text: string | undefined): T | undefined {
  const v = normalized(text);
  return values.find((value) => value === v);
}

function dateAt(plan: PlanDocument, path: readonly string[]): string | undefined {
  const text = plan.textAt(path)?.trim();
  return text && ISO_DATE.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) ? text : undefined;
}

const read = new WeakMap<PlanDocument, Outcome>();

/** Once per plan: five rules and the figures all ask for it. */
export function readOutcome(plan: PlanDocument): Outcome {
  let outcome = read.get(plan);
  if (!outcome) read.set(plan, (outcome = outcomeOf(plan)));
  return outcome;
}

function outcomeOf(plan: PlanDocument): Outcome {
  const status = oneOf<OutcomeStatus>(OUTCOME_STATUSES, plan.textAt(['outcome', 'status']));
  const decision = oneOf<OutcomeDecision>(OUTCOME_DECISIONS, plan.textAt(['outcome', 'decision']));
  const decidedOn = dateAt(plan, ['outcome', 'decided_on']);
  const inProductionSince = dateAt(plan, ['outcome', 'in_production_since']);
  const decisionDate = dateAt(plan, ['hypothesis', 'decision_date']);
  return {
    status: status ?? 'proposed',
    stated: status !== undefined,
    ...(decision ? { decision } : {}),
    ...(decidedOn ? { decidedOn } : {}),
    ...(inProductionSince ? { inProductionSince } : {}),
    ...(decisionDate ? { decisionDate } : {}),
    hasEvidence: plan.node(['outcome', 'evidence']) !== undefined && unanswered(plan, ['outcome', 'evidence']) === undefined,
  };
}

/** Whole days from `from` to `to` (ISO dates); negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** "5 days", "8 weeks", "7 months", "2.1 years": how long ago, as a reader would say it. */
export function duration(days: number): string {
  const n = Math.max(0, days);
  if (n < 14) return counted(n, 'day');
  if (n < 61) return `${Math.round(n / 7)} weeks`;
  if (n < 730) return `${Math.round(n / 30.44)} months`;
  return `${(n / 365.25).toFixed(1)} years`;
}

/** A POC that lost gravity, and since when. */
export type Stall =
  /** The decision date passed and no go or stop is recorded (`extended`: the POC was extended without a new date). */
  | { kind: 'decision_overdue'; since: string; days: number; extended: boolean }
  /** A go, and nothing in production `days` after it. */
  | { kind: 'go_not_in_production'; since: string; days: number };

/** Still open: approved or running, or decided without a go or stop. */
const OPEN: ReadonlySet<OutcomeStatus> = new Set(['approved', 'running', 'decided']);

/**
 * Why the POC has lost gravity, or undefined. A plan that only proposes a POC
 * has not started one: its past date is POC023's concern, not a stall.
 */
export function stallOf(outcome: Outcome, today: string, maxDaysToProduction: number): Stall | undefined {
  const final = outcome.decision === 'go' || outcome.decision === 'stop';
  if (OPEN.has(outcome.status) && !final && outcome.decisionDate && outcome.decisionDate < today) {
    return { kind: 'decision_overdue', since: outcome.decisionDate, days: daysBetween(outcome.decisionDate, today), extended: outcome.decision === 'extend' };
  }
  const since = outcome.decidedOn ?? outcome.decisionDate;
  const live = outcome.status === 'in_production' || outcome.status === 'stopped' || outcome.inProductionSince !== undefined;
  if (outcome.decision === 'go' && !live && since && daysBetween(since, today) > maxDaysToProduction) {
    return { kind: 'go_not_in_production', since, days: daysBetween(since, today) };
  }
  return undefined;
}
