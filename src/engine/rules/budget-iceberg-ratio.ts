import { computeFigures } from '../figures';
import { Rule } from '../rule';

export const budgetIcebergRatio: Rule = {
  meta: {
    id: 'POC112',
    name: 'budget/iceberg-ratio',
    title: 'The production bill is in proportion, or scoped',
    dimension: 'operational_viability',
    severity: 'info',
    rationale:
      'The ratio of the production estimate to the POC budget shows how much of the iceberg sits below the waterline. Over `maxBudgetRatio` (10 by default) with no scoping budget, the POC is a small bet in front of an unscoped bill.',
  },
  check(ctx) {
    const b = computeFigures(ctx.plan).budget;
    if (b.ratio === undefined || b.poc === undefined || b.productionEstimate === undefined) return;
    const currency = b.currency ? ` ${b.currency}` : '';
    const figures = `production estimate ${b.productionEstimate.toLocaleString('en-US')}${currency} is ${b.ratio}× the POC budget of ${b.poc.toLocaleString('en-US')}${currency}`;
    if (b.ratio > ctx.thresholds.maxBudgetRatio && !b.scoping) {
      ctx.report({ path: ['budget'], severity: 'warning', message: `The ${figures}, with no scoping budget: set aside budget to scope what comes after the POC.` });
    } else {
      ctx.report({ path: ['budget'], message: `The ${figures}.` });
    }
  },
};
