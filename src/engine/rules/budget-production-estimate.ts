import { requireKey } from './require-key';

export const budgetProductionEstimate = requireKey(
  {
    id: 'POC110',
    name: 'budget/production-estimate',
    title: 'The plan estimates the cost of production',
    dimension: 'operational_viability',
    severity: 'warning',
    // A deferring estimate ("follows from the scoping after the POC") is also not a number: one gap, one finding.
    supersedes: ['POC002'],
    rationale:
      'The POC is the tip of the iceberg: data engineering, integration, change management and operations sit below the waterline. Without a production estimate nobody can tell whether a successful POC is worth funding.',
    messages: {
      advice: 'estimate what the production version will cost, as a number.',
    },
  },
  ['budget', 'production_estimate'],
);
