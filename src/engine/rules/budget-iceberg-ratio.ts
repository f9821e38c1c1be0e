import { computeFigures } from '../figures';
import { defineRule } from '../rule';

/**
 * `n.toLocaleString('en-US')` without starting ICU (6.7 MiB and 30 µs a
 * call): whole numbers grouped by hand, anything else as Intl writes it.
 */
function grouped(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US');
  return (n < 0 ? '-' : '') + String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
}

export const budgetIcebergRatio = defineRule({
  meta: {
    id: 'POC112',
    name: 'budget/iceberg-ratio',
    title: 'The production bill beside the POC budget',
    dimension: 'operational_viability',
    severity: 'info',
    rationale:
      "The ratio of the production estimate to the POC budget shows how much of the iceberg sits below the waterline. It is a note for the reviewer; a missing scoping budget is POC111's finding.",
    messages: {
      ratio: 'The production estimate {{estimate}} is {{ratio}}× the POC budget of {{budget}}.',
    },
  },
  check(ctx) {
    const b = computeFigures(ctx.plan).budget;
    if (b.ratio === undefined || b.poc === undefined || b.productionEstimate === undefined) return;
    const currency = b.currency ? ` ${b.currency}` : '';
    const data = { estimate: `${grouped(b.productionEstimate)}${currency}`, ratio: b.ratio, budget: `${grouped(b.poc)}${currency}` };
    ctx.report({ path: ['budget'], messageId: 'ratio', data });
  },
});
