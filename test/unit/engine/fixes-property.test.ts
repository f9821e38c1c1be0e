import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { Finding, fixAllEdits, isPlaceholderValue, lint, TextEdit } from '../../../src/engine';
import { applyEdits, BASE_OPTIONS, offsetAt, ROOT } from './support';

// Every quick fix and "insert all", on the example plans mutated the ways
// people write plans (lines deleted, `{}`/`[]`/`TODO` values, comments moved,
// 4-space indentation, anchors and aliases, CRLF, CR-only, a BOM): the result
// is YAML that parses no worse than before, every line the user wrote is
// still there, in order and byte for byte (only placeholders a fix replaces
// go), comments stay above the line they describe (the file's header comment
// stays first), the targeted finding is
// gone, the file keeps its line endings and indentation, and fixing again
// changes nothing. Fixed seed (POC_FIX_SEED overrides it); fast-check prints
// the seed and the counterexample on failure.

const SEED = Number(process.env.POC_FIX_SEED ?? 20261201);
const EXAMPLES = ['shipping-exceptions-bad.poc.yaml', 'shipping-exceptions-good.poc.yaml'].map((f) => fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8'));
const BREAK = /\r\n|\r|\n/;

type LineOp = { op: 'delete'; at: number } | { op: 'value'; at: number; value: '{}' | '[]' | 'TODO' } | { op: 'move-comment'; at: number; to: number } | { op: 'alias'; at: number; to: number };

interface Mutation {
  ops: LineOp[];
  fourSpaces: boolean;
  eol: '\n' | '\r\n' | '\r';
  bom: boolean;
}

const lineOp: fc.Arbitrary<LineOp> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('value' as const), at: fc.nat(), value: fc.constantFrom('{}' as const, '[]' as const, 'TODO' as const) }),
  fc.record({ op: fc.constant('move-comment' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('alias' as const), at: fc.nat(), to: fc.nat() }),
);

const mutation: fc.Arbitrary<Mutation> = fc.record({
  ops: fc.array(lineOp, { maxLength: 5 }),
  fourSpaces: fc.boolean(),
  eol: fc.constantFrom('\n' as const, '\r\n' as const, '\r' as const),
  bom: fc.boolean(),
});

const KEY_LINE = /^( *)([a-z_]+):(.*)$/;

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  let anchors = 0;
  for (const op of m.ops) {
    const i = op.at % lines.length;
    if (op.op === 'delete' && lines.length > 1) lines.splice(i, 1);
    else if (op.op === 'value') {
      const k = KEY_LINE.exec(lines[i]);
      if (k) lines[i] = `${k[1]}${k[2]}: ${op.value}`;
    } else if (op.op === 'move-comment') {
      const comments = lines.map((l, n) => (l.trim().startsWith('#') ? n : -1)).filter((n) => n >= 0);
      if (comments.length) {
        const [line] = lines.splice(comments[op.at % comments.length], 1);
        lines.splice(op.to % (lines.length + 1), 0, line);
      }
    } else if (op.op === 'alias') {
      // A top-level section anchored, and another top-level key made an alias of it.
      const sections = lines.map((l, n) => (/^[a-z_]+:\s*$/.test(l) ? n : -1)).filter((n) => n >= 0);
      if (sections.length >= 2) {
        const from = sections[op.at % sections.length];
        const to = sections[op.to % sections.length];
        if (from !== to) {
          const name = `a${anchors++}`;
          lines[from] = `${lines[from].trimEnd()} &${name}`;
          const end = sections.find((n) => n > to) ?? lines.length;
          lines.splice(to, end - to, `${lines[to].replace(/:.*$/, ':')} *${name}`);
        }
      }
    }
  }
  let out = lines.join('\n');
  if (m.fourSpaces) out = out.replace(/^( +)/gm, (s) => s + s);
  if (m.eol !== '\n') out = out.replace(/\n/g, m.eol);
  return m.bom ? `\ufeff${out}` : out;
}

const lint_ = (text: string) => lint(text, BASE_OPTIONS);
const identity = (f: Finding) => `${f.ruleId}|${f.path}|${f.message}`;
const syntaxCodes = (text: string) =>
  parseDocument(text.replace(/^\ufeff/, '').replace(/\r(?!\n)/g, '\n'), { prettyErrors: false, logLevel: 'silent' })
    .errors.map((e) => e.code)
    .sort();

function replacedText(text: string, e: TextEdit): string {
  return text.slice(offsetAt(text, e.range.start.line, e.range.start.character), offsetAt(text, e.range.end.line, e.range.end.character));
}

function eolOf(text: string): string {
  return BREAK.exec(text)?.[0] ?? '\n';
}

/** The checks every fix (or set of edits) must pass on `text`. */
function assertKeeps(text: string, edits: readonly TextEdit[], what: string): string {
  const fixed = applyEdits(text, edits);
  // Only insertions, and removals of placeholders they replace.
  const removals = edits.filter((e) => replacedText(text, e) !== '');
  for (const r of removals) {
    assert.strictEqual(r.newText, '', `${what}: an edit replaces text`);
    const gone = replacedText(text, r).trim();
    assert.ok(gone === '' || isPlaceholderValue(gone) || /^!!?\w*\s*("")?$/.test(gone) || isPlaceholderValue(gone.replace(/^!\S*\s*/, '')), `${what}: removed ${JSON.stringify(gone)}`);
  }
  const base = applyEdits(text, removals);
  const inline = edits.some((e) => e.newText !== '' && !BREAK.test(e.newText));
  if (!inline) {
    // Every line the user wrote, in order and byte for byte; comments still right above their line.
    const before = base.split(BREAK);
    const after = fixed.split(BREAK);
    let j = 0;
    const at = before.map((line) => {
      while (j < after.length && after[j] !== line) j++;
      assert.ok(j < after.length, `${what}: line ${JSON.stringify(line)} changed or moved`);
      return j++;
    });
    // The file's header (its leading comment lines) stays first: a top-level key may go below it.
    let header = 0;
    while (header < before.length && before[header].trim().startsWith('#')) header++;
    before.forEach((line, i) => {
      if (i >= header && line.trim().startsWith('#') && i + 1 < before.length && before[i + 1].trim() !== '') {
        assert.strictEqual(at[i + 1], at[i] + 1, `${what}: comment ${JSON.stringify(line)} separated from the line below it`);
      }
    });
  }
  // The file's own line endings.
  const eol = eolOf(text);
  const inserted = edits.map((e) => e.newText).join('');
  if (eol === '\r\n') assert.doesNotMatch(inserted, /[^\r]\n|^\n|\r(?!\n)/, `${what}: not CRLF`);
  if (eol === '\r') assert.doesNotMatch(inserted, /\n/, `${what}: LF in a CR file`);
  if (eol === '\n') assert.doesNotMatch(inserted, /\r/, `${what}: CR in an LF file`);
  // Its indentation: a 4-space plan gets no 2-space level.
  const lf = text.replace(/\r\n?/g, '\n');
  if (/^[a-z_]+:[^\S\n]*\n {4}[a-z_]+:/m.test(lf) && !/^ {2}[a-z_]+:/m.test(lf)) {
    assert.doesNotMatch(inserted.replace(/\r\n?/g, '\n'), /^ {2}[a-z_]+:/m, `${what}: 2-space keys in a 4-space plan`);
  }
  // YAML that parses no worse than before.
  const was = syntaxCodes(text);
  const now = syntaxCodes(fixed);
  if (was.length === 0) assert.deepStrictEqual(now, [], `${what}: the fix broke the YAML`);
  else assert.ok(now.length <= was.length, `${what}: more syntax errors (${was} -> ${now})`);
  return fixed;
}

let fixesChecked = 0;
let plansChecked = 0;

function checkPlan(text: string, picks: number[]): void {
  plansChecked++;
  const before = lint_(text);
  const fixable = before.findings.filter((f) => f.fix && !f.fix.title.startsWith('Rename'));
  // A bounded sample of the single fixes, chosen by the generated picks.
  const chosen = [...new Set(picks.map((p) => p % Math.max(1, fixable.length)))].map((i) => fixable[i]).filter(Boolean);
  for (const finding of chosen) {
    const what = `fix "${finding.fix!.title}" for ${finding.ruleId} ${finding.path}`;
    const fixed = assertKeeps(text, finding.fix!.edits, what);
    fixesChecked++;
    const after = lint_(fixed);
    assert.ok(!after.findings.some((f) => identity(f) === identity(finding)), `${what}: still reported`);
    assert.ok(!after.findings.some((f) => f.fix?.title === finding.fix!.title && f.path === finding.path), `${what}: offered again`);
  }
  const once = assertKeeps(text, fixAllEdits(before.findings), 'insert all');
  fixesChecked++;
  const again = fixAllEdits(lint_(once).findings);
  assert.strictEqual(applyEdits(once, again), once, 'insert all is not idempotent');
}

describe('every fix keeps the plan (property)', function () {
  this.timeout(90_000);
  after(() => console.log(`      (${plansChecked} mutated plans, ${fixesChecked} fixes and insert-alls checked, seed ${SEED})`));

  it('on the examples, mutated', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXAMPLES), mutation, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), (example, m, picks) => checkPlan(mutate(example, m), picks)),
      { seed: SEED, numRuns: 120 },
    );
  });

  it('on the examples with whole sections cut out', () => {
    const sectionCuts = fc.tuple(fc.constantFrom(...EXAMPLES), fc.array(fc.nat(), { maxLength: 6 }), mutation).map(([example, cuts, m]) => {
      const parts = example.split(/(?=^[a-z_]+:)/m);
      for (const c of cuts) if (parts.length > 2) parts.splice(1 + (c % (parts.length - 1)), 1);
      return mutate(parts.join(''), { ...m, ops: [] });
    });
    fc.assert(
      fc.property(sectionCuts, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), (text, picks) => checkPlan(text, picks)),
      { seed: SEED, numRuns: 60 },
    );
  });
});
