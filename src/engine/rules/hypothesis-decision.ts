import { defineRule } from '../rule';

export const hypothesisDecision = defineRule({
  meta: {
    id: 'POC020',
    name: 'hypothesis/decision',
    title: 'The hypothesis states the decision a "yes" leads to',
    dimension: 'organizational_fit',
    severity: 'error',
    gate: true,
    rationale:
      '"Let\'s see if AI can do X" is not a hypothesis. A POC is worth running when its success commits the organization to something: a funded rollout, a hiring decision, a contract. Write what happens if the criteria are met; "next steps to be discussed" or "decide afterwards" commits to nothing.',
    messages: {
      advice: 'write what the organization will do if the POC meets its criteria.',
    },
  },
  check(ctx) {
    ctx.expectAnswer(['hypothesis', 'decision'], 'advice', { mustCommit: true });
  },
});
