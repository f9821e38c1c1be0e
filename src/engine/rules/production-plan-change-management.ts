import { gateElement } from './gate-element';

export const productionPlanChangeManagement = gateElement(
  'POC122',
  'change_management',
  'The production plan covers change management',
  'Part of the gate: the people whose work changes need training, new procedures and a reason to switch. Plan how, before the POC is approved.',
  'say how the people whose work changes will be trained and brought along.',
);
