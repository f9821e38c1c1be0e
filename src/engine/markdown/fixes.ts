// Quick fixes for Markdown plans: a missing section goes in as its heading
// with its key lines, after the section that precedes it in the format's
// order; a missing key goes in as a key line beside its siblings, written as
// they are (`- **Key:**` items or lines of one item). Every other byte stays.

import { isMap, isScalar, Node, YAMLMap } from 'yaml';
import { isPlaceholderValue, PlanDocument, PlanPath } from '../document';
import { KeyInfo, keyInfoAt, keysAllowedAt, SECTIONS } from '../sections';
import type { Fix, TextEdit } from '../types';
import { matchKey } from './keys';
import { MarkdownLayout, markdownLayout, PairLayout } from './layout';

const SCALAR_KINDS = new Set(['text', 'number', 'boolean', 'date', 'enum']);

/** Plain text and the same text as a snippet, built line by line with numbered tab stops. */
class Lines {
  private stop = 0;
  readonly text: string[] = [];
  readonly snippet: string[] = [];

  line(before: string, value?: { plain: string; snippet: string }): void {
    this.text.push(before + (value?.plain ?? ''));
    this.snippet.push(escape(before) + (value?.snippet ?? ''));
  }

  placeholder(info: KeyInfo): { plain: string; snippet: string } {
    if (info.kind === 'boolean' || info.kind === 'enum') {
      const values = info.kind === 'boolean' ? ['true', 'false'] : (info.values ?? []);
      return { plain: 'TODO', snippet: `\${${++this.stop}|${['TODO', ...values].map((v) => v.replace(/[,|\\$}]/g, '\\$&')).join(',')}|}` };
    }
    const plain = info.hint ? `TODO ${info.hint}` : 'TODO';
    return { plain, snippet: `\${${++this.stop}:${escape(plain)}}` };
  }
}

function escape(s: string): string {
  return s.replace(/[\\$}]/g, '\\$&');
}

/** The name a key line gives `info` among `level`: its title when that reads back as it, else its key. */
export function keyLabel(level: readonly KeyInfo[], info: KeyInfo): string {
  return matchKey(level, info.title) === info ? info.title : info.key;
}

/** Key lines for `infos`: `${lead}**Key:** TODO ...`, lists and mappings nested beneath. */
export function renderKeyLines(out: Lines, level: readonly KeyInfo[], infos: readonly KeyInfo[], indent: string, marker = '- '): void {
  for (const info of infos) {
    const head = `${indent}${marker}**${keyLabel(level, info)}:**`;
    const inner = indent + ' '.repeat(marker.length);
    if (SCALAR_KINDS.has(info.kind)) out.line(`${head} `, out.placeholder(info));
    else {
      out.line(head);
      if (info.kind === 'map') renderKeyLines(out, info.children ?? [], info.children ?? [], inner);
      else if (info.kind === 'map-list') renderEntry(out, info.children ?? [], inner);
      else out.line(`${inner}- `, out.placeholder(info));
    }
  }
}

/** One entry of a list of mappings: its first key after `- `, the others as lines of the same item. */
function renderEntry(out: Lines, children: readonly KeyInfo[], indent: string): void {
  children.forEach((child, i) => out.line(`${indent}${i === 0 ? '- ' : '  '}**${keyLabel(children, child)}:** `, out.placeholder(child)));
}

/** A section's body: its key lines, or one entry for a list section. */
function renderBody(out: Lines, info: KeyInfo): void {
  if (info.kind === 'map') renderKeyLines(out, info.children ?? [], info.children ?? [], '');
  else if (info.kind === 'map-list') renderEntry(out, info.children ?? [], '');
  else out.line('- ', out.placeholder(info));
}

/** `## Title`, a blank line and the body, as Markdown text and snippet: for fixes, snippets and new plans. */
export function renderSection(info: KeyInfo): { text: string; snippet: string } {
  const out = new Lines();
  out.line(`## ${info.title}`);
  out.line('');
  renderBody(out, info);
  return { text: out.text.join('\n'), snippet: out.snippet.join('\n') };
}

/** A whole Markdown plan with every section, for the `poc-md-plan` snippet and new plans. */
export function renderMarkdownPlan(): { text: string; snippet: string } {
  const out = new Lines();
  const owner = SECTIONS.find((s) => s.key === 'owner')!;
  const title = SECTIONS.find((s) => s.key === 'poc')!;
  out.line('---');
  out.line('schema_version: 1');
  out.line('owner: ', out.placeholder(owner));
  out.line('---');
  out.line('');
  out.line('# ', out.placeholder(title));
  for (const section of SECTIONS) {
    if (SCALAR_KINDS.has(section.kind)) continue;
    out.line('');
    out.line(`## ${section.title}`);
    out.line('');
    renderBody(out, section);
  }
  return { text: out.text.join('\n'), snippet: out.snippet.join('\n') };
}

function eolOf(plan: PlanDocument): string {
  return /\r\n|\n|\r/.exec(plan.text)?.[0] ?? '\n';
}

/** An edit replacing [start, end) with lines (each ending in a line break), in the plan's line ending. */
function edit(plan: PlanDocument, start: number, end: number, lines: Lines, before = '', after = ''): TextEdit {
  const eol = eolOf(plan);
  const join = (ls: string[]) => (before + ls.join('\n') + '\n' + after).replace(/\n/g, eol);
  return { range: plan.rangeOf(start, end), newText: join(lines.text), snippet: join(lines.snippet) };
}

/** What to write before text inserted at `offset` so it starts on a line of its own after a blank line. */
function leadAt(plan: PlanDocument, offset: number): string {
  const s = plan.source.slice(0, offset);
  if (s === '' || s.endsWith('\n\n')) return '';
  return s.endsWith('\n') ? '\n' : '\n\n';
}

function insertSection(plan: PlanDocument, layout: MarkdownLayout, info: KeyInfo): Fix | undefined {
  const title = `Insert missing section \`${info.key}\``;
  const out = new Lines();
  if (SCALAR_KINDS.has(info.kind)) {
    if (info.key === 'poc') {
      out.line('# ', out.placeholder(info));
      return { title: `Insert missing \`poc\``, kind: 'scaffold', edits: [edit(plan, layout.bodyStart, layout.bodyStart, out, '', '\n')] };
    }
    const fm = layout.frontMatter;
    out.line(`${info.key}: `, out.placeholder(info));
    if (fm) return { title: `Insert missing \`${info.key}\``, kind: 'scaffold', edits: [edit(plan, fm.close, fm.close, out)] };
    const bom = plan.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return { title: `Insert missing \`${info.key}\``, kind: 'scaffold', edits: [edit(plan, bom, bom, out, '---\n', '---\n\n')] };
  }
  const order = new Map(SECTIONS.map((s, i) => [s.key, i]));
  const target = order.get(info.key)!;
  const known = layout.sections.filter((s) => order.has(s.key));
  const before = known.filter((s) => order.get(s.key)! < target);
  const at = before.length ? before[before.length - 1].end : known.length ? known[0].lineStart : plan.text.length;
  out.line(`## ${info.title}`);
  out.line('');
  renderBody(out, info);
  const atEnd = at >= plan.text.length;
  return { title, kind: 'scaffold', edits: [edit(plan, at, at, out, leadAt(plan, at), atEnd ? '' : '\n')] };
}

/** A key line beside its siblings in a mapping written as key lines. */
function intoMap(plan: PlanDocument, map: YAMLMap, pairs: readonly PairLayout[], parentPath: PlanPath, info: KeyInfo): TextEdit | undefined {
  if (pairs.length === 0) return undefined;
  const siblings = keysAllowedAt(parentPath);
  const order = new Map(siblings.map((s, i) => [s.key, i]));
  const target = siblings.indexOf(info);
  const keyOf = (p: PairLayout) => String((p.pair.key as { value: unknown }).value);
  const before = pairs.filter((p) => (order.get(keyOf(p)) ?? -1) !== -1 && order.get(keyOf(p))! < target);
  const first = pairs[0];
  // The first key line of an entry carries the item's dash: nothing goes above it.
  const anchor = before.length ? before[before.length - 1] : first.ownItem ? undefined : first;
  const like = anchor ?? first;
  const out = new Lines();
  if (like.ownItem) {
    const marker = /[-*+]\s*$|\d+[.)]\s*$/.exec(like.lead)?.[0] ?? '- ';
    renderKeyLines(out, siblings, [info], like.lead.slice(0, like.lead.length - marker.length), marker);
  } else {
    // A line of a paragraph or of an entry's item: nothing nested can follow it there.
    if (!SCALAR_KINDS.has(info.kind)) return undefined;
    out.line(`${' '.repeat(like.lead.length)}**${keyLabel(siblings, info)}:** `, out.placeholder(info));
  }
  const keyStart = (first.pair.key as Node).range![0];
  // Right after the sibling's last line: a list's trailing blank line stays between it and what follows.
  const offset = anchor ? plan.nextLineStart(plan.contentEnd(anchor.pair) ?? (anchor.pair.key as Node).range![1]) : plan.lineStart(plan.positionAt(keyStart).line);
  void map;
  return edit(plan, offset, offset, out);
}

/** A key written with nothing after its colon (`- **Human review:**`): its keys go beneath it. */
function underEmptyKey(plan: PlanDocument, layout: MarkdownLayout, parentPath: PlanPath, infos: readonly KeyInfo[]): TextEdit | undefined {
  const grand = plan.node(parentPath.slice(0, -1));
  const key = parentPath[parentPath.length - 1];
  if (typeof key !== 'string' || !isMap(grand)) return undefined;
  const pairLayout = layout.maps.get(grand)?.find((p) => isScalar(p.pair.key) && p.pair.key.value === key);
  const value = pairLayout?.pair.value;
  if (!pairLayout || !pairLayout.ownItem || !(isScalar(value) && value.value === null)) return undefined;
  const out = new Lines();
  const siblings = keysAllowedAt(parentPath);
  renderKeyLines(out, siblings, infos, ' '.repeat(pairLayout.lead.length));
  const line = plan.positionAt((pairLayout.pair.key as Node).range![0]).line;
  const offset = plan.nextLineStart(plan.lineEnd(line));
  return edit(plan, offset, offset, out, offset >= plan.text.length && !plan.source.endsWith('\n') ? '\n' : '');
}

/** The insertion for a missing key of a Markdown plan (undefined when none is safe). */
export function markdownInsertionFix(plan: PlanDocument, path: PlanPath): Fix | undefined {
  const layout = markdownLayout(plan);
  const info = keyInfoAt(path);
  const key = path[path.length - 1];
  if (!layout || !info || typeof key !== 'string') return undefined;
  const parentPath = path.slice(0, -1);
  if (!keysAllowedAt(parentPath).includes(info)) return undefined;
  if (parentPath.length === 0) return insertSection(plan, layout, info);
  const title = `Insert missing \`${path.join('.')}\``;
  const parent = plan.node(parentPath);
  if (isMap(parent)) {
    const pairs = layout.maps.get(parent);
    const e = pairs && intoMap(plan, parent, pairs, parentPath, info);
    return e && { title, kind: 'scaffold', edits: [e] };
  }
  if (parentPath.length === 1) {
    const section = sectionFill(plan, layout, String(parentPath[0]), [info]);
    return section && { title, kind: 'scaffold', edits: [section] };
  }
  const e = underEmptyKey(plan, layout, parentPath, [info]);
  return e && { title, kind: 'scaffold', edits: [e] };
}

/** Key lines under a section's heading whose body is empty or a placeholder (which they replace). */
function sectionFill(plan: PlanDocument, layout: MarkdownLayout, key: string, infos: readonly KeyInfo[]): TextEdit | undefined {
  const section = layout.sections.find((s) => s.key === key);
  const value = plan.node([key]);
  if (!section || !(value === null || (isScalar(value) && isPlaceholderValue(value.value)))) return undefined;
  const out = new Lines();
  const level = keysAllowedAt([key]);
  renderKeyLines(out, level, infos, '');
  const range = isScalar(value) ? value.range : undefined;
  if (range && range[1] > range[0]) {
    // `TODO` written under the heading: the key lines take its place.
    const start = plan.lineStart(plan.positionAt(range[0]).line);
    if (start < section.bodyStart) return undefined;
    return edit(plan, start, plan.nextLineStart(range[1]), out);
  }
  const at = section.bodyStart;
  return edit(plan, at, at, out, at >= plan.text.length && !plan.source.endsWith('\n') ? '\n\n' : '\n', at >= plan.text.length ? '' : '');
}

/** For a Markdown section that is present but empty: all its key lines under its heading. */
export function markdownFillSectionFix(plan: PlanDocument, section: KeyInfo): Fix | undefined {
  const layout = markdownLayout(plan);
  if (!layout || section.kind !== 'map') return undefined;
  const e = sectionFill(plan, layout, section.key, section.children ?? []);
  return e && { title: `Fill in section \`${section.key}\``, kind: 'scaffold', edits: [e] };
}

/**
 * One key line of `section` as a snippet, for completion, written after
 * `marker`: the editor indents the lines nested beneath it like the line.
 */
export function renderKeyLine(section: string, info: KeyInfo, marker: string): string {
  const out = new Lines();
  renderKeyLines(out, keysAllowedAt([section]), [info], '', '- ');
  return out.snippet.map((l, i) => (i === 0 ? marker + l.slice(2) : l)).join('\n');
}

export type { Lines };

/** The Markdown snippets: `poc-md-plan` for a whole plan, `poc-md-<section>` for each section with a heading. */
export function markdownPlanSnippets(): Record<string, { prefix: string; description: string; body: string[] }> {
  const snippets: Record<string, { prefix: string; description: string; body: string[] }> = {
    'POC plan (Markdown)': {
      prefix: 'poc-md-plan',
      description: 'A whole POC plan in Markdown: front matter, then a heading per production-readiness section with placeholders to fill in.',
      body: renderMarkdownPlan().snippet.split('\n'),
    },
  };
  for (const section of SECTIONS) {
    if (SCALAR_KINDS.has(section.kind)) continue;
    snippets[`Section (Markdown): ${section.title}`] = {
      prefix: `poc-md-${section.key.replace(/_/g, '-')}`,
      description: `${section.title}: ${section.description}`,
      body: renderSection(section).snippet.split('\n'),
    };
  }
  return snippets;
}
