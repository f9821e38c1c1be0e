// The plan's outline, for Outline, breadcrumbs, Go to Symbol and sticky
// scroll: each section, the keys under it, and list items named by what
// identifies them (an integration by its `system`, a metric by its `name`, a
// pilot user by its `role`). A section's detail is its state: "written", or
// how many findings (gaps) it has.

import { isMap, isPair, isScalar, isSeq, Node, Pair } from 'yaml';
import { PlanDocument } from './document';
import { sectionInfo, keyInfoAt } from './sections';
import type { Finding, PlanFormat, Range } from './types';
import { parseMarkdownPlan } from './markdown/lazy';

export type OutlineKind = 'section' | 'key' | 'list' | 'item';

export interface OutlineNode {
  name: string;
  detail: string;
  kind: OutlineKind;
  /** From the key (or the item's dash) to the end of its value. */
  range: Range;
  /** The key, or the value naming the item. */
  selectionRange: Range;
  children: OutlineNode[];
}

/** The key that names an item of each list, by the list's path without indices. */
const ITEM_NAME: Record<string, string> = {
  integrations: 'system',
  metrics: 'name',
  'users.pilot_users': 'role',
  'hypothesis.success_criteria': 'metric',
};

/** Depth past which the outline stops (sections, keys, items, their keys). */
const MAX_DEPTH = 4;

function gapsDetail(count: number): string {
  return count === 0 ? 'written' : `${count} ${count === 1 ? 'gap' : 'gaps'}`;
}

function scalarText(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  const text = String(node.value).replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** `findings` of the same text; without them (linting off) sections have no state to show. */
export function planOutline(text: string, findings?: readonly Finding[], format?: PlanFormat): OutlineNode[] {
  const plan = format === 'markdown' ? parseMarkdownPlan(text) : new PlanDocument(text);
  const root = plan.root;
  if (!isMap(root)) return [];
  // Findings per section, by the first segment of their path.
  const gaps = new Map<string, number>();
  for (const f of findings ?? []) {
    const top = f.path.split('.')[0];
    if (top) gaps.set(top, (gaps.get(top) ?? 0) + 1);
  }

  const rangeOfPair = (pair: Pair<Node, Node | null>): { range: Range; selectionRange: Range } | undefined => {
    if (!pair.key.range) return undefined;
    const end = plan.contentEnd(pair) ?? pair.key.range[1];
    return { range: plan.rangeOf(pair.key.range[0], end), selectionRange: plan.rangeOf(pair.key.range[0], pair.key.range[1]) };
  };

  const mapChildren = (map: unknown, path: Array<string | number>, depth: number): OutlineNode[] => {
    const m = plan.resolve(map);
    if (!isMap(m) || depth > MAX_DEPTH) return [];
    const out: OutlineNode[] = [];
    for (const pair of m.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const ranges = rangeOfPair(pair as Pair<Node, Node | null>);
      if (!ranges) continue;
      const value = plan.resolve(pair.value);
      const childPath = [...path, key];
      const info = depth === 0 ? sectionInfo(key) : keyInfoAt(childPath);
      const isList = isSeq(value) && !value.flow;
      out.push({
        name: key,
        detail: depth === 0 ? (findings ? gapsDetail(gaps.get(key) ?? 0) : '') : (scalarText(value) ?? info?.title ?? ''),
        kind: isList ? 'list' : depth === 0 && (isMap(value) || value === null) ? 'section' : 'key',
        ...ranges,
        children: isList ? listChildren(value, childPath, depth + 1) : isMap(value) && !value.flow ? mapChildren(value, childPath, depth + 1) : [],
      });
    }
    return out;
  };

  const listChildren = (seq: unknown, path: Array<string | number>, depth: number): OutlineNode[] => {
    if (!isSeq(seq) || depth > MAX_DEPTH) return [];
    const nameKey = ITEM_NAME[path.filter((s) => typeof s === 'string').join('.')];
    const out: OutlineNode[] = [];
    seq.items.forEach((raw, i) => {
      const item = plan.resolve(raw) as Node | null;
      if (!item?.range) return;
      const start = item.range[0];
      const end = plan.contentEnd(item) ?? item.range[1];
      const namePair = nameKey && isMap(item) ? plan.pair(item, nameKey) : undefined;
      const name = scalarText(namePair?.value) ?? scalarText(item) ?? `item ${i + 1}`;
      const named = namePair?.value?.range ?? item.range;
      out.push({
        name,
        detail: namePair ? nameKey! : '',
        kind: 'item',
        range: plan.rangeOf(start, end),
        selectionRange: plan.rangeOf(named[0], Math.min(named[1], end)),
        children: isMap(item) && !item.flow ? mapChildren(item, [...path, i], depth + 1) : [],
      });
    });
    return out;
  };

  return mapChildren(root, [], 0);
}
