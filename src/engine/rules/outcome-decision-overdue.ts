import { duration, readOutcome, stallOf } from '../outcome';
import { code, defineRule } from '../rule';

export const outcomeDecisionOverdue = defineRule({
  meta: {
    id: 'POC130',
    name: 'outcome/decision-overdue',
    title: 'A POC past its decision date has its decision recorded',
    severity: 'warning',
    supersedes: ['POC023'],
    rationale:
      'A POC that is approved or running past its decision date, with no go or stop recorded, is losing gravity: nobody killed it and nobody decided. Record the decision in `outcome.decision` with `outcome.decided_on`, or set a new date. Not scored: the readiness score is about the plan before approval.',
    messages: {
      extendedWithoutDate: '{{path}} {{date}} passed {{ago}} ago and the POC was extended (`outcome.decision: extend`) without a new date: set the new decision date.',
      decidedWithoutDecision:
        '{{path}} {{date}} passed {{ago}} ago; `outcome.status` is decided, but no decision is recorded. Record go, stop or extend in `outcome.decision`, with `outcome.decided_on`.',
      overdue:
        '{{path}} {{date}} passed {{ago}} ago and the POC is still {{status}} with no decision recorded: it is losing gravity. Record go, stop or extend in `outcome.decision`, with `outcome.decided_on`.',
    },
  },
  check(ctx) {
    const outcome = readOutcome(ctx.plan);
    const stall = stallOf(outcome, ctx.today, ctx.thresholds.maxDaysToProduction);
    if (stall?.kind !== 'decision_overdue') return;
    const path = ['hypothesis', 'decision_date'];
    const data = { path: code(path), date: stall.since, ago: duration(stall.days), status: outcome.status };
    const messageId = stall.extended ? 'extendedWithoutDate' : outcome.status === 'decided' ? 'decidedWithoutDecision' : 'overdue';
    ctx.report({ path, messageId, data });
  },
});
