import { requireKey } from './require-key';

export const edgeCasesFallback = requireKey(
  {
    id: 'POC051',
    name: 'edge-cases/fallback',
    title: 'Items the model gets wrong have a fallback',
    dimension: 'operational_viability',
    severity: 'error',
    rationale: 'Every model gets some items wrong. Production needs a route for them (a manual queue, a human check, a default) with a time limit, and the POC is where that route gets tested.',
    messages: {
      advice: 'say where items the model gets wrong go, and how fast.',
    },
  },
  ['edge_cases', 'fallback'],
);
