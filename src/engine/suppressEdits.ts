// The edits behind "Disable POCnnn for this line / for this file": the
// comments src/engine/suppressions.ts reads. An existing comment of the same
// kind gets the rule added to it rather than a second comment beside it.

import type { TextEdit } from './types';

const NEXT_LINE = /^(\s*)#\s*poc-readiness-disable-next-line(?=\s|$)([^#\r\n]*)/;
const FILE = /^(\s*)#\s*poc-readiness-disable(?=\s|$)([^#\r\n]*)/;

function linesOf(text: string): string[] {
  return text.split('\n').map((l) => l.replace(/\r$/, ''));
}

function eolOf(text: string): string {
  return /\r?\n/.exec(text)?.[0] ?? '\n';
}

/** Appends ` rule` to a directive comment on `line`, after its last listed rule; undefined when it lists none (it silences everything already). */
function addToDirective(lineText: string, line: number, match: RegExpExecArray, rule: string): TextEdit | undefined {
  const listed = match[2].split(/[\s,]+/).filter(Boolean);
  if (listed.length === 0 || listed.includes(rule)) return undefined;
  const end = match[0].trimEnd().length;
  const at = { line, character: end };
  return { range: { start: at, end: at }, newText: `${lineText[end - 1] === ',' ? '' : ' '}${rule}` };
}

/** Silences `rule` on `line` (0-based): a `# poc-readiness-disable-next-line` comment above it, at its indentation. */
export function disableForLineEdit(text: string, line: number, rule: string): TextEdit | undefined {
  const lines = linesOf(text);
  if (line < 0 || line >= lines.length) return undefined;
  const above = line > 0 ? NEXT_LINE.exec(lines[line - 1]) : null;
  if (above) return addToDirective(lines[line - 1], line - 1, above, rule);
  const indent = /^[ \t]*/.exec(lines[line])![0];
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: `${indent}# poc-readiness-disable-next-line ${rule}${eolOf(text)}` };
}

/** Silences `rule` in the whole file: added to a file-wide comment, or a new one after the header comment. */
export function disableForFileEdit(text: string, rule: string): TextEdit | undefined {
  const lines = linesOf(text);
  let afterHeader = 0;
  for (let i = 0; i < lines.length; i++) {
    const trimmed = lines[i].trim();
    if (!trimmed.startsWith('#')) break;
    const existing = NEXT_LINE.test(lines[i]) ? null : FILE.exec(lines[i]);
    if (existing) return addToDirective(lines[i], i, existing, rule);
    afterHeader = i + 1;
  }
  // A file-wide comment further down still counts as the one to extend.
  for (let i = afterHeader; i < lines.length; i++) {
    const existing = NEXT_LINE.test(lines[i]) ? null : FILE.exec(lines[i]);
    if (existing) return addToDirective(lines[i], i, existing, rule);
  }
  const eol = eolOf(text);
  if (afterHeader >= lines.length) {
    // Only comments (or nothing): append, starting a line of its own.
    const last = lines.length - 1;
    const at = { line: last, character: lines[last].length };
    return { range: { start: at, end: at }, newText: `${lines[last] === '' ? '' : eol}# poc-readiness-disable ${rule}${eol}` };
  }
  const at = { line: afterHeader, character: 0 };
  return { range: { start: at, end: at }, newText: `# poc-readiness-disable ${rule}${eol}` };
}
