import { questionRule } from './question';

export const questionsOperationalViability = questionRule(
  {
    id: 'POC031',
    name: 'questions/operational-viability',
    title: 'The plan says how it tests cost, latency and reliability at volume',
    dimension: 'operational_viability',
    severity: 'warning',
    rationale:
      'A POC that ran once on ten examples says nothing about whether the system can run at production volume, at the cost and latency the business case needs, through real failures. Say how the POC tests that.',
  },
  'say how the POC tests cost, latency and reliability at production volume.',
);
