import { questionRule } from './question';

export const questionsTechnicalFeasibility = questionRule(
  {
    id: 'POC030',
    name: 'questions/technical-feasibility',
    title: 'The plan says how it tests output quality on real input',
    dimension: 'technical_feasibility',
    severity: 'warning',
    rationale:
      'The easiest question, and still easy to answer badly: a score on a curated test set says little about messy production input. Say how the POC tests quality on representative input, including the messy parts.',
  },
  'say how the POC tests output quality on representative, messy input.',
);
