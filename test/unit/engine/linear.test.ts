import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { lint } from '../../../src/engine';
import { PlanDocument } from '../../../src/engine/document';
import { computeFigures } from '../../../src/engine/figures';
import { RULE_METAS } from '../../../src/engine/rules';
import { BASE_OPTIONS, ROOT, RULE_FIXTURES, where } from './support';

// The engine's own versions of what used to be quadratic (yaml's uniqueKeys,
// schema-error filtering, suppression matching) give the findings the old
// ones gave, and fix what the old ones got wrong. How long they take is
// measured by `npm run bench`, never asserted here.

const PLANS = [
  ...fs.readdirSync(RULE_FIXTURES).flatMap((id) => ['flags.poc.yaml', 'passes.poc.yaml'].map((f) => path.join(RULE_FIXTURES, id, f))),
  path.join(ROOT, 'examples/shipping-exceptions-bad.poc.yaml'),
  path.join(ROOT, 'examples/shipping-exceptions-good.poc.yaml'),
].filter((f) => fs.existsSync(f));

const duplicatesByYaml = (text: string) =>
  parseDocument(text, { uniqueKeys: true, prettyErrors: false, logLevel: 'error' })
    .errors.filter((e) => e.code === 'DUPLICATE_KEY')
    .map((e) => [e.pos, e.message]);
const duplicatesByEngine = (text: string) => new PlanDocument(text).doc.errors.filter((e) => e.code === 'DUPLICATE_KEY').map((e) => [e.pos, e.message]);

describe('duplicate keys, found in one pass', () => {
  const CASES = [
    'poc: T\nowner: A\nowner: B\n',
    'poc: T\ndata:\n  source: x\n  source: y\n  owner: z\n  source: w\n',
    'metrics:\n  - kind: a\n    kind: b\n  - {kind: a, kind: b, name: c}\n',
    'a: {x: 1, x: 2}\nb: [{y: 1}, {y: 2}]\n? [k]\n: 1\n? [k]\n: 2\n',
    '1: a\n1.0: b\n"1": c\n~: d\nnull: e\n.nan: f\n.nan: g\n',
    'base: &b\n  k: 1\n  k: 2\nother: *b\nother: *b\n',
    '? {m: 1, m: 2}\n: v\n',
    '&a k: 1\n!!str k: 2\n',
  ];
  for (const text of CASES) {
    it(`as yaml's uniqueKeys does: ${JSON.stringify(text)}`, () => assert.deepStrictEqual(duplicatesByEngine(text), duplicatesByYaml(text)));
  }

  it('as yaml’s uniqueKeys does on every fixture and example, with a key repeated in each', () => {
    for (const file of PLANS) {
      const text = fs.readFileSync(file, 'utf8');
      assert.deepStrictEqual(duplicatesByEngine(text), duplicatesByYaml(text), file);
      const doubled = text.replace(/^(\s*)(\w+:.*)$/m, '$1$2\n$1$2');
      assert.deepStrictEqual(duplicatesByEngine(doubled), duplicatesByYaml(doubled), `${file}, first key line doubled`);
    }
  });

  it('are reported as before: one syntax finding at the second key', () => {
    const findings = lint('poc: T\nowner: A\nowner: B\n', BASE_OPTIONS).findings.filter((f) => f.ruleId === 'POC001');
    assert.deepStrictEqual(
      findings.map((f) => [where(f), f.messageId, f.data]),
      [['3:1-3:2', 'duplicateKey', {}]],
    );
  });
});

describe('schema errors under a list item that may be text or a mapping', () => {
  const metric = (i: number) => (i === 3 ? '  - [x]\n' : i === 30 ? '  - name: m30\n    kind: bogus\n' : `  - name: m${i}\n    kind: accuracy\n`);
  const text = `poc: T\nmetrics:\n${Array.from({ length: 31 }, (_, i) => metric(i)).join('')}`;

  it('an error at `/metrics/3` does not hide those of `/metrics/30`', () => {
    const schema = lint(text, BASE_OPTIONS).findings.filter((f) => f.ruleId === 'POC002');
    assert.deepStrictEqual(
      schema.map((f) => [f.path, f.messageId, f.data]),
      [
        ['metrics.3', 'textOrMapping', { path: '`metrics.3`', actual: 'a list', keys: 'name, kind, baseline, target' }],
        [
          'metrics.30.kind',
          'enum',
          { path: '`metrics.30.kind`', actual: '"bogus"', allowed: 'accuracy, time_to_completion, downstream_error_rate, adoption, cost_per_outcome, latency, reliability, other' },
        ],
      ],
    );
  });
});

describe('suppressions, matched by line', () => {
  it('charge a finding to the first comment that silences it; a later one that silences nothing is reported', () => {
    const text = [
      '# poc-readiness-disable POC002',
      'poc: T',
      'metrics:',
      '  # poc-readiness-disable-next-line plan/schema',
      '  - [x]',
      '  # poc-readiness-disable-next-line POC002',
      '  - name: m',
      '    kind: bogus',
      '',
    ].join('\n');
    const result = lint(text, BASE_OPTIONS);
    assert.deepStrictEqual(
      result.findings.filter((f) => f.ruleId === 'POC002'),
      [],
    );
    assert.deepStrictEqual(
      result.findings.filter((f) => f.ruleId === 'POC006').map((f) => [where(f), f.messageId, f.data]),
      [
        ['4:3-4:48', 'nextLine', { rules: 'plan/schema' }],
        ['6:3-6:43', 'nextLine', { rules: 'POC002' }],
      ],
    );
  });

  it('silence by id or name on the next line only, in CRLF files too', () => {
    const text = 'poc: T\r\nmetrics:\r\n  # poc-readiness-disable-next-line plan/schema, POC999\r\n  - [x]\r\n  - [y]\r\n';
    const schema = lint(text, BASE_OPTIONS).findings.filter((f) => f.ruleId === 'POC002');
    assert.deepStrictEqual(
      schema.map((f) => f.path),
      ['metrics.1'],
    );
  });
});

describe('work done once per plan', () => {
  it('a key in a large mapping is found by its index, the first of a repeated key winning as in a scan', () => {
    const keys = Array.from({ length: 40 }, (_, i) => `k${i}: v${i}\n`).join('');
    const plan = new PlanDocument(`poc: T\n${keys}k7: again\n`);
    assert.strictEqual(plan.value(['k7']), 'v7');
    assert.strictEqual(plan.value(['k39']), 'v39');
    assert.strictEqual(plan.value(['k40']), undefined);
    assert.strictEqual(plan.value(['poc']), 'T');
  });

  it('figures are computed once, for the rules and the result alike', () => {
    const plan = new PlanDocument(fs.readFileSync(path.join(ROOT, 'examples/shipping-exceptions-good.poc.yaml'), 'utf8'));
    assert.strictEqual(computeFigures(plan), computeFigures(plan));
  });

  it('rules are listed in code-unit order of their ids (no locale collation)', () => {
    const ids = RULE_METAS.map((m) => m.id);
    assert.deepStrictEqual(ids, [...ids].sort());
  });
});
