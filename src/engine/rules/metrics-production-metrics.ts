import { defineRule } from '../rule';
import { offlineMeasureIn } from '../lexicon/evaluation';
import { OUTCOME_METRIC_KINDS } from '../sections';

export const metricsProductionMetrics = defineRule({
  meta: {
    id: 'POC080',
    name: 'metrics/production-metrics',
    title: 'Metrics include what production is judged on',
    dimension: 'organizational_fit',
    severity: 'warning',
    rationale:
      'Production is judged on time to completion, downstream error rates, adoption and cost per outcome. Test-set accuracy alone is a warning sign: it measures the model, not the work; latency and reliability are operations targets. A metric named "F1 on the held-out set" is accuracy, whatever its `kind` says.',
    messages: {
      advice: 'list what the POC measures, each with a kind, a baseline and a target.',
      relabelled:
        'Metric "{{name}}" is labelled {{kind}}, but "{{quote}}" measures the model offline, not the work: no metric is one production is judged on. Add one of time to completion, downstream errors, adoption or cost per outcome, measured in live use.',
      relabelledBesideLive: 'Metric "{{name}}" is labelled {{kind}}, but "{{quote}}" measures the model offline, not the work: label it accuracy, or measure {{kind}} in live use.',
      accuracyOnly: 'Only accuracy is measured: add time_to_completion, downstream_error_rate, adoption or cost_per_outcome.',
      noProductionMetric: 'No metric is one production is judged on: add time_to_completion, downstream_error_rate, adoption or cost_per_outcome.',
    },
  },
  check(ctx) {
    if (!ctx.expect(['metrics'], 'advice')) return;
    const metrics = ctx.plan.items(['metrics']).map((_, i) => {
      const kind = ctx.plan.value(['metrics', i, 'kind']);
      const name = ctx.plan.textAt(['metrics', i, 'name']) ?? ctx.plan.textAt(['metrics', i]) ?? '';
      const offline = typeof kind === 'string' && OUTCOME_METRIC_KINDS.has(kind) ? offlineMeasureIn(name) : undefined;
      return { i, kind, name, offline };
    });
    const live = metrics.some((m) => typeof m.kind === 'string' && OUTCOME_METRIC_KINDS.has(m.kind) && !m.offline);
    const relabelled = metrics.find((m) => m.offline);
    if (live && relabelled?.offline) {
      // Another metric is judged in production; this one still claims to be what it is not.
      ctx.report({ path: ['metrics', relabelled.i, 'kind'], messageId: 'relabelledBesideLive', data: { name: relabelled.name, kind: String(relabelled.kind), quote: relabelled.offline } });
      return;
    }
    if (live) return;
    if (relabelled?.offline) {
      const path = ['metrics', relabelled.i, 'kind'];
      ctx.report({ path, messageId: 'relabelled', data: { name: relabelled.name, kind: String(relabelled.kind), quote: relabelled.offline } });
      return;
    }
    const accuracyOnly = metrics.length > 0 && metrics.every((m) => m.kind === 'accuracy');
    ctx.report({ path: ['metrics'], messageId: accuracyOnly ? 'accuracyOnly' : 'noProductionMetric' });
  },
});
