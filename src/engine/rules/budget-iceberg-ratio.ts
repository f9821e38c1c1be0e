import { computeFigures } from '../figures';
import { defineRule } from '../rule';

export const budgetIcebergRatio = defineRule({
  meta: {
    id: 'POC112',
    name: 'budget/iceberg-ratio',
    title: 'The production bill beside the POC budget',
    dimension: 'operational_viability',
    severity: 'info',
    rationale:
      'The ratio of the production estimate to the POC budget shows how much of the iceberg sits below the waterline. It is a note for the reviewer; a missing scoping budget is POC111\'s finding.',
    messages: {
      ratio: 'The production estimate {{estimate}} is {{ratio}}× the POC budget of {{budget}}.',
    },
  },
  check(ctx) {
    const b = computeFigures(ctx.plan).budget;
    if (b.ratio === undefined || b.poc === undefined || b.productionEstimate === undefined) return;
    const currency = b.currency ? ` ${b.currency}` : '';
    const data = { estimate: `${b.productionEstimate.toLocaleString('en-US')}${currency}`, ratio: b.ratio, budget: `${b.poc.toLocaleString('en-US')}${currency}` };
    ctx.report({ path: ['budget'], messageId: 'ratio', data });
  },
});
