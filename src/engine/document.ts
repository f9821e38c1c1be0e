// A parsed plan: the `yaml` Document with its LineCounter, and the one place
// where plan paths become nodes and nodes become ranges. Rules talk in paths;
// nothing else in the engine computes a range.

import { Document, isAlias, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, Node, Pair, Scalar, YAMLMap, YAMLParseError } from 'yaml';
import { parsePlan, plainData } from './cst';
import type { Position, Range } from './types';
import { HEDGE_WORDS, RATE_WORDS, Unit, UNIT_WORDS, unitOfKey } from './lexicon/units';

export type PathSegment = string | number;
export type PlanPath = readonly PathSegment[];

const PLACEHOLDER = /^(?:todo|tbd|\?+|n\/a|\.\.\.|…|-|none yet|to be (?:decided|defined|confirmed|determined))$/i;
// A value that starts with `TBD`, with `TODO` in capitals, or with `todo:`: "Todo comentario con puntuación alta…" is Spanish for "every comment".
const PLACEHOLDER_PREFIX = /^(?:tbd(?![a-z])|todo\s*[:(\-–—])/i;
const TODO_PREFIX = /^TODO(?![A-Za-z])/;

/** `TODO`, `TBD`, `?`, `n/a`, `...`, `-`, empty, or text starting with `TBD`, `TODO` in capitals or `todo:`: present but not written. */
export function isPlaceholderValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'string') return false;
  const v = value.trim();
  return v === '' || PLACEHOLDER.test(v) || PLACEHOLDER_PREFIX.test(v) || TODO_PREFIX.test(v);
}

/** A bare `n/a`: the author says the value does not apply, without saying why. */
export function isBareNotApplicable(value: unknown): boolean {
  return typeof value === 'string' && /^n\/a$/i.test(value.trim());
}

// Digits with thousands separators (`1,500`, `40 000`, `1'000`, `1_000`) and a
// decimal point, or a decimal comma in short numbers (`1,5`).
const QUOTED_NUMBER = /^[-+]?(?:\d{1,3}(?:([,' _\u00a0\u202f])\d{3})(?:\1\d{3})*|\d+)(?:\.\d+)?$/;
const DECIMAL_COMMA = /^[-+]?\d+,\d{1,2}$/;

/**
 * The ISO date a value starts with, also when prose follows it
 * ("2027-03-12 (vendredi 12 mars, au conseil)"): a reviewer reads that date.
 */
export function leadingIsoDate(text: string | undefined): string | undefined {
  const m = text === undefined ? null : /^(\d{4}-\d{2}-\d{2})(?:$|\s*[(,;:–—-]|\s+\S)/.exec(text.trim());
  return m && !Number.isNaN(Date.parse(m[1] + 'T00:00:00Z')) ? m[1] : undefined;
}

/** The number a quoted value writes, or undefined when it is not only a number. */
export function quotedNumber(text: string, unit?: Unit): number | undefined {
  const unhedged = withoutHedge(text.trim());
  const t = withoutCountedNoun(unit ? withoutUnit(unhedged, unit) : unhedged);
  if (DECIMAL_COMMA.test(t)) return Number(t.replace(',', '.'));
  if (!QUOTED_NUMBER.test(t)) return undefined;
  const n = Number(t.replace(/[,' _\u00a0\u202f]/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

/** `about 150` -> `150`: a hedge before the number says it is an estimate, and the number is still read. */
function withoutHedge(text: string): string {
  const lower = text.toLowerCase();
  for (const h of HEDGE_WORDS) if (lower.startsWith(h) && /^\s*[-+]?\d/.test(text.slice(h.length)) && (h === '~' || /\s/.test(text[h.length]))) return text.slice(h.length).trim();
  return text;
}

/** `150 alerts expected` -> `150`: words after the number that name what is counted, not a rate or a unit. */
function withoutCountedNoun(text: string): string {
  const m = /^([-+]?\d[\d,.' _\u00a0\u202f]*?)\s+(\p{L}[\p{L}\s'-]*)$/u.exec(text);
  if (!m) return text;
  const words = m[2].toLowerCase().split(/\s+/);
  return words.some((w) => RATE_WORDS.has(w)) ? text : m[1];
}

/** `9 min` -> `9`, `€0.40` -> `0.40`: the text without its key's own unit before or after the digits. */
function withoutUnit(text: string, unit: Unit): string {
  const m = /^([^\d+-]*?)\s*([-+]?\d[\d,.' _\u00a0\u202f]*?)\s*([^\d]*)$/u.exec(text);
  if (!m) return text;
  const [, before, digits, after] = m;
  const words = UNIT_WORDS[unit];
  const ok = (w: string) => w === '' || words.includes(w.toLowerCase());
  return ok(before.trim()) && ok(after.trim()) && (before.trim() === '' || after.trim() === '') ? digits : text;
}

export function pathToString(path: PlanPath): string {
  return path.join('.');
}

/**
 * Adds yaml's DUPLICATE_KEY error (same position, code and message as its
 * `uniqueKeys` option) for every scalar key that repeats an earlier one in
 * the same mapping, in one pass over the tree with one lookup per key. Keys
 * compare as yaml compares them: by scalar value; a collection key is never
 * equal to another. Aliases are not followed: their anchors are visited where
 * they are written.
 */
function reportDuplicateKeys(doc: Document.Parsed): void {
  const found: YAMLParseError[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (isScalar(key)) {
          // NaN is never equal to itself for yaml either.
          if (seen.has(key.value) && key.range && !Number.isNaN(key.value)) found.push(new YAMLParseError([key.range[0], key.range[0] + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
          seen.add(key.value);
        } else if (isCollection(key)) stack.push(key);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    } else if (isPair(node)) {
      stack.push(node.key, node.value);
    }
  }
  found.sort((a, b) => a.pos[0] - b.pos[0]);
  doc.errors.push(...found);
}

/** How much of a section's text `textUnder` collects: more than the lexicons read (4,000 characters a text). */
const TEXT_UNDER_LIMIT = 8000;

export class PlanDocument {
  readonly doc: Document.Parsed;
  readonly lineCounter = new LineCounter();
  private readonly lineStarts: number[];

  /**
   * The text as yaml reads it: the same as `text` except that each lone CR
   * (an old Mac line ending) is an LF, as YAML and editors count line breaks;
   * every offset means the same in both.
   */
  readonly source: string;

  /**
   * `built`: a Document another front end made from `text` (a Markdown plan),
   * its node ranges offsets into `text`; the rules then read it as they read YAML.
   */
  constructor(
    readonly text: string,
    private readonly built?: Document.Parsed,
  ) {
    this.source = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
    // yaml's own uniqueKeys check compares each key with every earlier one
    // (quadratic: 100,000 keys took 80 s); duplicates are found below in one pass.
    // logLevel 'error': yaml's warnings (e.g. a mapping used as a key) would go to process.emitWarning.
    // parseDocument's document, composed straight from yaml's CST when the plan allows (src/engine/cst.ts);
    // a Markdown plan's front end builds its own.
    this.doc = built ?? parsePlan(this.source, { lineCounter: this.lineCounter, uniqueKeys: false, prettyErrors: false, logLevel: 'error' });
    reportDuplicateKeys(this.doc);
    this.lineStarts = [0];
    const source = this.source;
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  private json_?: { value: unknown; error?: string };

  /**
   * The plan as plain data, aliases expanded under yaml's resource limit. An
   * alias bomb yields an error instead of a hang.
   */
  json(): { value: unknown; error?: string } {
    if (!this.json_) {
      try {
        this.json_ = { value: plainData(this.doc) };
      } catch (e) {
        this.json_ = { value: undefined, error: e instanceof Error ? e.message : String(e) };
      }
    }
    return this.json_;
  }

  get root(): YAMLMap | undefined {
    return isMap(this.doc.contents) ? this.doc.contents : undefined;
  }

  /** The position of `offset`; an offset inside a line break (between CR and LF) is the end of its line. */
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: Math.min(o, this.lineEnd(lo)) - this.lineStarts[lo] };
  }

  offsetAt(position: Position): number {
    const line = Math.min(position.line, this.lineStarts.length - 1);
    return Math.min(this.lineStarts[line] + position.character, this.lineEnd(line));
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset of the end of a line's content, before its line break (LF, CRLF or CR). */
  lineEnd(line: number): number {
    const l = Math.min(line, this.lineStarts.length - 1);
    if (l + 1 >= this.lineStarts.length) return this.text.length;
    const next = this.lineStarts[l + 1];
    return next - (next >= 2 && this.text[next - 2] === '\r' && this.text[next - 1] === '\n' ? 2 : 1);
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(Math.max(start, end)) };
  }

  /** The range of a node's content (without trailing comments and newlines). */
  nodeRange(node: Node | null | undefined): Range | undefined {
    if (!node?.range) return undefined;
    return this.rangeOf(node.range[0], node.range[1]);
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.min(line, this.lineStarts.length - 1)];
  }

  /**
   * Offset just past the text a node (or a pair) is written with. yaml's own
   * end for a block collection can run on over the comments and blank lines
   * after it, and for a list written at its key's indentation (`key:` then
   * `- item` in the same column) over the next key's indentation as well; this
   * stops at the end of the last scalar or flow collection inside it.
   */
  contentEnd(node: unknown): number | undefined {
    if (isPair(node)) {
      const key = node.key as Node | null;
      return this.contentEnd(node.value) ?? key?.range?.[1];
    }
    if ((isMap(node) || isSeq(node)) && !node.flow) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const end = this.contentEnd(node.items[i]);
        if (end !== undefined) return end;
      }
    }
    return (node as Node | null | undefined)?.range?.[1];
  }

  /** Start of the line after `offset`, or `offset` itself when it already starts a line. */
  nextLineStart(offset: number): number {
    if (offset === 0 || this.source[offset - 1] === '\n') return offset;
    const nl = this.source.indexOf('\n', offset);
    return nl === -1 ? this.text.length : nl + 1;
  }

  /** Follows one alias to its anchor, without expanding anything beneath it. */
  resolve(node: unknown): unknown {
    if (isAlias(node)) return node.resolve(this.doc) ?? null;
    return node;
  }

  private readonly pairIndex = new WeakMap<YAMLMap, Map<string, Pair<Node, Node | null>>>();

  /**
   * The pair whose key is `key` in `map` (the first, if the key repeats). A
   * large mapping is indexed on its first lookup, so a plan with thousands
   * of keys in one mapping costs one pass, not one scan per finding.
   */
  pair(map: unknown, key: string): Pair<Node, Node | null> | undefined {
    const m = this.resolve(map);
    if (!isMap(m)) return undefined;
    const isKey = (p: unknown): p is Pair<Node, Node | null> => isPair(p) && isScalar(p.key);
    const name = (p: Pair<Node, Node | null>) => String((p.key as Scalar).value);
    if (m.items.length <= 16) {
      // A plain loop: this runs for every path every rule asks about.
      for (const p of m.items) if (isPair(p) && isScalar(p.key) && String(p.key.value) === key) return p as Pair<Node, Node | null>;
      return undefined;
    }
    let index = this.pairIndex.get(m);
    if (!index) {
      index = new Map();
      for (const p of m.items) if (isKey(p) && !index.has(name(p))) index.set(name(p), p);
      this.pairIndex.set(m, index);
    }
    return index.get(key);
  }

  /** The node at `path`, or undefined when any step is absent. */
  node(path: PlanPath): Node | null | undefined {
    let current: unknown = this.doc.contents;
    for (const segment of path) {
      current = this.resolve(current);
      if (typeof segment === 'number') {
        if (!isSeq(current)) return undefined;
        current = current.items[segment];
      } else {
        const p = this.pair(current, segment);
        if (!p) return undefined;
        current = p.value;
      }
      if (current === undefined) return undefined;
    }
    return this.resolve(current) as Node | null;
  }

  has(path: PlanPath): boolean {
    return this.node(path) !== undefined;
  }

  /** A scalar's value, or undefined for anything else. */
  value(path: PlanPath): unknown {
    const n = this.node(path);
    return isScalar(n) ? n.value : undefined;
  }

  /**
   * Written text (or number): present and not a placeholder. A list of
   * sentences where one was expected is read as that text, its items joined.
   */
  textAt(path: PlanPath): string | undefined {
    const n = this.node(path);
    if (isSeq(n)) {
      const items = n.items.map((i) => this.sentence(this.resolve(i))).filter((t): t is string => t !== undefined && !isPlaceholderValue(t));
      return items.length ? items.join('; ') : undefined;
    }
    const v = isScalar(n) ? n.value : undefined;
    if (typeof v === 'number') return String(v);
    return typeof v === 'string' && !isPlaceholderValue(v) ? v : undefined;
  }

  /**
   * A list item read as a sentence: a scalar, or a bullet that YAML read as a
   * one-pair mapping because of a colon in it ("- 2 weeks shadow mode: ...").
   */
  private sentence(item: unknown): string | undefined {
    if (isScalar(item)) return item.value === null ? undefined : String(item.value);
    if (isMap(item) && item.items.length === 1) {
      const { key, value } = item.items[0] as Pair<unknown, unknown>;
      const v = this.resolve(value);
      if (isScalar(key) && isScalar(v) && v.value !== null) return `${String(key.value)}: ${String(v.value)}`;
    }
    return undefined;
  }

  private readonly textUnderCache = new Map<string, string>();

  /**
   * Every sentence written under `path`, keys of the plan's own and free-form
   * ones alike ("scope:", "toelichting:"), and the comment beside each value,
   * joined; depth and length capped.
   * Several rules read the same section's text: it is walked once per plan.
   */
  textUnder(path: PlanPath): string {
    const key = JSON.stringify(path);
    let text = this.textUnderCache.get(key);
    if (text === undefined) {
      const out: string[] = [];
      let length = 0;
      const visit = (node: unknown, depth: number) => {
        const n = this.resolve(node);
        if (depth > 8 || length > TEXT_UNDER_LIMIT) return;
        if (isScalar(n)) {
          if (typeof n.value === 'string' && !isPlaceholderValue(n.value)) {
            out.push(n.value);
            length += n.value.length;
          }
          // The comment beside a value is the text beside it too ("in_poc: true  # not connected in the POC").
          const comment = this.commentBeside(n);
          if (comment) {
            out.push(comment);
            length += comment.length;
          }
        } else if (isMap(n)) for (const p of n.items) visit(p.value, depth + 1);
        else if (isSeq(n)) for (const i of n.items) visit(i, depth + 1);
      };
      visit(this.node(path), 0);
      text = out.join('. ');
      this.textUnderCache.set(key, text);
    }
    return text;
  }

  /**
   * The comment on a value's line, after it (`true   # not connected yet`), or
   * undefined. Read from the text: the fast composer (cst.ts) keeps no comments.
   */
  private commentBeside(n: Scalar): string | undefined {
    // A Markdown plan's front end sets the comment it read (`true <!-- not connected yet -->`).
    let comment: string | undefined;
    if (this.built) comment = n.comment?.trim();
    else if (n.range && n.range[2] > n.range[1]) {
      const [, end, nodeEnd] = n.range;
      comment = /^[ \t]+#([^\n]*)/.exec(this.source.slice(end, Math.min(nodeEnd, end + 1000)))?.[1].trim();
    }
    // A suppression (`# poc-readiness-disable-line POC011`) is an instruction to the checker, not a note on the value.
    return comment && !comment.startsWith('poc-readiness-') ? comment : undefined;
  }

  /** A number, also when written in quotes (`"10"`, `"1,500"`): a reviewer reads it as that number. */
  number(path: PlanPath): number | undefined {
    const v = this.value(path);
    if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
    return typeof v === 'string' ? quotedNumber(v, unitOfKey(path[path.length - 1])) : undefined;
  }

  /** Present with nothing in it: `key:`, `key: ""`, `key: {}` or `key: []`. */
  isEmpty(path: PlanPath): boolean {
    const n = this.node(path);
    if (n === null) return true;
    if (isScalar(n)) return n.value === null || n.value === '';
    return (isMap(n) || isSeq(n)) && n.items.length === 0;
  }

  boolean(path: PlanPath): boolean | undefined {
    const v = this.value(path);
    return typeof v === 'boolean' ? v : undefined;
  }

  /** Items of the sequence at `path` (aliases resolved), or [] when it is not a sequence. */
  items(path: PlanPath): unknown[] {
    const n = this.node(path);
    return isSeq(n) ? n.items.map((i) => this.resolve(i)) : [];
  }

  /**
   * Whether the value at `path` is written: a non-placeholder scalar, or a
   * collection holding at least one written value.
   */
  isWritten(path: PlanPath): boolean {
    return this.nodeIsWritten(this.node(path), 0, new Set());
  }

  /** `seen`: a node reached again through an alias was already found unwritten (an alias bomb stays linear). */
  private nodeIsWritten(node: unknown, depth: number, seen: Set<unknown>): boolean {
    const n = this.resolve(node);
    if (n === undefined || n === null || depth > 32 || seen.has(n)) return false;
    seen.add(n);
    if (isScalar(n)) return !isPlaceholderValue(n.value);
    if (isMap(n)) return n.items.some((p) => this.nodeIsWritten(p.value, depth + 1, seen));
    if (isSeq(n)) return n.items.some((i) => this.nodeIsWritten(i, depth + 1, seen));
    return false;
  }

  /**
   * Where a finding about `path` is shown: a scalar value when it exists, the
   * key when the value is empty or a whole block (a squiggle over a section is
   * noise), else the key of the nearest ancestor that exists, else the plan's
   * title key or the first line. A list item that is a mapping shows at its
   * first key.
   */
  rangeForPath(path: PlanPath): Range {
    for (let depth = path.length; depth > 0; depth--) {
      const prefix = path.slice(0, depth);
      const last = prefix[prefix.length - 1];
      const parent = this.node(prefix.slice(0, -1));
      if (typeof last === 'number') {
        const item = this.resolve(isSeq(parent) ? parent.items[last] : undefined);
        const first = isMap(item) ? item.items.find((p) => isPair(p) && isScalar(p.key)) : undefined;
        const r = first ? this.nodeRange(first.key as Node) : this.nodeRange(item as Node | undefined);
        if (r) return r;
        continue;
      }
      const p = this.pair(parent, last);
      if (!p) continue;
      const value = p.value;
      if (depth === path.length && isScalar(value) && value.range && value.range[1] > value.range[0]) {
        return this.nodeRange(value)!;
      }
      const keyRange = this.nodeRange(p.key);
      if (keyRange) return keyRange;
    }
    return this.topRange();
  }

  /**
   * Where a finding about something missing goes when its insertion would
   * land at `offset` (a line start, or the end of a last line without a
   * line break): an empty range on that line when it is blank, which the
   * editor shows one character wide between the keys around it. On a line
   * with text (the next key follows without a blank line) it is the end of
   * the line above instead, the end of what precedes the gap, so it is not
   * read as a finding on the next key; `keepOffLineAbove` (that line ends a
   * block scalar, where a suppression comment would become text) keeps it at
   * the start of the landing line. `disable-next-line` comments written at
   * the landing line are stepped over, so the comment reaches the finding.
   */
  gapRange(offset: number, keepOffLineAbove = false): Range {
    const lineText = (l: number) => this.text.slice(this.lineStarts[l], this.lineEnd(l));
    const { line, character } = this.positionAt(offset);
    const at = (l: number, c: number): Range => ({ start: { line: l, character: c }, end: { line: l, character: c } });
    if (character > 0) return at(line, character);
    const last = this.lineStarts.length - 1;
    let blank = line;
    while (blank < last && /^\s*#\s*poc-readiness-disable-next-line(?=\s|$)/.test(lineText(blank))) blank++;
    if (lineText(blank).trim() === '') return at(blank, 0);
    if (line === 0 || keepOffLineAbove) return at(line, 0);
    return at(line - 1, this.lineEnd(line - 1) - this.lineStarts[line - 1]);
  }

  /**
   * Where whole-plan findings go: the title key; without one, the first line
   * with YAML on it (past a header comment and blank lines, where the title
   * would be inserted and where a `disable-next-line` comment above reaches
   * it); in a file of only comments, the first non-blank line; else line 0.
   */
  topRange(): Range {
    const title = this.pair(this.root, 'poc');
    const r = title && this.nodeRange(title.key);
    if (r) return r;
    this.cachedFirstLine ??= this.firstLine();
    const { start, end } = this.cachedFirstLine;
    return { start: { ...start }, end: { ...end } };
  }

  private cachedFirstLine?: Range;

  private firstLine(): Range {
    const lineText = (l: number) => this.text.slice(this.lineStarts[l], this.lineEnd(l));
    let line = -1;
    let firstNonBlank = -1;
    for (let l = 0; l < this.lineStarts.length && line < 0; l++) {
      const t = lineText(l).trim();
      if (t !== '' && firstNonBlank < 0) firstNonBlank = l;
      if (t !== '' && !t.startsWith('#')) line = l;
    }
    if (line < 0) line = Math.max(0, firstNonBlank);
    const text = lineText(line).trimEnd();
    return { start: { line, character: text.length - text.trimStart().length }, end: { line, character: text.length } };
  }
}
