// The portfolio: every plan of a workspace or a CI run, from POCs proposed to
// capabilities deployed. Pure figures from lint results, shared by the tree
// view, the portfolio panel and `poc-readiness summary`, so all three count
// the same way. "Today" is an argument: the same plans give the same figures.

import { DEFAULT_THRESHOLDS, duration, stallOf, type Finding, type Outcome, type OutcomeStatus, type Score, type Stall } from '../engine';

/** What the portfolio needs of one plan's lint result. */
export interface PortfolioPlan {
  /** How the plan is named and linked: a relative path (CLI) or a URI string (editor). */
  file: string;
  title?: string;
  score: Score;
  findings: readonly Finding[];
  outcome: Outcome;
}

export interface PortfolioOptions {
  /** ISO date (YYYY-MM-DD). */
  today: string;
  /** Days a go may wait for production (POC131's threshold). */
  maxDaysToProduction?: number;
}

/** The stages a POC moves through, in order; `stopped` can end any of them. */
export const FUNNEL_STAGES = ['proposed', 'approved', 'running', 'decided', 'in_production'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export const STATUS_TITLES: Record<OutcomeStatus, string> = {
  proposed: 'Proposed',
  approved: 'Approved',
  running: 'Running',
  decided: 'Decided',
  in_production: 'In production',
  stopped: 'Stopped',
};

/** Every status, in the order the tree and the tables list them. */
export const STATUS_ORDER: readonly OutcomeStatus[] = [...FUNNEL_STAGES, 'stopped'];

export interface FunnelStep {
  stage: FunnelStage;
  title: string;
  /** Plans at this stage now. */
  count: number;
  /** Plans that got at least this far, stopped ones included up to where they stopped. */
  reached: number;
}

export interface PortfolioRow {
  file: string;
  title?: string;
  status: OutcomeStatus;
  verdict: Score['verdict'];
  overall: number;
  decisionDate?: string;
  /** What stands most in the way of approval; undefined when nothing does. */
  topGap?: string;
  stall?: StalledPlan;
}

export interface StalledPlan {
  file: string;
  title?: string;
  kind: Stall['kind'];
  /** The date the clock runs from: the passed decision date, or the go. */
  since: string;
  days: number;
  /** One line, e.g. "decision date 2026-10-16 passed 7 weeks ago; no decision recorded". */
  reason: string;
}

export interface Conversion {
  /** POCs that ran: reached `running`, or were stopped after a decision. */
  run: number;
  /** Capabilities deployed: in production. */
  deployed: number;
  /** Rounded; undefined when no POC has run. */
  percent?: number;
  sentence: string;
}

export interface Portfolio {
  today: string;
  total: number;
  funnel: FunnelStep[];
  stopped: number;
  conversion: Conversion;
  /** Past their decision date with no decision, or a go that never reached production; longest first. */
  stalled: StalledPlan[];
  /** Proposed and ready: the plans an approval meeting can take now. */
  readyForApproval: PortfolioRow[];
  /** Every plan, by status in funnel order, then by file. */
  rows: PortfolioRow[];
}

/**
 * What stands most in the way: the unmet gate first (nothing else matters
 * until it is met), else the first error, else the first warning.
 */
export function topGap({ score, findings }: Pick<PortfolioPlan, 'score' | 'findings'>): string | undefined {
  const missing = score.gate.items.filter((i) => !i.passed);
  if (missing.length) return `production gate: no ${missing.map((i) => i.title.toLowerCase()).join(', ')}`;
  const first = findings.find((f) => f.severity === 'error') ?? findings.find((f) => f.severity === 'warning');
  return first?.message;
}

/** How far a plan got: its own stage, or for a stopped plan, decided if a decision was recorded, else proposed. */
function stageReached(outcome: Outcome): number {
  if (outcome.status !== 'stopped') return FUNNEL_STAGES.indexOf(outcome.status);
  return outcome.decision ? FUNNEL_STAGES.indexOf('decided') : 0;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function stallReason(stall: Stall): string {
  const ago = `${duration(stall.days)} ago`;
  if (stall.kind === 'go_not_in_production') return `go on ${stall.since}, ${ago}; nothing in production`;
  return stall.extended ? `decision date ${stall.since} passed ${ago}; extended without a new date` : `decision date ${stall.since} passed ${ago}; no decision recorded`;
}

export function buildPortfolio(plans: readonly PortfolioPlan[], { today, maxDaysToProduction = DEFAULT_THRESHOLDS.maxDaysToProduction }: PortfolioOptions): Portfolio {
  const rows: PortfolioRow[] = plans.map((plan) => {
    const stall = stallOf(plan.outcome, today, maxDaysToProduction);
    const gap = topGap(plan);
    return {
      file: plan.file,
      ...(plan.title !== undefined ? { title: plan.title } : {}),
      status: plan.outcome.status,
      verdict: plan.score.verdict,
      overall: plan.score.overall,
      ...(plan.outcome.decisionDate ? { decisionDate: plan.outcome.decisionDate } : {}),
      ...(gap !== undefined ? { topGap: gap } : {}),
      ...(stall ? { stall: { file: plan.file, ...(plan.title !== undefined ? { title: plan.title } : {}), kind: stall.kind, since: stall.since, days: stall.days, reason: stallReason(stall) } } : {}),
    };
  });
  rows.sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || byCodeUnits(a.file, b.file));

  const reached = plans.map((p) => stageReached(p.outcome));
  const funnel = FUNNEL_STAGES.map((stage, index) => ({
    stage,
    title: STATUS_TITLES[stage],
    count: plans.filter((p) => p.outcome.status === stage).length,
    reached: reached.filter((r) => r >= index).length,
  }));
  const run = reached.filter((r) => r >= FUNNEL_STAGES.indexOf('running')).length;
  const deployed = funnel[FUNNEL_STAGES.indexOf('in_production')].count;
  const percent = run ? Math.round((100 * deployed) / run) : undefined;
  const sentence = run ? `${deployed} of ${run} POC${run === 1 ? '' : 's'} run reached production (${percent}%).` : 'No POC has run yet.';

  const stalled = rows.flatMap((r) => (r.stall ? [r.stall] : [])).sort((a, b) => b.days - a.days || byCodeUnits(a.file, b.file));
  return {
    today,
    total: plans.length,
    funnel,
    stopped: plans.filter((p) => p.outcome.status === 'stopped').length,
    conversion: { run, deployed, ...(percent !== undefined ? { percent } : {}), sentence },
    stalled,
    readyForApproval: rows.filter((r) => r.status === 'proposed' && r.verdict === 'ready'),
    rows,
  };
}
