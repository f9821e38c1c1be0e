// The plan formatter: whitespace-only edits, checked to keep what the plan says.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyTextEdits, formatPlan } from '../../../src/engine';

const ROOT = path.resolve(__dirname, '../../../..');
const format = (text: string, unit?: number) => applyTextEdits(text, formatPlan(text, unit).edits);

describe('formatPlan (Format Document)', () => {
  it('leaves the examples and the integration fixtures exactly as they are (but the one made to be formatted)', () => {
    const files = [
      ...['examples/shipping-exceptions-bad.poc.yaml', 'examples/shipping-exceptions-good.poc.yaml'],
      ...fs
        .readdirSync(path.join(ROOT, 'test/integration/workspace'))
        .filter((f) => f.endsWith('.poc.yaml') && f !== 'editor-format.poc.yaml')
        .map((f) => `test/integration/workspace/${f}`),
    ];
    for (const file of files) assert.deepStrictEqual(formatPlan(fs.readFileSync(path.join(ROOT, file), 'utf8')), { edits: [] }, file);
  });

  it("re-indents to the file's unit, keeping comments, a compact list and block scalars as written", () => {
    const text = [
      '# Header comment',
      'poc:   Triage   # the name',
      'hypothesis:',
      '  statement: |',
      '      Keep this',
      '        exactly',
      '  decision:  Fund it',
      '  # introduces kill_criteria',
      '  kill_criteria: none',
      'metrics:',
      '- name: Errors   ',
      '  kind: >-',
      '    folded',
      '    text',
      'data: {source:   feed, curated: false}',
      '',
    ].join('\n');
    const expected = [
      '# Header comment',
      'poc: Triage   # the name',
      'hypothesis:',
      '  statement: |',
      '      Keep this',
      '        exactly',
      '  decision: Fund it',
      '  # introduces kill_criteria',
      '  kill_criteria: none',
      'metrics:',
      '- name: Errors',
      '  kind: >-',
      '    folded',
      '    text',
      'data: {source:   feed, curated: false}',
      '',
    ].join('\n');
    assert.strictEqual(format(text), expected);
  });

  it('moves a nested block as a whole to the unit of the file, with its block scalar and multi-line flow list', () => {
    const text = [
      'users:',
      '  pilot_users:',
      '      # the pilot',
      '      - role: Agent',
      '        count: 4',
      'edge_cases:',
      '  known: [a,',
      '     b]',
      '  failure_analysis: |',
      '        deep',
      '',
    ].join('\n');
    assert.strictEqual(
      format(text),
      ['users:', '  pilot_users:', '    # the pilot', '    - role: Agent', '      count: 4', 'edge_cases:', '  known: [a,', '     b]', '  failure_analysis: |', '        deep', ''].join('\n'),
    );
  });

  it("uses the editor's tab size only when the file has no nested key to learn from", () => {
    assert.strictEqual(format('poc: x   \nowner:  y\n', 4), 'poc: x\nowner: y\n');
  });

  it('keeps CRLF line endings', () => {
    assert.strictEqual(format('poc: x\r\ndata:\r\n    source: y  \r\n    curated: true\r\n'), 'poc: x\r\ndata:\r\n    source: y\r\n    curated: true\r\n');
  });

  it('makes no edit, and says why, when the plan does not parse', () => {
    const result = formatPlan('poc: x\nhypothesis: [unclosed\n');
    assert.deepStrictEqual(result.edits, []);
    assert.match(result.skipped ?? '', /syntax errors/);
  });

  it('never changes what a quoted scalar says (an escaped trailing space stays)', () => {
    const text = 'poc: "keeps \\ \n  this"\n';
    const result = formatPlan(text);
    assert.strictEqual(applyTextEdits(text, result.edits), text);
  });

  it('stays linear: a 5,000-item list formats with one edit per mis-indented line', () => {
    const lines = ['metrics:'];
    for (let i = 0; i < 5000; i++) lines.push(`    - name: m${i}`, `      kind: latency`);
    const result = formatPlan(lines.join('\n') + '\n');
    assert.strictEqual(result.edits.length, 0, 'consistent 4-space file: nothing to do');
    lines[3] = '       kind: latency';
    assert.ok(formatPlan(lines.join('\n') + '\n').edits.length <= 1);
  });
});
