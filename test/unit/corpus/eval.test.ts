// The reviewer-labelled corpus as a regression guard: `npm test` fails when the
// engine finds fewer labelled gaps, gets verdicts wrong or raises more false
// findings than the committed baseline. Also the evaluation's own matching rules.
import * as assert from 'assert';
import {
  type Baseline,
  type Evaluation,
  type FindingSummary,
  type PlanLabels,
  CorpusError,
  evaluateCorpus,
  parseLabels,
  readBaseline,
  regressions,
  scorePlan,
  toBaseline,
  totalsOf,
} from '../../corpus/evaluate';

function finding(ruleId: string, path: string, severity: FindingSummary['severity'] = 'error'): FindingSummary {
  return { ruleId, path, severity, message: `${ruleId} at ${path}` };
}

const LABELS: PlanLabels = {
  industry: 'insurance',
  language: 'de',
  verdict: 'not_ready',
  clean: false,
  gaps: [
    { path: 'data.production_source', rule: 'POC040', severity: 'error', why: 'vendor extract', subtle: true },
    { path: 'users.pilot_users', rule: 'POC071', severity: 'error', why: 'only managers', subtle: false },
    { path: 'integrations.1.in_poc', rule: 'POC063', severity: 'warning', why: 'not exercised', subtle: false },
  ],
  accepted: ['POC073'],
};

describe('corpus evaluation', () => {
  describe('matching findings to labelled gaps', () => {
    it('counts a gap found when the rule matches and one path lies under the other', () => {
      const result = scorePlan('p', LABELS, 'not_ready', [finding('POC040', 'data.production_source'), finding('POC071', 'users.pilot_users.0.stakeholder'), finding('POC063', 'integrations')]);
      assert.deepStrictEqual(
        result.gaps.map((g) => g.finding?.path),
        ['data.production_source', 'users.pilot_users.0.stakeholder', 'integrations'],
      );
      assert.deepStrictEqual(result.falseFindings, []);
    });

    it('does not match a sibling path, a path that only shares a prefix, or another rule at the same path', () => {
      const result = scorePlan('p', LABELS, 'not_ready', [finding('POC040', 'data.curated'), finding('POC071', 'users.pilot_users_extra'), finding('POC041', 'data.production_source', 'warning')]);
      assert.deepStrictEqual(
        result.gaps.map((g) => g.finding),
        [undefined, undefined, undefined],
      );
      assert.deepStrictEqual(
        result.falseFindings.map((f) => `${f.ruleId} ${f.path}`),
        ['POC040 data.curated', 'POC071 users.pilot_users_extra', 'POC041 data.production_source'],
      );
    });

    it('prefers the finding at the labelled severity, so agreement is not lost to a duplicate', () => {
      const result = scorePlan('p', LABELS, 'not_ready', [
        finding('POC063', 'production_plan.integration_points', 'warning'),
        finding('POC063', 'integrations.1', 'info'),
        finding('POC063', 'integrations.1.in_poc', 'warning'),
      ]);
      assert.strictEqual(result.gaps[2]?.finding?.severity, 'warning');
      assert.strictEqual(totalsOf([result]).severityAgreed, 1);
    });

    it('leaves info findings out of precision and counts accepted rules as matched', () => {
      const result = scorePlan('p', LABELS, 'not_ready', [
        finding('POC002', 'users.pilot_users.0.count', 'info'),
        finding('POC073', 'users.in_workflow', 'warning'),
        finding('POC090', 'governance', 'warning'),
      ]);
      assert.strictEqual(result.matchedFindings, 1);
      assert.deepStrictEqual(
        result.falseFindings.map((f) => f.ruleId),
        ['POC090'],
      );
      const totals = totalsOf([result]);
      assert.strictEqual(totals.precision, 1 / 2);
      assert.strictEqual(totals.recall, 0);
    });

    it('totals recall on subtle gaps, verdicts and false findings on clean plans', () => {
      const flawed = scorePlan('flawed', LABELS, 'ready', [finding('POC040', 'data')]);
      const clean = scorePlan('clean', { ...LABELS, verdict: 'ready', clean: true, gaps: [], accepted: [] }, 'ready', [finding('POC081', 'metrics.2.baseline', 'warning')]);
      const totals = totalsOf([flawed, clean]);
      assert.deepStrictEqual([totals.found, totals.labelled, totals.subtleFound, totals.subtleLabelled, totals.verdictsRight, totals.falseOnClean], [1, 3, 1, 1, 1, 1]);
    });
  });

  describe('labels files', () => {
    it('names the file and the field of a mistake', () => {
      const text = 'industry: retail\nlanguage: en\nverdict: not_ready\nclean: false\ngaps:\n  - path: data\n    rule: POC040\n    severity: fatal\n    why: x\n';
      assert.throws(
        () => parseLabels(text, 'x.labels.yaml'),
        (e: unknown) => {
          return e instanceof CorpusError && e.message === 'x.labels.yaml: gaps.0.severity must be one of error, warning, info (got "fatal")';
        },
      );
    });

    it('rejects a clean plan that lists gaps', () => {
      const text = 'industry: retail\nlanguage: en\nverdict: ready\nclean: true\ngaps:\n  - {path: data, rule: POC040, severity: error, why: x}\n';
      assert.throws(() => parseLabels(text, 'y.labels.yaml'), /y\.labels\.yaml: a clean plan has verdict ready and no gaps/);
    });
  });

  describe('baseline comparison', () => {
    const before: Baseline = {
      today: '2026-12-01',
      totals: totalsOf([scorePlan('p', LABELS, 'not_ready', [finding('POC040', 'data.production_source')])]),
      found: ['p: POC040 data.production_source'],
    };

    it('reports nothing when the run equals the baseline', () => {
      assert.deepStrictEqual(regressions(before, before), []);
    });

    it('reports a gap that is no longer found, lower recall and precision, and a wrong verdict', () => {
      const now = toBaseline({
        today: '2026-12-01',
        plans: [scorePlan('p', LABELS, 'ready', [finding('POC090', 'governance', 'warning')])],
        totals: totalsOf([scorePlan('p', LABELS, 'ready', [finding('POC090', 'governance', 'warning')])]),
      });
      assert.deepStrictEqual(regressions(before, now), [
        'recall fell from 33.3% to 0.0%',
        'recall on subtle gaps fell from 100.0% to 0.0%',
        'precision fell from 100.0% to 0.0%',
        'verdicts right fell from 1 to 0',
        'no longer found: p: POC040 data.production_source',
      ]);
    });
  });

  describe('the labelled corpus', () => {
    // In a hook, so a broken labels file fails a test instead of the whole run.
    let evaluation: Evaluation;
    before(() => {
      evaluation = evaluateCorpus();
    });

    it('covers the industries, languages and sound/flawed mix the corpus is meant to have', () => {
      const labels = evaluation.plans.map((p) => p.labels);
      const count = (language: string) => labels.filter((l) => l.language === language).length;
      assert.ok(labels.length >= 26, `${labels.length} plans`);
      assert.ok(new Set(labels.map((l) => l.industry)).size >= 8);
      assert.ok(count('de') >= 3 && count('fr') >= 3 && count('es') >= 2 && count('nl') >= 2);
      assert.ok(labels.filter((l) => l.clean).length >= 10);
      assert.ok(labels.filter((l) => !l.clean).length >= 16);
    });

    it('does not regress against test/corpus/baseline.json', () => {
      const baseline = readBaseline();
      assert.ok(baseline, 'test/corpus/baseline.json is missing: run UPDATE_BASELINE=1 npm run eval');
      assert.deepStrictEqual(regressions(baseline, toBaseline(evaluation)), []);
    });
  });
});
