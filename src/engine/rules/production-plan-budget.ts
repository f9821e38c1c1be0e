import { gateElement } from './gate-element';

export const productionPlanBudget = gateElement(
  'POC124',
  'budget',
  'The production plan has a budget',
  'Part of the gate: the production version has a budget and someone who funds it, known before the POC is approved, not discovered after it succeeds.',
  'state the production budget and who funds it.',
);
