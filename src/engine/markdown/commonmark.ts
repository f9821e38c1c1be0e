// The CommonMark parser (markdown-it, the parser VS Code's own Markdown preview
// uses, so a heading here is a heading there), read into blocks with their
// offsets. It is the large part of the Markdown front end, which the bundles
// load from a chunk of their own (./frontEnd).

import MarkdownIt from 'markdown-it';
import type { MdBlock, MdItem, MdLine } from './blocks';

type Token = ReturnType<MarkdownIt['parse']>[number];

let parser: MarkdownIt | undefined;

/**
 * The blocks of `source`, whose line starts are `lineStarts`; lines that
 * markdown-it should not read (the front matter) are blank in `body`.
 */
export function readBlocks(body: string, source: string, lineStarts: readonly number[]): MdBlock[] {
  parser ??= new MarkdownIt('commonmark');
  const tokens = parser.parse(body, {});
  const lineText = (line: number) => {
    const start = lineStarts[line] ?? source.length;
    let end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : source.length;
    if (end > start && source[end - 1] === '\r') end--;
    return { start, text: source.slice(start, Math.max(start, end)) };
  };
  /** Where a line's content (as markdown-it gives it) sits in the source line. */
  const located = (line: number, content: string): MdLine => {
    const { start, text } = lineText(line);
    const t = content.trim();
    const trimmed = text.trimEnd();
    let at = trimmed.endsWith(t) ? trimmed.length - t.length : text.indexOf(t);
    if (at < 0) at = text.length - text.trimStart().length;
    return { line, start: start + at, end: start + at + t.length, text: t };
  };

  let i = 0;
  const blocks = (close: string | undefined): MdBlock[] => {
    const out: MdBlock[] = [];
    while (i < tokens.length) {
      const t = tokens[i];
      if (close !== undefined && t.type === close) {
        i++;
        return out;
      }
      const map = t.map ?? [0, 1];
      if (t.type === 'heading_open') {
        const inline = tokens[i + 1];
        const first = (inline?.content ?? '').split('\n')[0];
        const { start, text } = lineText(map[0]);
        const from = t.markup.startsWith('#') ? text.indexOf(t.markup) + t.markup.length : 0;
        const at = first ? text.indexOf(first.trim(), from) : -1;
        const s = at < 0 ? start + text.length : start + at;
        out.push({
          kind: 'heading',
          level: Number(t.tag.slice(1)),
          line: map[0],
          start: s,
          end: s + (at < 0 ? 0 : first.trim().length),
          text: (inline?.content ?? '').replace(/\s*\n\s*/g, ' ').trim(),
        });
        i += 3;
      } else if (t.type === 'paragraph_open') {
        const inline = tokens[i + 1];
        const lines = (inline?.content ?? '').split('\n').map((c, k) => located(map[0] + k, c));
        out.push({ kind: 'paragraph', lines });
        i += 3;
      } else if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') {
        const closeType = t.type.replace('_open', '_close');
        i++;
        const items: MdItem[] = [];
        while (i < tokens.length && tokens[i].type !== closeType) {
          const item: Token = tokens[i];
          if (item.type !== 'list_item_open') {
            i++;
            continue;
          }
          const [line, end] = item.map ?? [0, 1];
          i++;
          items.push({ line, endLine: end - 1, children: blocks('list_item_close') });
        }
        i++;
        out.push({ kind: 'list', ordered: t.type === 'ordered_list_open', line: map[0], endLine: map[1] - 1, items });
      } else if (t.nesting === 1) {
        // A quote or another container: prose, skipped whole.
        let depth = 0;
        do {
          depth += tokens[i].nesting;
          i++;
        } while (i < tokens.length && depth > 0);
        out.push({ kind: 'other', line: map[0], endLine: map[1] - 1 });
      } else {
        if (t.block && t.map) out.push({ kind: 'other', line: map[0], endLine: map[1] - 1 });
        i++;
      }
    }
    return out;
  };
  return blocks(undefined);
}
