import * as assert from 'assert';
import * as path from 'path';
import { assertGolden } from '../golden';
import { ROOT, runCli } from './support';

const PORTFOLIO = path.join(ROOT, 'examples/portfolio');

describe('poc-readiness summary', () => {
  it('prints the portfolio as a table: ready plans first, then by overall score, with the top gap', () => {
    const run = runCli(['summary', 'plans', 'almost']);
    const lines = run.stdout.split('\n');
    assert.match(lines[0], /^Plan +Status +Verdict +Overall +Technical +Operational +Organizational +Top gap$/);
    // Ready first, then by overall score: the order the JSON rows give.
    const rows = JSON.parse(runCli(['summary', 'plans', 'almost', '--format', 'json']).stdout).plans as Array<{ file: string; overall: number }>;
    assert.deepStrictEqual(
      lines.slice(1, 4).map((l) => l.split(' ')[0]),
      rows.map((r) => r.file),
    );
    assert.deepStrictEqual(lines.slice(4, 6), ['', '1 of 3 plans ready for approval']);
    assertGolden('cli/summary.table.txt', run.stdout);
    assert.strictEqual(run.code, 1);
  });

  it('gives the same rows as JSON', () => {
    const rows = JSON.parse(runCli(['summary', 'plans', 'almost', '--format', 'json']).stdout).plans;
    assert.deepStrictEqual(Object.keys(rows[1]), ['file', 'title', 'status', 'verdict', 'overall', 'technical_feasibility', 'operational_viability', 'organizational_fit', 'decisionDate', 'topGap']);
    assert.deepStrictEqual([rows[1].file, rows[1].title, rows[1].decisionDate], ['almost/almost-ready.poc.yaml', 'Exception triage | <b>pilot</b> *v2*', '2099-03-01']);
    // The table's figures, row for row.
    const table = runCli(['summary', 'plans', 'almost']).stdout.split('\n').slice(1, 4);
    rows.forEach((r: { file: string; overall: number; organizational_fit: number }, i: number) =>
      assert.match(table[i], new RegExp(`^${r.file.replace(/[.]/g, '\\.')} .* ${r.overall} .* ${r.organizational_fit} `)),
    );
    // A plan that is not ready names its top gap; a ready one meets the gate, so its top gap (if any) is a finding.
    for (const r of rows as Array<{ file: string; verdict: string; topGap: string | null }>) {
      if (r.verdict === 'ready') assert.ok(r.topGap === null || !r.topGap.startsWith('production gate:'), r.file);
      else assert.ok(r.topGap, r.file);
    }
    assertGolden('cli/summary.rows.json', rows);
  });

  it('names the first error as the top gap once the gate is met', () => {
    const rows = JSON.parse(runCli(['summary', 'plans/ready.poc.yaml', '-f', 'json', '--rule', 'POC112:error']).stdout).plans;
    const findings = JSON.parse(runCli(['plans/ready.poc.yaml', '-f', 'json', '--rule', 'POC112:error']).stdout).results[0].findings as Array<{ ruleId: string; severity: string; message: string }>;
    const firstError = findings.find((f) => f.severity === 'error');
    assert.strictEqual(firstError?.ruleId, 'POC112');
    assert.strictEqual(rows[0].topGap, firstError.message);
  });

  it('exits 0 without errors and honours --require-ready', () => {
    assert.strictEqual(runCli(['summary', 'plans/ready.poc.yaml']).code, 0);
    assert.strictEqual(runCli(['summary', 'almost', '--rule', 'POC124:off']).code, 0);
    assert.strictEqual(runCli(['summary', 'almost', '--rule', 'POC124:off', '--require-ready']).code, 1);
  });

  it('rejects check-only options and check formats', () => {
    assert.deepStrictEqual(runCli(['summary', '--quiet']), { code: 2, stdout: '', stderr: 'poc-readiness: --quiet applies to check, not summary\n' });
    assert.strictEqual(runCli(['summary', '-f', 'sarif']).stderr, 'poc-readiness: unknown format "sarif" for summary (use table, json, markdown, html)\n');
  });

  describe('of the example portfolio', () => {
    const summary = (...args: string[]) => runCli(['summary', '.', '--today', '2026-12-01', ...args], { cwd: PORTFOLIO });

    it('adds the funnel, the conversion and the stalled POCs under the table', () => {
      const lines = summary().stdout.split('\n');
      // The funnel and the stalled POCs come from the plans' outcomes, not from the rules.
      const ready = lines.findIndex((l) => /^\d+ of 14 plans ready for approval$/.test(l));
      assert.ok(ready > 0, lines.join('\n'));
      assert.deepStrictEqual(lines.slice(ready + 1), [
        '',
        'Funnel: proposed 3 · approved 1 · running 3 · decided 2 · in production 3 · stopped 2',
        'POCs run → capabilities deployed: 3 of 10 POCs run reached production (30%).',
        'Stalled (2):',
        '  procurement-invoice-matching.poc.yaml  go on 2026-04-24, 7 months ago; nothing in production',
        '  telecom-fault-tickets.poc.yaml         decision date 2026-10-16 passed 7 weeks ago; no decision recorded',
        '',
      ]);
      assert.ok(
        lines.some((l) => /^telecom-fault-tickets\.poc\.yaml +running +not ready +\d+ +\d+ +\d+ +\d+ {2}\S/.test(l)),
        lines.join('\n'),
      );
      assertGolden('cli/portfolio.table.txt', lines.join('\n'));
    });

    it('gives the figures as JSON', () => {
      const json = JSON.parse(summary('-f', 'json').stdout);
      assert.deepStrictEqual(json.funnel, {
        proposed: { now: 3, reached: 14 },
        approved: { now: 1, reached: 11 },
        running: { now: 3, reached: 10 },
        decided: { now: 2, reached: 7 },
        in_production: { now: 3, reached: 3 },
      });
      assert.strictEqual(json.stopped, 2);
      assert.deepStrictEqual(json.conversion, { run: 10, deployed: 3, percent: 30 });
      assert.deepStrictEqual(json.stalled[1], {
        file: 'telecom-fault-tickets.poc.yaml',
        title: 'Root-cause notes for broadband fault tickets',
        kind: 'decision_overdue',
        since: '2026-10-16',
        days: 46,
        reason: 'decision date 2026-10-16 passed 7 weeks ago; no decision recorded',
      });
      assert.deepStrictEqual(json.readyForApproval, ['hr-candidate-screening.poc.yaml', 'legal-contract-clauses.poc.yaml']);
      assert.strictEqual(json.plans.length, 14);
    });

    it('counts from --today, and refuses a date it cannot read', () => {
      const earlier = JSON.parse(runCli(['summary', '.', '-f', 'json', '--today', '2026-10-01'], { cwd: PORTFOLIO }).stdout);
      assert.deepStrictEqual(
        earlier.stalled.map((s: { file: string }) => s.file),
        ['procurement-invoice-matching.poc.yaml'],
      );
      assert.deepStrictEqual(runCli(['summary', '--today', '1.12.2026']), { code: 2, stdout: '', stderr: 'poc-readiness: --today must be a date written YYYY-MM-DD, not "1.12.2026"\n' });
    });

    it('writes Markdown with the funnel, the conversion and the stalled POCs', () => {
      const md = summary('-f', 'markdown').stdout;
      assert.ok(md.startsWith('# POC portfolio\n\n14 plans · as of 2026-12-01\n'), md.slice(0, 80));
      assert.ok(md.includes('| Running | 3 | 10 |'));
      assert.ok(md.includes('## POCs run → capabilities deployed\n\n3 of 10 POCs run reached production (30%).'));
      assert.ok(md.includes('- Root-cause notes for broadband fault tickets (telecom-fault-tickets.poc.yaml): decision date 2026-10-16 passed 7 weeks ago; no decision recorded'));
    });

    it('writes a self-contained, printable HTML page: no script, the styles inline, the plans linked', () => {
      const html = summary('-f', 'html').stdout;
      assert.ok(html.startsWith('<!DOCTYPE html>'));
      assert.ok(html.includes(`content="default-src 'none'; style-src 'unsafe-inline'"`));
      assert.ok(!/<script|<link/i.test(html));
      assert.ok(html.includes('.funnel-step {'));
      assert.ok(html.includes('<li class="funnel-step stage-running" data-stage="running"><span class="funnel-title">Running</span>'));
      assert.ok(html.includes('<span class="funnel-now">3</span> <span class="funnel-reached">of 10 reached</span>'));
      assert.ok(html.includes('<a class="plan-link" href="./telecom-fault-tickets.poc.yaml"><bdi>Root-cause notes for broadband fault tickets</bdi></a>'));
      assert.ok(html.includes('3 of 10 POCs run reached production (30%).'));
    });
  });
});
