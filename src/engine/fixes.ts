// Insertion fixes for missing keys and sections, computed from the section
// metadata. An insertion lands after the sibling it belongs after, at the
// mapping's indentation, and touches nothing else: comments and formatting
// stay byte-for-byte. Where no correct insertion exists (a flow mapping with
// a nested value, a list of strings), there is no fix rather than a wrong one.

import { isMap, isPair, isScalar, isSeq, Node, Pair, parseDocument, YAMLMap } from 'yaml';
import { isPlaceholderValue, PlanDocument, PlanPath } from './document';
import { keyInfoAt, keysAllowedAt, KeyInfo, SECTIONS } from './sections';
import { renderKey, Rendered } from './template';
import type { Fix, Range, TextEdit } from './types';

const SCALAR_KINDS = new Set(['text', 'number', 'boolean', 'date', 'enum']);

function indentLines(r: Rendered, columns: number): Rendered {
  const pad = ' '.repeat(columns);
  const shift = (s: string) =>
    s
      .split('\n')
      .map((l) => pad + l)
      .join('\n');
  return { text: shift(r.text), snippet: shift(r.snippet) };
}

function fixTitle(path: PlanPath, info: KeyInfo): string {
  return path.length === 1 && SECTIONS.includes(info) && !SCALAR_KINDS.has(info.kind)
    ? `Insert missing section \`${info.key}\``
    : `Insert missing \`${path.join('.')}\``;
}

/** The document's line ending (its first one), so an insertion never mixes CRLF and LF. */
function lineEnding(plan: PlanDocument): string {
  return /\r?\n/.exec(plan.text)?.[0] ?? '\n';
}

function insertAt(plan: PlanDocument, offset: number, r: Rendered): TextEdit {
  // Ends with a newline; starts with one when the file's last line has none.
  const eol = lineEnding(plan);
  const lead = offset > 0 && plan.text[offset - 1] !== '\n' ? eol : '';
  const lines = (s: string) => lead + s.replace(/\n/g, eol) + eol;
  const position = plan.positionAt(offset);
  return { range: { start: position, end: position }, newText: lines(r.text), snippet: lines(r.snippet) };
}

/**
 * Start of the line after the pair: past its value's last line (with any
 * comment on it) and past comment lines indented deeper than its key, which
 * belong to the value. A comment at the key's column or left of it introduces
 * what comes next and stays with it, as does the rest of a list written at
 * its key's indentation.
 */
function pairEnd(plan: PlanDocument, p: Pair<Node, Node | null>): number {
  const text = plan.text;
  const column = plan.positionAt(p.key.range![0]).character;
  let end = plan.nextLineStart(plan.contentEnd(p) ?? p.key.range![2]);
  for (let at = end; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const next = nl === -1 ? text.length : nl + 1;
    const line = text.slice(at, next).trimEnd();
    const content = line.trimStart();
    if (content.startsWith('#') && line.length - content.length > column) end = next;
    else if (content !== '') break;
    at = next;
  }
  return end;
}

/** Insert `info` into a block mapping, after the last sibling that precedes it in the metadata order. */
function intoBlockMap(plan: PlanDocument, map: YAMLMap, siblings: readonly KeyInfo[], info: KeyInfo): TextEdit | undefined {
  const pairs = map.items.filter((p): p is Pair<Node, Node | null> => isPair(p) && isScalar(p.key) && !!(p.key as Node).range);
  if (pairs.length === 0) return undefined;
  const order = (p: Pair<Node, Node | null>) => siblings.findIndex((s) => s.key === String((p.key as { value: unknown }).value));
  const target = siblings.indexOf(info);
  const column = plan.positionAt(pairs[0].key.range![0]).character;
  const before = pairs.filter((p) => order(p) !== -1 && order(p) < target);
  // A list item's first key shares the line with its dash: never insert above it.
  const firstOnDashLine = plan.text.slice(plan.lineStart(plan.positionAt(pairs[0].key.range![0]).line), pairs[0].key.range![0]).trim() !== '';
  let offset: number;
  if (before.length > 0) offset = pairEnd(plan, before[before.length - 1]);
  else if (firstOnDashLine) offset = pairEnd(plan, pairs[0]);
  else offset = plan.lineStart(plan.positionAt(pairs[0].key.range![0]).line);
  return insertAt(plan, offset, indentLines(renderKey(info), column));
}

/** Whether `key: value` reads as that one pair inside braces (a hint with a comma would split it). */
function safeInFlow(text: string, key: string): boolean {
  const doc = parseDocument(`{${text}}`);
  return doc.errors.length === 0 && isMap(doc.contents) && doc.contents.items.length === 1 && isScalar(doc.contents.items[0].key) && doc.contents.items[0].key.value === key;
}

/** `{a: 1}` gets `, key: TODO ...` before its brace; only for scalar values. */
function intoFlowMap(plan: PlanDocument, map: YAMLMap, info: KeyInfo): TextEdit | undefined {
  if (!SCALAR_KINDS.has(info.kind) || !map.range) return undefined;
  const close = map.range[1] - 1;
  if (plan.text[close] !== '}') return undefined;
  const r = renderKey(info);
  if (!safeInFlow(r.text, info.key)) return undefined;
  const last = map.items[map.items.length - 1] as Pair<Node, Node | null> | undefined;
  const offset = last ? (last.value?.range?.[1] ?? last.key.range?.[1] ?? close) : close;
  const sep = last ? ', ' : '';
  const position = plan.positionAt(offset);
  return { range: { start: position, end: position }, newText: sep + r.text, snippet: sep + r.snippet };
}

/**
 * What to remove for a placeholder value at [start, end) so that no blanks are
 * left behind: `data: TODO` -> `data:`, `data: TODO # ask Ops` ->
 * `data: # ask Ops`, and a placeholder on a line of its own goes with its line.
 */
function placeholderRange(plan: PlanDocument, start: number, end: number): Range {
  const text = plan.text;
  const blank = (c: string | undefined) => c === ' ' || c === '\t';
  let to = end;
  while (blank(text[to])) to++;
  const atLineEnd = to === text.length || text[to] === '\n' || (text[to] === '\r' && text[to + 1] === '\n');
  if (!atLineEnd) return plan.rangeOf(start, to); // a comment follows, after the one blank kept before the value
  let from = start;
  while (from > 0 && blank(text[from - 1])) from--;
  if (from === 0 || text[from - 1] === '\n') to = plan.nextLineStart(to);
  return plan.rangeOf(from, to);
}

/** `section:` (empty) or `section: TODO` gets its keys written under it. */
function underEmptyKey(plan: PlanDocument, parentPath: PlanPath, infos: readonly KeyInfo[]): TextEdit[] | undefined {
  const grand = plan.node(parentPath.slice(0, -1));
  const key = parentPath[parentPath.length - 1];
  if (typeof key !== 'string') return undefined;
  const pair = plan.pair(grand, key);
  if (!pair?.key.range) return undefined;
  const value = pair.value;
  if (value && !(isScalar(value) && isPlaceholderValue(value.value))) return undefined;
  const column = plan.positionAt(pair.key.range[0]).character + 2;
  const rendered = infos.map((i) => renderKey(i));
  const body = indentLines({ text: rendered.map((r) => r.text).join('\n'), snippet: rendered.map((r) => r.snippet).join('\n') }, column);
  const edits: TextEdit[] = [];
  if (value?.range && value.range[1] > value.range[0]) {
    // `data: TODO` -> `data:` followed by the keys.
    edits.push({ range: placeholderRange(plan, value.range[0], value.range[1]), newText: '' });
  }
  const offset = plan.nextLineStart(Math.max(pair.key.range[2], value?.range?.[2] ?? 0));
  edits.push(insertAt(plan, offset, body));
  return edits;
}

/** The fix that writes the missing key at `path` (with placeholders), or undefined when none is safe. */
export function insertionFix(plan: PlanDocument, path: PlanPath): Fix | undefined {
  // Under a missing parent, insert the nearest missing ancestor, whole.
  for (let depth = 1; depth < path.length; depth++) {
    if (typeof path[depth - 1] === 'string' && !plan.has(path.slice(0, depth))) return insertionFix(plan, path.slice(0, depth));
  }
  const fix = placedFix(plan, path);
  return fix && landsWhereMeant(plan, fix, path) ? fix : undefined;
}

/**
 * Past a syntax error, yaml recovers as best it can and a line inserted below
 * the error may land inside the broken node. So no insertion is offered after
 * an error in the same section (anywhere above, for a whole section). A
 * duplicate key does not break the structure.
 */
function landsWhereMeant(plan: PlanDocument, fix: Fix, path: PlanPath): boolean {
  const at = Math.max(...fix.edits.map((e) => plan.offsetAt(e.range.start)));
  const from = path.length > 1 ? (plan.pair(plan.root, String(path[0]))?.key.range?.[0] ?? 0) : 0;
  return !plan.doc.errors.some((e) => e.code !== 'DUPLICATE_KEY' && e.pos[0] >= from && e.pos[0] < at);
}

/** Where and what to insert for `path`, from the structure around it. */
function placedFix(plan: PlanDocument, path: PlanPath): Fix | undefined {
  const info = keyInfoAt(path);
  const key = path[path.length - 1];
  if (!info || typeof key !== 'string') return undefined;
  const parentPath = path.slice(0, -1);
  const siblings = keysAllowedAt(parentPath);
  if (!siblings.includes(info)) return undefined;
  const parent = parentPath.length === 0 ? plan.doc.contents : plan.node(parentPath);
  const title = fixTitle(path, info);

  if (parentPath.length === 0 && (parent === null || parent === undefined || (isScalar(parent) && parent.value === null))) {
    // An empty file (or only comments): append.
    return { title, kind: 'scaffold', edits: [insertAt(plan, plan.text.length, renderKey(info))] };
  }
  if (isMap(parent)) {
    const edit = parent.flow ? intoFlowMap(plan, parent, info) : intoBlockMap(plan, parent, siblings, info);
    return edit && { title, kind: 'scaffold', edits: [edit] };
  }
  if (parentPath.length > 0 && !isSeq(parent)) {
    const edits = underEmptyKey(plan, parentPath, [info]);
    return edits && { title, kind: 'scaffold', edits };
  }
  return undefined;
}

/** For a section that is present but empty: write all its keys under it. */
export function fillSectionFix(plan: PlanDocument, section: KeyInfo): Fix | undefined {
  if (section.kind !== 'map') return undefined;
  const edits = underEmptyKey(plan, [section.key], section.children ?? []);
  const fix = edits && { title: `Fill in section \`${section.key}\``, kind: 'scaffold' as const, edits };
  return fix && landsWhereMeant(plan, fix, [section.key]) ? fix : undefined;
}
