// The six production-plan elements share one check: written, concretely, now.
// A value that defers ("to be agreed once the pilot results are in") fails it.
import { Rule } from '../rule';

export function gateElement(id: string, key: string, title: string, rationale: string, advice: string): Rule<'advice'> {
  return {
    meta: { id, name: `production-plan/${key.replace(/_/g, '-')}`, title, severity: 'error', gate: true, rationale, messages: { advice } },
    check: (ctx) => void ctx.expectAnswer(['production_plan', key], 'advice'),
  };
}
