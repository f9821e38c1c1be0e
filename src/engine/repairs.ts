// What fix-all may apply: repairs (a misspelt key renamed, ...) that leave the
// plan with fewer findings and no new one. Placeholders are scaffolding, not
// fixes: "insert all missing sections" is an explicit action of its own.
// Each candidate is checked by linting the repaired text, so a rename that
// uncovers new gaps under the renamed key is left for the user to choose.

import { lint } from './lint';
import type { Finding, LintOptions, Position, TextEdit } from './types';

/** Candidates checked one by one; past this, fix-all does only the first ones (each costs a lint). */
const MAX_CANDIDATES = 20;

function offsetOf(lineStarts: readonly number[], text: string, p: Position): number {
  return Math.min((lineStarts[p.line] ?? text.length) + p.character, text.length);
}

/** Applies non-overlapping edits to `text`. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const spans = edits
    .map((e) => ({ start: offsetOf(lineStarts, text, e.range.start), end: offsetOf(lineStarts, text, e.range.end), newText: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + s.newText;
    at = Math.max(at, s.end);
  }
  return out + text.slice(at);
}

const identity = (f: Finding) => `${f.ruleId}|${f.path}|${f.message}`;

/** Whether `after` is `before` minus at least one finding (as a multiset, by rule, path and message). */
function onlyRemoves(before: readonly Finding[], after: readonly Finding[]): boolean {
  if (after.length >= before.length) return false;
  const left = new Map<string, number>();
  for (const f of before) left.set(identity(f), (left.get(identity(f)) ?? 0) + 1);
  for (const f of after) {
    const n = left.get(identity(f)) ?? 0;
    if (n === 0) return false;
    left.set(identity(f), n - 1);
  }
  return true;
}

const overlaps = (a: TextEdit, b: TextEdit) =>
  !(
    a.range.end.line < b.range.start.line ||
    (a.range.end.line === b.range.start.line && a.range.end.character <= b.range.start.character) ||
    b.range.end.line < a.range.start.line ||
    (b.range.end.line === a.range.start.line && b.range.end.character <= a.range.start.character)
  );

/**
 * The edits of every repair in `findings` that, applied to `text`, removes
 * findings and adds none; the accepted ones are checked once more together.
 * Empty when there is nothing to repair: fix-all then changes nothing.
 */
export function repairEdits(text: string, findings: readonly Finding[], options: LintOptions = {}): TextEdit[] {
  const checkOptions: LintOptions = { ...options, fixes: false };
  const before = lint(text, checkOptions).findings;
  const accepted: TextEdit[] = [];
  let first: TextEdit[] = [];
  const seen = new Set<string>();
  for (const finding of findings) {
    const fix = finding.fix;
    if (fix?.kind !== 'repair' || seen.size >= MAX_CANDIDATES) continue;
    const key = JSON.stringify(fix.edits);
    if (seen.has(key)) continue;
    seen.add(key);
    if (fix.edits.some((e) => accepted.some((a) => overlaps(a, e)))) continue;
    if (onlyRemoves(before, lint(applyTextEdits(text, fix.edits), checkOptions).findings)) {
      if (accepted.length === 0) first = fix.edits;
      accepted.push(...fix.edits);
    }
  }
  if (accepted.length === first.length) return accepted;
  // Two repairs that each help can still clash together (two keys renamed to one): then only the first.
  return onlyRemoves(before, lint(applyTextEdits(text, accepted), checkOptions).findings) ? accepted : first;
}
