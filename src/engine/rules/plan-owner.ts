import { requireKey } from './require-key';

export const planOwner = requireKey(
  {
    id: 'POC011',
    name: 'plan/owner',
    title: 'The POC has an accountable owner',
    dimension: 'organizational_fit',
    severity: 'warning',
    rationale: 'Without an owner in the business, a successful POC has nobody to carry it into production. Name the role accountable for the POC and for the decision it feeds.',
    messages: {
      advice: 'name the person accountable for the POC and its decision.',
    },
  },
  ['owner'],
);
