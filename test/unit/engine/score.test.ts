import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { GATE_PATHS, lint, LintOptions } from '../../../src/engine';
import { BASE_OPTIONS, ROOT } from './support';

const example = (name: string) => fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8');
const score = (text: string, options: LintOptions = {}) => lint(text, { ...BASE_OPTIONS, ...options }).score;

describe('the readiness score', () => {
  it('the good example passes every gate item and is ready', () => {
    const s = score(example('shipping-exceptions-good.poc.yaml'));
    assert.deepStrictEqual(
      s.gate.items.map((i) => [i.path, i.passed]),
      GATE_PATHS.map((p) => [p.join('.'), true]),
    );
    assert.deepStrictEqual([s.gate.passed, s.verdict, s.reasons, s.overall], [true, 'ready', [], 100]);
  });

  it('the bad example is not ready, and says why', () => {
    const s = score(example('shipping-exceptions-bad.poc.yaml'));
    assert.strictEqual(s.verdict, 'not_ready');
    assert.strictEqual(s.overall, 18);
    assert.deepStrictEqual(s.reasons, [
      'The production gate is not met: no data sources, integration points, change management, operations, production budget, executive sponsor, decision.',
      '3 errors remain.',
    ]);
    assert.deepStrictEqual(
      Object.values(s.dimensions).map((d) => [d.title, d.score, d.passed, d.total]),
      [
        ['Technical feasibility', 15, 1, 6],
        ['Operational viability', 21, 3, 14],
        ['Organizational fit', 17, 2, 11],
      ],
    );
  });

  describe('a dimension score is the weighted share of its checks that pass', () => {
    // Technical feasibility has six checks: POC021 success criteria (an error,
    // weight 3) and five warnings of weight 2 each (POC030, POC040, POC041,
    // POC050, POC081): 13 in all. This plan passes POC021, POC030, POC040 and
    // POC081 (3 + 2 + 2 + 2 = 9) and fails POC041 (curated data) and POC050 (no
    // edge_cases), so the score is round(100 * 9 / 13) = 69.
    const plan = [
      'poc: Triage',
      'hypothesis:',
      '  success_criteria:',
      '    - metric: downstream error rate',
      '      target: "< 20 per 1,000"',
      'questions:',
      '  technical_feasibility: Run on a week of live exceptions.',
      'data:',
      '  production_source: true',
      '  curated: true',
      'metrics:',
      '  - name: Errors per 1,000',
      '    kind: downstream_error_rate',
      '    baseline: 35',
      '    target: 20',
      '',
    ].join('\n');

    it('counts passing checks by their weight', () => {
      const d = score(plan).dimensions.technical_feasibility;
      assert.deepStrictEqual([d.score, d.passed, d.total], [69, 4, 6]);
    });

    it('an info finding does not fail its check, and the weight stays the rule’s own (11 / 13 = 85)', () => {
      const d = score(plan, { rules: { POC041: 'info' } }).dimensions.technical_feasibility;
      assert.deepStrictEqual([d.score, d.passed, d.total], [85, 5, 6]);
    });

    it('a rule turned off leaves the dimension (9 / 11 = 82)', () => {
      const d = score(plan, { rules: { 'edge-cases/failure-analysis': 'off' } }).dimensions.technical_feasibility;
      assert.deepStrictEqual([d.score, d.passed, d.total], [82, 4, 5]);
    });
  });

  it('no severity setting waves a plan through the gate', () => {
    const gateRules = ['POC020', 'POC120', 'POC121', 'POC122', 'POC123', 'POC124', 'POC125'];
    const s = score(example('shipping-exceptions-bad.poc.yaml'), { rules: Object.fromEntries(gateRules.map((id) => [id, 'off' as const])) });
    assert.strictEqual(s.gate.passed, false);
    assert.strictEqual(s.verdict, 'not_ready');
  });

  it('a plan over the size limit is not ready, whatever it says', () => {
    const s = score(example('shipping-exceptions-good.poc.yaml'), { thresholds: { maxBytes: 1000 } });
    assert.strictEqual(s.verdict, 'not_ready');
    assert.deepStrictEqual(s.reasons, ['The plan is over the size limit, so it was not checked.']);
    assert.strictEqual(s.overall, 0);
  });
});
