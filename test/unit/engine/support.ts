// Shared by the engine tests: where fixtures live, a fixed "today", and
// applying the engine's text edits the way an editor would.
import * as path from 'path';
import type { Finding, LintOptions, TextEdit } from '../../../src/engine';

export const ROOT = path.resolve(__dirname, '../../../..');
export const RULE_FIXTURES = path.join(ROOT, 'test/fixtures/rules');
export const TODAY = '2026-11-25';
export const BASE_OPTIONS: LintOptions = { today: TODAY };

/** Lines break at LF, CRLF or a lone CR, as in VS Code. */
export function offsetAt(text: string, line: number, character: number): number {
  const breaks = /\r\n|\r|\n/g;
  let offset = 0;
  for (let l = 0; l < line; l++) {
    const m = breaks.exec(text);
    if (!m) return text.length;
    offset = m.index + m[0].length;
  }
  return Math.min(offset + character, text.length);
}

/** Applies non-overlapping edits, last first, so earlier positions stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const withOffsets = edits.map((e, index) => ({
    index,
    start: offsetAt(text, e.range.start.line, e.range.start.character),
    end: offsetAt(text, e.range.end.line, e.range.end.character),
    newText: e.newText,
  }));
  // Applied from the end backwards; edits at the same position keep their array order (as in LSP and VS Code).
  withOffsets.sort((a, b) => b.start - a.start || b.end - a.end || b.index - a.index);
  let out = text;
  for (const e of withOffsets) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** `3:1-3:9` (1-based, as an editor shows it). */
export function where(f: Finding): string {
  const r = f.range;
  return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

export interface Golden {
  ruleId: string;
  severity: string;
  range: string;
  message: string;
  fix?: string;
}

export function golden(f: Finding): Golden {
  return { ruleId: f.ruleId, severity: f.severity, range: where(f), message: f.message, ...(f.fix ? { fix: f.fix.title } : {}) };
}
