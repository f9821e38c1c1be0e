import * as assert from 'assert';
import { parseDocument } from 'yaml';
import { Finding, fixAllEdits, lint, locate } from '../../../src/engine';
import { PlanDocument } from '../../../src/engine/document';
import { applyEdits, BASE_OPTIONS } from './support';

// Fixes on plans written in less common but valid ways (and one broken one)
// write where they mean to, in the file's own style, and keep it valid YAML.

const run = (text: string) => lint(text, BASE_OPTIONS);
const insertAll = (text: string) => applyEdits(text, fixAllEdits(run(text).findings));
const errorsIn = (text: string) => parseDocument(text.replace(/\r(?!\n)/g, '\n'), { uniqueKeys: true }).errors.map((e) => e.code);

function fixFor(text: string, path: string, ruleId?: string): Finding {
  const finding = run(text).findings.find((f) => f.path === path && (!ruleId || f.ruleId === ruleId));
  assert.ok(finding, `no finding at ${path}`);
  return finding;
}

describe('fixes that keep the plan', () => {
  it('insert no section while a syntax error may hide the real one below it, and insert-all is idempotent on the broken plan', () => {
    // The mis-indented `- system: ERP` swallows `users:` and `budget:` into a broken key: they seem absent.
    const text = 'poc: T\nowner: O\nintegrations:\n  - system: CRM\n - system: ERP\nusers:\n  in_workflow: true\nbudget:\n  poc: 100\n';
    const once = insertAll(text);
    assert.strictEqual(once.match(/^users:/gm)?.length, 1, once);
    assert.strictEqual(once.match(/^budget:/gm)?.length, 1, once);
    assert.strictEqual(insertAll(once), once);
  });

  it('insert-all into an empty flow mapping separates the keys with commas', () => {
    const text = 'poc: T\neconomics: {}\n';
    const all = insertAll(text);
    assert.deepStrictEqual(errorsIn(all), []);
    assert.deepStrictEqual(Object.keys(parseDocument(all).toJS().economics), ['manual_minutes_per_item', 'ai_seconds_per_item']);
  });

  it('write nothing through an alias into the section it points at', () => {
    const text = 'poc: T\noperations: &ops\n  volume: 10\ngovernance: *ops\n';
    const all = insertAll(text);
    assert.doesNotMatch(all, /approvals:|audit_trail:|human_review:/);
    assert.match(all, /\ngovernance: \*ops\n/);
    assert.ok(
      run(text)
        .findings.filter((f) => f.path.startsWith('governance'))
        .every((f) => !f.fix),
    );
  });

  it('do not count a byte-order mark as indentation', () => {
    const all = insertAll('\ufeffpoc: T\nowner: O\n');
    assert.deepStrictEqual(
      all.split('\n').filter((l) => /^ +[a-z_]+:$/.test(l) && !l.startsWith('  ')),
      [],
    );
    assert.match(all, /\nhypothesis:\n {2}statement: TODO/);
    assert.deepStrictEqual(errorsIn(all.slice(1)), []);
  });

  it('indent under an explicit key (`? key`) as its mapping is indented', () => {
    const text = 'poc: T\nusers:\n  ? in_workflow\n  : true\n';
    const out = applyEdits(text, fixFor(text, 'users.pilot_users').fix!.edits);
    assert.match(out, /\n {2}pilot_users:\n {4}- role: TODO/);
    assert.deepStrictEqual(errorsIn(out), []);
  });

  it('fill a document that is only `...` or `---` inside that document', () => {
    for (const text of ['...\n', '---\n', '---\n...\n']) {
      const all = insertAll(text);
      assert.deepStrictEqual(errorsIn(all), [], JSON.stringify(text));
      assert.strictEqual(parseDocument(all).toJS().poc, 'TODO a short name for the POC');
    }
  });

  it('drop a tag with the placeholder they replace (`questions: !!null ""`)', () => {
    const text = 'poc: T\nquestions: !!null ""\n';
    const out = applyEdits(text, fixFor(text, 'questions', 'POC007').fix!.edits);
    assert.deepStrictEqual(errorsIn(out), []);
    assert.match(out, /^poc: T\nquestions:\n {2}technical_feasibility: TODO/);
  });

  it('read CR-only line endings as lines and write CR into them', () => {
    const text = '# draft\rpoc: T\rowner: O\r';
    assert.ok(!run(text).findings.some((f) => f.ruleId === 'POC010' || f.ruleId === 'POC011'), 'the title and owner are read');
    const all = insertAll(text);
    assert.ok(!all.includes('\n'), 'an LF written into a CR-only file');
    assert.ok(all.startsWith(text));
    assert.strictEqual(insertAll(all), all);
    // Hovers and completion count the same lines.
    const where = locate('poc: T\rdata:\r  source: x\r', { line: 2, character: 4 });
    assert.deepStrictEqual([where.container, where.key], [['data'], 'source']);
  });

  it('end a syntax error’s range before the CR of a CRLF line', () => {
    const text = 'poc: T\r\nowner: [a\r\nusers: x\r\n';
    const lengths = text.split('\r\n').map((l) => l.length);
    const syntax = run(text).findings.filter((f) => f.ruleId === 'POC001');
    assert.ok(syntax.length > 0);
    for (const f of syntax) assert.ok(f.range.end.character <= lengths[f.range.end.line], JSON.stringify(f.range));
    // An error yaml places on the line break itself ends at the end of the line's text.
    const plan = new PlanDocument('poc: T\r\nowner: x\r\n');
    assert.deepStrictEqual(plan.rangeOf(6, 7), { start: { line: 0, character: 6 }, end: { line: 0, character: 6 } });
    assert.deepStrictEqual(plan.rangeOf(6, 8), { start: { line: 0, character: 6 }, end: { line: 1, character: 0 } });
  });

  it('write new sections in the plan’s own indentation and list style', () => {
    const text = 'poc: T\nhypothesis:\n    statement: x\n    success_criteria:\n    - metric: a\n      target: b\n';
    const section = fixFor(text, 'edge_cases', 'POC007').fix!.edits[0].newText;
    assert.strictEqual(
      section,
      'edge_cases:\n    known:\n    - TODO a case the model is likely to get wrong\n    failure_analysis: TODO how errors are broken down by segment\n    fallback: TODO where items the model gets wrong go, and how fast\n',
    );
    const filled = insertAll('poc: T\ndata:\n    source: x\nusers:\n');
    assert.match(filled, /\nusers:\n {4}pilot_users:\n {8}- role: TODO/);
    assert.deepStrictEqual(errorsIn(filled), []);
  });

  it('leave a comment directly above a mapping’s first key with that key', () => {
    const text = 'poc: T\nusers:\n  # in the ticket queue\n  in_workflow: true\n';
    const out = applyEdits(text, fixFor(text, 'users.pilot_users').fix!.edits);
    assert.match(out, /\nusers:\n {2}pilot_users:\n(?: {4,}[^\n]*\n)+ {2}# in the ticket queue\n {2}in_workflow: true\n/);
    // At the top level a comment above the first key is the file's header, and stays first.
    const header = '# Shipping triage plan\nowner: O\n';
    assert.match(applyEdits(header, fixFor(header, 'poc').fix!.edits), /^# Shipping triage plan\npoc: TODO[^\n]*\nowner: O\n$/);
  });
});
