import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import { isPlaceholderValue, PlanDocument, PlanPath, pathToString } from '../document';
import { code, Report } from '../rule';
import type { Finding, RuleMeta } from '../types';

// POC004: the engine runs it after the other rules (lint.ts), so it can leave
// out the placeholders their findings already name.
export const placeholderMeta = {
  id: 'POC004',
  name: 'plan/placeholder',
  title: 'No value is left as a placeholder',
  severity: 'info',
  rationale:
    '`TODO`, `TBD`, `?`, `n/a`, `...`, `-` and empty values mean the section is there but not written. Where another rule needs the value it reports it; this one lists the rest so nothing unwritten hides in a long plan. A section still exactly as the template (or an insertion) wrote it gets one note from this rule instead, until something is written into it: a new plan is a form to fill in, not a wall of findings. The checks behind the note still count in the scores and the verdict.',
  messages: {
    empty: '{{path}} is empty: write it or remove the key.',
    placeholder: '{{path}} is still a placeholder: write it or remove the key.',
    unwrittenSection: 'Section `{{section}}` ({{title}}) is not written yet: fill in {{fields}}.',
    unwrittenValue: '`{{section}}` ({{title}}) is not written yet: fill in {{hint}}.',
  },
} as const satisfies RuleMeta;

/** Reports placeholders that no other finding already names. Runs after the rules. */
export function placeholderFindings(plan: PlanDocument, existing: readonly Finding[], report: (r: Report) => void): void {
  const named = new Set(existing.map((f) => f.path));
  const visit = (node: unknown, path: PlanPath, depth: number) => {
    // An alias is reported where its anchor is; following it would walk an alias bomb.
    if (depth > 16 || isAlias(node)) return;
    const n = node;
    if (isMap(n)) {
      for (const p of n.items) if (isPair(p) && isScalar(p.key)) visit(p.value, [...path, String(p.key.value)], depth + 1);
    } else if (isSeq(n)) {
      n.items.forEach((item, i) => visit(item, [...path, i], depth + 1));
    } else if (path.length > 0 && (n === null || isScalar(n)) && isPlaceholderValue(n === null ? null : n.value)) {
      // A finding on the key or on what holds it (POC062 on `integrations`) already says it is not written.
      for (let depth = path.length; depth > 0; depth--) if (named.has(pathToString(path.slice(0, depth)))) return;
      const empty = n === null || n.value === null || n.value === '';
      report({ path, messageId: empty ? 'empty' : 'placeholder', data: { path: code(path) } });
    }
  };
  visit(plan.doc.contents, [], 0);
}
