import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { GATE_PATHS, RULE_METAS } from '../../../src/engine';
import { formatJson, jsonPieces } from '../../../src/cli/formatters/json';
import { formatMarkdown } from '../../../src/cli/formatters/markdown';
import { FINGERPRINT, fingerprint, formatSarif } from '../../../src/cli/formatters/sarif';
import { lintPlans } from '../../../src/cli/report';
import { jsonSafe } from '../../../src/cli/text';
import { assertGolden } from '../golden';
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
    assert.deepStrictEqual(Object.keys(bad.score), ['overall', 'technical_feasibility', 'operational_viability', 'organizational_fit']);
    // The bad plan writes no production plan: the gate names every item, in the gate's order.
    assert.deepStrictEqual(bad.gate, { passed: false, missing: GATE_PATHS.map((p) => p.join('.')) });
    const errors = bad.findings.filter((f: { severity: string }) => f.severity === 'error').length;
    assert.strictEqual(bad.reasons.at(-1), `${errors} errors remain.`);
    assert.strictEqual(ready.verdict, 'ready');
    assert.deepStrictEqual(ready.gate, { passed: true, missing: [] });
    assert.deepStrictEqual(ready.reasons, []);
    // The scores and reasons the rules give these plans, as reviewed.
    assertGolden(
      'cli/plans.json-results.json',
      report.results.map((r: Record<string, unknown>) => ({ file: r.file, verdict: r.verdict, score: r.score, gate: r.gate, reasons: r.reasons })),
    );
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
    const findings: Array<{ severity: string }> = report.results.flatMap((r: { findings: unknown[] }) => r.findings);
    const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
    assert.deepStrictEqual(report.totals, { plans: 2, ready: 1, errors: count('error'), warnings: count('warning'), infos: count('info') });
    assert.ok(count('error') > 0 && count('warning') > 0 && count('info') > 0, 'the fixtures give each severity');
  });

  it('carries the package version', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(FIXTURES, '../../../package.json'), 'utf8'));
    assert.strictEqual(report.version, pkg.version);
  });

  it('is written in pieces that make JSON.stringify’s text, with any number of results', () => {
    // The CLI writes the pieces one by one; the whole is the object as JSON.stringify lays it out, two spaces a level.
    assert.strictEqual(run.stdout, JSON.stringify(report, null, 2) + '\n');
    const plans = [
      { file: 'a.poc.yaml', text: 'poc: A\n' },
      { file: 'b.poc.yaml', text: 'poc: B\nmetrics: [1, "\u2028"]\n' },
    ];
    for (const reports of [[], lintPlans(plans.slice(0, 1), {}), lintPlans(plans, {})]) {
      const text = [...jsonPieces(reports, '9.9.9')].join('');
      assert.strictEqual(text, formatJson(reports, '9.9.9'));
      const parsed = JSON.parse(text);
      assert.strictEqual(text, jsonSafe(JSON.stringify(parsed, null, 2)) + '\n');
      assert.strictEqual(parsed.results.length, reports.length);
    }
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
    const findings = JSON.parse(runCli(['plans', '--format', 'json']).stdout).results.flatMap((r: { findings: unknown[] }) => r.findings);
    assert.ok(findings.length > 0);
    assert.strictEqual(sarifRun.results.length, findings.length);
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
      const fingerprints = (rs: Array<{ partialFingerprints: Record<string, string> }>) => rs.map((r) => r.partialFingerprints[FINGERPRINT]);
      assert.deepStrictEqual(fingerprints(after), fingerprints(before));
      assert.strictEqual(new Set(fingerprints(before)).size, before.length);
      assert.strictEqual(after[0].locations[0].physicalLocation.region.startLine, before[0].locations[0].physicalLocation.region.startLine + 1);
    } finally {
      dir.remove();
    }
  });
});

describe('SARIF fingerprints', () => {
  const text = fs.readFileSync(path.join(FIXTURES, 'plans/bad.poc.yaml'), 'utf8');
  const results = () => JSON.parse(formatSarif(lintPlans([{ file: 'plans/bad.poc.yaml', text }], { today: '2026-11-25' }), '0.0.0', FIXTURES)).runs[0].results as SarifResult[];
  interface SarifResult {
    ruleId: string;
    message: { text: string };
    partialFingerprints: Record<string, string>;
  }

  it('stay the same when a message template is reworded, so code scanning keeps each alert', () => {
    const before = results();
    const pilot = RULE_METAS.find((m) => m.id === 'POC072')!;
    // Reworded in place, as an edit of the rule file would; put back whatever happens.
    const messages = pilot.messages as Record<string, string>;
    const original = messages.session;
    messages.session = `Reworded: ${original}`;
    let after: SarifResult[];
    try {
      after = results();
    } finally {
      messages.session = original;
    }
    const said = (rs: SarifResult[]) => rs.find((r) => r.ruleId === 'POC072')!.message.text;
    assert.notStrictEqual(said(after), said(before), 'the rewording must reach the SARIF text, or this test proves nothing');
    assert.deepStrictEqual(
      after.map((r) => r.partialFingerprints[FINGERPRINT]),
      before.map((r) => r.partialFingerprints[FINGERPRINT]),
    );
  });

  it('differ by rule, file, plan path, message id and data', () => {
    const finding = { ruleId: 'POC072', path: 'users.duration_weeks', messageId: 'session', data: { path: '`users.duration_weeks`', weeks: 0.5, min: 2 } };
    const base = fingerprint('plans/a.poc.yaml', finding);
    assert.match(base, /^[0-9a-f]{32}$/);
    assert.strictEqual(fingerprint('plans/a.poc.yaml', { ...finding, data: { min: 2, weeks: 0.5, path: '`users.duration_weeks`' } }), base, 'the data keys’ order does not count');
    for (const other of [
      fingerprint('plans/b.poc.yaml', finding),
      fingerprint('plans/a.poc.yaml', { ...finding, ruleId: 'POC073' }),
      fingerprint('plans/a.poc.yaml', { ...finding, path: 'users.in_workflow' }),
      fingerprint('plans/a.poc.yaml', { ...finding, messageId: 'short' }),
      fingerprint('plans/a.poc.yaml', { ...finding, data: { ...finding.data, weeks: 0.75 } }),
    ])
      assert.notStrictEqual(other, base);
  });
});

describe('--format markdown', () => {
  const run = runCli(['almost', 'plans/ready.poc.yaml', '--format', 'markdown']);

  it('starts with a heading, the counts and a table of plans with verdict emoji and scores', () => {
    assert.strictEqual(run.code, 1);
    const lines = run.stdout.split('\n');
    assert.deepStrictEqual(lines.slice(0, 6), [
      '## POC readiness',
      '',
      lines[2],
      '',
      '| Plan | Verdict | Overall | Technical | Operational | Organizational | Errors | Warnings |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ]);
    assert.match(lines[2], /^1 of 2 plans ready for approval · \d+ errors? · \d+ warnings?$/);
    assert.match(lines[6], /^\| almost\/almost-ready\.poc\.yaml \| ❌ not ready \| \d+ \| \d+ \| \d+ \| \d+ \| [1-9]\d* \| \d+ \|$/);
    assert.match(lines[7], /^\| plans\/ready\.poc\.yaml \| ✅ ready \| \d+ \| \d+ \| \d+ \| \d+ \| 0 \| \d+ \|$/);
    assertGolden('cli/almost-and-ready.md', run.stdout);
  });

  it('lists each plan’s reasons, errors and warnings with links to the rule docs, escaping the plan’s own text', () => {
    assert.ok(run.stdout.includes('### almost/almost-ready.poc.yaml — Exception triage \\| &lt;b&gt;pilot&lt;/b&gt; \\*v2\\*\n'));
    assert.ok(run.stdout.includes('> The production gate is not met: no production budget.'));
    // Each finding of the plan, as `- Line n: message ([id](docs#id))`, under its severity's count; the wording is the golden's.
    const almost = JSON.parse(runCli(['almost', '--format', 'json']).stdout).results[0].findings as Array<{ ruleId: string; severity: string; line: number }>;
    for (const severity of ['error', 'warning']) {
      const these = almost.filter((f) => f.severity === severity);
      assert.ok(these.length > 0, severity);
      assert.ok(run.stdout.includes(`**${these.length} ${severity}${these.length === 1 ? '' : 's'}**\n\n- Line ${these[0].line}: `), severity);
      for (const f of these) assert.match(run.stdout, new RegExp(`^- Line ${f.line}: .* \\(\\[${f.ruleId}\\]\\(${DOCS.replace(/[.]/g, '\\.')}#${f.ruleId.toLowerCase()}\\)\\)$`, 'm'));
    }
  });

  it('has no section for a ready plan without errors or warnings', () => {
    // Whatever warnings the rules give the ready plan, as infos: then it has none.
    const ready = JSON.parse(runCli(['plans/ready.poc.yaml', '--format', 'json']).stdout).results[0].findings as Array<{ ruleId: string; severity: string }>;
    const quiet = ready.filter((f) => f.severity !== 'info').flatMap((f) => ['--rule', `${f.ruleId}:info`]);
    const markdown = runCli(['almost', 'plans/ready.poc.yaml', '--format', 'markdown', ...quiet]).stdout;
    assert.ok(markdown.includes('### almost/almost-ready.poc.yaml'));
    assert.ok(!markdown.includes('### plans/ready.poc.yaml'), markdown);
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
