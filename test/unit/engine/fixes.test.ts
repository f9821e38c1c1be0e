import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Finding, fixAllEdits, insertsOnly, isPlaceholderValue, lint, LintResult, TextEdit } from '../../../src/engine';
import { applyEdits, BASE_OPTIONS, ROOT, RULE_FIXTURES, where } from './support';

// Every quick fix on every fixture is applied and the plan linted again. An
// insertion writes `TODO` placeholders, so "fixed" means: the finding's own
// message (`is missing`, `is empty`, `Unknown key`) is gone, and whatever is
// new is a placeholder finding on the inserted lines, asking the user to
// write the value. Nothing the user wrote is changed, moved or split.

const PLANS = [
  ...fs.readdirSync(RULE_FIXTURES).map((id) => path.join(RULE_FIXTURES, id, 'flags.poc.yaml')),
  path.join(ROOT, 'examples/shipping-exceptions-bad.poc.yaml'),
  path.join(ROOT, 'examples/shipping-exceptions-good.poc.yaml'),
];

const STRUCTURAL = new Set(['POC001', 'POC002', 'POC003']);
const isRename = (f: Finding) => f.fix!.title.startsWith('Rename to');

function run(text: string): LintResult {
  return lint(text, BASE_OPTIONS);
}

const identity = (f: Finding) => `${f.ruleId}|${f.path}|${f.message}`;
/**
 * The same finding before and after a fix. An unknown key is the same finding
 * when only its wording changed: inserting the section it misspells makes it
 * say "`production_plan` is already there".
 */
const sameAs = (f: Finding) => (f.ruleId === 'POC003' ? `${f.ruleId}|${f.path}` : identity(f));

function offsetOf(text: string, line: number, character: number): number {
  const lines = text.split('\n');
  return lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0) + character;
}

/** The text an edit replaces in `text`. */
function replaced(text: string, e: TextEdit): string {
  return text.slice(offsetOf(text, e.range.start.line, e.range.start.character), offsetOf(text, e.range.end.line, e.range.end.character));
}

/** Lines [first, last] of the fixed text that an insertion fills. */
function insertedLines(e: TextEdit): [number, number] {
  const breaks = e.newText.split('\n').length - 1;
  const lead = e.newText.startsWith('\n') || e.newText.startsWith('\r\n') ? 1 : 0;
  return [e.range.start.line + lead, e.range.start.line + Math.max(lead, breaks - 1)];
}

/** Every line of `before`, in order, is a whole line of `after`; returns where each landed. */
function matchLines(before: string, after: string): number[] {
  const afterLines = after.split(/\r?\n/);
  let i = 0;
  return before.split(/\r?\n/).map((line) => {
    while (i < afterLines.length && afterLines[i] !== line) i++;
    assert.ok(i < afterLines.length, `line ${JSON.stringify(line)} is changed or out of order after the fix`);
    return i++;
  });
}

/** A comment line still sits right above the line it sat above. */
function assertCommentsKept(before: string, after: string): void {
  const beforeLines = before.split(/\r?\n/);
  const at = matchLines(before, after);
  beforeLines.forEach((line, i) => {
    if (line.trim().startsWith('#') && i + 1 < beforeLines.length) {
      assert.strictEqual(at[i + 1], at[i] + 1, `comment ${JSON.stringify(line)} got separated from the line below it`);
    }
  });
}

function assertOnlyInserts(text: string, fixed: string, edits: readonly TextEdit[]): void {
  const deletions = edits.filter((e) => replaced(text, e) !== '');
  for (const d of deletions) {
    assert.strictEqual(d.newText, '', 'an edit that replaces text may only remove it');
    assert.ok(isPlaceholderValue(replaced(text, d)), `a fix removed ${JSON.stringify(replaced(text, d))}, which is not a placeholder`);
  }
  const base = applyEdits(text, deletions);
  const inline = edits.filter((e) => e.newText !== '' && !e.newText.endsWith('\n'));
  if (inline.length === 0) {
    matchLines(base, fixed);
    assertCommentsKept(base, fixed);
    return;
  }
  // A flow mapping gets its key on the same line, just before the closing brace.
  for (const e of inline) {
    const line = fixed.split('\n')[e.range.start.line];
    assert.strictEqual(line[e.range.start.character + e.newText.length], '}');
  }
}

function checkFix(text: string, before: LintResult, finding: Finding): void {
  const edits = finding.fix!.edits;
  const fixed = applyEdits(text, edits);
  const after = run(fixed);

  const structural = (f: Finding) => (f.ruleId === 'POC003' ? sameAs(f) : f.message);
  const hadStructural = new Set(before.findings.filter((f) => STRUCTURAL.has(f.ruleId)).map(structural));
  const newStructural = after.findings.filter((f) => STRUCTURAL.has(f.ruleId) && !hadStructural.has(structural(f)));
  assert.deepStrictEqual(
    newStructural.map((f) => f.message),
    [],
    'the fix introduced syntax or schema problems',
  );
  assert.ok(!after.findings.some((f) => identity(f) === identity(finding)), `still reported: ${finding.message}`);
  if (isRename(finding)) return;
  assertOnlyInserts(text, fixed, edits);

  const spans = edits.filter((e) => e.newText !== '').map(insertedLines);
  const existing = new Set(before.findings.map(sameAs));
  for (const f of after.findings.filter((f) => !existing.has(sameAs(f)))) {
    // An inserted section is a form field: one note until it is written (src/engine/template.ts isUntouchedTemplate).
    assert.match(f.message, /is still a placeholder|is not written yet/, `unexpected finding after the fix: ${f.ruleId} ${f.message}`);
    const line = f.range.start.line;
    // Filling an empty section (`data:`) leaves its note on the key that was already there.
    if (/is not written yet/.test(f.message) && f.path === finding.path) continue;
    assert.ok(
      spans.some(([first, last]) => line >= first && line <= last),
      `${f.ruleId} ${f.path} is reported on line ${line + 1}, outside the inserted text`,
    );
  }
}

describe('quick fixes', () => {
  describe('applied one by one to every fixture', () => {
    for (const file of PLANS) {
      it(path.relative(ROOT, file), () => {
        const text = fs.readFileSync(file, 'utf8');
        const before = run(text);
        for (const finding of before.findings.filter((f) => f.fix)) checkFix(text, before, finding);
      });
    }

    it('exist for every missing key or section, except where no insertion is safe', () => {
      const unfixed = PLANS.flatMap((file) =>
        run(fs.readFileSync(file, 'utf8'))
          .findings.filter((f) => !f.fix && (f.ruleId === 'POC007' || / is missing/.test(f.message)))
          .map((f) => `${path.basename(path.dirname(file))} ${f.path}`),
      );
      // Sections in the order their summaries sit (all on the first line, then by rule and message).
      const sections = ['budget', 'data', 'economics', 'edge_cases', 'governance', 'integrations', 'metrics', 'operations', 'production_plan', 'questions', 'users'];
      assert.deepStrictEqual(unfixed, [
        // With a syntax error anywhere, no section or top-level key is inserted: what lies past the error may not read as written.
        ...sections.map((s) => `POC001 ${s}`),
        // `hypothesis: [unclosed` is a broken flow list: nothing can be inserted into it.
        'POC001 hypothesis.decision',
        'POC001 hypothesis.success_criteria',
        'POC001 hypothesis.kill_criteria',
        'POC001 hypothesis.decision_date',
        'POC001 hypothesis.statement',
        // `kill_criteria: ?` opens an explicit key, a syntax error: nothing is inserted into its section, nor any section.
        ...sections.map((s) => `POC022 ${s}`),
        'POC022 owner',
        'POC022 hypothesis.success_criteria',
        'POC022 hypothesis.decision_date',
        'POC022 hypothesis.statement',
        // `data: {source: ...}` is a flow mapping and the pipeline hint has a comma.
        'POC043 data.pipeline',
      ]);
    });
  });

  function fixFor(text: string, ruleId: string, at: string): Finding {
    const finding = run(text).findings.find((f) => f.ruleId === ruleId && f.path === at);
    assert.ok(finding, `no ${ruleId} finding at ${at}`);
    return finding;
  }

  function fixed(text: string, ruleId: string, at: string): string {
    const finding = fixFor(text, ruleId, at);
    assert.ok(finding.fix, `${ruleId} at ${at} has no fix`);
    return applyEdits(text, finding.fix.edits);
  }

  it('inserts a missing key after the sibling it follows, at the mapping’s 4-space indentation', () => {
    const text = 'poc: Triage\ndata:\n    source: Export\n    curated: true\n    owner: Ops\n';
    assert.strictEqual(fixed(text, 'POC040', 'data.production_source'), 'poc: Triage\ndata:\n    source: Export\n    production_source: TODO\n    curated: true\n    owner: Ops\n');
  });

  it('leaves comments between keys above the key they describe', () => {
    const text = 'poc: Triage\ndata:\n  source: Export # nightly\n\n  # The analytics team\n  owner: Ops\n';
    assert.strictEqual(fixed(text, 'POC040', 'data.production_source'), 'poc: Triage\ndata:\n  source: Export # nightly\n  production_source: TODO\n\n  # The analytics team\n  owner: Ops\n');
  });

  it('inserts after a nested block without taking the comment that introduces the next key', () => {
    const text = 'poc: T\nhypothesis:\n  statement: x\n  success_criteria:\n    - metric: a\n      target: b\n  # agreed with the sponsor\n  decision_date: 2027-01-01\n';
    assert.strictEqual(
      fixed(text, 'POC022', 'hypothesis.kill_criteria'),
      'poc: T\nhypothesis:\n  statement: x\n  success_criteria:\n    - metric: a\n      target: b\n  kill_criteria: TODO what result stops the effort\n  # agreed with the sponsor\n  decision_date: 2027-01-01\n',
    );
  });

  it('starts a new line at the end of a file that has no trailing newline', () => {
    const text = 'poc: Triage\ndata:\n  source: Export\n  production_source: true';
    assert.strictEqual(fixed(text, 'POC041', 'data.curated'), 'poc: Triage\ndata:\n  source: Export\n  production_source: true\n  curated: TODO\n');
  });

  it('writes CRLF line endings into a CRLF file, never a mix', () => {
    const text = 'poc: Triage\r\ndata:\r\n  source: Export\r\n  owner: Ops';
    assert.strictEqual(fixed(text, 'POC040', 'data.production_source'), 'poc: Triage\r\ndata:\r\n  source: Export\r\n  production_source: TODO\r\n  owner: Ops');
    assert.strictEqual(fixed(text, 'POC041', 'data.curated'), 'poc: Triage\r\ndata:\r\n  source: Export\r\n  curated: TODO\r\n  owner: Ops');
    const section = fixed(text, 'POC007', 'questions');
    assert.doesNotMatch(section, /[^\r]\n/, 'a bare LF in a CRLF file');
  });

  it('adds a scalar key inside a flow mapping, before its brace', () => {
    assert.strictEqual(fixed('poc: T\ndata: {source: Export}\n', 'POC040', 'data.production_source'), 'poc: T\ndata: {source: Export, production_source: TODO}\n');
    assert.strictEqual(fixed('poc: T\ndata: {}\n', 'POC040', 'data.production_source'), 'poc: T\ndata: {production_source: TODO}\n');
  });

  it('offers no fix in a flow mapping where the inserted text would not read as one key', () => {
    // The pipeline hint contains a comma, which would split the pair; a nested block cannot go inside braces.
    assert.strictEqual(fixFor('poc: T\ndata: {source: Export}\n', 'POC042', 'data.pipeline').fix, undefined);
    assert.strictEqual(fixFor('poc: T\ngovernance: {approvals: CFO}\n', 'POC091', 'governance.human_review.required').fix, undefined);
  });

  it('fills a section whose key has no value, under the key', () => {
    const text = 'poc: T\ndata:\nusers: {}\n';
    const finding = fixFor(text, 'POC007', 'data');
    assert.strictEqual(finding.fix?.title, 'Fill in section `data`');
    assert.strictEqual(
      applyEdits(text, finding.fix.edits),
      'poc: T\ndata:\n  source: TODO where the data is drawn from\n  production_source: TODO\n  curated: TODO\n  pipeline: TODO how data reaches the model, continuously\n  owner: TODO the team that owns the pipeline\nusers: {}\n',
    );
  });

  it('replaces a `TODO` section value with its keys and keeps the comment after it, leaving no trailing blanks', () => {
    const DATA_KEYS =
      '  source: TODO where the data is drawn from\n  production_source: TODO\n  curated: TODO\n  pipeline: TODO how data reaches the model, continuously\n  owner: TODO the team that owns the pipeline\n';
    assert.strictEqual(fixed('poc: T\ndata: TODO # ask Ops\n', 'POC007', 'data'), `poc: T\ndata: # ask Ops\n${DATA_KEYS}`);
    assert.strictEqual(fixed('poc: T\ndata: TODO\nusers: {}\n', 'POC007', 'data'), `poc: T\ndata:\n${DATA_KEYS}users: {}\n`);
    assert.strictEqual(fixed('poc: T\ndata: TODO   \nusers: {}\n', 'POC007', 'data'), `poc: T\ndata:\n${DATA_KEYS}users: {}\n`);
    assert.strictEqual(fixed('poc: T\ndata: TODO', 'POC007', 'data'), `poc: T\ndata:\n${DATA_KEYS}`);
    // A placeholder on a line of its own goes with its line.
    assert.strictEqual(fixed('poc: T\ndata:\n  TODO\nusers: {}\n', 'POC007', 'data'), `poc: T\ndata:\n${DATA_KEYS}users: {}\n`);
  });

  it('inserts a missing section with the template text, placeholders and all', () => {
    const finding = fixFor('poc: Triage\nowner: Ops\nusers:\n  in_workflow: true\n', 'POC007', 'edge_cases');
    assert.strictEqual(finding.fix?.title, 'Insert missing section `edge_cases`');
    assert.deepStrictEqual(finding.fix.edits, [
      {
        range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
        newText:
          'edge_cases:\n  known:\n    - TODO a case the model is likely to get wrong\n  failure_analysis: TODO how errors are broken down by segment\n  fallback: TODO where items the model gets wrong go, and how fast\n',
        snippet:
          'edge_cases:\n  known:\n    - ${1:TODO a case the model is likely to get wrong}\n  failure_analysis: ${2:TODO how errors are broken down by segment}\n  fallback: ${3:TODO where items the model gets wrong go, and how fast}\n',
      },
    ]);
  });

  it('appends the title to an empty file or one with only comments', () => {
    assert.strictEqual(fixed('', 'POC010', 'poc'), 'poc: TODO a short name for the POC\n');
    assert.strictEqual(fixed('# draft', 'POC010', 'poc'), '# draft\npoc: TODO a short name for the POC\n');
  });

  it('offers no insertion that would land inside a syntax error', () => {
    // `kill_criteria: ?` opens an explicit key: a line added below it would belong to that broken mapping.
    const broken = 'poc: T\nhypothesis:\n  decision: Fund it.\n  kill_criteria: ?\n';
    assert.strictEqual(fixFor(broken, 'POC023', 'hypothesis.decision_date').fix, undefined);
    assert.ok(fixFor(broken.replace('?', 'Below 80%'), 'POC023', 'hypothesis.decision_date').fix);
  });

  describe('a list written at its key’s indentation (`key:` then `- item` in the same column)', () => {
    const COMPACT = [
      'poc: Triage', //                          0
      'hypothesis:', //                          1
      '  statement: x', //                       2
      '  decision: Fund it.', //                 3
      '  success_criteria:', //                  4
      '  - metric: misroutes', //                5
      '    target: low', //                      6
      '', //                                     7
      '  - metric: time to resolve', //          8
      '    target: "<= 25" # minutes', //        9
      '', //                                     10
      '  # agreed with the sponsor', //          11
      '  decision_date: 2027-01-01', //          12
      'integrations:', //                        13
      '- system: CRM', //                        14
      '  direction: read', //                    15
      '# who uses it', //                        16
      'users:', //                               17
      '  in_workflow: true', //                  18
      '',
    ].join('\n');

    it('inserts a missing key after the list’s last item, at the mapping’s indentation, and changes nothing else', () => {
      const before = run(COMPACT);
      const out = fixed(COMPACT, 'POC022', 'hypothesis.kill_criteria');
      const lines = COMPACT.split('\n');
      assert.strictEqual(out, [...lines.slice(0, 10), '  kill_criteria: TODO what result stops the effort', ...lines.slice(10)].join('\n'));
      const after = run(out);
      assert.ok(!after.findings.some((f) => f.ruleId === 'POC022' && / is missing/.test(f.message)));
      const placeholder = after.findings.filter((f) => f.path === 'hypothesis.kill_criteria');
      assert.deepStrictEqual(
        placeholder.map((f) => [f.ruleId, f.range.start.line]),
        [['POC022', 10]],
      );
      assert.deepStrictEqual(after.findings.filter((f) => f.path !== 'hypothesis.kill_criteria').map(identity), before.findings.filter((f) => f.path !== 'hypothesis.kill_criteria').map(identity));
    });

    it('inserts a key into the last item of a top-level list, and a section after it, above the comment that introduces the next', () => {
      const lines = COMPACT.split('\n');
      assert.strictEqual(fixed(COMPACT, 'POC061', 'integrations.0.owner'), [...lines.slice(0, 16), '  owner: TODO the team that owns the system', ...lines.slice(16)].join('\n'));
      const section = fixFor(COMPACT, 'POC007', 'edge_cases').fix!;
      assert.deepStrictEqual(
        section.edits.map((e) => e.range.start),
        [{ line: 13, character: 0 }],
      );
      const users = fixFor(COMPACT.replace('users:\n  in_workflow: true\n', 'metrics: []\n'), 'POC007', 'users').fix!;
      assert.deepStrictEqual(
        users.edits.map((e) => e.range.start),
        [{ line: 16, character: 0 }],
      );
    });

    it('gives findings and section ranges that end with the list, not at the next key', () => {
      const result = run(COMPACT);
      const owner = result.findings.find((f) => f.ruleId === 'POC061');
      assert.deepStrictEqual(owner && where(owner), '15:3-15:9');
      const target = result.findings.find((f) => f.ruleId === 'POC021');
      assert.deepStrictEqual(target && [target.path, where(target)], ['hypothesis.success_criteria.0.target', '7:13-7:16']);
      const sections = Object.fromEntries(result.sections.map((s) => [s.key, s.range]));
      assert.deepStrictEqual(sections.hypothesis, { start: { line: 1, character: 0 }, end: { line: 12, character: 27 } });
      assert.deepStrictEqual(sections.integrations, { start: { line: 13, character: 0 }, end: { line: 15, character: 17 } });
      const endingWithTheList = run(COMPACT.replace('  decision_date: 2027-01-01\n', ''));
      const hypothesis = endingWithTheList.sections.find((s) => s.key === 'hypothesis');
      assert.deepStrictEqual(hypothesis?.range.end, { line: 9, character: 19 });
    });
  });

  it('inserts every missing section into a file without a final newline exactly as into the same file with one', () => {
    const text = 'poc: Triage\nowner: Ops\nhypothesis:\n  statement: x';
    const all = (t: string) => applyEdits(t, fixAllEdits(run(t).findings));
    const withNewline = all(`${text}\n`);
    assert.strictEqual(all(text), withNewline);
    assert.match(withNewline, /^poc: Triage\nowner: Ops\nhypothesis:\n {2}statement: x\n {2}decision: TODO[^\n]*\n {2}success_criteria:\n/);
    assert.doesNotMatch(withNewline, /\n\n/, 'a blank line between inserted sections');
    assert.match(withNewline, /\n {2}decision_date: TODO YYYY-MM-DD\nquestions:\n {2}technical_feasibility: TODO[^\n]*\n/);
    const crlf = 'poc: Triage\r\nowner: Ops\r\nhypothesis:\r\n  statement: x';
    assert.strictEqual(all(crlf), all(`${crlf}\r\n`));
  });

  describe('renames', () => {
    it('offers none to a key the mapping already has, which would duplicate it', () => {
      const finding = fixFor('poc: T\nowner: Ops\nownr: Finance\ndata:\n  sorce: x\n', 'POC003', 'ownr');
      assert.strictEqual(finding.fix, undefined);
      assert.deepStrictEqual([finding.messageId, finding.data], ['unknownTaken', { key: '`ownr`', where: 'at the top level', near: 'owner' }]);
      const nested = fixFor('poc: T\ndata:\n  source: Export\n  sorce: x\n', 'POC003', 'data.sorce');
      assert.strictEqual(nested.fix, undefined);
      assert.strictEqual(fixFor('poc: T\ndata:\n  sorce: x\n', 'POC003', 'data.sorce').fix?.title, 'Rename to `source`');
    });

    it('are never part of "insert all", which only inserts (and removes the placeholders it replaces)', () => {
      const text = 'poc: T\nowner: Ops\nprodution_plan:\n  executive_sponsor: COO\ndata: TODO\n';
      const findings = run(text).findings;
      assert.ok(findings.some((f) => f.fix?.title === 'Rename to `production_plan`'));
      const edits = fixAllEdits(findings);
      for (const e of edits) assert.ok(replaced(text, e) === '' || (e.newText === '' && isPlaceholderValue(replaced(text, e))), JSON.stringify(e));
      const all = applyEdits(text, edits);
      assert.match(all, /\nprodution_plan:\n {2}executive_sponsor: COO\n/);
      assert.match(all, /\ndata:\n {2}source: TODO/);
      assert.match(all, /\nproduction_plan:\n {2}data_sources: TODO/);
      // The editor offers "insert all" for the fixes this predicate takes.
      assert.deepStrictEqual(
        findings.filter((f) => f.fix && !insertsOnly(f.fix)).map((f) => f.fix!.title),
        ['Rename to `production_plan`'],
      );
    });
  });

  describe('insert all, on the bad example', () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples/shipping-exceptions-bad.poc.yaml'), 'utf8');
    const all = applyEdits(text, fixAllEdits(run(text).findings));
    const after = run(all);

    it('leaves no missing section or key, and no new syntax or schema problem', () => {
      assert.deepStrictEqual(
        after.findings.filter((f) => f.ruleId === 'POC007' || / is missing/.test(f.message) || f.ruleId === 'POC001').map((f) => f.message),
        [],
      );
      const schema = (r: LintResult) => r.findings.filter((f) => f.ruleId === 'POC002' || f.ruleId === 'POC003').map((f) => f.message);
      assert.deepStrictEqual(schema(after), schema(run(text)));
    });

    it('keeps every original line and comment in place', () => {
      matchLines(text, all);
      assertCommentsKept(text, all);
    });

    it('writes keys that share an insertion point in the order of the format', () => {
      assert.match(all, /\n {2}curated: true\n {2}pipeline: TODO[^\n]*\n {2}owner: TODO[^\n]*\n/);
      assert.match(all, /\n {4}- Multi-parcel shipments\n {2}failure_analysis: TODO[^\n]*\n {2}fallback: TODO[^\n]*\n/);
    });
  });
});
