// The plan's YAML, composed straight from yaml's CST when the text is simple
// enough, else by yaml's own Composer from the same tokens. `parseDocument`
// is yaml's Lexer, then its Parser (the CST), then its Composer, which is
// general (anchors, tags, flow collections, every error) and was most of
// the lint's time. A plan is block mappings, block lists and scalars: for
// that, this builds the same YAMLMap, YAMLSeq, Pair and Scalar nodes with
// the same values and ranges the Composer gives, reusing yaml's own scalar
// resolution (CST.resolveAsScalar and the core schema's tags), so
// PlanDocument and every rule read the result unchanged. Anything else
// (an anchor, alias, tag, a flow collection other than `[]` and `{}`, an
// explicit key, a directive, a second document, a tab, any error) returns the document to the Composer,
// which then sees exactly what `parseDocument` would have.
//
// Not carried over: comments and blank-line flags on nodes (`comment`,
// `commentBefore`, `spaceBefore`), which the engine never reads; it finds
// comments in the text. And where a second document follows, the
// LineCounter has counted the lines of the whole text, not only up to it. test/unit/engine/cst.test.ts holds the two paths
// equal over every plan, fixture, corpus plan, YAML test-suite document and
// generated document.

import {
  Composer,
  CST,
  Document,
  DocumentOptions,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  Pair,
  ParseOptions,
  Parser,
  Scalar,
  ScalarTag,
  SchemaOptions,
  YAMLMap,
  YAMLParseError,
  YAMLSeq,
} from 'yaml';

type Options = ParseOptions & DocumentOptions & SchemaOptions;
type Node = YAMLMap<Scalar, Node | null> | YAMLSeq<Node> | Scalar;
type Range = [number, number, number];

/** Thrown inside the fast path when the text needs the Composer; never escapes this module. */
class NeedsComposer extends Error {}
const bail = (): never => {
  throw new NeedsComposer();
};

const STRICT = true;
const MERGE_TAG = 'tag:yaml.org,2002:merge';

// yaml's node classes mark each node as a scalar, pair... with a
// non-enumerable own property (Object.defineProperty in their constructors):
// a runtime call per node, about ten times the cost of the rest of making it.
// The scalars and pairs built here, most of a plan's nodes, inherit the same
// mark from a prototype between them and their class's, so isScalar, isPair,
// instanceof and clone() see them as yaml's own. Should a yaml release mark
// nodes differently, the probe fails and the constructors are used.
const NODE_TYPE = Symbol.for('yaml.node.type');
const SCALAR_PROTOTYPE: Scalar = Object.create(Scalar.prototype, { [NODE_TYPE]: { value: Symbol.for('yaml.scalar') } });
const PAIR_PROTOTYPE: Pair = Object.create(Pair.prototype, { [NODE_TYPE]: { value: Symbol.for('yaml.pair') } });
const MARKED = isScalar(Object.create(SCALAR_PROTOTYPE)) && isPair(Object.create(PAIR_PROTOTYPE));

function newScalar(value: unknown): Scalar {
  if (!MARKED) return new Scalar(value);
  const node = Object.create(SCALAR_PROTOTYPE) as Scalar;
  node.value = value;
  return node;
}

function newPair(key: Scalar, value: Node | null): Pair<Scalar, Node | null> {
  if (!MARKED) return new Pair(key, value);
  const pair = Object.create(PAIR_PROTOTYPE) as Pair<Scalar, Node | null>;
  pair.key = key;
  pair.value = value;
  return pair;
}

interface Props {
  /** The indicator (`-`, `:`) among the tokens, if any. */
  found: CST.SourceToken | null;
  /** End of the last token, or `offset` when there is none. */
  end: number;
  hasNewline: boolean;
  hasComment: boolean;
}

/**
 * yaml's resolveProps for the tokens before a node, for the cases that
 * cannot raise an error: spaces without tabs, newlines, comments after white
 * space, and at most one `indicator`. Anything else needs the Composer.
 */
function props(tokens: readonly CST.SourceToken[], indicator: CST.SourceToken['type'], offset: number, startOnNewline: boolean): Props {
  let hasSpace = startOnNewline;
  let found: CST.SourceToken | null = null;
  let hasNewline = false;
  let hasComment = false;
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
        if (token.source.includes('\t')) bail();
        hasSpace = true;
        break;
      case 'comment':
        if (!hasSpace) bail();
        hasComment = true;
        break;
      case 'newline':
        hasNewline = true;
        hasSpace = true;
        break;
      default:
        if (token.type !== indicator || found) bail();
        found = token;
        hasSpace = false;
    }
  }
  const last = tokens[tokens.length - 1];
  return { found, end: last ? last.offset + last.source.length : offset, hasNewline, hasComment };
}

/** yaml's emptyScalarPosition: an empty value sits after the indicator and the spaces that follow it. */
function emptyScalarPosition(offset: number, before: readonly CST.SourceToken[]): number {
  for (let i = before.length - 1; i >= 0; --i) {
    const t = before[i];
    if (t.type === 'space' || t.type === 'comment' || t.type === 'newline') {
      offset -= t.source.length;
      continue;
    }
    for (let j = i + 1; before[j]?.type === 'space'; j++) offset += before[j].source.length;
    break;
  }
  return offset;
}

/** An empty plain scalar (`key:` with nothing after it): null, as the core schema reads ''. */
function emptyNode(offset: number, before: readonly CST.SourceToken[], p: Props): Scalar {
  const at = emptyScalarPosition(offset, before);
  const node = newScalar(null);
  node.range = [at, at, p.hasComment ? p.end : at];
  node.source = '';
  node.type = Scalar.PLAIN;
  return node;
}

/**
 * The first character a plain scalar must start with to be anything but a
 * string in the core schema (null, bool, int, float, .inf, .nan); the
 * empty string is null too.
 */
const MAYBE_NOT_STRING = /^(?:$|[-+.0-9]|~$|[nNtT][a-zA-Z]{3}$|[fF][a-zA-Z]{4}$)/;

/** A plain scalar yaml's plainValue rejects by its first character. */
const BAD_PLAIN_START = /^[\t,%|>@`]/;

/**
 * yaml's resolveEnd (strict) over what follows a scalar on its line: its
 * offset after the spaces, comment and line break. Comments are not kept.
 */
function afterEnd(end: readonly CST.SourceToken[] | undefined, offset: number): number {
  if (!end) return offset;
  let hasSpace = false;
  for (const t of end) {
    if (t.type === 'space' || t.type === 'newline') hasSpace = true;
    else if (t.type !== 'comment' || !hasSpace) bail();
    offset += t.source.length;
  }
  return offset;
}

/**
 * The value of a one-line flow scalar, as yaml's resolveFlowScalar gives it,
 * or undefined where that takes more than this (line folding, escapes).
 */
function oneLineValue(token: CST.FlowScalar): string | undefined {
  const { type, source } = token;
  if (source.includes('\n')) return undefined;
  if (type === 'scalar') return BAD_PLAIN_START.test(source) ? undefined : source;
  if (source.length < 2 || source[source.length - 1] !== source[0]) return undefined;
  if (type === 'single-quoted-scalar') return source.slice(1, -1).replace(/''/g, "'");
  if (type === 'double-quoted-scalar' && !source.includes('\\')) return source.slice(1, -1);
  return undefined;
}

const SCALAR_TYPE = { scalar: Scalar.PLAIN, 'single-quoted-scalar': Scalar.QUOTE_SINGLE, 'double-quoted-scalar': Scalar.QUOTE_DOUBLE } as const;

class Builder {
  constructor(private readonly doc: Document) {}

  private readonly onError = () => bail();

  scalar(token: CST.FlowScalar | CST.BlockScalar, atKey: boolean): Scalar {
    const { value, type, range } = this.resolve(token);
    let node: Scalar;
    let format: string | undefined;
    if (token.type === 'scalar' && MAYBE_NOT_STRING.test(value)) {
      // yaml's findScalarTagByTest over the core schema's tags, in their order.
      // Collection tags have no test, as in yaml, so only scalar tags match.
      const tag = this.doc.schema.tags.find((t) => (t.default === true || (atKey && t.default === 'key')) && t.test?.test(value)) as ScalarTag | undefined;
      if (tag?.resolve) {
        const res = tag.resolve(value, this.onError, this.doc.options);
        node = isScalar(res) ? res : newScalar(res);
        format = tag.format;
      } else node = newScalar(value);
    } else node = newScalar(value);
    node.range = range as Range;
    node.source = value;
    if (type) node.type = type;
    if (format) node.format = format;
    return node;
  }

  /** yaml's CST.resolveAsScalar, done here for the one-line scalars most plans are made of. */
  private resolve(token: CST.FlowScalar | CST.BlockScalar): { value: string; type: Scalar.Type | null; range: Range } {
    if (token.type !== 'block-scalar' && token.type !== 'alias') {
      const value = oneLineValue(token);
      if (value !== undefined) {
        const valueEnd = token.offset + token.source.length;
        return { value, type: SCALAR_TYPE[token.type], range: [token.offset, valueEnd, afterEnd(token.end, valueEnd)] };
      }
    }
    return CST.resolveAsScalar(token, STRICT, this.onError) ?? bail();
  }

  node(token: CST.Token, atKey = false): Node {
    switch (token.type) {
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
      case 'block-scalar':
        return this.scalar(token, atKey);
      case 'block-map':
        if (atKey) bail();
        return this.map(token);
      case 'block-seq':
        if (atKey) bail();
        return this.seq(token);
      case 'flow-collection':
        if (atKey || token.items.length > 0) bail();
        return this.emptyFlow(token);
      default:
        return bail();
    }
  }

  /** yaml's resolveBlockMap, for implicit keys that are single-line scalars. */
  map(bm: CST.BlockMap): YAMLMap<Scalar, Node | null> {
    const map = new YAMLMap<Scalar, Node | null>(this.doc.schema);
    let offset = bm.offset;
    let commentEnd: number | null = null;
    for (const { start, key, sep, value } of bm.items) {
      const keyProps = props(start, 'explicit-key-ind', offset, true);
      if (keyProps.found) bail();
      if (!sep) {
        if (key) bail();
        commentEnd = keyProps.end;
        continue;
      }
      if (!key || !('indent' in key) || key.indent !== bm.indent || containsNewline(key)) return bail();
      const keyNode = this.node(key, true) as Scalar;
      const valueProps = props(sep, 'map-value-ind', keyNode.range![2], false);
      offset = valueProps.end;
      if (!valueProps.found) bail();
      if (value?.type === 'block-map' && !valueProps.hasNewline) bail();
      if (keyProps.end < valueProps.found!.offset - 1024) bail();
      const valueNode = value ? this.node(value) : emptyNode(offset, sep, valueProps);
      offset = valueNode.range![2];
      map.items.push(newPair(keyNode, valueNode));
    }
    if (commentEnd !== null && commentEnd < offset) bail();
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
  }

  /** yaml's resolveFlowCollection for `[]` and `{}`, the only flow collections plans commonly hold. */
  emptyFlow(fc: CST.FlowCollection): YAMLMap<Scalar, Node | null> | YAMLSeq<Node> {
    const isMap = fc.start.source === '{';
    const coll = isMap ? new YAMLMap<Scalar, Node | null>(this.doc.schema) : new YAMLSeq<Node>(this.doc.schema);
    coll.flow = true;
    const [close, ...rest] = fc.end;
    if (close?.source !== (isMap ? '}' : ']')) bail();
    const closed = close.offset + close.source.length;
    // yaml's resolveEnd, strict: a comment needs white space before it.
    let end = closed;
    let hasSpace = false;
    for (const t of rest) {
      if (t.type === 'comment' && !hasSpace) bail();
      else if (t.type === 'space' || t.type === 'newline') hasSpace = true;
      else if (t.type !== 'comment') bail();
      end += t.source.length;
    }
    coll.range = [fc.offset, closed, end];
    return coll;
  }

  /** yaml's resolveBlockSeq. */
  seq(bs: CST.BlockSequence): YAMLSeq<Node> {
    const seq = new YAMLSeq<Node>(this.doc.schema);
    let offset = bs.offset;
    let commentEnd: number | null = null;
    for (const { start, value } of bs.items) {
      const p = props(start, 'seq-item-ind', offset, true);
      if (!p.found) {
        if (value) bail();
        commentEnd = p.end;
        continue;
      }
      const node = value ? this.node(value) : emptyNode(p.end, start, p);
      offset = node.range![2];
      seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
  }
}

/** yaml's containsNewline, for the scalar keys the fast path takes. */
function containsNewline(key: CST.Token): boolean {
  if (key.type !== 'scalar' && key.type !== 'single-quoted-scalar' && key.type !== 'double-quoted-scalar') return true;
  return key.source.includes('\n') || (key.end?.some((t) => t.type === 'newline') ?? false);
}

/** The one document of a token stream, composed from its CST; throws NeedsComposer when it needs yaml's Composer. */
function composeFromCst(tokens: readonly CST.Token[], options: Options): Document.Parsed {
  let token: CST.Document | undefined;
  for (const t of tokens) {
    if (t.type === 'document' && !token) token = t;
    else if (t.type !== 'comment' && t.type !== 'newline' && t.type !== 'space') bail();
  }
  if (!token?.value) return bail();
  const doc = new Document(undefined, options) as Document.Parsed;
  const start = props(token.start, 'doc-start', token.offset, true);
  if (start.found) bail();
  const contents = new Builder(doc).node(token.value);
  const contentEnd = contents.range![2];
  let end = contentEnd;
  for (const t of token.end ?? []) {
    if (t.type !== 'space' && t.type !== 'comment' && t.type !== 'newline') bail();
    end += t.source.length;
  }
  doc.contents = contents as Document.Parsed['contents'];
  doc.range = [token.offset, contentEnd, end];
  return doc;
}

/** What `parseDocument(source, options)` does, from tokens already parsed (prettyErrors off). */
function compose(tokens: readonly CST.Token[], source: string, options: Options): Document.Parsed {
  const composer = new Composer(options);
  let doc: Document.Parsed | null = null;
  for (const next of composer.compose(tokens, true, source.length)) {
    if (!doc) doc = next;
    else if (doc.options.logLevel !== 'silent') {
      doc.errors.push(new YAMLParseError(next.range.slice(0, 2) as [number, number], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
  }
  return doc!;
}

/** How the last call of parsePlan composed its document: for the tests and the bench. */
export let lastPath: 'cst' | 'composer' = 'cst';

/** The documents parsePlan composed from the CST: block collections and scalars only, nothing to expand. */
const fromCst = new WeakSet<Document.Parsed>();

/**
 * `doc.toJS({ maxAliasCount: 100 })`, which schema validation reads: for a
 * document composed from the CST, built straight from its nodes (no aliases,
 * anchors, tags or merge keys, so none of toJS's bookkeeping), else by toJS.
 * Keys are read as toJS reads them: a scalar's value as a string, null as
 * '', and `__proto__` (or a repeated key) defined as an own property.
 */
export function plainData(doc: Document.Parsed): unknown {
  return fromCst.has(doc) ? plain(doc.contents as Node) : doc.toJS({ maxAliasCount: 100 });
}

function plain(node: Node | null): unknown {
  if (isScalar(node)) return node.value;
  if (isSeq(node)) {
    const out: unknown[] = [];
    for (const item of node.items) out.push(plain(item));
    return out;
  }
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const { key, value } of node.items) {
      const k = key.value;
      const name = k === null ? '' : String(k);
      const v = plain(value);
      if (name in out) Object.defineProperty(out, name, { value: v, writable: true, enumerable: true, configurable: true });
      else out[name] = v;
    }
    return out;
  }
  return null;
}

/**
 * `parseDocument(source, options)` with `prettyErrors: false`: the same
 * document, nodes, values and ranges, composed from the CST when it can be.
 */
export function parsePlan(source: string, options: Options & { lineCounter?: LineCounter; prettyErrors: false }): Document.Parsed {
  const tokens = Array.from(new Parser(options.lineCounter?.addNewLine).parse(source));
  try {
    const doc = composeFromCst(tokens, options);
    lastPath = 'cst';
    // A merge key (`<<`, only with the merge option) is expanded by toJS: plainData leaves it to it.
    if (!doc.schema.tags.some((t) => t.tag === MERGE_TAG)) fromCst.add(doc);
    return doc;
  } catch {
    // NeedsComposer, or a stack overflow on deep nesting, which the Composer reports as an error.
  }
  lastPath = 'composer';
  return compose(tokens, source, options);
}
