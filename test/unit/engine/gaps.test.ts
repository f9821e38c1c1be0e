// Findings where the gap is (issue 13, item 5): a missing section's finding
// sits where its insertion lands, not on the title; a disable comment written
// there (by hand or by the "Disable for this line" action) still reaches it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { disableForLineEdit, lint, type Finding } from '../../../src/engine';
import { applyEdits, BASE_OPTIONS, ROOT, where } from './support';

const BAD = fs.readFileSync(path.join(ROOT, 'examples/shipping-exceptions-bad.poc.yaml'), 'utf8');

const missing = (text: string, options = BASE_OPTIONS) =>
  lint(text, options)
    .findings.filter((f) => f.ruleId === 'POC007')
    .map((f) => `${f.path} ${where(f)}`);

/** The finding's line and the line the fix's insertion starts on, 1-based. */
function lines(f: Finding): [number, number | undefined] {
  return [f.range.start.line + 1, f.fix && f.fix.edits[f.fix.edits.length - 1].range.start.line + 1];
}

describe('findings where the gap is', () => {
  it("puts the bad example's missing sections on the blank line where each would be inserted, none on the title", () => {
    assert.deepStrictEqual(missing(BAD), [
      // After edge_cases (lines 22-24): the blank line 25, before `metrics:`.
      'integrations 25:1-25:1',
      // After users (lines 31-36), in the format's order.
      'economics 37:1-37:1',
      'governance 37:1-37:1',
      'operations 37:1-37:1',
      // After budget, the last section: the empty line past the end.
      'production_plan 42:1-42:1',
    ]);
    const title = lint(BAD, BASE_OPTIONS).findings.filter((f) => f.range.start.line === 2);
    assert.deepStrictEqual(title, [], 'nothing left on `poc:`');
  });

  it('sits on the line the insertion lands on, with or without fixes computed', () => {
    const result = lint(BAD, BASE_OPTIONS);
    for (const f of result.findings.filter((x) => x.ruleId === 'POC007')) {
      const [line, insertedAt] = lines(f);
      assert.strictEqual(line, insertedAt, `${f.path}: finding on ${line}, insertion on ${insertedAt}`);
    }
    assert.deepStrictEqual(missing(BAD, { ...BASE_OPTIONS, fixes: false }), missing(BAD));
  });

  it('without a blank line before the next section, sits at the end of the section before (not on the next key)', () => {
    const text = 'poc: Triage\nowner: Ops lead\nedge_cases:\n  known:\n    - Multi-parcel shipments\nmetrics:\n  - name: Time to resolve\n';
    const found = lint(text, BASE_OPTIONS).findings.find((f) => f.path === 'integrations')!;
    // Line 5 is `    - Multi-parcel shipments` (28 characters): just past its end.
    assert.strictEqual(where(found), '5:29-5:29');
    assert.strictEqual(found.fix!.edits[0].range.start.line + 1, 6, 'the insertion itself goes before `metrics:`');
  });

  it('after a block scalar, sits at the start of the landing line: a comment above would become part of the text', () => {
    const text = 'poc: Triage\nedge_cases:\n  failure_analysis: |\n    By region and by carrier.\nmetrics:\n  - name: Time to resolve\n';
    const found = lint(text, BASE_OPTIONS).findings.find((f) => f.path === 'integrations')!;
    assert.strictEqual(where(found), '5:1-5:1');
  });

  it('at the end of a file without a final line break, sits just past the last character', () => {
    const text = 'poc: Triage\nbudget:\n  poc: 50000';
    const found = lint(text, BASE_OPTIONS).findings.find((f) => f.path === 'production_plan')!;
    assert.strictEqual(where(found), '3:13-3:13');
  });

  it('keeps CRLF plans on the same lines', () => {
    assert.deepStrictEqual(missing(BAD.replace(/\n/g, '\r\n')), missing(BAD));
  });

  it('a plan written as a flow mapping (nowhere to insert a section) keeps them on the title', () => {
    const found = lint('{poc: Triage}\n', BASE_OPTIONS).findings.filter((f) => f.ruleId === 'POC007');
    assert.ok(found.length > 0);
    for (const f of found) assert.strictEqual(where(f), '1:2-1:5');
  });

  for (const [name, text, section] of [
    ['on a blank line', BAD, 'integrations'],
    ['at the end of the section before', 'poc: Triage\nedge_cases:\n  known:\n    - Multi-parcel shipments\nmetrics:\n  - name: Time to resolve\n', 'integrations'],
    ['at the end of the file', BAD, 'production_plan'],
  ] as const) {
    it(`"Disable POC007 for this line" silences a missing section ${name}, and none on other lines`, () => {
      const before = lint(text, BASE_OPTIONS).findings;
      const target = before.find((f) => f.ruleId === 'POC007' && f.path === section)!;
      const edit = disableForLineEdit(text, target.range.start.line, 'POC007')!;
      const after = lint(applyEdits(text, [edit]), BASE_OPTIONS).findings;
      assert.ok(
        !after.some((f) => f.path === section && f.ruleId === 'POC007'),
        `${section} still reported: ${JSON.stringify(after.filter((f) => f.ruleId === 'POC007').map((f) => `${f.path} ${where(f)}`))}`,
      );
      assert.ok(!after.some((f) => f.ruleId === 'POC006'), 'the comment is used, not reported as unused');
      // Sections that would be inserted at the same place share the line, and the comment.
      const line = target.range.start.line;
      const others = (found: Finding[], shift: number) => found.filter((f) => f.ruleId === 'POC007' && f.range.start.line !== line + shift).map((f) => f.path);
      assert.deepStrictEqual(others(after, 1), others(before, 0));
    });
  }

  it('a hand-written disable comment on the blank line where the section goes reaches it', () => {
    const text = BAD.replace('    - Multi-parcel shipments\n\n', '    - Multi-parcel shipments\n# poc-readiness-disable-next-line plan/missing-section\n\n');
    const after = lint(text, BASE_OPTIONS).findings;
    assert.ok(!after.some((f) => f.path === 'integrations'));
    assert.ok(!after.some((f) => f.ruleId === 'POC006'));
  });
});
