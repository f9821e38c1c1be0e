// Where the cursor is in a Markdown plan, for hovers and completion: on a
// section heading or a key line's key (which key, by its path), and which
// keys the line could still name.

import { isMap, isScalar, isSeq, Node, Pair } from 'yaml';
import type { PlanPath } from '../document';
import { KeyInfo, keyInfoAt, keysAllowedAt, SECTIONS } from '../sections';
import type { Position, Range } from '../types';
import { markdownLayout } from './layout';
import { parseMarkdownPlan } from './plan';

export interface MarkdownLocation {
  /** The key whose name is under the cursor (a heading or a key line's key). */
  path?: PlanPath;
  keyRange?: Range;
  /** The line is a heading (`#`s and what follows): completion offers sections. */
  heading: boolean;
  /** The section the line is in, and the keys it already has. */
  section?: string;
  present: string[];
}

/** The key at `offset`, searching pairs by their keys' ranges. */
function keyAt(node: unknown, offset: number, path: PlanPath, depth: number): { path: PlanPath; range: [number, number] } | undefined {
  if (depth > 16) return undefined;
  if (isMap(node)) {
    for (const p of node.items as Pair<Node, Node | null>[]) {
      const k = p.key;
      if (!isScalar(k)) continue;
      const here = [...path, String(k.value)];
      if (k.range && offset >= k.range[0] && offset <= k.range[1]) return { path: here, range: [k.range[0], k.range[1]] };
      const inner = keyAt(p.value, offset, here, depth + 1);
      if (inner) return inner;
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const inner = keyAt(node.items[i], offset, [...path, i], depth + 1);
      if (inner) return inner;
    }
  }
  return undefined;
}

export function markdownLocate(text: string, position: Position): MarkdownLocation {
  const plan = parseMarkdownPlan(text);
  const offset = plan.offsetAt(position);
  const lineText = text.slice(plan.lineStart(position.line), plan.lineEnd(position.line));
  const found = keyAt(plan.doc.contents, offset, [], 0);
  const layout = markdownLayout(plan)!;
  const section = [...layout.sections].reverse().find((s) => s.lineStart <= offset && offset < Math.max(s.end, s.bodyStart));
  const value = section ? plan.node([section.key]) : undefined;
  const present = section && isMap(value) ? value.items.map((p) => String((p.key as Scalar).value)) : [];
  const location: MarkdownLocation = { heading: /^\s{0,3}#{1,6}(?:\s|$)/.test(lineText), present };
  // On the heading's own line the cursor names the section; below it, it writes in it.
  if (section && plan.positionAt(section.lineStart).line !== position.line) location.section = section.key;
  if (found) {
    location.path = found.path;
    location.keyRange = plan.rangeOf(found.range[0], found.range[1]);
  }
  return location;
}

/** The sections a heading could still name (those not yet in the plan), in the format's order. */
export function missingSections(text: string): KeyInfo[] {
  const plan = parseMarkdownPlan(text);
  return SECTIONS.filter((s) => s.kind !== 'text' && s.kind !== 'number' && !plan.has([s.key]));
}

/** The keys a key line in `section` could name, leaving out those it already has. */
export function sectionKeys(section: string, present: readonly string[]): readonly KeyInfo[] {
  const info = keyInfoAt([section]);
  if (info?.kind !== 'map') return [];
  return keysAllowedAt([section]).filter((k) => !present.includes(k.key));
}

type Scalar = { value: unknown };
