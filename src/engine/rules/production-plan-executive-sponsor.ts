import { gateElement } from './gate-element';

export const productionPlanExecutiveSponsor = gateElement(
  'POC125',
  'executive_sponsor',
  'The production version has an executive sponsor',
  'Part of the gate: a POC without an executive who owns the production version has nobody to fund it or to clear the way when it succeeds.',
  'name the executive who owns the production version.',
);
