// How a heading or a key line names a key: by the key itself, its title or an
// alias from the section metadata, compared case-insensitively with runs of
// anything but letters, digits and `-` read as one `_` ("In POC" is `in_poc`,
// "Pilot duration (weeks)" is `pilot_duration_weeks`).

import type { KeyInfo } from '../sections';

export function keyName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}-]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

const indexes = new WeakMap<readonly KeyInfo[], Map<string, KeyInfo>>();

/** The key among `level` that `text` names, or undefined. */
export function matchKey(level: readonly KeyInfo[], text: string): KeyInfo | undefined {
  let index = indexes.get(level);
  if (!index) {
    index = new Map();
    for (const info of level) {
      for (const name of [info.key, info.title, ...(info.aliases ?? [])]) {
        const k = keyName(name);
        if (!index.has(k)) index.set(k, info);
      }
    }
    indexes.set(level, index);
  }
  return index.get(keyName(text));
}

export interface KeyLine {
  /** The key as written, and its offsets. */
  name: string;
  nameStart: number;
  nameEnd: number;
  /** Whether the key was marked (`**Key:**`, `` `key`: ``): a marked unknown key is a key; a plain one is prose. */
  marked: boolean;
  /** The value as written (trimmed) and its offsets; empty when nothing follows the colon. */
  value: string;
  valueStart: number;
  valueEnd: number;
}

const BOLD = /^(\*\*|__)([^*_:][^:]*?)(?::\s*\1|\1\s*:)(?=\s|$)/;
const CODE = /^`([^`]+)`\s*:(?=\s|$)/;
const PLAIN = /^([^\s:*_`[\]#>|<][^:*`[\]]{0,79}?)\s*:(?=\s|$)/;

/** `**Key:** value`, `**Key**: value`, `` `key`: value `` or `Key: value` on a line starting at `offset`. */
export function readKeyLine(text: string, offset: number): KeyLine | undefined {
  let m = BOLD.exec(text);
  let name: string;
  let nameAt: number;
  let marked = true;
  if (m) {
    name = m[2].trim();
    nameAt = m[1].length + (m[2].length - m[2].trimStart().length);
  } else if ((m = CODE.exec(text))) {
    name = m[1].trim();
    nameAt = 1 + (m[1].length - m[1].trimStart().length);
  } else if ((m = PLAIN.exec(text))) {
    name = m[1].trim();
    nameAt = 0;
    marked = false;
  } else return undefined;
  const rest = text.slice(m[0].length);
  const value = rest.trim();
  const valueAt = m[0].length + (rest.length - rest.trimStart().length);
  return { name, nameStart: offset + nameAt, nameEnd: offset + nameAt + name.length, marked, value, valueStart: offset + valueAt, valueEnd: offset + valueAt + value.length };
}
