import { leadingIsoDate } from '../document';
import { readOutcome } from '../outcome';
import { code, defineRule } from '../rule';

export const hypothesisDecisionDate = defineRule({
  meta: {
    id: 'POC023',
    name: 'hypothesis/decision-date',
    title: 'A decision date is set, and not already past',
    dimension: 'organizational_fit',
    severity: 'warning',
    rationale: 'A date for the go or no-go decision keeps a POC from drifting into an open-ended pilot. A date already past means the plan needs a new one, or the decision is overdue.',
    messages: {
      advice: 'set the date of the go or no-go decision (YYYY-MM-DD).',
      past: '{{path}} {{date}} is already past: set a new date or record the decision.',
    },
  },
  check(ctx) {
    const path = ['hypothesis', 'decision_date'];
    if (!ctx.expect(path, 'advice')) return;
    const date = leadingIsoDate(ctx.plan.textAt(path));
    // Once a go or stop is recorded (or the POC stopped or went live), a past date is the history of the decision, not a gap.
    const { decision, status } = readOutcome(ctx.plan);
    if (decision === 'go' || decision === 'stop' || status === 'in_production' || status === 'stopped') return;
    if (date && date < ctx.today) {
      ctx.report({ path, messageId: 'past', data: { path: code(path), date } });
    }
  },
});
