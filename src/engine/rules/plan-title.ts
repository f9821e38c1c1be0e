import { requireKey } from './require-key';

export const planTitle = requireKey(
  {
    id: 'POC010',
    name: 'plan/title',
    title: 'The plan has a title',
    severity: 'error',
    rationale: 'The title (`poc`) is how reviewers, reports and the portfolio summary refer to the POC. Name the business process it changes.',
    messages: {
      advice: 'name the POC after the business process it changes.',
    },
  },
  ['poc'],
);
