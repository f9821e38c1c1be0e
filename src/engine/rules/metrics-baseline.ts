import { isMap } from 'yaml';
import { Rule } from '../rule';

export const metricsBaseline: Rule = {
  meta: {
    id: 'POC081',
    name: 'metrics/baseline',
    title: 'Each metric has a baseline',
    dimension: 'technical_feasibility',
    severity: 'warning',
    rationale: 'A target means little without today\'s value. Measure the baseline, without AI, before the POC starts.',
  },
  check(ctx) {
    ctx.plan.items(['metrics']).forEach((item, i) => {
      if (isMap(item)) ctx.expect(['metrics', i, 'baseline'], "give today's value, without AI.");
    });
  },
};
