import { computeFigures } from '../figures';
import { defineRule } from '../rule';

export const budgetScoping = defineRule({
  meta: {
    id: 'POC111',
    name: 'budget/scoping',
    title: 'The budget includes scoping what comes after the POC',
    dimension: 'operational_viability',
    severity: 'warning',
    rationale:
      'The POC budget should pay for scoping what comes after it (data engineering, integration, change management, operations), so the production estimate is a plan rather than a guess. A production bill many times the POC budget (over `maxBudgetRatio`, 10 by default) with nothing to scope it is the iceberg under the waterline; in proportion, a missing scoping budget is only a note.',
    messages: {
      advice: 'set aside budget to scope what comes after the POC, as a number.',
      adviceWithRatio: 'set aside budget to scope what comes after the POC, as a number. The production estimate is {{ratio}}× the POC budget.',
      zero: '`budget.scoping` is 0: nothing is set aside to scope what comes after the POC (data engineering, integration, rollout). Set aside a budget for it.',
      zeroWithRatio:
        '`budget.scoping` is 0, with a production estimate {{ratio}}× the POC budget: nothing is set aside to scope what comes after the POC (data engineering, integration, rollout). Set aside a budget for it.',
    },
  },
  check(ctx) {
    const path = ['budget', 'scoping'];
    const b = computeFigures(ctx.plan).budget;
    const inProportion = b.ratio !== undefined && b.ratio <= ctx.thresholds.maxBudgetRatio;
    // A production bill in proportion to the POC makes a missing scoping budget a note, not a question.
    const severity = inProportion ? 'info' : undefined;
    const written = b.ratio === undefined ? ctx.expect(path, 'advice', { severity }) : ctx.expect(path, 'adviceWithRatio', { severity, data: { ratio: b.ratio } });
    // "scoping: 0" is written, and says that nothing will be set aside: a choice, not an oversight, so a reviewer asks about it whatever the ratio.
    if (!written || b.scoping !== 0) return;
    if (b.ratio === undefined) ctx.report({ path, messageId: 'zero' });
    else ctx.report({ path, messageId: 'zeroWithRatio', data: { ratio: b.ratio } });
  },
});
