import { Rule } from '../rule';

export const operationsCostLatency: Rule = {
  meta: {
    id: 'POC082',
    name: 'operations/cost-latency',
    title: 'Cost and latency targets are set',
    dimension: 'operational_viability',
    severity: 'warning',
    rationale:
      'A model good enough at a cost or speed the business case cannot carry is not viable. Set the cost per item and the time per item production needs, so the POC can measure against them.',
  },
  check(ctx) {
    ctx.expectAnswer(['operations', 'cost_target'], 'set the cost per item the business case allows.');
    ctx.expectAnswer(['operations', 'latency_target'], 'set how fast each item must be handled.');
  },
};
