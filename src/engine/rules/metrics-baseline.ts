import { isMap } from 'yaml';
import { code, defineRule } from '../rule';
import { BASELINE_METRIC_KINDS } from '../sections';
import { MEASURED_DURING_PILOT, NO_VALUE_TODAY, ONLY_NEW, offlineMeasureIn } from '../lexicon/evaluation';
import { findAffirmed } from '../lexicon/lexicon';
import { isBareNotApplicable } from '../document';

/** A baseline of no value today whose only reason is that the thing is new: "n/a (new)", "n.v.t. (nieuw)". */
function onlyNew(baseline: string): boolean {
  const none = NO_VALUE_TODAY.matches(baseline)[0];
  if (!none) return false;
  const rest = baseline.slice(0, none.index) + baseline.slice(none.index + none.text.length);
  const reason = ONLY_NEW.matches(rest)[0];
  const left = reason ? rest.slice(0, reason.index) + rest.slice(reason.index + reason.text.length) : rest;
  return reason !== undefined && !/[\p{L}\p{N}]/u.test(left);
}

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
      doneByHandToday:
        '{{path}} says "{{quote}}", but `economics.manual_minutes_per_item` gives today\'s work as {{minutes}} min an item by hand: the work is done today, so its time has a value. Measure it, without AI, before the POC starts.',
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
      // "n.v.t. (nieuw)" on the time of work that economics says takes 30 minutes by hand today; a reason
      // of its own ("n/a (hoy no se retiene)") may be about a step that is not done today, and stands.
      const baseline = ctx.plan.textAt(path) ?? '';
      const minutes = ctx.plan.number(['economics', 'manual_minutes_per_item']);
      if (kind === 'time_to_completion' && minutes !== undefined && minutes > 0 && onlyNew(baseline)) {
        ctx.report({ path, messageId: 'doneByHandToday', data: { path: code(path), quote: baseline, minutes: String(minutes) } });
        return;
      }
      const during = findAffirmed(MEASURED_DURING_PILOT, baseline);
      if (during) ctx.report({ path, messageId: 'duringPilot', data: { path: code(path), quote: during } });
    });
  },
});
