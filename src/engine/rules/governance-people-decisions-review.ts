import { code, defineRule } from '../rule';
import { findAffirmed } from '../lexicon/lexicon';
import { DECIDES_WITHOUT_A_PERSON, EACH_DECISION_CONFIRMED, REVIEW_BY_EXCEPTION } from '../lexicon/people';
import { peopleDecision } from './people-decisions';

// Where a plan may say its decisions take effect without a person.
const DESCRIBED = [
  ['governance', 'approvals'],
  ['governance', 'audit_trail'],
  ['hypothesis', 'statement'],
  ['hypothesis', 'decision'],
  ['edge_cases', 'fallback'],
  ['operations', 'volume'],
  ['questions', 'technical_feasibility'],
  ['questions', 'operational_viability'],
  ['questions', 'organizational_fit'],
  ['notes'],
];

export const governancePeopleDecisionsReview = defineRule({
  meta: {
    id: 'POC092',
    name: 'governance/people-decisions-review',
    title: 'Decisions about people are reviewed by a person',
    dimension: 'organizational_fit',
    severity: 'error',
    supersedes: ['POC091'],
    rationale:
      'Where the AI decides about people (hiring, credit, insurance claims, medical care, benefits, education, policing: the high-risk areas of the EU AI Act, Annex III), each decision needs a person who reviews it and can overturn it. A plan where such decisions take effect automatically is not approvable.',
    messages: {
      notRequired: 'The POC decides about people ("{{about}}"), and {{path}} is false: have a person review each decision before it takes effect.',
      automatic: 'The POC decides about people ("{{about}}"), and the plan says "{{quote}}": have a person review each decision before it takes effect.',
      unsaid: 'The POC decides about people ("{{about}}"), and the plan does not say a person reviews each decision: set {{path}} to true and give its minutes per item.',
    },
  },
  check(ctx) {
    const about = peopleDecision(ctx.plan);
    if (!about) return;
    const path = ['governance', 'human_review', 'required'];
    const required = ctx.plan.boolean(path);
    // What governance says, under any key ("notes:", "x-review-process:", "toelichting:"), and where else a plan says how decisions take effect.
    const governance = ctx.plan.textUnder(['governance']);
    const described = [governance, ...DESCRIBED.map((p) => ctx.plan.textAt(p) ?? '')].join('. ');
    // A sample checked on top of a person confirming each decision is a second look, not review by exception.
    const byException = () => (findAffirmed(EACH_DECISION_CONFIRMED, governance) ? undefined : findAffirmed(REVIEW_BY_EXCEPTION, governance));
    const automatic = findAffirmed(DECIDES_WITHOUT_A_PERSON, described) ?? byException();
    if (required === false) {
      ctx.report({ path, messageId: 'notRequired', data: { about, path: code(path) } });
    } else if (automatic) {
      ctx.report({ path, messageId: 'automatic', data: { about, quote: automatic } });
    } else if (required === undefined && !ctx.plan.has(path)) {
      ctx.report({ path, messageId: 'unsaid', data: { about, path: code(path) }, missing: true });
    }
  },
});
