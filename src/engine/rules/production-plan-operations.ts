import { gateElement } from './gate-element';

export const productionPlanOperations = gateElement(
  'POC123',
  'operations',
  'The production plan says who runs it',
  'Part of the gate: someone runs, monitors and supports the system once it is live. Name the team before the POC is approved.',
  'name who runs, monitors and supports it in production.',
);
