// Renders section metadata as YAML: plain text for the engine's fixes, and
// the same text as a VS Code snippet (tab stops, choices) for the editor.
// Every value starts as a `TODO ...` placeholder, so an inserted section is
// visibly unwritten rather than silently claiming readiness.

import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { PlanDocument } from './document';
import { KeyInfo, SECTIONS } from './sections';

export interface Rendered {
  text: string;
  snippet: string;
}

class Renderer {
  private tabStop = 0;
  private readonly text: string[] = [];
  private readonly snippet: string[] = [];

  /** `compactLists`: a list's dashes in its key's column (`key:` then `- item`), as some plans write them. */
  constructor(
    private readonly indentUnit: string,
    private readonly compactLists = false,
  ) {}

  line(indent: number, before: string, value?: { plain: string; snippet: string }): void {
    const pad = this.indentUnit.repeat(indent);
    this.text.push(pad + before + (value ? value.plain : ''));
    this.snippet.push(escapeSnippet(pad + before) + (value ? value.snippet : ''));
  }

  placeholder(hint: string | undefined): { plain: string; snippet: string } {
    const plain = placeholderFor(hint);
    return { plain, snippet: `\${${++this.tabStop}:${escapeSnippet(plain)}}` };
  }

  choice(values: readonly string[]): { plain: string; snippet: string } {
    const options = ['TODO', ...values].map((v) => v.replace(/[,|\\$}]/g, '\\$&')).join(',');
    return { plain: 'TODO', snippet: `\${${++this.tabStop}|${options}|}` };
  }

  /** `key: value` (or a nested block) at `indent`, `prefix` being `- ` for a list item's first key. */
  key(info: KeyInfo, indent: number, prefix = ''): void {
    const head = `${prefix}${info.key}:`;
    switch (info.kind) {
      case 'map':
        this.line(indent, head);
        for (const child of info.children ?? []) this.key(child, indent + 1);
        return;
      case 'map-list':
        this.line(indent, head);
        this.item(info, this.compactLists ? indent : indent + 1);
        return;
      case 'text-list':
        this.line(indent, head);
        this.line(this.compactLists ? indent : indent + 1, '- ', this.placeholder(info.hint));
        return;
      case 'enum':
        this.line(indent, head + ' ', this.choice(info.values ?? []));
        return;
      case 'boolean':
        this.line(indent, head + ' ', this.choice(['true', 'false']));
        return;
      default:
        this.line(indent, head + ' ', this.placeholder(info.hint));
    }
  }

  /** One item of a map-list: its first key after `- `, the rest aligned under it. */
  item(list: KeyInfo, indent: number): void {
    const children = list.children ?? [];
    children.forEach((child, i) => {
      if (i === 0) this.key(child, indent, '- ');
      else this.keyUnderDash(child, indent);
    });
  }

  /** Keys of a list item line up with its first key, two columns past the dash. */
  private keyUnderDash(info: KeyInfo, indent: number): void {
    this.withExtraColumns(2, () => this.key(info, indent));
  }

  private withExtraColumns(columns: number, render: () => void): void {
    const textStart = this.text.length;
    render();
    for (let i = textStart; i < this.text.length; i++) {
      this.text[i] = ' '.repeat(columns) + this.text[i];
      this.snippet[i] = ' '.repeat(columns) + this.snippet[i];
    }
  }

  result(): Rendered {
    return { text: this.text.join('\n'), snippet: this.snippet.join('\n') };
  }
}

function escapeSnippet(s: string): string {
  return s.replace(/[\\$}]/g, '\\$&');
}

/** `key: ...` for one key and everything under it, at `indent` levels of `indentUnit`. */
export function renderKey(info: KeyInfo, indent = 0, indentUnit = '  ', compactLists = false): Rendered {
  const r = new Renderer(indentUnit, compactLists);
  r.key(info, indent);
  return r.result();
}

/** A whole plan, every section, for "New POC Plan" and the `poc-plan` snippet. */
export function renderPlan(indentUnit = '  '): Rendered {
  const r = new Renderer(indentUnit);
  for (const section of SECTIONS) {
    // Optional sections (the outcome) come later in a POC's life: a new plan is proposed.
    if (section.optional) continue;
    if (section.key === 'schema_version') {
      r.line(0, 'schema_version: 1');
      continue;
    }
    r.key(section, 0);
  }
  return r.result();
}

const placeholderFor = (hint: string | undefined) => (hint ? `TODO ${hint}` : 'TODO');

/** The value the template (and an inserted key) starts with: `TODO <hint>`, or `TODO` for a choice. */
export function templatePlaceholder(info: KeyInfo): string {
  return info.kind === 'enum' || info.kind === 'boolean' ? 'TODO' : placeholderFor(info.hint);
}

/**
 * Whether a top-level section is still as the template (or an insertion)
 * wrote it: present with every key the template writes and no other, every
 * value the template's placeholder for its key or empty, and at least one
 * such placeholder. Any other value (a sentence, a number, a different
 * `TBD`), or a key added or removed, means someone is working on it.
 */
export function isUntouchedTemplate(plan: PlanDocument, section: KeyInfo): boolean {
  const seen = { placeholders: 0 };
  return plan.has([section.key]) && asTemplate(plan.node([section.key]), section, seen, 0) && seen.placeholders > 0;
}

function asTemplate(node: unknown, info: KeyInfo, seen: { placeholders: number }, depth: number): boolean {
  if (node === null || node === undefined) return true;
  if (isAlias(node) || depth > 8) return false;
  if (isScalar(node)) {
    if (node.value === null || node.value === '') return true;
    const leaf = info.kind !== 'map' && info.kind !== 'map-list';
    if (!leaf || node.value !== templatePlaceholder(info)) return false;
    seen.placeholders++;
    return true;
  }
  const children = info.children ?? [];
  // Every key the template writes is still there (a key removed is a section being worked on), and nothing else.
  const asMap = (map: unknown) => {
    if (!isMap(map) || map.items.length !== children.length) return false;
    const keys = new Set<string>();
    for (const p of map.items) {
      const key: unknown = p.key;
      const child = isScalar(key) ? children.find((c) => c.key === String(key.value)) : undefined;
      if (!child || keys.has(child.key) || !asTemplate(p.value, child, seen, depth + 1)) return false;
      keys.add(child.key);
    }
    return true;
  };
  if (info.kind === 'map') return asMap(node);
  if (!isSeq(node) || node.items.length === 0) return false;
  if (info.kind === 'map-list') return node.items.every((item) => asMap(item));
  // A text-list's items are each the list's placeholder.
  return info.kind === 'text-list' && node.items.every((item) => asTemplate(item, { ...info, kind: 'text' }, seen, depth + 1));
}
