import { requireKey } from './require-key';

export const dataPipeline = requireKey(
  {
    id: 'POC042',
    name: 'data/pipeline',
    title: 'The plan says how data reaches the model',
    dimension: 'operational_viability',
    severity: 'warning',
    rationale: 'Data engineering is often larger than the model work. A POC fed by a one-off export proves nothing about the pipeline production needs; say how data reaches the model, continuously.',
    messages: {
      advice: 'say how data reaches the model, and whether it runs continuously.',
    },
  },
  ['data', 'pipeline'],
);
