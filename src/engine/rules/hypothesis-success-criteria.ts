import { isMap } from 'yaml';
import { code, defineRule } from '../rule';
import { COMPARISON, NUMBER_WORD, UNSIZED_GAIN } from '../lexicon/hypothesis';
import type { Match } from '../lexicon/lexicon';

// A number, or a guardrail's bound ("no increase in complaints", "at least the baseline");
// a gain with no size ("noticeably better than today") is not one.
function hasThreshold(text: string): boolean {
  if (/\d/.test(text) || NUMBER_WORD.find(text)) return true;
  // A comparison counts unless a gain with no size stands in its clause: "at least the baseline, and clearly faster" keeps its bound.
  const unsized = UNSIZED_GAIN.matches(text);
  const sameClause = (a: Match, b: Match) => !/[,;.!?\n]/.test(text.slice(Math.min(a.index + a.text.length, b.index + b.text.length), Math.max(a.index, b.index)));
  return COMPARISON.matches(text).some((c) => !unsized.some((u) => sameClause(c, u)));
}

export const hypothesisSuccessCriteria = defineRule({
  meta: {
    id: 'POC021',
    name: 'hypothesis/success-criteria',
    title: 'Success criteria are measurable, with thresholds',
    dimension: 'technical_feasibility',
    severity: 'error',
    rationale:
      'Each criterion names a metric and a threshold ("misrouted exceptions per 1,000 < 20"), agreed before the POC starts. Without a threshold, any result can be called a success. A guardrail\'s bound ("no increase in complaints") is a threshold too.',
    messages: {
      advice: 'list the metrics and thresholds that decide the POC passed.',
      metricAdvice: 'say what is measured.',
      targetAdvice: 'give the threshold that counts as success, e.g. "< 20".',
      targetNoNumber: '{{path}} has no number: give a threshold, e.g. "< 20 per 1,000".',
      noThreshold: 'Success criterion {{path}} has no threshold: give a metric and a number, e.g. "misroutes < 20 per 1,000".',
    },
  },
  check(ctx) {
    const path = ['hypothesis', 'success_criteria'];
    if (!ctx.expect(path, 'advice')) return;
    const items = ctx.plan.items(path);
    items.forEach((item, i) => {
      const here = [...path, i];
      if (isMap(item)) {
        if (!ctx.expect([...here, 'metric'], 'metricAdvice')) return;
        if (!ctx.expect([...here, 'target'], 'targetAdvice')) return;
        const target = ctx.plan.textAt([...here, 'target']) ?? '';
        if (!hasThreshold(target)) {
          ctx.report({ path: [...here, 'target'], messageId: 'targetNoNumber', data: { path: code([...here, 'target']) } });
        }
      } else if (!hasThreshold(ctx.plan.textAt(here) ?? '')) {
        ctx.report({ path: here, messageId: 'noThreshold', data: { path: code(here) } });
      }
    });
  },
});
