import { duration, readOutcome, stallOf } from '../outcome';
import { code, Rule } from '../rule';

export const outcomeDecisionOverdue: Rule = {
  meta: {
    id: 'POC130',
    name: 'outcome/decision-overdue',
    title: 'A POC past its decision date has its decision recorded',
    severity: 'warning',
    supersedes: ['POC023'],
    rationale:
      'A POC that is approved or running past its decision date, with no go or stop recorded, is losing gravity: nobody killed it and nobody decided. Record the decision in `outcome.decision` with `outcome.decided_on`, or set a new date. Not scored: the readiness score is about the plan before approval.',
  },
  check(ctx) {
    const outcome = readOutcome(ctx.plan);
    const stall = stallOf(outcome, ctx.today, ctx.thresholds.maxDaysToProduction);
    if (stall?.kind !== 'decision_overdue') return;
    const path = ['hypothesis', 'decision_date'];
    const passed = `${code(path)} ${stall.since} passed ${duration(stall.days)} ago`;
    const record = 'Record go, stop or extend in `outcome.decision`, with `outcome.decided_on`.';
    const message = stall.extended
      ? `${passed} and the POC was extended (\`outcome.decision: extend\`) without a new date: set the new decision date.`
      : outcome.status === 'decided'
        ? `${passed}; \`outcome.status\` is decided, but no decision is recorded. ${record}`
        : `${passed} and the POC is still ${outcome.status} with no decision recorded: it is losing gravity. ${record}`;
    ctx.report({ path, message });
  },
};
