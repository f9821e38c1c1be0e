import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../../src/engine';
import { BASE_OPTIONS, ROOT } from './support';

describe('lint options', () => {
  const bad = fs.readFileSync(path.join(ROOT, 'examples/shipping-exceptions-bad.poc.yaml'), 'utf8');

  it('`fixes: false` reports the same findings and score, without insertions', () => {
    const withFixes = lint(bad, BASE_OPTIONS);
    const without = lint(bad, { ...BASE_OPTIONS, fixes: false });
    assert.ok(
      withFixes.findings.some((f) => f.fix),
      'the bad example has fixable findings',
    );
    assert.ok(without.findings.every((f) => f.fix === undefined));
    assert.deepStrictEqual(
      without.findings,
      withFixes.findings.map(({ fix: _fix, ...f }) => f),
    );
    assert.deepStrictEqual(without.score, withFixes.score);
  });

  describe('the missing-section summary (POC007)', () => {
    const sparse = 'poc: Missing sections\nowner: Ops lead\n';
    const ids = (text: string, options = {}) =>
      lint(text, { ...BASE_OPTIONS, ...options })
        .findings.filter((f) => f.path.startsWith('hypothesis'))
        .map((f) => `${f.ruleId} ${f.path}`);

    it('stands for the checks of a missing section', () => {
      assert.deepStrictEqual(ids(sparse), ['POC007 hypothesis']);
    });

    it('an empty section gets the summary alone, not a placeholder finding as well', () => {
      const findings = lint(`${sparse}data:\n`, BASE_OPTIONS).findings.filter((f) => f.path === 'data');
      assert.deepStrictEqual(
        findings.map((f) => [f.ruleId, f.severity, f.messageId, f.data]),
        [['POC007', 'error', 'empty', { section: 'data', title: 'Data pipeline', keys: 'source, production_source, curated, pipeline, owner' }]],
      );
    });

    it('turned off, shows the checks it stood for one by one', () => {
      assert.deepStrictEqual(ids(sparse, { rules: { POC007: 'off' } }), [
        'POC020 hypothesis.decision',
        'POC021 hypothesis.success_criteria',
        'POC022 hypothesis.kill_criteria',
        'POC023 hypothesis.decision_date',
        'POC025 hypothesis.statement',
      ]);
    });

    it('suppressed for the file, hides the summaries without an unused-suppression warning, and the gate still fails', () => {
      const result = lint(`# poc-readiness-disable POC007\n${sparse}`, BASE_OPTIONS);
      assert.deepStrictEqual(
        result.findings.filter((f) => f.ruleId === 'POC007' || f.ruleId === 'POC006'),
        [],
      );
      assert.strictEqual(result.score.verdict, 'not_ready');
      assert.strictEqual(result.score.gate.passed, false);
    });

    it('suppressed on its line, hides only that section’s summary', () => {
      const result = lint(`poc: Missing sections\nowner: Ops lead\n# poc-readiness-disable-next-line POC007\ndata:\n`, BASE_OPTIONS);
      assert.deepStrictEqual(
        result.findings.filter((f) => f.path.startsWith('data')),
        [],
      );
      assert.ok(result.findings.some((f) => f.ruleId === 'POC007' && f.path === 'hypothesis'));
    });
  });
});
