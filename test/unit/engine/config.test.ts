import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkRules, checkThresholds, lint, LintOptions, loadConfig, mergeOptions } from '../../../src/engine';
import { BASE_OPTIONS, ROOT } from './support';

const BAD_PLAN = fs.readFileSync(path.join(ROOT, 'examples/shipping-exceptions-bad.poc.yaml'), 'utf8');

function findings(options: LintOptions, text = BAD_PLAN) {
  return lint(text, { ...BASE_OPTIONS, ...options }).findings;
}

const pilot = (options: LintOptions) => findings(options).filter((f) => f.ruleId === 'POC072');

describe('.pocreadiness.yaml', () => {
  describe('loadConfig', () => {
    it('reads rules by id or by name, and thresholds', () => {
      const { options, errors } = loadConfig('rules:\n  POC072: info\n  metrics/baseline: off\nthresholds:\n  minPilotWeeks: 3\n');
      assert.deepStrictEqual(errors, []);
      assert.deepStrictEqual(options, { rules: { POC072: 'info', 'metrics/baseline': 'off' }, thresholds: { minPilotWeeks: 3 } });
    });

    it('an empty file or one with only comments means the defaults', () => {
      assert.deepStrictEqual(loadConfig(''), { options: {}, errors: [] });
      assert.deepStrictEqual(loadConfig('# nothing yet\n'), { options: {}, errors: [] });
    });

    it('bad YAML is one message per error with its line, and no options', () => {
      const result = loadConfig('rules:\n  POC072: info\n thresholds: 2\n');
      assert.deepStrictEqual(result, { options: {}, errors: ['line 3: All mapping items must start at the same column'] });
    });

    it('a config that is not a mapping says what it should be', () => {
      assert.deepStrictEqual(loadConfig('- POC072\n'), { options: {}, errors: ['the config must be a mapping with `rules` and `thresholds`'] });
    });

    it('names every wrong part and keeps the right ones', () => {
      const { options, errors } = loadConfig(
        'rules:\n  POC999: off\n  POC072: loud\n  users/in-workflow: warning\nthresholds:\n  minPilotWeeks: two\n  maxWeeks: 3\n  minSavingPercent: -5\n  maxBudgetRatio: 12\ncolour: true\n',
      );
      assert.deepStrictEqual(errors, [
        'colour: unknown option (known: rules, thresholds)',
        'rules.POC999: unknown rule',
        'rules.POC072: must be off, info, warning or error, not "loud"',
        'thresholds.minPilotWeeks: must be a number of 0 or more',
        'thresholds.maxWeeks: unknown threshold (known: minPilotWeeks, minSavingPercent, maxBudgetRatio, maxBytes, maxDaysToProduction)',
        'thresholds.minSavingPercent: must be a number from 0 to 100',
      ]);
      assert.deepStrictEqual(options, { rules: { 'users/in-workflow': 'warning' }, thresholds: { maxBudgetRatio: 12 } });
    });

    it('rules and thresholds of the wrong shape are reported, not thrown', () => {
      assert.deepStrictEqual(loadConfig('rules: [POC072]\nthresholds: 3\n').errors, [
        'rules: must be a mapping of rule ids or names to off, info, warning or error',
        'thresholds: must be a mapping such as { minPilotWeeks: 2 }',
      ]);
    });

    it('an alias bomb in the config is an error, not a hang', () => {
      const bomb = 'a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n';
      const { options, errors } = loadConfig(bomb);
      assert.deepStrictEqual(options, {});
      assert.strictEqual(errors.length, 1);
    });
  });

  describe('checkRules and checkThresholds (for editor settings)', () => {
    it('collect problems under the given prefix', () => {
      const errors: string[] = [];
      assert.deepStrictEqual(checkRules({ POC072: 'off', nope: 'info' }, 'pocReadiness.rules', errors), { POC072: 'off' });
      assert.deepStrictEqual(checkThresholds({ maxBytes: 'big' }, 'pocReadiness.thresholds', errors), {});
      assert.deepStrictEqual(errors, ['pocReadiness.rules.nope: unknown rule', 'pocReadiness.thresholds.maxBytes: must be a number of 10000 or more']);
    });

    it('treat absent settings as none', () => {
      const errors: string[] = [];
      assert.strictEqual(checkRules(undefined, 'rules', errors), undefined);
      assert.strictEqual(checkThresholds(null, 'thresholds', errors), undefined);
      assert.deepStrictEqual(errors, []);
    });
  });

  describe('mergeOptions', () => {
    it('lets settings win key by key over the file', () => {
      const file: LintOptions = { rules: { POC072: 'info', POC081: 'off' }, thresholds: { minPilotWeeks: 3, maxBudgetRatio: 5 } };
      const settings: LintOptions = { rules: { POC072: 'error' }, thresholds: { minPilotWeeks: 1 } };
      assert.deepStrictEqual(mergeOptions(file, settings), {
        rules: { POC072: 'error', POC081: 'off' },
        thresholds: { minPilotWeeks: 1, maxBudgetRatio: 5 },
      });
    });

    it('lets a setting by name win over the file’s setting by id, and the other way round', () => {
      assert.deepStrictEqual(mergeOptions({ rules: { POC072: 'info' } }, { rules: { 'users/pilot-duration': 'error' } }).rules, { POC072: 'error' });
      assert.deepStrictEqual(mergeOptions({ rules: { 'users/pilot-duration': 'error' } }, { rules: { POC072: 'off' } }).rules, { POC072: 'off' });
      assert.deepStrictEqual(
        pilot(mergeOptions({ rules: { POC072: 'info' } }, { rules: { 'users/pilot-duration': 'error' } })).map((f) => f.severity),
        ['error'],
      );
    });
  });

  describe('threshold bounds', () => {
    it('reject a ratio under 1, a saving over 100 % and a size limit too small to hold a plan', () => {
      const errors: string[] = [];
      assert.deepStrictEqual(checkThresholds({ maxBudgetRatio: 0.5, minSavingPercent: 120, maxBytes: 100, minPilotWeeks: 0 }, 't', errors), { minPilotWeeks: 0 });
      assert.deepStrictEqual(errors, ['t.maxBudgetRatio: must be a number of 1 or more', 't.minSavingPercent: must be a number from 0 to 100', 't.maxBytes: must be a number of 10000 or more']);
    });
  });

  describe('taking effect through lint', () => {
    it('a severity override changes the finding’s severity, by id or by name', () => {
      assert.deepStrictEqual(
        pilot({}).map((f) => f.severity),
        ['error'],
      );
      assert.deepStrictEqual(
        pilot(loadConfig('rules:\n  POC072: info\n').options).map((f) => f.severity),
        ['info'],
      );
      assert.deepStrictEqual(
        pilot(loadConfig('rules:\n  users/pilot-duration: error\n').options).map((f) => f.severity),
        ['error'],
      );
    });

    it('`off` removes the rule’s findings and its weight in the score', () => {
      const off = loadConfig('rules:\n  POC072: off\n').options;
      assert.deepStrictEqual(pilot(off), []);
      const total = (options: LintOptions) => lint(BAD_PLAN, { ...BASE_OPTIONS, ...options }).score.dimensions.organizational_fit.total;
      assert.strictEqual(total(off), total({}) - 1);
    });

    it('minPilotWeeks decides whether a pilot is too short', () => {
      const plan = 'poc: Triage\nusers:\n  pilot_users:\n    - role: Desk agent\n      count: 6\n  duration_weeks: 3\n';
      const pilotFindings = (options: LintOptions) =>
        findings(options, plan)
          .filter((f) => f.ruleId === 'POC072')
          .map((f) => [f.messageId, f.data]);
      assert.deepStrictEqual(pilotFindings({}), []);
      assert.deepStrictEqual(pilotFindings(loadConfig('thresholds:\n  minPilotWeeks: 4\n').options), [['short', { path: '`users.duration_weeks`', weeks: 3, min: 4 }]]);
    });
  });
});
