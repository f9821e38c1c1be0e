import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint, RULE_METAS } from '../../../src/engine';
import { BASE_OPTIONS, expectedFile, fixture, fixturesOf, golden, optionsFor, ROOT, RULE_FIXTURES, where } from './support';

// Golden files are written with UPDATE_GOLDEN=1 and reviewed in the diff; a
// plain run only compares.
const UPDATE = process.env.UPDATE_GOLDEN === '1';

describe('rules against their fixtures', () => {
  for (const meta of RULE_METAS) {
    describe(`${meta.id} ${meta.name}`, () => {
      it('has a "flags" and a "passes" fixture', () => {
        assert.ok(fixturesOf(meta.id, 'flags').includes('flags.poc.yaml'), `test/fixtures/rules/${meta.id}/flags.poc.yaml is missing`);
        assert.ok(fixturesOf(meta.id, 'passes').includes('passes.poc.yaml'), `test/fixtures/rules/${meta.id}/passes.poc.yaml is missing`);
      });

      for (const name of fixturesOf(meta.id, 'flags')) {
        it(`flags ${name} with exactly the golden findings`, () => {
          const findings = lint(fixture(meta.id, name), optionsFor(meta.id)).findings.filter((f) => f.ruleId === meta.id);
          const actual = findings.map(golden);
          const file = expectedFile(meta.id, name);
          if (UPDATE) fs.writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
          assert.ok(actual.length > 0, `${meta.id} reports nothing on ${name}`);
          assert.deepStrictEqual(actual, JSON.parse(fs.readFileSync(file, 'utf8')));
        });
      }

      for (const name of fixturesOf(meta.id, 'passes')) {
        it(`passes ${name}`, () => {
          const findings = lint(fixture(meta.id, name), BASE_OPTIONS).findings.filter((f) => f.ruleId === meta.id);
          assert.deepStrictEqual(findings.map(golden), []);
        });
      }

      it('has an anchor in docs/rules.md (that the docs are current is test/unit/generated.test.ts)', () => {
        const docs = fs.readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8');
        assert.ok(docs.includes(`<a id="${meta.id.toLowerCase()}"></a>`), `docs/rules.md has no anchor for ${meta.id}`);
      });
    });
  }

  describe('the three questions: a deferral pushes the answer out of the POC', () => {
    const QUESTION_RULES = ['POC030', 'POC031', 'POC032', 'POC033'];
    const deferral = (answer: string) => {
      const plan = `poc: Questions\nquestions:\n  operational_viability: ${JSON.stringify(answer)}\n`;
      const finding = lint(plan, BASE_OPTIONS).findings.find((f) => f.ruleId === 'POC031');
      return finding && /defers the question \("(.*)"\)/.exec(finding.message)?.[1];
    };

    it('is flagged, quoting the words that defer', () => {
      const cases: Array<[string, string]> = [
        ['Later.', 'Later'],
        ['Later, once the budget is approved.', 'Later'],
        ['In production.', 'In production'],
        ['After the POC.', 'After the POC'],
        ['Post-POC, with the platform team.', 'Post-POC'],
        ['Out of scope for now.', 'Out of scope'],
        ['Cost and latency will be tested later.', 'tested later'],
        ['To be checked in production once it is live.', 'checked in production'],
        ['Answered only after the pilot.', 'Answered only after the pilot'],
        ['Addressed in a later phase.', 'in a later phase'],
        ['Load is looked at after go-live.', 'looked at after go-live'],
        ['Cost: TBD later.', 'TBD later'],
        ['Volume to be decided later.', 'to be decided later'],
        ['We will see later.', 'will see later'],
        ["We'll figure the load test out later.", "We'll figure the load test out later"],
        ['Planned for phase 2.', 'for phase 2'],
        ['Not part of this POC.', 'Not part of this POC'],
        ['Details to follow.', 'Details to follow'],
        ['Deferred to the rollout.', 'Deferred to the rollout'],
      ];
      assert.deepStrictEqual(
        cases.map(([answer]) => [answer, deferral(answer)]),
        cases,
      );
    });

    it('is not read into ordinary sentences that say "later" or "in production"', () => {
      const answers = [
        'Route the live feed for four weeks; the agents who later process the exception rate each decision.',
        'Latency and cost measured in production systems, at full hub volume, for four weeks.',
        'Run on the live feed in production for four weeks at about 1,300 items a day.',
        'In production, the desk handles 1,300 items a day; the pilot runs at that volume for four weeks.',
        'Checked later in the day against the queue each item is later moved to.',
        'We will see whether agents later accept the suggestions, and track the share that later reaches the manual queue.',
        'Shadow mode first; in phase 2 of the pilot the model routes live items.',
        'Deferred shipments are part of the load test.',
      ];
      assert.deepStrictEqual(
        answers.map((answer) => [answer, deferral(answer)]),
        answers.map((answer) => [answer, undefined]),
      );
    });

    it('raises nothing on the good example', () => {
      const text = fs.readFileSync(path.join(ROOT, 'examples/shipping-exceptions-good.poc.yaml'), 'utf8');
      const findings = lint(text, { ...BASE_OPTIONS, today: '2026-12-01' }).findings.filter((f) => QUESTION_RULES.includes(f.ruleId));
      assert.deepStrictEqual(findings.map(golden), []);
    });

    it('leaves a deferred answer unanswered for one-of-three', () => {
      const plan = (other: string) => `poc: Q\nquestions:\n  technical_feasibility: Accuracy on 500 live items.\n  operational_viability: ${JSON.stringify(other)}\n`;
      const oneOfThree = (other: string) => lint(plan(other), BASE_OPTIONS).findings.some((f) => f.ruleId === 'POC033');
      assert.strictEqual(oneOfThree('To be tested in production.'), true);
      assert.strictEqual(oneOfThree('Run at full volume, measured in production systems, where agents later review it.'), false);
    });
  });

  describe('whole-plan findings without a title', () => {
    it('go on the first line with YAML on it, past a header comment and blank lines', () => {
      const title = (text: string) => {
        const finding = lint(text, BASE_OPTIONS).findings.find((f) => f.ruleId === 'POC010');
        assert.ok(finding, 'no POC010');
        return where(finding);
      };
      assert.strictEqual(title('# Shipping exceptions\n# draft\n\n  owner: Ops lead  \n'), '4:3-4:18');
      assert.strictEqual(title('\n\nowner: Ops lead\n'), '3:1-3:16');
      assert.strictEqual(title('# draft\n'), '1:1-1:8');
      assert.strictEqual(title(''), '1:1-1:1');
    });

    it('can be silenced by a disable-next-line comment at the top of the file', () => {
      const findings = lint('# poc-readiness-disable-next-line POC010\nowner: Ops lead\n', BASE_OPTIONS).findings;
      assert.deepStrictEqual(findings.filter((f) => f.ruleId === 'POC010' || f.ruleId === 'POC006').map(golden), []);
    });
  });

  it('every rule lives in the file named as it is (plan/syntax in src/engine/rules/plan-syntax.ts)', () => {
    const missing = RULE_METAS.map((m) => `src/engine/rules/${m.name.replace('/', '-')}.ts`).filter((file) => !fs.existsSync(path.join(ROOT, file)));
    assert.deepStrictEqual(missing, []);
  });

  it('every fixture folder belongs to a rule', () => {
    const ids = new Set(RULE_METAS.map((m) => m.id));
    for (const dir of fs.readdirSync(RULE_FIXTURES)) assert.ok(ids.has(dir), `${dir} has fixtures but no rule`);
  });

  it('rule ids and names are unique, and every message-bearing rule has a rationale', () => {
    const ids = RULE_METAS.map((m) => m.id);
    const names = RULE_METAS.map((m) => m.name);
    assert.strictEqual(new Set(ids).size, ids.length);
    assert.strictEqual(new Set(names).size, names.length);
    for (const m of RULE_METAS) assert.ok(m.rationale.length > 40, `${m.id} needs a rationale`);
  });
});
