import * as assert from 'assert';
import { locate } from '../../../src/engine';

const PLAN = [
  'poc: Shipping exceptions', //          0
  'hypothesis:', //                       1
  '  decision: Fund rollout', //          2
  '  success_criteria:', //               3
  '    - metric: Error rate', //          4
  '      target: "< 20"', //              5
  '  ', //                                6
  'integrations:', //                     7
  '  - system: CRM', //                   8
  '    direction: read', //               9
  '  - system: ERP', //                   10
  '    owner: Finance IT', //             11
  '# a comment', //                       12
  'data:', //                             13
  '  source: |', //                       14
  '    Live feed: exported nightly', //   15
].join('\n');

describe('locate (where the cursor is, in plan terms)', () => {
  it('a top-level key', () => {
    assert.deepStrictEqual(locate(PLAN, { line: 1, character: 3 }), { container: [], key: 'hypothesis', keyStart: 0, keyEnd: 10, onKey: true, siblings: ['poc', 'integrations', 'data'] });
  });

  it('a nested key, on its value', () => {
    const where = locate(PLAN, { line: 2, character: 14 });
    assert.deepStrictEqual([where.container, where.key, where.onKey], [['hypothesis'], 'decision', false]);
    assert.deepStrictEqual(where.siblings, ['success_criteria']);
  });

  it('the first and a later key of a list item', () => {
    assert.deepStrictEqual(locate(PLAN, { line: 4, character: 8 }).container, ['hypothesis', 'success_criteria', 0]);
    const later = locate(PLAN, { line: 5, character: 7 });
    assert.deepStrictEqual([later.container, later.key, later.siblings], [['hypothesis', 'success_criteria', 0], 'target', ['metric']]);
  });

  it('keys of one list item are not siblings of the next item', () => {
    const where = locate(PLAN, { line: 10, character: 5 });
    assert.deepStrictEqual([where.container, where.siblings], [['integrations', 0], ['owner']]);
    assert.deepStrictEqual(locate(PLAN, { line: 9, character: 5 }).siblings, ['system']);
  });

  it('a blank line takes its level from the cursor column', () => {
    assert.deepStrictEqual(locate(PLAN, { line: 6, character: 2 }).container, ['hypothesis']);
    assert.deepStrictEqual(locate(PLAN, { line: 6, character: 0 }).container, []);
  });

  it('text inside a block scalar is not a key path of its own', () => {
    const where = locate(PLAN, { line: 15, character: 6 });
    assert.deepStrictEqual([where.container, where.key], [['data', 'source'], undefined]);
  });

  it('a list written at its key’s indentation belongs to that key', () => {
    const compact = [
      'poc: Triage', //                     0
      'hypothesis:', //                     1
      '  success_criteria:', //             2
      '  - metric: Error rate', //          3
      '    target: "< 20"', //              4
      '  - metric: Time', //                5
      '  kill_criteria: Stop', //           6
      'integrations:', //                   7
      '- system: CRM', //                   8
      '  direction: read', //               9
      '  tags:', //                         10
      '  - core', //                        11
      'data:', //                           12
      '  source: Export', //                13
    ].join('\n');
    const at = (line: number, character: number) => {
      const where = locate(compact, { line, character });
      return [where.container, where.key, where.siblings];
    };
    assert.deepStrictEqual(at(3, 5), [['hypothesis', 'success_criteria', 0], 'metric', ['target']]);
    assert.deepStrictEqual(at(4, 6), [['hypothesis', 'success_criteria', 0], 'target', ['metric']]);
    assert.deepStrictEqual(at(5, 5), [['hypothesis', 'success_criteria', 0], 'metric', []]);
    assert.deepStrictEqual(at(6, 3), [['hypothesis'], 'kill_criteria', ['success_criteria']]);
    assert.deepStrictEqual(at(8, 3), [['integrations', 0], 'system', ['direction', 'tags']]);
    assert.deepStrictEqual(at(9, 3), [['integrations', 0], 'direction', ['system', 'tags']]);
    assert.deepStrictEqual(locate(compact, { line: 11, character: 5 }).container, ['integrations', 0, 'tags', 0]);
    assert.deepStrictEqual(at(12, 1), [[], 'data', ['integrations', 'hypothesis', 'poc']]);
    assert.deepStrictEqual(locate(compact, { line: 13, character: 3 }).container, ['data']);
  });

  it('survives text that is not a plan at all', () => {
    for (const text of ['', '\0\0\0', '- - - x', ':::', '{a: [1, 2}']) {
      const where = locate(text, { line: 0, character: 2 });
      assert.ok(Array.isArray(where.container));
    }
    assert.deepStrictEqual(locate('a: 1', { line: 5, character: 9 }).container, []);
  });
});
