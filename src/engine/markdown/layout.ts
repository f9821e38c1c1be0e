// Where things are written in a Markdown plan, beyond the ranges the plan
// model's nodes carry: what the fixes need to insert a key line or a whole
// section the way the rest of the document is written.

import type { Pair, YAMLMap } from 'yaml';
import type { PlanDocument } from '../document';

export interface PairLayout {
  pair: Pair;
  /** What precedes the key on its line: `- `, `  * `, spaces, or nothing. */
  lead: string;
  /** The key line opens its own list item (`- **Key:** value`), so a sibling gets its own item too. */
  ownItem: boolean;
}

export interface SectionLayout {
  key: string;
  level: number;
  /** Start of the heading's line, and of the line after it. */
  lineStart: number;
  bodyStart: number;
  /** Start of the next heading at this level or above (or the end of the text). */
  end: number;
}

export interface MarkdownLayout {
  frontMatter?: { start: number; close: number; bodyStart: number };
  /** The title heading (`# ...`), when there is one. */
  title?: { lineStart: number; bodyStart: number };
  sections: SectionLayout[];
  maps: WeakMap<YAMLMap, PairLayout[]>;
  /** Where the headings start: the top of the body, past the front matter. */
  bodyStart: number;
}

/**
 * Kept on the plan under a registered symbol rather than in a module's map:
 * the Markdown front end is loaded from a chunk of its own (scripts/build.mjs)
 * with its own copy of this module, and both copies must find it.
 */
const LAYOUT = Symbol.for('poc-readiness.markdown-layout');

type WithLayout = { [LAYOUT]?: MarkdownLayout };

export function setLayout(plan: PlanDocument, layout: MarkdownLayout): void {
  Object.defineProperty(plan, LAYOUT, { value: layout });
}

/** The layout of a Markdown plan; undefined for a YAML one. */
export function markdownLayout(plan: PlanDocument): MarkdownLayout | undefined {
  return (plan as unknown as WithLayout)[LAYOUT];
}
