import * as assert from 'assert';
import { economicsTable, icebergFacts, renderMarkdown, renderSummaryBody } from '../../../src/report';
import { bad, golden, good, panelFixture, summarize } from './support';
import { assertGolden } from '../golden';

describe('readiness summary view model', () => {
  describe('the bad shipping plan', () => {
    const summary = bad();

    // The whole-plan figures are a golden, regenerated with UPDATE_GOLDEN=1 and reviewed in the diff.
    it('leads with the verdict, the overall score and the reasons, as reviewed', () => {
      assert.deepStrictEqual(summary.verdict, golden('verdict', summary.verdict));
      assert.strictEqual(summary.verdict.ready, false);
      assert.strictEqual(summary.verdict.label, 'Not ready for approval');
    });

    it('lists the six production-plan elements and the decision as the gate, none written', () => {
      assert.strictEqual(summary.gate.passed, false);
      assert.strictEqual(summary.gate.written, 0);
      assert.deepStrictEqual(
        summary.gate.items.map((i) => i.title),
        ['Data sources', 'Integration points', 'Change management', 'Operations', 'Production budget', 'Executive sponsor', 'Decision'],
      );
    });

    it('scores the three dimensions with how many checks pass, as reviewed', () => {
      const dimensions = summary.dimensions.map((d) => [d.title, d.score, d.level, d.checks]);
      assert.deepStrictEqual(dimensions, golden('dimensions', dimensions));
      assert.deepStrictEqual(
        summary.dimensions.map((d) => d.title),
        ['Technical feasibility', 'Operational viability', 'Organizational fit'],
      );
    });

    it('groups the gaps by dimension, structural ones last, most severe first and then in plan order', () => {
      const gaps = summary.gaps.map((g) => [g.title, g.gaps.map((gap) => `${gap.ruleId}:${gap.severity[0]}:${gap.line}`)] as const);
      assert.deepStrictEqual(gaps, golden('gaps', gaps));
      assert.strictEqual(gaps[gaps.length - 1][0], 'Plan structure');
      const rank = { e: 0, w: 1, i: 2 } as Record<string, number>;
      for (const [, list] of gaps) {
        const keys = list.map((g) => g.split(':')).map(([, sev, line]) => [rank[sev], Number(line)]);
        assert.deepStrictEqual(
          [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]),
          keys,
          'most severe first, then in plan order',
        );
      }
      assert.strictEqual(
        summary.gapCount,
        gaps.reduce((n, [, list]) => n + list.length, 0),
      );
    });

    it('keeps each gap’s 0-based range for revealing it in the editor', () => {
      const economics = summary.gaps.flatMap((g) => g.gaps).find((g) => g.ruleId === 'POC100')!;
      assert.deepStrictEqual(economics.range, { start: { line: 30, character: 0 }, end: { line: 30, character: 9 } });
      assert.strictEqual(economics.docs, 'https://github.com/poc-readiness/poc-readiness/blob/main/docs/rules.md#poc100');
    });

    it('draws a 40× iceberg with no scoping budget', () => {
      const { iceberg } = summary;
      assert.strictEqual(iceberg.aboveWater, 50_000);
      assert.strictEqual(iceberg.productionEstimate, 2_000_000);
      assert.strictEqual(iceberg.ratio, 40);
      assert.strictEqual(iceberg.caption, 'Above the waterline, a POC budget of 50,000 USD and nothing to scope production. Below it, a production estimate of 2,000,000 USD, 40× the POC budget.');
      assert.deepStrictEqual(icebergFacts(iceberg), [
        { label: 'POC budget', value: '50,000 USD', missing: false },
        { label: 'Scoping what comes after', value: 'none', missing: true },
        { label: 'Production estimate', value: '2,000,000 USD', missing: false },
        { label: 'Production against POC', value: '40×', missing: false },
      ]);
    });

    it('shows that a 5-minute review makes the AI path slower than doing it by hand', () => {
      const { economics } = summary;
      assert.strictEqual(economics.outcome, 'loses');
      assert.strictEqual(economics.caption, '4 min by hand against 5.5 min with AI (30 s AI + 5 min review): 1.5 min lost per item (37.5% slower). At 40,000 items a month, 1,000 hours lost a month.');
      assert.deepStrictEqual(economicsTable(economics), {
        perMonthHeader: 'Per month (40,000 items)',
        rows: [
          { label: 'By hand', perItem: '4 min', perMonth: '2,667 h', result: false },
          { label: 'AI + review', perItem: '5.5 min', perMonth: '3,667 h', result: false },
          { label: 'Lost', perItem: '1.5 min', perMonth: '1,000 h', result: true },
        ],
      });
    });

    it('counts its single metric as accuracy-only', () => {
      assert.deepStrictEqual(summary.metrics, {
        total: 1,
        production: 0,
        accuracyOnly: 1,
        other: 0,
        kinds: ['accuracy'],
        caption: '1 metric, none of them one production is judged on.',
      });
    });
  });

  describe('the good shipping plan', () => {
    const summary = good();

    it('is ready, with the whole gate written', () => {
      assert.strictEqual(summary.verdict.label, 'Ready for approval');
      assert.deepStrictEqual(summary.verdict.reasons, []);
      assert.strictEqual(summary.gate.written, 7);
      assert.deepStrictEqual(
        summary.dimensions.map((d) => d.level),
        ['good', 'good', 'good'],
      );
    });

    it('puts the scoping budget above the waterline with the POC budget', () => {
      assert.strictEqual(summary.iceberg.aboveWater, 90_000);
      assert.strictEqual(
        summary.iceberg.caption,
        'Above the waterline, a POC budget of 50,000 USD plus 40,000 USD to scope production. Below it, a production estimate of 600,000 USD, 12× the POC budget.',
      );
    });

    it('works out the time saved per item and per month', () => {
      assert.strictEqual(summary.economics.outcome, 'saves');
      assert.strictEqual(
        summary.economics.caption,
        '12 min by hand against 1.5 min with AI (30 s AI + 1 min review): 10.5 min saved per item (87.5% faster). At 40,000 items a month, 7,000 hours saved a month.',
      );
      assert.deepStrictEqual(
        economicsTable(summary.economics)?.rows.map((r) => [r.label, r.perItem, r.perMonth]),
        [
          ['By hand', '12 min', '8,000 h'],
          ['AI + review', '1.5 min', '1,000 h'],
          ['Saved', '10.5 min', '7,000 h'],
        ],
      );
    });

    it('counts production metrics against accuracy-only ones', () => {
      assert.strictEqual(summary.metrics.caption, '4 metrics: 3 that production is judged on, 1 accuracy-only.');
    });

    it('has no error left among its gaps, which are as reviewed', () => {
      const gaps = summary.gaps.map((g) => [g.id, g.gaps.map((gap) => `${gap.ruleId} ${gap.severity}`)]);
      assert.ok(
        summary.gaps.every((g) => g.gaps.every((gap) => gap.severity !== 'error')),
        JSON.stringify(gaps),
      );
      assertGolden('report/good.gaps.json', gaps);
    });
  });

  describe('an empty plan', () => {
    const summary = summarize('', 'empty.poc.yaml');

    it('is not ready and has no title, owner or figures', () => {
      assert.strictEqual(summary.verdict.ready, false);
      assert.strictEqual(summary.title, undefined);
      assert.strictEqual(summary.owner, undefined);
      assert.strictEqual(summary.gate.written, 0);
    });

    it('says the budget, the economics and the metrics are missing', () => {
      assert.strictEqual(summary.iceberg.caption, 'The plan has no budget: neither what the POC costs nor what production will.');
      assert.strictEqual(summary.economics.outcome, 'incomplete');
      assert.strictEqual(
        summary.economics.caption,
        'The review economics cannot be worked out yet: the plan needs `economics.manual_minutes_per_item`, `economics.ai_seconds_per_item`, `governance.human_review.minutes_per_item`, `economics.volume_per_month`.',
      );
      assert.strictEqual(economicsTable(summary.economics), undefined);
      assert.strictEqual(summary.metrics.caption, 'No metrics yet: the POC measures nothing production will be judged on.');
    });

    it('still lists the missing title as a structural gap', () => {
      const structure = summary.gaps.find((g) => g.id === 'structure');
      assert.deepStrictEqual(
        structure?.gaps.map((g) => g.ruleId),
        ['POC007', 'POC010'],
      );
    });
  });

  describe('partial figures', () => {
    it('says the production estimate is missing when only the POC budget is there', () => {
      const summary = summarize('budget:\n  currency: EUR\n  poc: 80000\n');
      assert.strictEqual(summary.iceberg.productionEstimate, undefined);
      assert.strictEqual(summary.iceberg.ratio, undefined);
      assert.strictEqual(
        summary.iceberg.caption,
        'Above the waterline, a POC budget of 80,000 EUR and nothing to scope production. The production estimate is missing: nobody has priced what lies below.',
      );
    });

    it('leaves the review out of the AI path when no review is required', () => {
      const plan = 'governance:\n  human_review:\n    required: false\neconomics:\n  manual_minutes_per_item: 6\n  ai_seconds_per_item: 60\n';
      const { economics } = summarize(plan);
      assert.strictEqual(economics.outcome, 'saves');
      assert.strictEqual(economics.caption, '6 min by hand against 1 min with AI (60 s AI, no review): 5 min saved per item (83.3% faster). The monthly effect needs `economics.volume_per_month`.');
      assert.deepStrictEqual(
        economicsTable(economics)?.rows.map((r) => r.perMonth),
        ['–', '–', '–'],
      );
    });

    it('calls an AI path exactly as long as the manual one even', () => {
      const plan = panelFixture('good.poc.yaml').replace('manual_minutes_per_item: 12', 'manual_minutes_per_item: 1.5');
      const { economics } = summarize(plan);
      assert.strictEqual(economics.outcome, 'even');
      assert.strictEqual(economics.caption, '1.5 min by hand against 1.5 min with AI (30 s AI + 1 min review): no time saved.');
    });
  });
});

describe('a plan whose score is capped', () => {
  it('says so beside the score, in the panel and the report', () => {
    const text = panelFixture('good.poc.yaml').replace(/executive_sponsor: .*/, 'executive_sponsor: to be confirmed after the pilot');
    const summary = summarize(text, 'capped.poc.yaml');
    assert.strictEqual(summary.verdict.ready, false);
    assert.match(summary.verdict.capNote ?? '', /^Capped at 59 while a blocking gap remains: the checks alone give \d+\./);
    assert.ok(renderMarkdown(summary).includes(summary.verdict.capNote!));
    assert.ok(renderSummaryBody(summary, { interactive: true }).includes('<p class="cap-note">Capped at 59'));
    assert.strictEqual(good().verdict.capNote, undefined);
  });
});
