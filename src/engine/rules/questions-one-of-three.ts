import { isScalar } from 'yaml';
import { defineRule } from '../rule';
import { deferralIn } from './question';

const answered = (text: string | undefined) => !!text && !deferralIn(text);

export const questionsOneOfThree = defineRule({
  meta: {
    id: 'POC033',
    name: 'questions/one-of-three',
    title: 'The plan answers more than technical feasibility',
    severity: 'warning',
    supersedes: ['POC031', 'POC032'],
    rationale:
      'A plan that only asks whether the model works answers one question of three. Most POCs that "succeed" and never ship were designed this way: operational viability and organizational fit were never tested.',
    messages: {
      onlyTechnical: 'The plan answers only technical feasibility, one question of three: add how the POC tests operational viability and organizational fit.',
    },
  },
  check({ plan, report }) {
    if (!plan.has(['questions']) || isScalar(plan.node(['questions']))) return;
    const technical = answered(plan.textAt(['questions', 'technical_feasibility']));
    const others = ['operational_viability', 'organizational_fit'].filter((q) => answered(plan.textAt(['questions', q])));
    if (technical && others.length === 0) {
      report({ path: ['questions'], messageId: 'onlyTechnical' });
    }
  },
});
