// Most readiness checks are "this key is written", and a value that defers is not: one shape, many rules.
import { PlanPath } from '../document';
import { Rule } from '../rule';
import type { RuleMeta, Severity } from '../types';

export function requireKey(meta: RuleMeta, path: PlanPath, advice: string, severity?: Severity): Rule {
  return { meta, check: (ctx) => void ctx.expectAnswer(path, advice, { severity }) };
}
