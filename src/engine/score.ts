// The readiness score: per dimension, the weighted share of its rules that
// pass (no warning or error left); the gate, read from the plan itself so no
// severity setting can wave a plan through; and the verdict.

import { counted } from './messages';
import { PlanDocument } from './document';
import { GATE_PATHS, gatePasses } from './gate';
import { DIMENSION_TITLES, DIMENSIONS } from './dimensions';
import { ALL_RULES } from './rules';
import { keyInfoAt } from './sections';
import type { Dimension, DimensionScore, GateItem, LintOptions, RawFinding, Score, Severity } from './types';

/** The highest score a plan that is not ready can get: below the band of every ready plan. */
export const NOT_READY_CAP = 59;

const DEFAULT_WEIGHT: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * `findings` are every check's findings (before sections are collapsed), for
 * pass/fail per rule; `errorCount` is the errors the user sees; `unwritten`
 * the titles of sections still as the template wrote them whose one note
 * stands for an error.
 */
export function scorePlan(plan: PlanDocument, findings: RawFinding[], errorCount: number, rules: LintOptions['rules'], tooLarge: boolean, unwritten: readonly string[] = []): Score {
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
    passed: gatePasses(plan, path),
  }));
  const gatePassed = items.every((i) => i.passed);
  const reasons: string[] = [];
  const missing = items.filter((i) => !i.passed).map((i) => i.title.toLowerCase());
  if (tooLarge) reasons.push('The plan is over the size limit, so it was not checked.');
  else if (missing.length) reasons.push(`The production gate is not met: no ${missing.join(', ')}.`);
  if (unwritten.length) reasons.push(`Not written yet (still the template's placeholders): ${unwritten.map((t) => t.charAt(0).toLowerCase() + t.slice(1)).join(', ')}.`);
  if (errorCount) reasons.push(`${counted(errorCount, 'error')} remain${errorCount === 1 ? 's' : ''}.`);
  const uncapped = Math.round(DIMENSIONS.reduce((sum, d) => sum + dimensions[d].score, 0) / DIMENSIONS.length);
  const ready = reasons.length === 0;
  const capped = !ready && uncapped > NOT_READY_CAP;
  return {
    dimensions,
    overall: capped ? NOT_READY_CAP : uncapped,
    gate: { passed: gatePassed, items },
    verdict: ready ? 'ready' : 'not_ready',
    reasons,
    ...(capped ? { cap: { limit: NOT_READY_CAP, uncapped } } : {}),
    ...(unwritten.length ? { unwritten: [...unwritten] } : {}),
  };
}
