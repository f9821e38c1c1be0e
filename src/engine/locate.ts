// Where the cursor is in plan terms, for hovers and completion. Works on the
// text's indentation rather than the parsed tree, because while a person is
// typing the line under the cursor is usually not valid YAML yet.

import type { PlanPath, PathSegment } from './document';
import type { Position } from './types';

export interface Location {
  /** The mapping or list item the cursor's line belongs to (`[]` is the top level, `['metrics', 0]` a metric). */
  container: PlanPath;
  /** The key written on the cursor's line, if any. */
  key?: string;
  /** Where that key is on the line. */
  keyStart?: number;
  keyEnd?: number;
  /** The cursor is left of the key's colon (or there is no colon yet). */
  onKey: boolean;
  /** Keys already written in the same container, so completion can leave them out. */
  siblings: string[];
}

interface Line {
  /** Column of the first character that is not a space or a list dash. */
  column: number;
  /** Column of the list dash, when the line starts a list item. */
  dash?: number;
  key?: string;
  /** Column of the colon after the key. */
  colon?: number;
  /** Nothing but spaces, or a comment. */
  blank: boolean;
}

const KEY = /^([A-Za-z_][\w-]*)[ \t]*:(?=\s|$)/;

function parseLine(text: string): Line {
  let i = 0;
  while (text[i] === ' ') i++;
  if (i === text.length || text[i] === '#') return { column: i, blank: true };
  let dash: number | undefined;
  while (text[i] === '-' && (text[i + 1] === ' ' || i + 1 === text.length)) {
    dash ??= i;
    i++;
    while (text[i] === ' ') i++;
  }
  const match = KEY.exec(text.slice(i));
  return {
    column: i,
    ...(dash !== undefined ? { dash } : {}),
    ...(match ? { key: match[1], colon: i + match[0].length - 1 } : {}),
    blank: false,
  };
}

/** The plan location at a 0-based position; `text` is the whole document. */
export function locate(text: string, position: Position): Location {
  const lines = text.split(/\r\n|\r|\n/); // as editors count lines, a lone CR included
  const source = lines[position.line] ?? '';
  const here = parseLine(source);
  // A blank line while typing: the cursor's column says which level it is at.
  const column = here.blank ? Math.min(position.character, source.length) : here.column;

  const onKey = here.colon === undefined || position.character <= here.colon;
  const container = containerOf(lines, position.line, column, here.dash);
  const location: Location = { container, onKey, siblings: siblingsOf(lines, position.line, column, here.dash) };
  if (here.key !== undefined) {
    location.key = here.key;
    location.keyStart = here.column;
    location.keyEnd = here.column + here.key.length;
  }
  return location;
}

/**
 * Walks up from `lineIndex` to the keys and list items that enclose `column`.
 * A list may be written at its key's indentation (`key:` then `- item` in the
 * same column): inside a list whose dashes are at column c, a key at column c
 * above is the list's own key.
 */
function containerOf(lines: string[], lineIndex: number, column: number, dash: number | undefined): PathSegment[] {
  const path: PathSegment[] = [];
  let limit = column;
  /** `limit` is the column of the dashes of the list we are in. */
  let inList = false;
  const enterList = (at: number) => {
    path.push(0);
    limit = at;
    inList = true;
  };
  // A line that opens a list item is inside that item's list.
  if (dash !== undefined) enterList(dash);
  for (let i = lineIndex - 1; i >= 0 && (limit > 0 || inList); i--) {
    const line = parseLine(lines[i] ?? '');
    if (line.blank) continue;
    if (line.key !== undefined && (line.column < limit || (inList && line.column === limit))) {
      path.push(line.key);
      limit = line.column;
      inList = false;
      if (line.dash !== undefined) enterList(line.dash);
    } else if (line.dash !== undefined && line.dash < limit) {
      enterList(line.dash);
    } else if (line.column < limit) {
      // A plain scalar line less indented than us: we are inside a multi-line value, not a mapping.
      limit = line.column;
      inList = false;
    }
  }
  return path.reverse();
}

/** Keys at the same column in the same mapping, above and below the line. */
function siblingsOf(lines: string[], lineIndex: number, column: number, dash: number | undefined): string[] {
  const keys: string[] = [];
  // Above: stop at the parent, or at the dash that opened this list item (its key is ours too).
  for (let i = lineIndex - 1; i >= 0 && dash === undefined; i--) {
    const line = parseLine(lines[i] ?? '');
    if (line.blank) continue;
    if (line.column < column) break;
    if (line.column === column && line.key !== undefined) keys.push(line.key);
    if (line.dash !== undefined && line.dash < column) break;
  }
  // Below: stop at the parent's next sibling or at the next list item.
  for (let i = lineIndex + 1; i < lines.length; i++) {
    const line = parseLine(lines[i] ?? '');
    if (line.blank) continue;
    if (line.column < column || (line.dash !== undefined && line.dash < column)) break;
    if (line.column === column && line.key !== undefined) keys.push(line.key);
  }
  return keys;
}
