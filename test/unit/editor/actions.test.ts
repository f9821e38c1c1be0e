// The edits behind the editor's code actions: disable comments, fix-all
// repairs and the tab stops of "insert all missing sections".
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyTextEdits, chainTabStops, headingSlug, RULE_METAS, ruleDocsSlug, disableForFileEdit, disableForLineEdit, fixAllEdits, insertsOnly, lint, repairEdits } from '../../../src/engine';

const ROOT = path.resolve(__dirname, '../../../..');
const TODAY = { today: '2026-01-15' };

describe('disable comments (code actions)', () => {
  const plan = '# Header\n# more header\npoc: Triage\nusers:\n  duration_weeks: 1\n';

  it('"for this line" goes above the line, at its indentation, and the engine then drops the finding', () => {
    const before = lint(plan, TODAY).findings.find((f) => f.ruleId === 'POC072')!;
    const edit = disableForLineEdit(plan, before.range.start.line, 'POC072')!;
    const after = applyTextEdits(plan, [edit]);
    assert.strictEqual(after, '# Header\n# more header\npoc: Triage\nusers:\n  # poc-readiness-disable-next-line POC072\n  duration_weeks: 1\n');
    assert.ok(!lint(after, TODAY).findings.some((f) => f.ruleId === 'POC072' || f.ruleId === 'POC006'));
  });

  it('"for this line" adds to a disable-next-line comment already there', () => {
    const text = 'users:\n  # poc-readiness-disable-next-line POC071\n  duration_weeks: 1\n';
    assert.strictEqual(applyTextEdits(text, [disableForLineEdit(text, 2, 'POC072')!]), 'users:\n  # poc-readiness-disable-next-line POC071 POC072\n  duration_weeks: 1\n');
    assert.strictEqual(disableForLineEdit(text.replace('POC071', 'POC072'), 2, 'POC072'), undefined, 'already listed: nothing to offer');
  });

  it('"for this file" goes after the header comment, or into the file-wide comment already there', () => {
    assert.strictEqual(applyTextEdits(plan, [disableForFileEdit(plan, 'POC072')!]), '# Header\n# more header\n# poc-readiness-disable POC072\npoc: Triage\nusers:\n  duration_weeks: 1\n');
    const existing = '# poc-readiness-disable POC111  # reason\npoc: x\n';
    assert.strictEqual(applyTextEdits(existing, [disableForFileEdit(existing, 'POC072')!]), '# poc-readiness-disable POC111 POC072  # reason\npoc: x\n');
    assert.strictEqual(applyTextEdits('poc: x\r\n', [disableForFileEdit('poc: x\r\n', 'POC011')!]), '# poc-readiness-disable POC011\r\npoc: x\r\n');
  });
});

describe('fix-all (source.fixAll.pocReadiness)', () => {
  it('changes nothing in the bad example: placeholders are not fixes', () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples/shipping-exceptions-bad.poc.yaml'), 'utf8');
    assert.deepStrictEqual(repairEdits(text, lint(text, TODAY).findings, TODAY), []);
  });

  it('renames a misspelt key when that removes findings and adds none', () => {
    const text = 'poc: Triage\nowner: Ops lead\nhypothesis:\n  statement: Faster triage\n  decison: Fund the rollout\n';
    const findings = lint(text, TODAY).findings;
    assert.strictEqual(findings.find((f) => f.ruleId === 'POC003')?.fix?.kind, 'repair');
    assert.strictEqual(applyTextEdits(text, repairEdits(text, findings, TODAY)), text.replace('decison', 'decision'));
  });

  it('leaves a rename that uncovers new findings (a placeholder under the renamed key) to the user', () => {
    const text = 'poc: Triage\nowner: Ops lead\nhypothesis:\n  statement: Faster triage\n  decison: TODO\n';
    assert.deepStrictEqual(repairEdits(text, lint(text, TODAY).findings, TODAY), []);
  });

  it('marks every insertion as scaffolding', () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples/shipping-exceptions-bad.poc.yaml'), 'utf8');
    const inserts = lint(text, TODAY).findings.filter((f) => insertsOnly(f.fix));
    assert.ok(inserts.length > 0);
    assert.deepStrictEqual([...new Set(inserts.map((f) => f.fix!.kind))], ['scaffold']);
  });
});

describe('insert all missing sections, as one snippet', () => {
  it('numbers the tab stops on across the sections, escapes untouched', () => {
    assert.deepStrictEqual(chainTabStops(['a: ${1:TODO x}\nb: ${2|TODO,read|}\n', 'c: \\$1 ${1:TODO \\} y}$0\n']), ['a: ${1:TODO x}\nb: ${2|TODO,read|}\n', 'c: \\$1 ${3:TODO \\} y}$0\n']);
  });

  it('carries a snippet for each merged insertion that expands to the same text', () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples/shipping-exceptions-bad.poc.yaml'), 'utf8');
    const edits = fixAllEdits(lint(text, TODAY).findings).filter((e) => e.newText !== '');
    const expand = (s: string) =>
      s
        .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
        .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, '$1')
        .replace(/\\(.)/g, '$1');
    for (const edit of edits) assert.strictEqual(expand(edit.snippet!), edit.newText);
  });
});

describe('rule docs anchors (Show documentation)', () => {
  it('every rule has a heading in docs/rules.md whose preview id is the one the action opens', () => {
    const headings = fs
      .readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('## '))
      .map((l) => headingSlug(l.slice(3).replace(/`/g, '')));
    for (const meta of RULE_METAS) assert.ok(headings.includes(ruleDocsSlug(meta)), `${meta.id}: ${ruleDocsSlug(meta)}`);
    assert.strictEqual(ruleDocsSlug({ id: 'POC020', name: 'hypothesis/decision' }), 'poc020-hypothesisdecision');
  });
});
