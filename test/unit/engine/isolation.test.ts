import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../../src/engine';
import type { Rule } from '../../../src/engine/rule';
import { ALL_RULES } from '../../../src/engine/rules';
import { BASE_OPTIONS, ROOT } from './support';

// A rule that throws on every plan, slipped into the engine's list for these tests only.
const broken: Rule = {
  meta: { id: 'POC999', name: 'test/broken', title: 'Throws', severity: 'warning', rationale: 'A test double.', messages: {} },
  check() {
    throw new TypeError("Cannot read properties of undefined (reading 'items')");
  },
};

describe('a rule that throws', () => {
  const rules = ALL_RULES as Rule[];
  before(() => rules.push(broken));
  after(() => rules.splice(rules.indexOf(broken), 1));

  const good = fs.readFileSync(path.join(ROOT, 'examples/shipping-exceptions-good.poc.yaml'), 'utf8');

  it('becomes one error naming it, and the other rules’ findings stand', () => {
    const without = (() => {
      rules.splice(rules.indexOf(broken), 1);
      try {
        return lint(good, BASE_OPTIONS);
      } finally {
        rules.push(broken);
      }
    })();
    const result = lint(good, BASE_OPTIONS);
    const failed = result.findings.filter((f) => f.internal);
    assert.deepStrictEqual(
      failed.map((f) => [f.ruleId, f.severity, f.path, f.messageId, f.data]),
      [['POC999', 'error', '', 'ruleFailed', { ruleId: 'POC999', name: 'test/broken', error: "Cannot read properties of undefined (reading 'items')" }]],
    );
    assert.deepStrictEqual(
      result.findings.filter((f) => !f.internal),
      without.findings,
    );
  });

  it('names a message id the rule does not have, as the rule failing', () => {
    const typo: Rule = { meta: { ...broken.meta, id: 'POC998', name: 'test/typo', messages: { advice: 'write it.' } }, check: (ctx) => ctx.report({ path: [], messageId: 'adivce' }) };
    rules.push(typo);
    try {
      const failed = lint(good, BASE_OPTIONS).findings.filter((f) => f.ruleId === 'POC998');
      assert.deepStrictEqual(
        failed.map((f) => [f.internal, f.messageId, f.data.error]),
        [[true, 'ruleFailed', 'POC998 has no message "adivce"']],
      );
    } finally {
      rules.splice(rules.indexOf(typo), 1);
    }
  });

  it('keeps a plan that was not fully checked from being ready', () => {
    assert.strictEqual(lint(good, BASE_OPTIONS).score.verdict, 'not_ready');
  });
});
