import { gateElement } from './gate-element';

export const productionPlanDataSources = gateElement(
  'POC120',
  'data_sources',
  'The production plan names its data sources',
  'Part of the gate: before a POC is approved, the production data sources it will depend on are named, with how they will feed the system.',
  'name the production data sources and how they will feed the system.',
);
