import { gateElement } from './gate-element';

export const productionPlanIntegrationPoints = gateElement(
  'POC121',
  'integration_points',
  'The production plan names its integration points',
  'Part of the gate: the systems production will read from and write to are named before the POC is approved, so the integration work is known up front.',
  'name the systems production will read from and write to.',
);
