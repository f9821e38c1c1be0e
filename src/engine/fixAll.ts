// "Insert all missing sections": every fix of a lint result as one set of
// edits. Fixes that insert at the same place are joined into one edit, in the
// order the plan format lists the keys, so the result reads like the template.

import { SECTIONS, type KeyInfo } from './sections';
import type { Finding, TextEdit } from './types';

/** Position of each path segment in the section metadata; unknown keys sort last. */
function formatOrder(path: string): number[] {
  const order: number[] = [];
  let level: readonly KeyInfo[] = SECTIONS;
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) {
      order.push(Number(segment));
      continue;
    }
    const index = level.findIndex((k) => k.key === segment);
    order.push(index < 0 ? Number.MAX_SAFE_INTEGER : index);
    level = index < 0 ? [] : level[index].children ?? [];
  }
  return order;
}

function compareOrder(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** The edits that apply every fix in `findings` at once, without overlaps. Edits replacing text are left out. */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const seen = new Set<string>();
  const inserts: Array<{ edit: TextEdit; order: number[] }> = [];
  for (const finding of findings) {
    for (const edit of finding.fix?.edits ?? []) {
      const { start, end } = edit.range;
      if (start.line !== end.line || start.character !== end.character) continue;
      const key = `${start.line}:${start.character}:${edit.newText}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inserts.push({ edit, order: formatOrder(finding.path) });
    }
  }
  const byPosition = new Map<string, Array<{ edit: TextEdit; order: number[] }>>();
  for (const insert of inserts) {
    const { line, character } = insert.edit.range.start;
    const key = `${line}:${character}`;
    byPosition.set(key, [...(byPosition.get(key) ?? []), insert]);
  }
  return [...byPosition.values()].map((group) => {
    group.sort((a, b) => compareOrder(a.order, b.order));
    return { range: group[0].edit.range, newText: group.map((g) => g.edit.newText).join('') };
  });
}
