import { Rule } from '../rule';

export const operationsVolumeReliability: Rule = {
  meta: {
    id: 'POC083',
    name: 'operations/volume-reliability',
    title: 'Production volume and reliability targets are set',
    dimension: 'operational_viability',
    severity: 'warning',
    rationale:
      'What works for ten items may not for forty thousand a month. State the production volume and the reliability production needs, and how the POC tests them.',
  },
  check(ctx) {
    ctx.expectAnswer(['operations', 'volume'], 'state the production volume, e.g. items per month.');
    ctx.expectAnswer(['operations', 'reliability_target'], 'state the reliability production needs.');
  },
};
