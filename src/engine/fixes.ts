// Insertion fixes for missing keys and sections, computed from the section
// metadata. An insertion lands after the sibling it belongs after, at the
// mapping's indentation, and touches nothing else: comments and formatting
// stay byte-for-byte. Where no correct insertion exists (a flow mapping with
// a nested value, a list of strings), there is no fix rather than a wrong one.

import { isAlias, isMap, isPair, isScalar, isSeq, Node, Pair, parseDocument, YAMLMap } from 'yaml';
import { isPlaceholderValue, PlanDocument, PlanPath } from './document';
import { keyInfoAt, keysAllowedAt, KeyInfo, SECTIONS } from './sections';
import { renderKey, Rendered } from './template';
import type { Fix, Range, TextEdit } from './types';
import { markdownFillSectionFix, markdownInsertionFix } from './markdown/lazy';
import { markdownLayout } from './markdown/layout';

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
  return path.length === 1 && SECTIONS.includes(info) && !SCALAR_KINDS.has(info.kind) ? `Insert missing section \`${info.key}\`` : `Insert missing \`${path.join('.')}\``;
}

/** The document's line ending (its first one: LF, CRLF or CR), so an insertion never mixes them. */
function lineEnding(plan: PlanDocument): string {
  return /\r\n|\n|\r/.exec(plan.text)?.[0] ?? '\n';
}

/**
 * The column a key's mapping is indented to: the key's own column, except
 * that an explicit key (`? key`) is at its `?`, and a byte-order mark at the
 * start of the file takes no column.
 */
function keyColumn(plan: PlanDocument, offset: number): number {
  const { line, character } = plan.positionAt(offset);
  const start = plan.lineStart(line);
  const bom = line === 0 && plan.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const explicit = /^(\s*)\?\s+$/.exec(plan.source.slice(start + bom, offset));
  return explicit ? explicit[1].length : character - bom;
}

interface Style {
  /** Columns one level of nesting adds. */
  unit: number;
  /** Lists written with their dashes in their key's column. */
  compact: boolean;
}

const styles = new WeakMap<PlanDocument, Style>();

/**
 * How the plan indents, from its first nested block mapping and its first
 * block list (two columns and indented dashes when it has none), so inserted
 * text reads like the rest of the file.
 */
function styleOf(plan: PlanDocument): Style {
  const known = styles.get(plan);
  if (known) return known;
  let unit: number | undefined;
  let compact: boolean | undefined;
  let unitFromList: number | undefined;
  const queue: Array<{ map: YAMLMap; depth: number }> = isMap(plan.root) && !plan.root.flow ? [{ map: plan.root, depth: 0 }] : [];
  for (let i = 0; i < queue.length && i < 200 && (unit === undefined || compact === undefined); i++) {
    const { map, depth } = queue[i];
    for (const p of map.items) {
      const key = p.key as Node | null;
      if (!isScalar(key) || !key.range || depth > 3) continue;
      const column = keyColumn(plan, key.range[0]);
      const value = p.value;
      if (isMap(value) && !value.flow) {
        const first = value.items.find((c) => isScalar(c.key) && (c.key as Node).range);
        const childColumn = first && keyColumn(plan, (first.key as Node).range![0]);
        if (unit === undefined && childColumn !== undefined && childColumn > column && plan.positionAt((first!.key as Node).range![0]).line > plan.positionAt(key.range[0]).line) {
          unit = childColumn - column;
        }
        queue.push({ map: value, depth: depth + 1 });
      } else if (isSeq(value) && !value.flow && value.range) {
        const dash = keyColumn(plan, value.range[0]);
        if (compact === undefined) compact = dash === column;
        // Without a nested mapping to go by, an indented list's dashes give the step.
        if (unitFromList === undefined && dash > column) unitFromList = dash - column;
        for (const item of value.items) if (isMap(item) && !item.flow) queue.push({ map: item, depth: depth + 1 });
      }
    }
  }
  const style = { unit: unit ?? unitFromList ?? 2, compact: compact ?? false };
  styles.set(plan, style);
  return style;
}

function render(plan: PlanDocument, info: KeyInfo): Rendered {
  const { unit, compact } = styleOf(plan);
  return renderKey(info, 0, ' '.repeat(unit), compact);
}

function insertAt(plan: PlanDocument, offset: number, r: Rendered): TextEdit {
  // Ends with a newline; starts with one when the file's last line has none.
  const eol = lineEnding(plan);
  const lead = offset > 0 && plan.source[offset - 1] !== '\n' ? eol : '';
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
  const text = plan.source;
  const column = keyColumn(plan, p.key.range![0]);
  let end = plan.nextLineStart(plan.contentEnd(p) ?? p.key.range![2]);
  for (let at = end; at < text.length;) {
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

/**
 * Start of the comment lines directly above `line` (no blank line between,
 * at any indentation: the parent key's line above bounds them): they
 * describe the key on `line` and stay with it.
 */
function commentsAbove(plan: PlanDocument, line: number): number {
  let first = line;
  while (
    first > 0 &&
    plan.source
      .slice(plan.lineStart(first - 1), plan.lineEnd(first - 1))
      .trimStart()
      .startsWith('#')
  )
    first--;
  return plan.lineStart(first);
}

/** Where `info` goes in a block mapping (a line start): after the last sibling that precedes it in the metadata order. */
function blockMapLanding(plan: PlanDocument, map: YAMLMap, siblings: readonly KeyInfo[], info: KeyInfo): { offset: number; column: number; after?: Pair<Node, Node | null> } | undefined {
  const pairs = map.items.filter((p): p is Pair<Node, Node | null> => isPair(p) && isScalar(p.key) && !!(p.key as Node).range);
  if (pairs.length === 0) return undefined;
  const position = new Map(siblings.map((s, i) => [s.key, i]));
  const order = (p: Pair<Node, Node | null>) => position.get(String((p.key as { value: unknown }).value)) ?? -1;
  const target = siblings.indexOf(info);
  const firstKey = pairs[0].key.range![0];
  const column = keyColumn(plan, firstKey);
  const before = pairs.filter((p) => order(p) !== -1 && order(p) < target);
  const firstLine = plan.positionAt(firstKey).line;
  // A list item's first key shares the line with its dash: never insert above it.
  const lead = plan.source.slice(plan.lineStart(firstLine), firstKey).replace(/^\ufeff/, '');
  const firstOnDashLine = lead.trim() !== '' && !/^\s*\?\s+$/.test(lead);
  const after = before.length > 0 ? before[before.length - 1] : firstOnDashLine ? pairs[0] : undefined;
  if (after) return { offset: pairEnd(plan, after), column, after };
  // At the top level, comments above the first key are usually the file's header: insert below them.
  return { offset: map === plan.root ? plan.lineStart(firstLine) : commentsAbove(plan, firstLine), column };
}

/** Insert `info` into a block mapping, where blockMapLanding puts it. */
function intoBlockMap(plan: PlanDocument, map: YAMLMap, siblings: readonly KeyInfo[], info: KeyInfo): TextEdit | undefined {
  const landing = blockMapLanding(plan, map, siblings, info);
  return landing && insertAt(plan, landing.offset, indentLines(render(plan, info), landing.column));
}

/**
 * Where a missing top-level section would be written (the offset its
 * insertion lands on), whether or not a fix is offered, so its finding can
 * sit there; `blockScalarAbove` when the line before is the last line of a
 * block scalar (`|`, `>`), where a comment would become part of the text.
 * Undefined where no insertion would be offered either: the plan is not a
 * block mapping, or past a syntax error the sections around it may not be
 * read as written (see landsWhereMeant).
 */
export function sectionLanding(plan: PlanDocument, key: string): { offset: number; blockScalarAbove: boolean } | undefined {
  const root = plan.root;
  const info = keyInfoAt([key]);
  if (!root || root.flow || !info || !SECTIONS.includes(info) || !landsWhereMeant(plan, [key])) return undefined;
  const landing = blockMapLanding(plan, root, SECTIONS, info);
  if (!landing) return undefined;
  const after = landing.after;
  const blockScalarAbove = !!after && plan.nextLineStart(plan.contentEnd(after) ?? 0) === landing.offset && endsInBlockScalar(plan, after.value);
  return { offset: landing.offset, blockScalarAbove };
}

/** Whether a value's last written line belongs to a block scalar. */
function endsInBlockScalar(plan: PlanDocument, node: unknown): boolean {
  if ((isMap(node) || isSeq(node)) && !node.flow) {
    for (let i = node.items.length - 1; i >= 0; i--) {
      const item = node.items[i];
      const value = isPair(item) ? item.value : item;
      if (plan.contentEnd(item) !== undefined) return endsInBlockScalar(plan, value);
    }
    return false;
  }
  return isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
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
  const text = plan.source;
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
  // A tag before the value (`questions: !!null ""`) would apply to the keys written under it: it goes with the value.
  // An anchor would leave its aliases dangling: no fix.
  const colon = plan.source.indexOf(':', pair.key.range[1]);
  const valueStart = value?.range?.[0];
  const props = colon !== -1 && valueStart !== undefined && valueStart > colon ? plan.source.slice(colon + 1, valueStart) : '';
  if (props.includes('&')) return undefined;
  const propsStart = props.trim() === '' ? valueStart : colon + 1 + (props.length - props.trimStart().length);
  const column = keyColumn(plan, pair.key.range[0]) + styleOf(plan).unit;
  const rendered = infos.map((i) => render(plan, i));
  const body = indentLines({ text: rendered.map((r) => r.text).join('\n'), snippet: rendered.map((r) => r.snippet).join('\n') }, column);
  const edits: TextEdit[] = [];
  if (value?.range && propsStart !== undefined && value.range[1] > propsStart) {
    // `data: TODO` -> `data:` followed by the keys.
    edits.push({ range: placeholderRange(plan, propsStart, value.range[1]), newText: '' });
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
  if (!landsWhereMeant(plan, path) || throughAlias(plan, path.slice(0, -1))) return undefined;
  return placedFix(plan, path);
}

/**
 * Past a syntax error, yaml recovers as best it can: a line inserted near the
 * error may land inside the broken node, and what follows the error may not
 * be read as written (a section below it can seem absent, and inserting it
 * would write a second copy that the engine then reads). So a key is only
 * inserted into a section with no error in it, and a top-level key or whole
 * section only into a plan with no syntax error at all. A duplicate key does
 * not break the structure.
 */
function landsWhereMeant(plan: PlanDocument, path: PlanPath): boolean {
  const errors = plan.doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
  if (errors.length === 0) return true;
  const root = plan.root;
  const section = path.length > 1 ? plan.pair(root, String(path[0])) : undefined;
  const from = section?.key.range?.[0];
  if (!root || from === undefined) return false;
  const next = root.items.map((p) => (p.key as Node | null)?.range?.[0]).filter((o): o is number => o !== undefined && o > from);
  const to = next.length ? Math.min(...next) : plan.text.length;
  return !errors.some((e) => e.pos[0] >= from && e.pos[0] < to);
}

/** Whether reaching `path` goes through an alias: an edit there would change the anchored node, elsewhere in the plan. */
function throughAlias(plan: PlanDocument, path: PlanPath): boolean {
  let current: unknown = plan.doc.contents;
  for (const segment of path) {
    if (isAlias(current)) return true;
    if (typeof segment === 'number') current = isSeq(current) ? current.items[segment] : undefined;
    else current = isMap(current) ? current.items.find((p) => isScalar(p.key) && String(p.key.value) === segment)?.value : undefined;
    if (current === undefined) return false;
  }
  return isAlias(current);
}

/** Where and what to insert for `path`, from the structure around it. */
function placedFix(plan: PlanDocument, path: PlanPath): Fix | undefined {
  // A Markdown plan gets key lines and headings, not YAML.
  if (markdownLayout(plan)) return markdownInsertionFix(plan, path);
  const info = keyInfoAt(path);
  const key = path[path.length - 1];
  if (!info || typeof key !== 'string') return undefined;
  const parentPath = path.slice(0, -1);
  const siblings = keysAllowedAt(parentPath);
  if (!siblings.includes(info)) return undefined;
  const parent = parentPath.length === 0 ? plan.doc.contents : plan.node(parentPath);
  const title = fixTitle(path, info);

  if (parentPath.length === 0 && (parent === null || parent === undefined || (isScalar(parent) && parent.value === null))) {
    // An empty file (or only comments): append, before a document end marker (`...`) if there is one.
    const end = /^\.\.\.(?=\s|$)/m.exec(plan.source);
    return { title, kind: 'scaffold', edits: [insertAt(plan, end ? end.index : plan.text.length, render(plan, info))] };
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
  if (!landsWhereMeant(plan, [section.key])) return undefined;
  if (markdownLayout(plan)) return markdownFillSectionFix(plan, section);
  const edits = underEmptyKey(plan, [section.key], section.children ?? []);
  return edits && { title: `Fill in section \`${section.key}\``, kind: 'scaffold', edits };
}
