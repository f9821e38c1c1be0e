import { duration, readOutcome, stallOf } from '../outcome';
import { code, defineRule } from '../rule';

export const outcomeGoToProduction = defineRule({
  meta: {
    id: 'POC131',
    name: 'outcome/go-to-production',
    title: 'A go decision reaches production',
    severity: 'warning',
    rationale:
      'A go that never reaches production is the quiet end of most POCs: the result was good, and nothing runs. After `maxDaysToProduction` days (90 by default) from the go (`outcome.decided_on`, else the decision date), record `outcome.in_production_since`, or say what blocks the rollout and decide again. Not scored.',
    messages: {
      notInProduction:
        '{{path}} is go since {{date}}, {{ago}} ago, and nothing runs in production (the limit is {{limit}} days): record `outcome.in_production_since`, or say what blocks the rollout and decide again.',
    },
  },
  check(ctx) {
    const stall = stallOf(readOutcome(ctx.plan), ctx.today, ctx.thresholds.maxDaysToProduction);
    if (stall?.kind !== 'go_not_in_production') return;
    const path = ['outcome', 'decision'];
    ctx.report({ path, messageId: 'notInProduction', data: { path: code(path), date: stall.since, ago: duration(stall.days), limit: ctx.thresholds.maxDaysToProduction } });
  },
});
