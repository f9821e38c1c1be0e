// Shared by the engine tests: where fixtures live, a fixed "today", and
// applying the engine's text edits the way an editor would.
import * as fs from 'fs';
import * as path from 'path';
import * as assert from 'assert';
import type { Finding, LintOptions, Range, TextEdit } from '../../../src/engine';

export const ROOT = path.resolve(__dirname, '../../../..');
export const RULE_FIXTURES = path.join(ROOT, 'test/fixtures/rules');
export const TODAY = '2026-11-25';
export const BASE_OPTIONS: LintOptions = { today: TODAY };

export function fixture(id: string, name: string): string {
  return fs.readFileSync(path.join(RULE_FIXTURES, id, name), 'utf8');
}

/** A rule's fixture options: `options.json` beside its plans, over the base options. */
export function optionsFor(id: string): LintOptions {
  const file = path.join(RULE_FIXTURES, id, 'options.json');
  return fs.existsSync(file) ? { ...BASE_OPTIONS, ...(JSON.parse(fs.readFileSync(file, 'utf8')) as LintOptions) } : BASE_OPTIONS;
}

/** A rule's fixtures: `flags*.poc.yaml` (each with its `expected*.json`) and `passes*.poc.yaml`. */
export function fixturesOf(id: string, kind: 'flags' | 'passes'): string[] {
  const dir = path.join(RULE_FIXTURES, id);
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.startsWith(kind) && f.endsWith('.poc.yaml'))
        .sort()
    : [];
}

/** `flags-x.poc.yaml` -> its golden, `expected-x.json`. */
export function expectedFile(id: string, flags: string): string {
  return path.join(RULE_FIXTURES, id, flags.replace(/^flags/, 'expected').replace(/\.poc\.yaml$/, '.json'));
}

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

/** A finding as a rule fixture's golden holds it: by message id and data, so rewording a message leaves it alone. */
export interface Golden {
  ruleId: string;
  messageId: string;
  data: Finding['data'];
  severity: string;
  range: string;
  fix?: string;
}

export function golden(f: Finding): Golden {
  return { ruleId: f.ruleId, messageId: f.messageId, data: f.data, severity: f.severity, range: where(f), ...(f.fix ? { fix: f.fix.title } : {}) };
}

/** Each line's length, lines broken at LF, CRLF or a lone CR. */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

/** The range lies within the text (`lengths` from lineLengths) and does not end before it starts. */
export function assertInside(range: Range, lengths: number[], what: string): void {
  for (const p of [range.start, range.end]) {
    assert.ok(p.line >= 0 && p.line < lengths.length, `${what}: line ${p.line} of ${lengths.length}`);
    assert.ok(p.character >= 0 && p.character <= lengths[p.line], `${what}: character ${p.character} past the end of line ${p.line} (${lengths[p.line]})`);
  }
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  assert.ok(ordered, `${what}: range ends before it starts`);
}
