// The three questions a POC must answer, in the order every view shows them,
// with the titles people read. Docs, the score, the panel and the status bar
// all take them from here.
import type { Dimension } from './types';

export const DIMENSIONS: readonly Dimension[] = ['technical_feasibility', 'operational_viability', 'organizational_fit'];

export const DIMENSION_TITLES: Readonly<Record<Dimension, string>> = {
  technical_feasibility: 'Technical feasibility',
  operational_viability: 'Operational viability',
  organizational_fit: 'Organizational fit',
};
