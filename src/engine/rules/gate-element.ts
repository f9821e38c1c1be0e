// The six production-plan elements share one check: written, not a placeholder.
import { Rule } from '../rule';

export function gateElement(id: string, key: string, title: string, rationale: string, advice: string): Rule {
  return {
    meta: { id, name: `production-plan/${key.replace(/_/g, '-')}`, title, severity: 'error', gate: true, rationale },
    check: (ctx) => void ctx.expect(['production_plan', key], advice),
  };
}
