import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint, NOT_READY_CAP, type LintResult } from '../../../src/engine';
import { buildPortfolio, type PortfolioPlan } from '../../../src/report/portfolio';
import { assertGolden } from '../golden';
import { ROOT } from './support';

const TODAY = '2026-12-01';
const DIR = path.join(ROOT, 'examples/portfolio');

function planOf(file: string, result: LintResult): PortfolioPlan {
  return { file, ...(result.figures.title ? { title: result.figures.title } : {}), score: result.score, findings: result.findings, outcome: result.figures.outcome };
}

function examplePortfolio(today = TODAY): PortfolioPlan[] {
  return fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.poc.yaml'))
    .map((f) => planOf(f, lint(fs.readFileSync(path.join(DIR, f), 'utf8'), { today })));
}

const plan = (file: string, outcome: string, today = TODAY) => planOf(file, lint(`poc: ${file}\nhypothesis:\n  decision_date: 2026-10-01\n${outcome}`, { today }));

describe('the portfolio', () => {
  describe('of examples/portfolio', () => {
    const portfolio = buildPortfolio(examplePortfolio(), { today: TODAY });

    it('has at least 12 plans in every status', () => {
      assert.ok(portfolio.total >= 12, `${portfolio.total} plans`);
      assert.deepStrictEqual(new Set(portfolio.rows.map((r) => r.status)), new Set(['proposed', 'approved', 'running', 'decided', 'in_production', 'stopped']));
    });

    it('counts the funnel: where each plan is now, and how far plans got', () => {
      assert.deepStrictEqual(
        portfolio.funnel.map((s) => [s.stage, s.count, s.reached]),
        [
          ['proposed', 3, 14],
          ['approved', 1, 11],
          ['running', 3, 10],
          ['decided', 2, 7],
          ['in_production', 3, 3],
        ],
      );
      assert.strictEqual(portfolio.stopped, 2);
    });

    it('converts POCs run into capabilities deployed', () => {
      assert.deepStrictEqual(portfolio.conversion, { run: 10, deployed: 3, percent: 30, sentence: '3 of 10 POCs run reached production (30%).' });
    });

    it('lists the stalled plans, longest first, with the date and how long ago', () => {
      assert.deepStrictEqual(
        portfolio.stalled.map((s) => [s.file, s.kind, s.since, s.days, s.reason]),
        [
          ['procurement-invoice-matching.poc.yaml', 'go_not_in_production', '2026-04-24', 221, 'go on 2026-04-24, 7 months ago; nothing in production'],
          ['telecom-fault-tickets.poc.yaml', 'decision_overdue', '2026-10-16', 46, 'decision date 2026-10-16 passed 7 weeks ago; no decision recorded'],
        ],
      );
    });

    it('lists the proposed plans that are ready for approval, and not the proposed ones that are not', () => {
      assert.deepStrictEqual(
        portfolio.readyForApproval.map((r) => r.file),
        ['hr-candidate-screening.poc.yaml', 'legal-contract-clauses.poc.yaml'],
      );
      assert.ok(portfolio.rows.some((r) => r.status === 'proposed' && r.verdict === 'not_ready'));
    });

    it('gives each row its verdict, score, decision date and top gap', () => {
      const row = portfolio.rows.find((r) => r.file === 'retail-returns-chat.poc.yaml');
      assert.ok(row);
      assert.deepStrictEqual([row.status, row.verdict, row.decisionDate], ['proposed', 'not_ready', '2027-06-25']);
      assert.ok(row.overall <= NOT_READY_CAP, 'a plan that is not ready scores at most the cap');
      assert.strictEqual(row.topGap, 'production gate: no executive sponsor');
      const ready = portfolio.rows.find((r) => r.file === 'legal-contract-clauses.poc.yaml');
      assert.strictEqual(ready?.verdict, 'ready');
      assert.ok(!ready.topGap?.startsWith('production gate:'), 'a ready plan meets the gate');
      // Every row's figures, as reviewed.
      assertGolden(
        'report/example-portfolio.rows.json',
        portfolio.rows.map((r) => [r.file, r.status, r.verdict, r.overall, r.decisionDate, r.topGap ?? null]),
      );
    });

    it('orders rows by status along the funnel, stopped last', () => {
      const order = portfolio.rows.map((r) => r.status);
      assert.deepStrictEqual(order.slice(0, 3), ['proposed', 'proposed', 'proposed']);
      assert.deepStrictEqual(order.slice(-2), ['stopped', 'stopped']);
    });

    it('follows "today": a month earlier, the running POC is not yet past its date', () => {
      const earlier = buildPortfolio(examplePortfolio('2026-10-01'), { today: '2026-10-01' });
      assert.deepStrictEqual(
        earlier.stalled.map((s) => s.file),
        ['procurement-invoice-matching.poc.yaml'],
      );
    });
  });

  it('counts a plan without an outcome as proposed', () => {
    const p = buildPortfolio([plan('a.poc.yaml', '')], { today: TODAY });
    assert.deepStrictEqual(
      p.funnel.map((s) => s.count),
      [1, 0, 0, 0, 0],
    );
    assert.deepStrictEqual(p.conversion, { run: 0, deployed: 0, sentence: 'No POC has run yet.' });
    // Proposed and past its date: a stale plan, not a stalled POC.
    assert.deepStrictEqual(p.stalled, []);
  });

  it('counts a stopped plan as far as it got: decided with a decision, proposed without', () => {
    const p = buildPortfolio([plan('killed.poc.yaml', 'outcome:\n  status: stopped\n  decision: stop\n'), plan('dropped.poc.yaml', 'outcome:\n  status: stopped\n')], { today: TODAY });
    assert.deepStrictEqual(
      p.funnel.map((s) => s.reached),
      [2, 1, 1, 1, 0],
    );
    assert.strictEqual(p.conversion.sentence, '0 of 1 POC run reached production (0%).');
  });

  it('reads the go-to-production threshold', () => {
    const go = plan('go.poc.yaml', 'outcome:\n  status: decided\n  decision: go\n  decided_on: 2026-10-01\n');
    assert.deepStrictEqual(buildPortfolio([go], { today: TODAY }).stalled, []);
    assert.deepStrictEqual(
      buildPortfolio([go], { today: TODAY, maxDaysToProduction: 30 }).stalled.map((s) => s.reason),
      ['go on 2026-10-01, 2 months ago; nothing in production'],
    );
  });
});
