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
    assert.ok(withFixes.findings.some((f) => f.fix), 'the bad example has fixable findings');
    assert.ok(without.findings.every((f) => f.fix === undefined));
    assert.deepStrictEqual(without.findings, withFixes.findings.map(({ fix: _fix, ...f }) => f));
    assert.deepStrictEqual(without.score, withFixes.score);
  });
});
