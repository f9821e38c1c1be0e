import { code, defineRule } from '../rule';
import { BY_SEGMENT, PER_ITEM } from '../lexicon/evaluation';
import { overlaps } from '../lexicon/lexicon';

export const edgeCasesFailureAnalysis = defineRule({
  meta: {
    id: 'POC050',
    name: 'edge-cases/failure-analysis',
    title: 'Errors are analysed by segment',
    dimension: 'technical_feasibility',
    severity: 'warning',
    rationale:
      'An overall error rate hides where errors fall. If they concentrate in the cases that matter most (the largest customers, one region, one exception type), an acceptable average is an unacceptable product. Break errors down by segment.',
    messages: {
      advice: 'say how errors are broken down by segment (customer, region, type).',
      noSegments: '{{path}} does not say by which segments errors are broken down: name them (customer, region, type).',
    },
  },
  check(ctx) {
    const path = ['edge_cases', 'failure_analysis'];
    if (!ctx.expect(path, 'advice')) return;
    // "Fouten worden per rapport bijgehouden": errors kept item by item are no breakdown.
    const text = ctx.plan.textAt(path) ?? '';
    const perItem = PER_ITEM.matches(text);
    if (!BY_SEGMENT.matches(text).some((m) => !perItem.some((p) => overlaps(m, p)))) {
      ctx.report({ path, messageId: 'noSegments', data: { path: code(path) } });
    }
  },
});
