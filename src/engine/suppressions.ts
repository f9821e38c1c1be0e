// Inline suppressions, ESLint-style:
//   # poc-readiness-disable-next-line POC072 users/in-workflow
//   # poc-readiness-disable POC111            (the whole file)
// Ids or names, separated by spaces or commas; none means every rule.
// A suppression that silences nothing is reported, so stale ones get cleaned up.

import { PlanDocument } from './document';
import type { RawFinding } from './types';

export interface Suppression {
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
  const text = plan.text;
  for (let at = text.indexOf('poc-readiness-disable'); at !== -1;) {
    const line = plan.positionAt(at).line;
    const start = plan.lineStart(line);
    const end = plan.lineEnd(line);
    const lineText = text.slice(start, end);
    for (const m of lineText.matchAll(DIRECTIVE)) {
      found.push({
        line,
        start: m.index ?? 0,
        end: (m.index ?? 0) + m[0].trimEnd().length,
        nextLine: !!m[1],
        rules: m[2].split(/[\s,]+/).filter(Boolean),
        used: false,
      });
    }
    at = text.indexOf('poc-readiness-disable', end);
  }
  return found;
}

/**
 * The suppressions by what they silence: the whole file or one line, and
 * every rule or one id or name. Each key holds the first suppression (in file
 * order) that has it, the one a finding is charged to, so matching a finding
 * is a few lookups rather than a scan of every comment.
 */
function index(suppressions: readonly Suppression[]): Map<string, Suppression> {
  const byKey = new Map<string, Suppression>();
  for (const s of suppressions) {
    const scope = s.nextLine ? String(s.line + 1) : 'file';
    for (const rule of s.rules.length ? s.rules : ['']) {
      const key = `${scope} ${rule}`;
      if (!byKey.has(key)) byKey.set(key, s);
    }
  }
  return byKey;
}

/** Drops suppressed findings; returns the suppressions that silenced nothing (POC006 reports them). */
export function applySuppressions(plan: PlanDocument, findings: RawFinding[]): { kept: RawFinding[]; unused: Suppression[] } {
  const suppressions = parseSuppressions(plan);
  if (suppressions.length === 0) return { kept: findings, unused: [] };
  const order = new Map(suppressions.map((s, i) => [s, i]));
  const byKey = index(suppressions);
  const kept = findings.filter((f) => {
    let hit: Suppression | undefined;
    for (const scope of ['file', String(f.range.start.line)]) {
      for (const rule of ['', f.ruleId, f.name]) {
        const s = byKey.get(`${scope} ${rule}`);
        if (s && (!hit || order.get(s)! < order.get(hit)!)) hit = s;
      }
    }
    if (hit) hit.used = true;
    return !hit;
  });
  return { kept, unused: suppressions.filter((s) => !s.used) };
}
