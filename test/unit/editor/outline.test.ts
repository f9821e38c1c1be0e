// Document symbols, published schemas and `.pocreadiness.yaml` checks.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { configProblems, lint, planJsonSchema, planOutline, type OutlineNode } from '../../../src/engine';

const ROOT = path.resolve(__dirname, '../../../..');

function shape(nodes: OutlineNode[]): unknown[] {
  return nodes.map((n) => (n.children.length ? [n.name, n.detail, shape(n.children)] : [n.name, n.detail]));
}

describe('planOutline (Outline, breadcrumbs, Go to Symbol)', () => {
  it('lists sections with their state, and list items by what names them', () => {
    const text = [
      'poc: Triage',
      'integrations:',
      '  - system: Ticketing (ServiceNow)',
      '    direction: read',
      '  - owner: Finance IT',
      'metrics:',
      '  - name: Downstream error rate',
      '    kind: downstream_error_rate',
      'users:',
      '  pilot_users:',
      '    - role: Exception agent',
      '      count: 6',
      '  duration_weeks: 6',
      '',
    ].join('\n');
    const outline = planOutline(text, lint(text, { today: '2026-01-15' }).findings);
    assert.deepStrictEqual(shape(outline), [
      ['poc', 'written'],
      [
        'integrations',
        '2 gaps',
        [
          [
            'Ticketing (ServiceNow)',
            'system',
            [
              ['system', 'Ticketing (ServiceNow)'],
              ['direction', 'read'],
            ],
          ],
          ['item 2', '', [['owner', 'Finance IT']]],
        ],
      ],
      [
        'metrics',
        '1 gap',
        [
          [
            'Downstream error rate',
            'name',
            [
              ['name', 'Downstream error rate'],
              ['kind', 'downstream_error_rate'],
            ],
          ],
        ],
      ],
      [
        'users',
        '1 gap',
        [
          [
            'pilot_users',
            'Pilot users',
            [
              [
                'Exception agent',
                'role',
                [
                  ['role', 'Exception agent'],
                  ['count', '6'],
                ],
              ],
            ],
          ],
          ['duration_weeks', '6'],
        ],
      ],
    ]);
    const metric = outline[2].children[0];
    assert.deepStrictEqual(
      [metric.range.start, metric.range.end, metric.selectionRange.start],
      [
        { line: 6, character: 4 },
        { line: 7, character: 31 },
        { line: 6, character: 10 },
      ],
    );
  });

  it('without findings (linting off) shows no state', () => {
    assert.deepStrictEqual(shape(planOutline('poc: x\n')), [['poc', '']]);
  });
});

describe('published schemas (schemas/*.schema.json)', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { description?: string }> } } };
  // Whether the committed files are what the metadata generates: test/unit/generated.test.ts.

  it('give each plan key its title and description', () => {
    const schema = planJsonSchema() as { properties: Record<string, { title: string; description: string; properties?: Record<string, { title: string }> }> };
    assert.strictEqual(schema.properties.hypothesis.title, 'Hypothesis and decision');
    assert.match(schema.properties.hypothesis.description, /^The POC stated as a decision/);
    assert.strictEqual(schema.properties.production_plan.properties!.executive_sponsor.title, 'Executive sponsor');
  });

  it('ship in the manifest for YAML tools', () => {
    const validation = (manifest.contributes as unknown as { yamlValidation: { url: string }[] }).yamlValidation.map((v) => v.url);
    assert.deepStrictEqual(validation, ['./schemas/poc-plan.schema.json', './schemas/pocreadiness.schema.json']);
  });
});

describe('configProblems (.pocreadiness.yaml in its editor)', () => {
  const at = (text: string) => configProblems(text).map((p) => `${p.range.start.line}:${p.range.start.character}-${p.range.end.character} ${p.severity} ${p.message}`);

  it("puts each problem at its key or value, in the engine's words, with a suggestion for near misses", () => {
    assert.deepStrictEqual(at('threshold:\n  minPilotWeeks: 1\nrules:\n  POC072: offf\n  POC999: info\n  users/pilot-durration: off\nthresholds:\n  minPilotWeek: 3\n  maxBudgetRatio: 0\n'), [
      '0:0-9 warning threshold: unknown option (known: rules, thresholds). Did you mean `thresholds`?',
      '3:10-14 error rules.POC072: must be off, info, warning or error, not "offf". Did you mean `off`?',
      '4:2-8 warning rules.POC999: unknown rule',
      '5:2-23 warning rules.users/pilot-durration: unknown rule. Did you mean `users/pilot-duration`?',
      '7:2-14 warning thresholds.minPilotWeek: unknown threshold (known: minPilotWeeks, minSavingPercent, maxBudgetRatio, maxBytes, maxDaysToProduction). Did you mean `minPilotWeeks`?',
      '8:18-19 error thresholds.maxBudgetRatio: must be a number of 1 or more',
    ]);
  });

  it("accepts a valid file, an empty one and the commented template's empty sections", () => {
    assert.deepStrictEqual(at('rules:\n  POC072: info\n  metrics/baseline: off\nthresholds:\n  minPilotWeeks: 3\n'), []);
    assert.deepStrictEqual(at(''), []);
    assert.deepStrictEqual(at('rules:\n  # POC072: info\nthresholds:\n'), []);
  });

  it('reports a syntax error where it is', () => {
    assert.deepStrictEqual(at('rules: [not, closed\n').length, 1);
  });
});
