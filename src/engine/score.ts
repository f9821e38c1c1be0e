// The readiness score: per dimension, the weighted share of its rules that
// pass (no warning or error left); the gate, read from the plan itself so no
// severity setting can wave a plan through; and the verdict.

import { PlanDocument } from './document';
import type { RawFinding } from './lint';
import { ALL_RULES } from './rules';
import { keyInfoAt } from './sections';
import { DIMENSIONS, Dimension, DimensionScore, GateItem, LintOptions, Score, Severity } from './types';

export const DIMENSION_TITLES: Record<Dimension, string> = {
  technical_feasibility: 'Technical feasibility',
  operational_viability: 'Operational viability',
  organizational_fit: 'Organizational fit',
};

export const GATE_PATHS: ReadonlyArray<readonly string[]> = [
  ['production_plan', 'data_sources'],
  ['production_plan', 'integration_points'],
  ['production_plan', 'change_management'],
  ['production_plan', 'operations'],
  ['production_plan', 'budget'],
  ['production_plan', 'executive_sponsor'],
  ['hypothesis', 'decision'],
];

const DEFAULT_WEIGHT: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * `findings` are every check's findings (before sections are collapsed), for
 * pass/fail per rule; `errorCount` is the errors the user sees.
 */
export function scorePlan(plan: PlanDocument, findings: RawFinding[], errorCount: number, rules: LintOptions['rules'], tooLarge: boolean): Score {
  const failing = new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId));
  const dimensions = {} as Record<Dimension, DimensionScore>;
  for (const dimension of DIMENSIONS) {
    let passed = 0;
    let total = 0;
    let passedWeight = 0;
    let totalWeight = 0;
    for (const { meta } of ALL_RULES) {
      if (meta.dimension !== dimension) continue;
      if ((rules?.[meta.id] ?? rules?.[meta.name]) === 'off') continue;
      const weight = meta.weight ?? DEFAULT_WEIGHT[meta.severity];
      const ok = !tooLarge && !failing.has(meta.id);
      total++;
      totalWeight += weight;
      if (ok) {
        passed++;
        passedWeight += weight;
      }
    }
    const score = totalWeight === 0 ? 100 : Math.round((100 * passedWeight) / totalWeight);
    dimensions[dimension] = { dimension, title: DIMENSION_TITLES[dimension], score, passed, total };
  }
  const items: GateItem[] = GATE_PATHS.map((path) => ({
    path: path.join('.'),
    title: keyInfoAt(path)?.title ?? path.join('.'),
    passed: plan.isWritten(path),
  }));
  const gatePassed = items.every((i) => i.passed);
  const reasons: string[] = [];
  const missing = items.filter((i) => !i.passed).map((i) => i.title.toLowerCase());
  if (tooLarge) reasons.push('The plan is over the size limit, so it was not checked.');
  else if (missing.length) reasons.push(`The production gate is not met: no ${missing.join(', ')}.`);
  if (errorCount) reasons.push(`${errorCount} error${errorCount === 1 ? '' : 's'} remain${errorCount === 1 ? 's' : ''}.`);
  const overall = Math.round(DIMENSIONS.reduce((sum, d) => sum + dimensions[d].score, 0) / DIMENSIONS.length);
  return {
    dimensions,
    overall,
    gate: { passed: gatePassed, items },
    verdict: reasons.length === 0 ? 'ready' : 'not_ready',
    reasons,
  };
}
