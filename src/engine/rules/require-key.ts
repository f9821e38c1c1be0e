// Most readiness checks are "this key is written", and a value that defers is not: one shape, many rules.
// The rule's `advice` message says what to write.
import { PlanPath } from '../document';
import { Rule } from '../rule';
import type { RuleMeta, Severity } from '../types';

export function requireKey(meta: RuleMeta<'advice'>, path: PlanPath, severity?: Severity): Rule<'advice'> {
  return { meta, check: (ctx) => void ctx.expectAnswer(path, 'advice', { severity }) };
}
