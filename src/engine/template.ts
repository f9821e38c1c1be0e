// Renders section metadata as YAML: plain text for the engine's fixes, and
// the same text as a VS Code snippet (tab stops, choices) for the editor.
// Every value starts as a `TODO ...` placeholder, so an inserted section is
// visibly unwritten rather than silently claiming readiness.

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
    const plain = hint ? `TODO ${hint}` : 'TODO';
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
