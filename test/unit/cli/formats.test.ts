import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULE_METAS } from '../../../src/engine';
import { formatMarkdown } from '../../../src/cli/formatters/markdown';
import { lintPlans } from '../../../src/cli/report';
import { FIXTURES, runCli, scratch } from './support';

const DOCS = 'https://github.com/poc-readiness/poc-readiness/blob/main/docs/rules.md';

describe('--format json', () => {
  const run = runCli(['plans', '--format', 'json']);
  const report = JSON.parse(run.stdout);

  it('exits as check does (1: the bad plan has errors)', () => {
    assert.strictEqual(run.code, 1);
    assert.strictEqual(run.stderr, '');
  });

  it('has one result per plan, sorted by path, with verdict, scores, gate and reasons', () => {
    assert.deepStrictEqual(Object.keys(report), ['version', 'results', 'totals']);
    const [bad, ready] = report.results;
    assert.deepStrictEqual(
      report.results.map((r: { file: string }) => r.file),
      ['plans/bad.poc.yaml', 'plans/ready.poc.yaml'],
    );
    assert.strictEqual(bad.title, 'Chatbot demo');
    assert.strictEqual(bad.verdict, 'not_ready');
    assert.deepStrictEqual(bad.score, { overall: 28, technical_feasibility: 29, operational_viability: 29, organizational_fit: 26 });
    assert.deepStrictEqual(bad.gate, {
      passed: false,
      missing: [
        'production_plan.data_sources',
        'production_plan.integration_points',
        'production_plan.change_management',
        'production_plan.operations',
        'production_plan.budget',
        'production_plan.executive_sponsor',
        'hypothesis.decision',
      ],
    });
    assert.strictEqual(bad.reasons[1], '13 errors remain.');
    assert.strictEqual(ready.verdict, 'ready');
    assert.deepStrictEqual(ready.gate, { passed: true, missing: [] });
    assert.deepStrictEqual(ready.reasons, []);
  });

  it('gives each finding stable fields with 1-based positions', () => {
    const finding = report.results[0].findings.find((f: { ruleId: string }) => f.ruleId === 'POC072');
    // The wording is the rule's (its messages.json golden); here, that it is the text of this id and data.
    assert.match(finding.message, /^`users\.duration_weeks` is 0\.5: /);
    assert.deepStrictEqual(finding, {
      ruleId: 'POC072',
      name: 'users/pilot-duration',
      severity: 'error',
      message: finding.message,
      messageId: 'session',
      data: { path: '`users.duration_weeks`', weeks: 0.5, min: 2 },
      path: 'users.duration_weeks',
      line: 18,
      column: 19,
      endLine: 18,
      endColumn: 22,
      docs: `${DOCS}#poc072`,
      dimension: 'organizational_fit',
    });
  });

  it('totals the findings', () => {
    assert.deepStrictEqual(report.totals, { plans: 2, ready: 1, errors: 13, warnings: 17, infos: 2 });
  });

  it('carries the package version', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(FIXTURES, '../../../package.json'), 'utf8'));
    assert.strictEqual(report.version, pkg.version);
  });
});

describe('--format sarif', () => {
  // The official SARIF 2.1.0 schema (oasis-tcs/sarif-spec, Schemata/sarif-schema-2.1.0.json),
  // stored verbatim. It is draft-04; ajv 8 reads it once `id` is spelled `$id`.
  const schema = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'sarif-schema-2.1.0.json'), 'utf8'));
  const { $schema: _draft04, id, ...rest } = schema;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile({ ...rest, $id: id });

  const run = runCli(['plans', '--format', 'sarif']);
  const log = JSON.parse(run.stdout);
  const sarifRun = log.runs[0];

  it('is valid SARIF 2.1.0', () => {
    assert.strictEqual(validate(log), true, JSON.stringify(validate.errors, null, 2));
  });

  it('is checked by a schema that does reject invalid logs', () => {
    const broken = JSON.parse(run.stdout);
    broken.runs[0].results[0].level = 'fatal';
    broken.runs[0].results[1].locations[0].physicalLocation.region.startLine = 0;
    assert.strictEqual(validate(broken), false);
    assert.strictEqual(validate.errors?.length, 2);
  });

  it('lists every rule with its title, rationale, help URI and default level', () => {
    const rules = sarifRun.tool.driver.rules;
    assert.strictEqual(sarifRun.tool.driver.name, 'poc-readiness');
    assert.strictEqual(rules.length, RULE_METAS.length);
    const pilot = rules.find((r: { id: string }) => r.id === 'POC072');
    const meta = RULE_METAS.find((m) => m.id === 'POC072')!;
    assert.deepStrictEqual(pilot, {
      id: 'POC072',
      name: 'users/pilot-duration',
      shortDescription: { text: meta.title },
      fullDescription: { text: meta.rationale },
      helpUri: `${DOCS}#poc072`,
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['organizational_fit'] },
    });
  });

  it('has one result per finding, pointing at its rule, its file and a 1-based region', () => {
    assert.strictEqual(sarifRun.results.length, 32);
    for (const r of sarifRun.results) assert.strictEqual(sarifRun.tool.driver.rules[r.ruleIndex].id, r.ruleId);
    const pilot = sarifRun.results.find((r: { ruleId: string }) => r.ruleId === 'POC072');
    assert.strictEqual(pilot.level, 'error');
    assert.deepStrictEqual(pilot.properties, { messageId: 'session', data: { path: '`users.duration_weeks`', weeks: 0.5, min: 2 } });
    assert.deepStrictEqual(pilot.locations[0].physicalLocation, {
      artifactLocation: { uri: 'plans/bad.poc.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 18, startColumn: 19, endLine: 18, endColumn: 22 },
    });
    const info = sarifRun.results.find(
      (r: { ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
        r.ruleId === 'POC112' && r.locations[0].physicalLocation.artifactLocation.uri === 'plans/ready.poc.yaml',
    );
    assert.strictEqual(info.level, 'note');
  });

  it('fingerprints results by rule, file and plan path, so they survive lines moving', () => {
    const dir = scratch({ 'p.poc.yaml': fs.readFileSync(path.join(FIXTURES, 'plans/bad.poc.yaml'), 'utf8') });
    try {
      const before = JSON.parse(runCli(['p.poc.yaml', '-f', 'sarif'], { cwd: dir.dir }).stdout).runs[0].results;
      fs.writeFileSync(path.join(dir.dir, 'p.poc.yaml'), '# a comment on top\n' + fs.readFileSync(path.join(dir.dir, 'p.poc.yaml'), 'utf8'));
      const after = JSON.parse(runCli(['p.poc.yaml', '-f', 'sarif'], { cwd: dir.dir }).stdout).runs[0].results;
      const fingerprints = (rs: Array<{ partialFingerprints: Record<string, string> }>) => rs.map((r) => r.partialFingerprints['pocReadiness/v1']);
      assert.deepStrictEqual(fingerprints(after), fingerprints(before));
      assert.strictEqual(new Set(fingerprints(before)).size, before.length);
      assert.strictEqual(after[0].locations[0].physicalLocation.region.startLine, before[0].locations[0].physicalLocation.region.startLine + 1);
    } finally {
      dir.remove();
    }
  });
});

describe('--format markdown', () => {
  const run = runCli(['almost', 'plans/ready.poc.yaml', '--format', 'markdown']);

  it('starts with a heading, the counts and a table of plans with verdict emoji and scores', () => {
    assert.strictEqual(run.code, 1);
    const lines = run.stdout.split('\n');
    assert.deepStrictEqual(lines.slice(0, 8), [
      '## POC readiness',
      '',
      '1 of 2 plans ready for approval · 1 error · 2 warnings',
      '',
      '| Plan | Verdict | Overall | Technical | Operational | Organizational | Errors | Warnings |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| almost/almost-ready.poc.yaml | ❌ not ready | 59 | 100 | 100 | 88 | 1 | 2 |',
      '| plans/ready.poc.yaml | ✅ ready | 100 | 100 | 100 | 100 | 0 | 0 |',
    ]);
  });

  it('lists each plan’s reasons, errors and warnings with links to the rule docs, escaping the plan’s own text', () => {
    assert.ok(run.stdout.includes('### almost/almost-ready.poc.yaml — Exception triage \\| &lt;b&gt;pilot&lt;/b&gt; \\*v2\\*\n'));
    assert.ok(run.stdout.includes('> The production gate is not met: no production budget. 1 error remains.\n'));
    assert.ok(run.stdout.includes(`**1 error**\n\n- Line 77: \`production_plan.budget\` is missing: state the production budget and who funds it. ([POC124](${DOCS}#poc124))\n`));
    assert.ok(run.stdout.includes('**2 warnings**\n\n- Line 38: `users.in_workflow` is missing'));
  });

  it('has no section for a ready plan without errors or warnings', () => {
    assert.ok(!run.stdout.includes('### plans/ready.poc.yaml'));
  });

  it('keeps underscores inside words: plan paths read as written', () => {
    const missing = runCli(['plans/bad.poc.yaml', '--format', 'markdown']).stdout;
    assert.ok(missing.includes('> The production gate is not met: no data sources,'), 'the reason, unescaped');
    assert.ok(!missing.includes('\\_'), 'an underscore inside a word was escaped');
  });

  describe('a hostile plan', () => {
    // Every free-text value is an injection attempt; the file name too (a plan can be called anything).
    const HOSTILE = [
      'poc: <img src=x onerror=alert(1)>',
      'metrics:',
      '  - name: x',
      '    kind: "`code` <script>alert(2)</script>"',
      '    baseline: 1',
      '    target: 2',
      '    unit: a',
      '    "p95 | latency\\n# by region": 1',
      '',
    ].join('\n');
    // Unknown keys are notes by default; as warnings the Markdown lists them.
    const markdown = formatMarkdown(lintPlans([{ file: 'plans/a | <b>b</b>\n# c.poc.yaml', text: HOSTILE }], { today: '2026-11-25', rules: { POC003: 'warning' } }));
    const lines = markdown.split('\n');

    it('escapes the file name in the table row and the heading, and the title in the heading', () => {
      assert.match(lines[6], /^\| plans\/a \\\| &lt;b&gt;b&lt;\/b&gt; # c\.poc\.yaml \| ❌ not ready \| \d+ \|/);
      assert.strictEqual(lines.filter((l) => l.startsWith('|')).length, 3, 'the table has its head, its rule and one row');
      assert.ok(lines.includes('### plans/a \\| &lt;b&gt;b&lt;/b&gt; # c.poc.yaml — &lt;img src=x onerror=alert(1)&gt;'));
    });

    it('keeps a quoted kind as text, with entities, and a key with a pipe and a line break as one code span', () => {
      assert.ok(lines.some((l) => /^- Line 4: `metrics\.0\.kind` must be one of .*, not "`code` &lt;script&gt;alert\(2\)&lt;\/script&gt;"\. \(\[POC002\]\(https:/.test(l)));
      assert.ok(
        lines.some((l) => l.startsWith('- Line 8: Unknown key `p95 | latency # by region` in `metrics.0`')),
        markdown,
      );
    });

    it('lets no raw HTML and no line of the plan’s through', () => {
      assert.ok(!markdown.includes('<img'), 'a raw <img reached the Markdown');
      assert.ok(!markdown.replace(/(`+)[^`][^]*?\1(?!`)/g, '').includes('<'), 'a raw < outside a code span');
      assert.ok(!/^#+ (c|by region)/m.test(markdown), 'a line break in a value started a heading');
    });
  });
});
