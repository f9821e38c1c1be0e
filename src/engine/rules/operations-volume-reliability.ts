import { defineRule } from '../rule';

export const operationsVolumeReliability = defineRule({
  meta: {
    id: 'POC083',
    name: 'operations/volume-reliability',
    title: 'Production volume and reliability targets are set',
    dimension: 'operational_viability',
    severity: 'warning',
    rationale: 'What works for ten items may not for forty thousand a month. State the production volume and the reliability production needs, and how the POC tests them.',
    messages: {
      volumeAdvice: 'state the production volume, e.g. items per month.',
      reliabilityAdvice: 'state the reliability production needs.',
    },
  },
  check(ctx) {
    ctx.expectAnswer(['operations', 'volume'], 'volumeAdvice');
    ctx.expectAnswer(['operations', 'reliability_target'], 'reliabilityAdvice');
  },
});
