import { requireKey } from './require-key';

export const dataOwner = requireKey(
  {
    id: 'POC043',
    name: 'data/owner',
    title: 'The data pipeline has an owner',
    dimension: 'operational_viability',
    severity: 'warning',
    rationale: 'A pipeline nobody owns breaks quietly in production. Name the team that owns it.',
    messages: {
      advice: 'name the team that owns the data pipeline.',
    },
  },
  ['data', 'owner'],
);
