// Inline suppressions, ESLint-style:
//   # poc-readiness-disable-next-line POC072 users/in-workflow
//   # poc-readiness-disable POC111            (the whole file)
// Ids or names, separated by spaces or commas; none means every rule.
// A suppression that silences nothing is reported, so stale ones get cleaned up.

import type { RawFinding } from './lint';
import { PlanDocument } from './document';
import type { Report } from './rule';

interface Suppression {
  line: number;
  start: number;
  end: number;
  nextLine: boolean;
  rules: string[];
  used: boolean;
}

const DIRECTIVE = /#\s*poc-readiness-disable(-next-line)?(?=\s|$)([^#\n]*)/g;

function parseSuppressions(plan: PlanDocument): Suppression[] {
  const found: Suppression[] = [];
  const lines = plan.text.split('\n');
  lines.forEach((text, line) => {
    if (!text.includes('poc-readiness-disable')) return;
    for (const m of text.matchAll(DIRECTIVE)) {
      found.push({
        line,
        start: m.index ?? 0,
        end: (m.index ?? 0) + m[0].trimEnd().length,
        nextLine: !!m[1],
        rules: m[2].split(/[\s,]+/).filter(Boolean),
        used: false,
      });
    }
  });
  return found;
}

function matches(s: Suppression, f: RawFinding): boolean {
  return s.rules.length === 0 || s.rules.includes(f.ruleId) || s.rules.includes(f.name);
}

/** Drops suppressed findings; returns unused suppressions as reports at their comments. */
export function applySuppressions(plan: PlanDocument, findings: RawFinding[]): { kept: RawFinding[]; unused: Report[] } {
  const suppressions = parseSuppressions(plan);
  if (suppressions.length === 0) return { kept: findings, unused: [] };
  const kept = findings.filter((f) => {
    const hit = suppressions.find((s) => (s.nextLine ? s.line + 1 === f.range.start.line : true) && matches(s, f));
    if (hit) hit.used = true;
    return !hit;
  });
  const unused = suppressions
    .filter((s) => !s.used)
    .map((s): Report => {
      const what = s.rules.length ? `${s.rules.join(', ')} finding` : 'finding';
      const where = s.nextLine ? 'on the next line' : 'in this file';
      return {
        path: [],
        range: { start: { line: s.line, character: s.start }, end: { line: s.line, character: s.end } },
        message: `Unused suppression: no ${what} ${where} to silence. Remove the comment.`,
        tags: ['unnecessary'],
      };
    });
  return { kept, unused };
}
