import { requireKey } from './require-key';

export const budgetScoping = requireKey(
  {
    id: 'POC111',
    name: 'budget/scoping',
    title: 'The budget includes scoping what comes after the POC',
    dimension: 'operational_viability',
    severity: 'warning',
    rationale:
      'The POC budget should pay for scoping what comes after it (data engineering, integration, change management, operations), so the production estimate is a plan rather than a guess.',
  },
  ['budget', 'scoping'],
  'set aside budget to scope what comes after the POC, as a number.',
);
