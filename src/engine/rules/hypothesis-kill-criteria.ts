import { requireKey } from './require-key';

export const hypothesisKillCriteria = requireKey(
  {
    id: 'POC022',
    name: 'hypothesis/kill-criteria',
    title: 'The plan says what result stops the effort',
    dimension: 'organizational_fit',
    severity: 'warning',
    rationale:
      'Kill criteria, agreed before the POC, are what let a team stop a weak POC instead of extending it. Write the result, and by when, that ends the effort.',
  },
  ['hypothesis', 'kill_criteria'],
  'write what result, by when, stops the effort.',
);
