import { isMap } from 'yaml';
import { code, defineRule } from '../rule';
import { BASELINE_METRIC_KINDS } from '../sections';
import { MEASURED_DURING_PILOT, offlineMeasureIn } from '../lexicon/evaluation';
import { findAffirmed } from '../lexicon/lexicon';
import { isBareNotApplicable } from '../document';

export const metricsBaseline = defineRule({
  meta: {
    id: 'POC081',
    name: 'metrics/baseline',
    title: "Metrics of today's process have a baseline",
    dimension: 'technical_feasibility',
    severity: 'warning',
    rationale:
      "A target for time, downstream errors or cost means little without today's value. Measure the baseline, without AI, before the POC starts. Adoption, latency and reliability of a tool that does not exist yet need none; `baseline: n/a (new capability)` says so.",
    messages: {
      advice: "give today's value, without AI.",
      bareNotApplicable: '{{path}} is "n/a" without a reason: say why today has no value ("n/a (new service)"), or give today\'s value, without AI.',
      duringPilot: '{{path}} is to be measured during the pilot ("{{quote}}"): measure today\'s value, without AI, before the POC starts, or the target has nothing to compare with.',
    },
  },
  check(ctx) {
    ctx.plan.items(['metrics']).forEach((item, i) => {
      const kind = ctx.plan.value(['metrics', i, 'kind']);
      // A measure of the model offline (MAE, WER on a test set) has no value today without AI: POC080 says it is not the work's metric.
      const offline = offlineMeasureIn(ctx.plan.textAt(['metrics', i, 'name']) ?? '');
      if (!isMap(item) || typeof kind !== 'string' || !BASELINE_METRIC_KINDS.has(kind) || offline) return;
      const path = ['metrics', i, 'baseline'];
      // "TBC", "to be confirmed by finance": a baseline that defers is not there yet.
      // The author answered "does not apply" (a new service has no cost per answer today): a note asking why, not a gap.
      if (isBareNotApplicable(ctx.plan.value(path))) {
        ctx.report({ path, messageId: 'bareNotApplicable', severity: 'info', data: { path: code(path) } });
        return;
      }
      if (!ctx.expectAnswer(path, 'advice')) return;
      const during = findAffirmed(MEASURED_DURING_PILOT, ctx.plan.textAt(path) ?? '');
      if (during) ctx.report({ path, messageId: 'duringPilot', data: { path: code(path), quote: during } });
    });
  },
});
