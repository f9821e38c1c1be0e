// Format Document for plans, as minimal edits: only whitespace changes, so
// comments, quoting, key order, blank lines and block scalars stay as written.
//
// - Indentation is made consistent, in the file's own unit (the indentation of
//   its first nested key; the editor's tab size when there is none). A list
//   written at its key's column (`key:` then `- item`) stays that way.
// - One space after a list dash and after a key's colon; no trailing blanks.
// - A block scalar, a flow collection or a quoted or plain scalar that runs
//   over several lines moves with the line it starts on, its inner layout kept.
//
// Why not re-print the document with the `yaml` package: it keeps comments,
// but re-wraps folded scalars, re-spaces flow maps and trailing comments and
// can move comments between nodes; a reviewer's diff would show more than the
// fix. Each result is checked: the formatted text must parse without errors
// to the same data and differ from the original only in whitespace, or no
// edit is made (with the reason).

import { isScalar, LineCounter, Node, parseDocument, Scalar, visit } from 'yaml';
import type { TextEdit } from './types';

export interface FormatResult {
  edits: TextEdit[];
  /** Why nothing was formatted, when that is the case for a reason other than "already formatted". */
  skipped?: string;
}

interface Level {
  orig: number;
  next: number;
}

function leading(line: string): number {
  return line.length - line.trimStart().length;
}

export function formatPlan(text: string, fallbackUnit = 2): FormatResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, logLevel: 'silent', keepSourceTokens: false });
  if (doc.errors.length > 0) return { edits: [], skipped: 'the plan has YAML syntax errors; fix them first' };
  const eol = /\r?\n/.exec(text)?.[0] ?? '\n';
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const lineOf = (offset: number) => lineCounter.linePos(offset).line - 1;
  if (lines.some((l) => /^ *\t/.test(l) && l.trim() !== '')) return { edits: [], skipped: 'the plan indents with tabs' };

  // Lines that move with the line their node starts on: owner[line] = first line.
  const owner = new Map<number, number>();
  const own = (start: number, end: number) => {
    const first = lineOf(start);
    const last = lineOf(Math.max(start, end - 1));
    for (let l = first + 1; l <= last; l++) if (!owner.has(l)) owner.set(l, first);
  };
  // One space after `key:` on the line of the key, as [line, from, to] column spans.
  const colonGaps: Array<[number, number, number]> = [];
  visit(doc, {
    Scalar(_, node: Scalar) {
      if (node.range && lineOf(node.range[0]) !== lineOf(Math.max(node.range[0], node.range[1] - 1))) own(node.range[0], node.range[1]);
    },
    Map(_, node) {
      if (node.flow && node.range) {
        own(node.range[0], node.range[1]);
        return visit.SKIP;
      }
      return undefined;
    },
    Seq(_, node) {
      if (node.flow && node.range) {
        own(node.range[0], node.range[1]);
        return visit.SKIP;
      }
      return undefined;
    },
    Pair(_, pair) {
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      if (!isScalar(key) || !key.range || !value?.range) return;
      const keyLine = lineOf(key.range[1]);
      if (keyLine !== lineOf(value.range[0])) return;
      const lineStart = text.lastIndexOf('\n', key.range[1] - 1) + 1;
      const from = key.range[1] - lineStart;
      const to = value.range[0] - lineStart;
      const gap = lines[keyLine].slice(from, to);
      if (gap !== ': ' && /^ *: +$/.test(gap)) colonGaps.push([keyLine, from, to]);
    },
  });

  // The file's unit: the first indentation deeper than the top level.
  const firstNested = lines.find((l, i) => !owner.has(i) && l.trim() !== '' && !l.trimStart().startsWith('#') && leading(l) > 0);
  const unit = firstNested ? leading(firstNested) : fallbackUnit;

  const result = [...lines];
  const delta = new Map<number, number>();
  const stack: Level[] = [{ orig: -1, next: -unit }];
  const comments: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const first = owner.get(i);
    if (first !== undefined) {
      // Inside a multi-line node: shifted as its first line was, otherwise untouched.
      const shift = delta.get(first) ?? 0;
      delta.set(i, shift);
      if (line.trim() === '') continue;
      const indent = leading(line) + shift;
      if (indent < 0) return { edits: [], skipped: `line ${i + 1} cannot move left of its column` };
      result[i] = ' '.repeat(indent) + line.trimStart();
      continue;
    }
    const content = line.trim();
    if (content === '') {
      result[i] = '';
      continue;
    }
    if (content.startsWith('#')) {
      comments.push(i);
      continue;
    }
    const orig = leading(line);
    while (stack[stack.length - 1].orig > orig) stack.pop();
    let top = stack[stack.length - 1];
    if (top.orig !== orig) {
      top = { orig, next: top.next + unit };
      stack.push(top);
    }
    let rest = line.slice(orig).trimEnd();
    let out = ' '.repeat(top.next);
    let origCol = orig;
    let newCol = top.next;
    // `- - key: v`: each dash opens a level at its content's column.
    for (let dash = /^-( +)(?=\S)/.exec(rest); dash; dash = /^-( +)(?=\S)/.exec(rest)) {
      origCol += 1 + dash[1].length;
      newCol += 2;
      out += '- ';
      rest = rest.slice(dash[0].length);
      while (stack[stack.length - 1].orig >= origCol) stack.pop();
      stack.push({ orig: origCol, next: newCol });
    }
    delta.set(i, newCol - origCol);
    result[i] = out + rest;
  }
  // A comment line takes the indentation of what it introduces (the next line at its column), else of its own column's level.
  for (const i of comments) {
    const orig = leading(lines[i]);
    let next = i + 1;
    while (next < lines.length && (lines[next].trim() === '' || lines[next].trimStart().startsWith('#') || owner.has(next))) next++;
    const nextDelta = next < lines.length && leading(lines[next]) === orig ? delta.get(next) : undefined;
    const shift = nextDelta ?? (i > 0 ? nearestDelta(delta, i) : 0);
    result[i] = ' '.repeat(Math.max(0, orig + shift)) + lines[i].trim();
  }
  // Colon spacing, on lines whose layout is otherwise settled: positions move with the line's shift.
  for (const [line, from, to] of colonGaps.sort((a, b) => a[0] - b[0] || b[1] - a[1])) {
    if (owner.has(line)) continue;
    const shift = result[line].length - lines[line].trimEnd().length;
    const s = result[line];
    const a = from + shift;
    const b = to + shift;
    if (s.slice(a, b).trim() === ':') result[line] = `${s.slice(0, a)}: ${s.slice(b)}`;
  }

  const edits: TextEdit[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (result[i] !== lines[i]) edits.push({ range: { start: { line: i, character: 0 }, end: { line: i, character: lines[i].length } }, newText: result[i] });
  }
  if (edits.length === 0) return { edits };
  const formatted = result.join(eol);
  if (formatted.replace(/\s+/g, '') !== text.replace(/\s+/g, '')) return { edits: [], skipped: 'formatting would change more than whitespace' };
  const after = parseDocument(formatted, { prettyErrors: false, logLevel: 'silent' });
  let same = false;
  try {
    same = after.errors.length === 0 && JSON.stringify(after.toJS({ maxAliasCount: 100 })) === JSON.stringify(doc.toJS({ maxAliasCount: 100 }));
  } catch {
    return { edits: [], skipped: "the plan's aliases expand too far to check a reformatting" };
  }
  if (!same) return { edits: [], skipped: 'formatting would change what the plan says (its YAML reads differently); nothing was changed' };
  return { edits };
}

/** The shift of the closest line above `line` that has one (the level a stray comment sits in). */
function nearestDelta(delta: Map<number, number>, line: number): number {
  for (let l = line - 1; l >= 0; l--) {
    const d = delta.get(l);
    if (d !== undefined) return d;
  }
  return 0;
}
