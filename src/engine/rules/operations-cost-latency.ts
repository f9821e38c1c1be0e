import { defineRule } from '../rule';

export const operationsCostLatency = defineRule({
  meta: {
    id: 'POC082',
    name: 'operations/cost-latency',
    title: 'Cost and latency targets are set',
    dimension: 'operational_viability',
    severity: 'warning',
    rationale:
      'A model good enough at a cost or speed the business case cannot carry is not viable. Set the cost per item and the time per item production needs, so the POC can measure against them.',
    messages: {
      costAdvice: 'set the cost per item the business case allows.',
      latencyAdvice: 'set how fast each item must be handled.',
    },
  },
  check(ctx) {
    ctx.expectAnswer(['operations', 'cost_target'], 'costAdvice');
    ctx.expectAnswer(['operations', 'latency_target'], 'latencyAdvice');
  },
});
