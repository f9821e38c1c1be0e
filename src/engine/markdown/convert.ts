// `poc-readiness convert`: a YAML plan written as a Markdown plan and back,
// reading the same to every check. YAML comments become paragraphs (or HTML
// comments where a paragraph would read as a key or change a value), and the
// Markdown's prose becomes comments. A value Markdown cannot hold as written
// (a multi-line text, an anchor, an empty list) keeps its section in the front
// matter, as YAML: nothing is lost and nothing reads differently.

import { Document, isAlias, isMap, isScalar, isSeq, Node, Pair, parseDocument, stringify, YAMLMap } from 'yaml';
import { PlanDocument } from '../document';
import { KeyInfo, SECTIONS, sectionInfo } from '../sections';
import { keyName, matchKey, readKeyLine } from './keys';
import { parseMarkdownPlan, readScalarText } from './plan';

export class ConvertError extends Error {
  override name = 'ConvertError';
}

/** Top-level keys that read best as front matter: the short fields. */
const FRONT_MATTER_KEYS = new Set(['poc', 'schema_version', 'owner']);

/** How a value is written after `**Key:**`, or undefined when one line of Markdown cannot hold it. */
export function inlineValue(value: unknown): string | undefined {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') {
    const text = stringify(value).trimEnd();
    return readScalarText(text) === value ? text : undefined;
  }
  if (typeof value !== 'string') return undefined;
  if (value !== '' && !/[\r\n]/.test(value) && value.trim() === value && readScalarText(value) === value) return value;
  const quoted = JSON.stringify(value);
  return readScalarText(quoted) === value ? quoted : undefined;
}

/**
 * The comment on a key's value line (`in_poc: true  # not connected yet`), when
 * a key line can carry it as an HTML comment after the value, or undefined.
 */
function besideComment(value: unknown): string | undefined {
  if (!isScalar(value) || !value.comment) return undefined;
  const text = value.comment.trim();
  return text !== '' && !/[\r\n]/.test(text) && !text.includes('--') && !text.endsWith('-') ? text : undefined;
}

/** A key line's value text, with the comment beside it. */
function withComment(text: string, value: unknown): string {
  const comment = besideComment(value);
  return comment === undefined || text === '' ? text : `${text} <!-- ${comment} -->`;
}

/** Comments written on a node and everything in it, in order; `inline`: leave out those a key line carries beside its value. */
function commentsIn(node: unknown, out: string[], depth = 0, inline = false): string[] {
  if (depth > 32 || node === null || typeof node !== 'object') return out;
  const n = node as { commentBefore?: string | null; comment?: string | null };
  if (n instanceof Pair) {
    commentsIn(n.key, out, depth + 1, inline);
    if (inline && besideComment(n.value) !== undefined && inlineValue((n.value as { value: unknown }).value)) {
      const v = n.value as { commentBefore?: string | null };
      if (v.commentBefore) out.push(...v.commentBefore.split('\n'));
    } else commentsIn(n.value, out, depth + 1, inline);
    return out;
  }
  if (n.commentBefore) out.push(...n.commentBefore.split('\n'));
  if (isMap(node) || isSeq(node)) for (const item of node.items) commentsIn(item, out, depth + 1, inline);
  if (n.comment) out.push(...n.comment.split('\n'));
  return out;
}

const BLOCK_START = /^\s*(?:[-+*#>|<`~=]|\d+[.)]|\[)/;

/**
 * Comment lines as Markdown: a paragraph where one is prose (`keys`: the keys
 * a line could name there; undefined where no line is read as a key), unless
 * a line would read as a key or as structure; else an HTML comment.
 */
function prose(lines: readonly string[], paragraphSafe: boolean, keys?: readonly KeyInfo[]): string[] {
  const text = lines.map((l) => l.replace(/^ /, '').trimEnd()).filter((l) => l.trim() !== '');
  if (text.length === 0) return [];
  const readsAsKey = (l: string) => {
    const kl = keys && readKeyLine(l.trim(), 0);
    return !!kl && (kl.marked || !!matchKey(keys!, kl.name));
  };
  const safe = paragraphSafe && text.every((l) => !BLOCK_START.test(l) && !readsAsKey(l) && !/^\s{4}/.test(l));
  if (safe) return [text.map((l) => l.trim()).join('\n'), ''];
  return ['<!--', ...text.map((l) => l.replace(/--/g, '- -')), '-->', ''];
}

/** The label a key line uses: the key's title when it reads back as that key, else the key itself. */
function label(level: readonly KeyInfo[], key: string): string | undefined {
  const info = level.find((k) => k.key === key);
  if (info) {
    if (matchKey(level, info.title) === info) return info.title;
    return matchKey(level, key) === info ? key : undefined;
  }
  // An unknown key reads back only if it is already in the form headings and key lines give.
  return keyName(key) === key && !matchKey(level, key) && !key.includes('*') ? key : undefined;
}

class Writer {
  /** Key lines for a mapping at `indent`: `- **Key:** value`, nested lists for lists and mappings. */
  map(level: readonly KeyInfo[], map: unknown, indent: string): string[] | undefined {
    if (!isMap(map) || map.items.length === 0) return undefined;
    const out: string[] = [];
    for (const pair of map.items) {
      if (!isScalar(pair.key) || typeof pair.key.value !== 'string') return undefined;
      const key = pair.key.value;
      const name = label(level, key);
      if (name === undefined) return undefined;
      const info = level.find((k) => k.key === key);
      const value = pair.value as Node | null;
      if (value === null || isScalar(value)) {
        const text = inlineValue(value === null ? null : value.value);
        if (text === undefined) return undefined;
        out.push(`${indent}- **${name}:**${text === '' ? '' : ` ${withComment(text, value)}`}`);
      } else if (isSeq(value) || isMap(value)) {
        const body = isSeq(value) ? this.list(info?.children ?? [], value, `${indent}  `) : this.map(info?.children ?? [], value, `${indent}  `);
        if (!body) return undefined;
        out.push(`${indent}- **${name}:**`, ...body);
      } else return undefined;
    }
    return out;
  }

  /** List items: text items as `- text`, mappings as one item each with a key line per key. */
  list(level: readonly KeyInfo[], seq: unknown, indent: string): string[] | undefined {
    if (!isSeq(seq) || seq.items.length === 0) return undefined;
    const out: string[] = [];
    for (const item of seq.items) {
      if (isScalar(item)) {
        const text = inlineValue(item.value);
        // An item that would read as a key line, or an empty one, does not come back as written.
        if (!text || readKeyLine(text, 0) || BLOCK_START.test(text)) return undefined;
        out.push(`${indent}- ${text}`);
      } else if (isMap(item) && item.items.length > 0) {
        let first = true;
        for (const pair of item.items) {
          if (!isScalar(pair.key) || typeof pair.key.value !== 'string') return undefined;
          const name = label(level, pair.key.value);
          const value = pair.value as Node | null;
          if (name === undefined || !(value === null || isScalar(value))) return undefined;
          const text = inlineValue(value === null ? null : value.value);
          if (text === undefined) return undefined;
          out.push(`${indent}${first ? '- ' : '  '}**${name}:**${text === '' ? '' : ` ${withComment(text, value)}`}`);
          first = false;
        }
      } else return undefined;
    }
    return out;
  }

  /** A section's body, or undefined when Markdown cannot hold it as written. */
  body(info: KeyInfo | undefined, value: Node | null): string[] | undefined {
    if (value === null || (isScalar(value) && value.value === null)) return [];
    if (isScalar(value)) {
      const text = typeof value.value === 'string' ? value.value : undefined;
      if (text === undefined || text === '' || /[\r\n]/.test(text) || text.trim() !== text || readScalarText(text) !== text) return undefined;
      if (BLOCK_START.test(text) || readKeyLine(text, 0)) return undefined;
      return [text];
    }
    if (isMap(value)) return this.map(info?.children ?? [], value, '');
    if (isSeq(value)) return this.list(info?.children ?? [], value, '');
    return undefined;
  }
}

/** A YAML plan as a Markdown plan. Throws ConvertError for a plan that does not parse. */
export function yamlToMarkdown(yaml: string): string {
  // yaml's own composition, which keeps the comments the prose comes from (the
  // engine's faster CST path leaves them out: no rule reads them).
  const source = yaml.includes('\r') ? yaml.replace(/\r(?!\n)/g, '\n') : yaml;
  const plan = new PlanDocument(yaml, parseDocument(source, { uniqueKeys: false, prettyErrors: false, logLevel: 'error' }));
  const errors = plan.doc.errors;
  if (errors.length) {
    const { line, character } = plan.positionAt(errors[0].pos[0]);
    throw new ConvertError(`the plan is not valid YAML (line ${line + 1}, column ${character + 1}): fix it first, so nothing is lost`);
  }
  const root = plan.root;
  if (!root) throw new ConvertError('the plan is not a mapping of sections (`poc:`, `hypothesis:`, ...)');
  const writer = new Writer();
  const frontItems: Pair[] = [];
  let title: string | undefined;
  const titleComments: string[] = [];
  const sections: string[] = [];
  for (const pair of root.items) {
    const key = isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : undefined;
    const value = pair.value as Node | null;
    if (key === 'poc' && title === undefined && isScalar(value) && typeof value.value === 'string') {
      const t = value.value;
      if (t !== '' && !/[\r\n#\\]/.test(t) && t.trim() === t && readScalarText(t) === t && !/^[=-]+$/.test(t)) {
        title = t;
        // A comment above the title is the file's header: it goes under the title.
        titleComments.push(...commentsIn(pair, []));
        continue;
      }
    }
    const info = key === undefined ? undefined : sectionInfo(key);
    const heading = key === undefined ? undefined : info ? info.title : label(SECTIONS, key);
    const body = key === undefined || FRONT_MATTER_KEYS.has(key) || heading === undefined || isAlias(value) || hasAnchors(value) ? undefined : writer.body(info, value);
    if (body === undefined) {
      frontItems.push(pair);
      continue;
    }
    const keyLines = body.length > 0 && !isScalar(value);
    sections.push(`## ${heading}`, '', ...prose(commentsIn(pair, [], 0, keyLines), keyLines, info?.children ?? []), ...body, ...(body.length ? [''] : []));
  }
  const out: string[] = [];
  if (frontItems.length) {
    const front = new Document({});
    (front.contents as YAMLMap).items.push(...frontItems);
    out.push('---', front.toString({ lineWidth: 0 }).trimEnd(), '---', '');
  }
  if (title !== undefined) out.push(`# ${title}`, '');
  out.push(...prose([...(plan.doc.commentBefore ?? '').split('\n'), ...titleComments], title !== undefined));
  out.push(...sections);
  if (plan.doc.comment) out.push(...prose(plan.doc.comment.split('\n'), false));
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

function hasAnchors(node: unknown, depth = 0): boolean {
  if (depth > 32 || node === null || typeof node !== 'object') return false;
  const n = node as { anchor?: string; tag?: string };
  if (n.anchor || isAlias(node)) return true;
  if (isMap(node)) return node.items.some((p) => hasAnchors(p.key, depth + 1) || hasAnchors(p.value, depth + 1));
  if (isSeq(node)) return node.items.some((i) => hasAnchors(i, depth + 1));
  return false;
}

/** A Markdown plan as a YAML plan; its prose becomes comments. Throws ConvertError when the front matter does not parse. */
export function markdownToYaml(markdown: string): string {
  const plan = parseMarkdownPlan(markdown);
  const errors = plan.doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
  if (errors.length) {
    const { line, character } = plan.positionAt(errors[0].pos[0]);
    throw new ConvertError(`the front matter is not valid YAML (line ${line + 1}, column ${character + 1}): fix it first, so nothing is lost`);
  }
  return plan.doc.toString({ lineWidth: 0 });
}
