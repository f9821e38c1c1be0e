// The Markdown front end: a `*.poc.md` plan (docs/markdown-plans.md) read into
// the same plan model a YAML plan is, a `yaml` Document whose nodes carry
// ranges into the Markdown text. Every rule, range and figure then works
// unchanged: no rule knows which format it reads.
//
// Front matter gives top-level keys as YAML does; a `##` heading names a
// section by its key, title or an alias; inside it, `**Key:** value` lines
// (in a list or a paragraph) give its keys, a list gives list items, and
// paragraphs are the section's prose (its text, when it has no keys).

import { Document, isMap, isScalar, Node, Pair, parseDocument, Scalar, YAMLMap, YAMLParseError, YAMLSeq } from 'yaml';
import { PlanDocument } from '../document';
import { KeyInfo, SECTIONS } from '../sections';
import type { MdBlock, MdHeading, MdItem, MdLine } from './blocks';
import { readBlocks } from './commonmark';
import { KeyLine, keyName, matchKey, readKeyLine } from './keys';
import { MarkdownLayout, PairLayout, SectionLayout, setLayout } from './layout';

/** This build reads Markdown plans (the browser bundle's stand-in, ./unavailable, says it does not). */
export function markdownPlansAvailable(): boolean {
  return true;
}

const FRONT_MATTER_OPEN = /^\ufeff?---[ \t]*\r?\n/;
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)[ \t]*\r?$/gm;

/** `---` on the first line and a closing `---` (or `...`) line; undefined when the text has none. */
export function frontMatterOf(source: string): { start: number; close: number; bodyStart: number } | undefined {
  const open = FRONT_MATTER_OPEN.exec(source);
  if (!open) return undefined;
  FRONT_MATTER_CLOSE.lastIndex = open[0].length;
  const m = FRONT_MATTER_CLOSE.exec(source);
  if (!m) return undefined;
  const nl = source.indexOf('\n', m.index);
  return { start: open[0].length, close: m.index, bodyStart: nl === -1 ? source.length : nl + 1 };
}

interface HeadingNode {
  heading?: MdHeading;
  blocks: MdBlock[];
  children: HeadingNode[];
  /** Offset where the heading's part of the text ends. */
  end: number;
}

const NUMBERISH = /^(?:[-+]?[.\d]|~$|null$|true$|false$)/i;

/**
 * A value as YAML would read it where YAML and Markdown agree: numbers,
 * `true`/`false`, and quoted text (`"< 20"`); anything else is the text as
 * written (`#` starts no comment in Markdown).
 */
export function readScalarText(text: string): unknown {
  if (text === '') return null;
  const quoted = text[0] === '"' || text[0] === "'";
  if (!quoted && !NUMBERISH.test(text)) return text;
  const doc = parseDocument(text, { logLevel: 'silent', prettyErrors: false });
  const node = doc.contents;
  if (doc.errors.length || !isScalar(node) || doc.comment || node.comment || node.range?.[1] !== text.length) return text;
  if (quoted) return node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? node.value : text;
  return typeof node.value === 'string' ? text : node.value;
}

/** A value followed by an HTML comment on its line, which a rendered plan does not show: what YAML writes as `value  # comment`. */
const TRAILING_COMMENT = /^(\S.*?)\s+<!--((?:(?!--).)*\S(?:(?!--).)*)-->$/;

function scalar(value: unknown, start: number, end: number): Scalar {
  const s = new Scalar(value);
  s.range = [start, end, end];
  return s;
}

class Reader {
  readonly layout: MarkdownLayout;
  private readonly lineStarts: number[];

  constructor(
    private readonly source: string,
    bodyStart: number,
  ) {
    this.lineStarts = [0];
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    this.layout = { sections: [], maps: new WeakMap(), bodyStart };
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.min(line, this.lineStarts.length - 1)];
  }

  /** Start of the line after `line` (the text's end after the last one). */
  afterLine(line: number): number {
    return line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.source.length;
  }

  blocks(body: string): MdBlock[] {
    return readBlocks(body, this.source, this.lineStarts);
  }

  /** The headings as a tree: each holds the blocks and the deeper headings up to the next one at its level or above. */
  tree(blocks: readonly MdBlock[]): HeadingNode {
    const root: HeadingNode = { blocks: [], children: [], end: this.source.length };
    const stack: HeadingNode[] = [root];
    for (const block of blocks) {
      if (block.kind !== 'heading') {
        stack[stack.length - 1].blocks.push(block);
        continue;
      }
      while (stack.length > 1 && stack[stack.length - 1].heading!.level >= block.level) stack.pop()!.end = this.lineStart(block.line);
      const node: HeadingNode = { heading: block, blocks: [], children: [], end: this.source.length };
      stack[stack.length - 1].children.push(node);
      stack.push(node);
    }
    return root;
  }

  /** The value a heading's part of the text gives the key `info` (unknown when undefined). */
  value(info: KeyInfo | undefined, node: HeadingNode, prose: string[]): Node {
    const kind = info?.kind;
    const at = node.heading ? node.heading.end : 0;
    if (kind === 'map' || kind === undefined) {
      const map = this.map(info?.children, node.blocks, prose);
      for (const child of node.children) {
        const childInfo = info?.children && matchKey(info.children, child.heading!.text);
        const key = this.key(childInfo, child.heading!.text, child.heading!.start, child.heading!.end);
        map.items.push(new Pair(key, this.value(childInfo, child, prose)));
      }
      if (map.items.length) return map;
    } else if (kind === 'map-list') {
      const seq = this.list(info, node.blocks, prose);
      for (const child of node.children) seq.items.push(this.headedEntry(info!, child, prose));
      if (seq.items.length) return seq;
    } else {
      for (const child of node.children) this.prose(child.blocks, prose);
    }
    return this.text(node.blocks, at, prose);
  }

  /** Paragraphs as one text, a list as its items' texts; nothing is an empty value. */
  private text(blocks: readonly MdBlock[], at: number, prose: string[]): Node {
    const list = blocks.find((b) => b.kind === 'list');
    if (list && list.kind === 'list') {
      const seq = new YAMLSeq();
      for (const item of list.items) {
        const first = item.children.find((c) => c.kind === 'paragraph');
        if (first?.kind === 'paragraph') seq.items.push(this.lineScalar(first.lines));
      }
      this.range(seq);
      for (const b of blocks) if (b !== list) this.prose([b], prose);
      return seq;
    }
    const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
    this.prose(
      blocks.filter((b) => b.kind !== 'paragraph'),
      prose,
    );
    if (paragraphs.length === 0) return scalar(null, at, at);
    if (paragraphs.length === 1) return this.lineScalar(paragraphs[0].lines);
    const lines = paragraphs.map((p) => p.lines);
    const text = lines.map((l) => l.map((x) => x.text).join(' ')).join('\n\n');
    const last = lines[lines.length - 1];
    return scalar(text, lines[0][0].start, last[last.length - 1].end);
  }

  /** Lines of one paragraph as one value: typed when it is one line. */
  private lineScalar(lines: readonly MdLine[]): Scalar {
    const text = lines.map((l) => l.text).join(' ');
    return scalar(lines.length === 1 ? readScalarText(text) : text, lines[0].start, lines[lines.length - 1].end);
  }

  private key(info: KeyInfo | undefined, name: string, start: number, end: number): Scalar {
    return scalar(info?.key ?? (keyName(name) || name), start, end);
  }

  /** The key lines among `blocks` as a mapping; with no key lines, an empty one. */
  private map(level: readonly KeyInfo[] | undefined, blocks: readonly MdBlock[], prose: string[]): YAMLMap {
    const map = new YAMLMap();
    const layouts: PairLayout[] = [];
    // A plain `Word: text` line is a key only where the format knows the key; a marked one always is.
    const accepts = (kl: KeyLine) => kl.marked || (!!level && !!matchKey(level, kl.name));
    const add = (kl: KeyLine, line: MdLine, continuation: MdLine[], nested: readonly MdBlock[], ownItem: boolean) => {
      const info = level && matchKey(level, kl.name);
      const key = this.key(info, kl.name, kl.nameStart, kl.nameEnd);
      let value: Node;
      if (kl.value === '' && continuation.length === 0 && nested.length > 0) {
        value = this.nested(info, nested, prose, kl.nameEnd);
      } else {
        this.prose(nested, prose);
        value = this.keyValue(kl, continuation);
      }
      const pair = new Pair(key, value);
      map.items.push(pair);
      const lead = this.source.slice(this.lineStart(line.line), line.start);
      layouts.push({ pair, lead, ownItem });
    };
    const fromLines = (lines: readonly MdLine[], item: MdItem | undefined, rest: readonly MdBlock[]) => {
      let current: { kl: KeyLine; line: MdLine; continuation: MdLine[] } | undefined;
      const before = layouts.length;
      const flush = (nested: readonly MdBlock[]) => {
        if (current) add(current.kl, current.line, current.continuation, nested, !!item && current.line.line === item.line);
        current = undefined;
      };
      lines.forEach((line) => {
        const kl = readKeyLine(line.text, line.start);
        if (kl && accepts(kl)) {
          flush([]);
          current = { kl, line, continuation: [] };
        } else if (current) current.continuation.push(line);
        else prose.push(line.text);
      });
      if (current) flush(rest);
      else this.prose(rest, prose);
      // An item with several key lines is one block of lines: a sibling goes in as a line of it.
      if (layouts.length - before > 1) for (let k = before; k < layouts.length; k++) layouts[k].ownItem = false;
    };
    for (const block of blocks) {
      if (block.kind === 'paragraph') fromLines(block.lines, undefined, []);
      else if (block.kind === 'list') {
        for (const item of block.items) {
          const [first, ...rest] = item.children;
          if (first?.kind === 'paragraph') fromLines(first.lines, item, rest);
          else this.prose(item.children, prose);
        }
      } else this.prose([block], prose);
    }
    this.range(map);
    this.layout.maps.set(map, layouts);
    return map;
  }

  /** What a key line with nothing after its colon holds: the list or lines beneath it. */
  private nested(info: KeyInfo | undefined, blocks: readonly MdBlock[], prose: string[], at: number): Node {
    const kind = info?.kind;
    if (kind === 'map' || kind === undefined) {
      const map = this.map(info?.children, blocks, prose);
      if (map.items.length) return map;
    } else if (kind === 'map-list') {
      const seq = this.list(info, blocks, prose);
      if (seq.items.length) return seq;
    }
    return this.text(blocks, at, prose);
  }

  private keyValue(kl: KeyLine, continuation: readonly MdLine[]): Scalar {
    if (continuation.length === 0) {
      // `- **In POC:** true <!-- not connected yet -->`: the value, and the comment beside it (as YAML's `# ...`).
      const beside = TRAILING_COMMENT.exec(kl.value);
      if (beside) {
        const value = scalar(readScalarText(beside[1]), kl.valueStart, kl.valueStart + beside[1].length);
        value.comment = ` ${beside[2].trim()}`;
        return value;
      }
      return scalar(readScalarText(kl.value), kl.valueStart, kl.valueEnd);
    }
    const text = [kl.value, ...continuation.map((l) => l.text)].filter((t) => t !== '').join(' ');
    const start = kl.value === '' ? continuation[0].start : kl.valueStart;
    return scalar(text, start, continuation[continuation.length - 1].end);
  }

  /** A list whose items are entries (a metric, an integration): each item's key lines, wherever in it they are. */
  private list(info: KeyInfo | undefined, blocks: readonly MdBlock[], prose: string[]): YAMLSeq {
    const seq = new YAMLSeq();
    for (const block of blocks) {
      if (block.kind !== 'list') {
        this.prose([block], prose);
        continue;
      }
      for (const item of block.items) {
        const lines = itemLines(item.children);
        if (lines.length === 0) continue;
        const entry = this.map(info?.children, [{ kind: 'paragraph', lines }], []);
        if (entry.items.length) {
          // Every key line of an entry shares its item: a new one is a line, not an item.
          for (const l of this.layout.maps.get(entry) ?? []) l.ownItem = false;
          seq.items.push(entry);
        } else {
          const first = item.children.find((c) => c.kind === 'paragraph');
          seq.items.push(first?.kind === 'paragraph' ? this.lineScalar(first.lines) : this.lineScalar(lines));
        }
      }
    }
    this.range(seq);
    return seq;
  }

  /** `### Ticketing (ServiceNow)` under a list section: one entry, the heading its first key when no line gives it. */
  private headedEntry(info: KeyInfo, node: HeadingNode, prose: string[]): Node {
    const entry = this.map(info.children, node.blocks, prose);
    const first = info.children?.[0];
    const h = node.heading!;
    if (first && !entry.items.some((p) => isScalar(p.key) && p.key.value === first.key)) {
      entry.items.unshift(new Pair(scalar(first.key, h.start, h.end), scalar(h.text, h.start, h.end)));
      this.range(entry);
    }
    return entry;
  }

  /** Blocks no key reads, kept as prose (comments, when the plan is written as YAML). */
  prose(blocks: readonly MdBlock[], into: string[]): void {
    for (const b of blocks) {
      if (b.kind === 'paragraph') into.push(...b.lines.map((l) => l.text));
      else if (b.kind === 'heading') into.push(b.text);
      else if (b.kind === 'list') for (const item of b.items) this.prose(item.children, into);
      else for (let l = b.line; l <= b.endLine; l++) into.push(this.source.slice(this.lineStart(l), this.afterLine(l)).trimEnd());
    }
  }

  private range(node: YAMLMap | YAMLSeq): void {
    const first = node.items[0] as Pair | Node | undefined;
    const last = node.items[node.items.length - 1] as Pair | Node | undefined;
    const start = (n: Pair | Node | undefined): number | undefined => (n instanceof Pair ? (n.key as Node).range?.[0] : n?.range?.[0]);
    const end = (n: Pair | Node | undefined): number | undefined => (n instanceof Pair ? ((n.value as Node | null)?.range?.[1] ?? (n.key as Node).range?.[1]) : n?.range?.[1]);
    const s = start(first);
    const e = end(last);
    if (s !== undefined && e !== undefined) node.range = [s, e, e];
  }

  section(key: string, node: HeadingNode): SectionLayout {
    const h = node.heading!;
    return { key, level: h.level, lineStart: this.lineStart(h.line), bodyStart: this.afterLine(h.line), end: node.end };
  }
}

/** Every paragraph line in an item, nested lists included, in order. */
function itemLines(blocks: readonly MdBlock[]): MdLine[] {
  const out: MdLine[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') out.push(...b.lines);
    else if (b.kind === 'list') for (const item of b.items) out.push(...itemLines(item.children));
  }
  return out;
}

function comment(lines: readonly string[]): string | undefined {
  const text = lines.filter((l) => l.trim() !== '').map((l) => ` ${l}`);
  return text.length ? text.join('\n') : undefined;
}

/** A Markdown plan as the plan model the rules read. */
export function parseMarkdownPlan(text: string): PlanDocument {
  const source = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
  const fm = frontMatterOf(source);
  const doc = new Document() as unknown as Document.Parsed;
  const root = new YAMLMap();
  doc.contents = root as unknown as Document.Parsed['contents'];
  const reader = new Reader(source, fm ? fm.bodyStart : source.charCodeAt(0) === 0xfeff ? 1 : 0);
  const layout = reader.layout;
  let body = source;
  if (fm) {
    layout.frontMatter = fm;
    const front = parseDocument(source.slice(0, fm.close), { uniqueKeys: false, prettyErrors: false, logLevel: 'error' });
    doc.errors.push(...front.errors);
    doc.warnings.push(...front.warnings);
    if (isMap(front.contents)) root.items.push(...front.contents.items);
    else if (front.contents && !(isScalar(front.contents) && front.contents.value === null)) {
      const r = front.contents.range ?? [0, fm.close];
      doc.errors.push(new YAMLParseError([r[0], r[1]], 'UNEXPECTED_TOKEN', 'the front matter must be keys and values (`poc: ...`, `owner: ...`)'));
    }
    // markdown-it reads the body alone; blank lines keep its line numbers those of the text.
    body = '\n'.repeat(source.slice(0, fm.bodyStart).split('\n').length - 1) + source.slice(fm.bodyStart);
  }
  const tree = reader.tree(reader.blocks(body));
  const prose: string[] = [];
  reader.prose(tree.blocks, prose);
  const hasTitle = root.items.some((p) => isScalar(p.key) && p.key.value === 'poc');
  const candidates: HeadingNode[] = [];
  let titled = false;
  for (const node of tree.children) {
    if (node.heading!.level === 1 && !titled) {
      titled = true;
      const h = node.heading!;
      layout.title = { lineStart: reader.lineStart(h.line), bodyStart: reader.afterLine(h.line) };
      // First, where a YAML plan has its title.
      if (!hasTitle) root.items.unshift(new Pair(scalar('poc', h.start, h.end), scalar(readScalarText(h.text) ?? null, h.start, h.end)));
      reader.prose(node.blocks, prose);
      candidates.push(...node.children);
    } else candidates.push(node);
  }
  doc.commentBefore = comment(prose) ?? null;
  for (const node of candidates) {
    const h = node.heading!;
    // A heading still being typed (`## `) names nothing yet: its part of the text is prose.
    if (h.text === '') {
      reader.prose(node.blocks, prose);
      continue;
    }
    const info = matchKey(SECTIONS, h.text);
    const sectionProse: string[] = [];
    const value = reader.value(info, node, sectionProse);
    const key = scalar(info?.key ?? (keyName(h.text) || h.text), h.start, h.end);
    key.commentBefore = comment(sectionProse) ?? null;
    layout.sections.push(reader.section(String(key.value), node));
    // A section both in the front matter and under a heading: one mapping, as if written once.
    const earlier = root.items.find((p) => isScalar(p.key) && p.key.value === key.value);
    if (earlier && isMap(earlier.value) && isMap(value) && (earlier.key as Node).range![0] < layout.bodyStart) earlier.value.items.push(...value.items);
    else root.items.push(new Pair(key, value));
  }
  const plan = new PlanDocument(text, doc);
  setLayout(plan, layout);
  return plan;
}
