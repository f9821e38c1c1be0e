import { readOutcome } from '../outcome';
import { defineRule } from '../rule';

export const outcomeEvidence = defineRule({
  meta: {
    id: 'POC132',
    name: 'outcome/evidence',
    title: 'A go or stop says what the POC measured',
    severity: 'warning',
    rationale:
      'A decision without its evidence cannot be checked or learned from: the next POC repeats the question. Write in `outcome.evidence` what the POC measured against its success and kill criteria, in figures from real use. Not scored.',
    messages: {
      advice: 'say what the POC measured against its criteria, the facts behind the {{decision}}.',
    },
  },
  check(ctx) {
    const { decision } = readOutcome(ctx.plan);
    if (decision !== 'go' && decision !== 'stop') return;
    ctx.expectAnswer(['outcome', 'evidence'], 'advice', { data: { decision } });
  },
});
