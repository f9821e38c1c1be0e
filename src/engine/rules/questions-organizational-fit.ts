import { questionRule } from './question';

export const questionsOrganizationalFit = questionRule(
  {
    id: 'POC032',
    name: 'questions/organizational-fit',
    title: 'The plan says how it tests adoption and the effect on the work',
    dimension: 'organizational_fit',
    severity: 'warning',
    rationale: 'A model that works is wasted if the people meant to use it do not, or if the work does not get better, faster or cheaper. Say how the POC tests adoption and the effect on the work.',
  },
  'say how the POC tests whether users adopt it and the work improves.',
);
