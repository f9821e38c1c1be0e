// "Insert all missing sections": every insertion fix of a lint result as one
// set of edits; a rename (of a misspelt key, say) is left to the user. Fixes
// that insert at the same place are joined into one edit, in the order the
// plan format lists the keys, so the result reads like the template.

import { SECTIONS, type KeyInfo } from './sections';
import type { Finding, Fix, TextEdit } from './types';

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
    level = index < 0 ? [] : (level[index].children ?? []);
  }
  return order;
}

function compareOrder(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  const before = (p: TextEdit['range']['start'], q: TextEdit['range']['start']) => p.line < q.line || (p.line === q.line && p.character <= q.character);
  return !before(a.range.end, b.range.start) && !before(b.range.end, a.range.start);
}

const isInsertion = (edit: TextEdit) => edit.range.start.line === edit.range.end.line && edit.range.start.character === edit.range.end.character;

/** Whether "insert all" takes this fix: insertions, with the removal of a placeholder they replace; never a rename or other rewrite. */
export function insertsOnly(fix: Fix | undefined): fix is Fix {
  return fix !== undefined && fix.edits.every((e) => isInsertion(e) || e.newText === '');
}

/**
 * The edits that apply every fix in `findings` at once. A fix is kept whole
 * (e.g. removing a `TODO` value and inserting the keys under it) or not at
 * all, when its replacements would overlap another fix's.
 */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const seenFixes = new Set<string>();
  const replacements: TextEdit[] = [];
  const inserts: Array<{ edit: TextEdit; order: number[] }> = [];
  for (const finding of findings) {
    const fix = finding.fix;
    if (!insertsOnly(fix)) continue;
    const key = JSON.stringify(fix.edits.map((e) => [e.range, e.newText]));
    if (seenFixes.has(key)) continue; // several findings can share one fix
    seenFixes.add(key);
    const replacing = fix.edits.filter((e) => !isInsertion(e));
    const fresh = replacing.filter((e) => !replacements.some((r) => r.newText === e.newText && JSON.stringify(r.range) === JSON.stringify(e.range)));
    if (fresh.some((e) => replacements.some((r) => overlaps(r, e)))) continue;
    replacements.push(...fresh);
    for (const edit of fix.edits.filter(isInsertion)) inserts.push({ edit, order: formatOrder(finding.path) });
  }
  const byPosition = new Map<string, Array<{ edit: TextEdit; order: number[] }>>();
  for (const insert of inserts) {
    const { line, character } = insert.edit.range.start;
    const key = `${line}:${character}`;
    byPosition.set(key, [...(byPosition.get(key) ?? []), insert]);
  }
  const merged = [...byPosition.values()].map((group) => {
    group.sort((a, b) => compareOrder(a.order, b.order));
    const texts = [...new Set(group.map((g) => g.edit.newText))];
    // At the end of a file with no final newline, each insertion opens with one; the joined text needs only the first.
    const lead = /^\r?\n/.exec(texts[0])?.[0];
    // Keys inserted into one flow mapping (`economics: {}`) are pairs on one line: they need commas between them.
    const inline = (t: string) => !t.endsWith('\n') && !t.endsWith('\r');
    const join = (parts: string[]) =>
      parts
        .map((t, i) => {
          if (i === 0) return t;
          if (inline(t)) return t.startsWith(', ') ? t : `, ${t}`;
          return lead && t.startsWith(lead) ? t.slice(lead.length) : t;
        })
        .join('');
    // The snippet form, for an editor that inserts with tab stops (the caller numbers them).
    const snippets = [...new Map(group.map((g) => [g.edit.newText, g.edit.snippet ?? g.edit.newText])).values()];
    return { range: group[0].edit.range, newText: join(texts), snippet: join(snippets) };
  });
  return [...replacements.map(({ range, newText }) => ({ range, newText })), ...merged];
}
