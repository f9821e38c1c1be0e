import * as assert from 'assert';
import { runCli } from './support';

describe('poc-readiness summary', () => {
  it('prints the portfolio as a table: ready plans first, then by overall score, with the top gap', () => {
    const run = runCli(['summary', 'plans', 'almost']);
    assert.strictEqual(
      run.stdout,
      [
        'Plan                          Verdict    Overall  Technical  Operational  Organizational  Top gap',
        'plans/ready.poc.yaml          ready          100        100          100             100  —',
        'almost/almost-ready.poc.yaml  not ready       59        100          100              88  production gate: no production budget',
        'plans/bad.poc.yaml            not ready       28         29           29              26  production gate: no data sources, integration points, change management, operations, production budget, executive sponsor, decision',
        '',
        '1 of 3 plans ready for approval',
        '',
      ].join('\n'),
    );
    assert.strictEqual(run.code, 1);
  });

  it('gives the same rows as a JSON array', () => {
    const rows = JSON.parse(runCli(['summary', 'plans', 'almost', '--format', 'json']).stdout);
    assert.deepStrictEqual(rows[1], {
      file: 'almost/almost-ready.poc.yaml',
      title: 'Exception triage | <b>pilot</b> *v2*',
      verdict: 'not_ready',
      overall: 59,
      technical_feasibility: 100,
      operational_viability: 100,
      organizational_fit: 88,
      topGap: 'production gate: no production budget',
    });
    assert.deepStrictEqual(
      rows.map((r: { file: string; topGap: string | null }) => [r.file, r.topGap === null]),
      [
        ['plans/ready.poc.yaml', true],
        ['almost/almost-ready.poc.yaml', false],
        ['plans/bad.poc.yaml', false],
      ],
    );
  });

  it('names the first error as the top gap once the gate is met', () => {
    const rows = JSON.parse(runCli(['summary', 'plans/ready.poc.yaml', '-f', 'json', '--rule', 'POC112:error']).stdout);
    assert.strictEqual(rows[0].topGap, 'The production estimate 400,000 USD is 8× the POC budget of 50,000 USD.');
  });

  it('exits 0 without errors and honours --require-ready', () => {
    assert.strictEqual(runCli(['summary', 'plans/ready.poc.yaml']).code, 0);
    assert.strictEqual(runCli(['summary', 'almost', '--rule', 'POC124:off']).code, 0);
    assert.strictEqual(runCli(['summary', 'almost', '--rule', 'POC124:off', '--require-ready']).code, 1);
  });

  it('rejects check-only options and check formats', () => {
    assert.deepStrictEqual(runCli(['summary', '--quiet']), { code: 2, stdout: '', stderr: 'poc-readiness: --quiet applies to check, not summary\n' });
    assert.strictEqual(runCli(['summary', '-f', 'sarif']).stderr, 'poc-readiness: unknown format "sarif" for summary (use table, json)\n');
  });
});
