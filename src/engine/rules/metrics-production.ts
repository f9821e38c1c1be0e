import { PRODUCTION_KINDS } from '../figures';
import { Rule } from '../rule';

export const metricsProduction: Rule = {
  meta: {
    id: 'POC080',
    name: 'metrics/production-metrics',
    title: 'Metrics include what production is judged on',
    dimension: 'organizational_fit',
    severity: 'warning',
    rationale:
      'Production is judged on time to completion, downstream error rates, adoption and cost per outcome. Test-set accuracy alone is a warning sign: it measures the model, not the work.',
  },
  check(ctx) {
    if (!ctx.expect(['metrics'], 'list what the POC measures, each with a kind, a baseline and a target.')) return;
    const kinds = ctx.plan.items(['metrics']).map((_, i) => ctx.plan.value(['metrics', i, 'kind']));
    if (!kinds.some((k) => typeof k === 'string' && PRODUCTION_KINDS.has(k))) {
      const only = kinds.length > 0 && kinds.every((k) => k === 'accuracy') ? 'Only accuracy is measured' : 'No metric is one production is judged on';
      ctx.report({
        path: ['metrics'],
        message: `${only}: add time_to_completion, downstream_error_rate, adoption or cost_per_outcome.`,
      });
    }
  },
};
