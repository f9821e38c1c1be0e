import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { GATE_PATHS, lint, LintOptions, NOT_READY_CAP } from '../../../src/engine';
import { assertGolden } from '../golden';
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
    assert.deepStrictEqual([s.gate.passed, s.verdict, s.reasons], [true, 'ready', []]);
    assertGolden('engine/good-example.score.json', { overall: s.overall, dimensions: Object.values(s.dimensions).map((d) => [d.title, d.score, d.passed, d.total]) });
  });

  it('the bad example is not ready, and says why', () => {
    const s = score(example('shipping-exceptions-bad.poc.yaml'));
    assert.strictEqual(s.verdict, 'not_ready');
    const errors = lint(example('shipping-exceptions-bad.poc.yaml'), BASE_OPTIONS).findings.filter((f) => f.severity === 'error').length;
    assert.deepStrictEqual(s.reasons, [
      'The production gate is not met: no data sources, integration points, change management, operations, production budget, executive sponsor, decision.',
      `${errors} errors remain.`,
    ]);
    assert.ok(s.overall <= NOT_READY_CAP, 'a plan that is not ready scores at most the cap');
    assertGolden('engine/bad-example.score.json', { overall: s.overall, dimensions: Object.values(s.dimensions).map((d) => [d.title, d.score, d.passed, d.total]) });
  });

  describe('a dimension score is the weighted share of its checks that pass', () => {
    // Technical feasibility has seven checks: three errors of weight 3 (POC021
    // success criteria, POC040 production source, POC052 affected groups) and
    // four warnings of weight 2 (POC030, POC041, POC050, POC081): 17 in all.
    // This plan passes POC021, POC030, POC040, POC052 and POC081 (3 + 2 + 3 + 3
    // + 2 = 13) and fails POC041 (curated data) and POC050 (no edge_cases), so
    // the score is round(100 * 13 / 17) = 76.
    const plan = [
      'poc: Triage',
      'hypothesis:',
      '  success_criteria:',
      '    - metric: downstream error rate',
      '      target: "< 20 per 1,000"',
      'questions:',
      '  technical_feasibility: Run on a week of live exceptions.',
      'data:',
      '  source: Live exception feed',
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
      assert.deepStrictEqual([d.score, d.passed, d.total], [76, 5, 7]);
    });

    it('an info finding does not fail its check, and the weight stays the rule’s own (15 / 17 = 88)', () => {
      const d = score(plan, { rules: { POC041: 'info' } }).dimensions.technical_feasibility;
      assert.deepStrictEqual([d.score, d.passed, d.total], [88, 6, 7]);
    });

    it('a rule turned off leaves the dimension (13 / 15 = 87)', () => {
      const d = score(plan, { rules: { 'edge-cases/failure-analysis': 'off' } }).dimensions.technical_feasibility;
      assert.deepStrictEqual([d.score, d.passed, d.total], [87, 5, 6]);
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

describe('a plan with a blocking gap', () => {
  const good = fs.readFileSync(path.join(ROOT, 'examples', 'shipping-exceptions-good.poc.yaml'), 'utf8');
  it('scores below every ready plan, and says the cap held it down', () => {
    // One gate element deferred: the rest of the plan is as good as the ready one.
    const deferred = good.replace(/executive_sponsor: .*/, 'executive_sponsor: TBC by finance');
    const s = lint(deferred, BASE_OPTIONS).score;
    assert.strictEqual(s.verdict, 'not_ready');
    assert.ok(s.cap && s.cap.uncapped > NOT_READY_CAP, 'the checks alone would score it in the ready band');
    assert.deepStrictEqual([s.overall, s.cap?.limit], [NOT_READY_CAP, NOT_READY_CAP]);
    assert.strictEqual(lint(good, BASE_OPTIONS).score.cap, undefined);
  });
});
