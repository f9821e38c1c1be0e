// Messages by id: the rule fixtures' goldens hold ids and data, and here one
// test per message reads its wording, as a fixture plan makes the rule say it,
// against test/fixtures/rules/<id>/messages.json (written with
// UPDATE_GOLDEN=1, reviewed in the diff, and shown in docs/rules.md).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ENGINE_MESSAGES, GAP_FRAMES, lint, messageText, placeholdersOf, RULE_METAS, type Finding, type LintOptions } from '../../../src/engine';
import { capitalize, renderMessage } from '../../../src/engine/messages';
import { BASE_OPTIONS, fixture, fixturesOf, optionsFor, ROOT, RULE_FIXTURES } from './support';

const UPDATE = process.env.UPDATE_GOLDEN === '1';

/**
 * Plans with anchors and tags: the plan grammar leaves those to the host's
 * YAML grammar, and its test holds every fixture file to scopes of its own,
 * so they are written here rather than as fixture files.
 */
const YAML_FEATURE_PLANS = [
  'poc: Tagged owner\nowner: !team Operations lead\n',
  // Each level repeats the one before nine times: 9^9 values once expanded.
  `poc: Alias bomb\na: &a [x, x, x, x, x, x, x, x, x]\n${[...'bcdefghi'].map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`).join('\n')}\n`,
];

/**
 * Every finding of every rule on every fixture plan: the rule fixtures
 * (flags and passes, with their options), the examples and the corpus. A
 * message none of them makes a rule say is a message no test has seen.
 */
function allFindings(): Finding[] {
  const plans: Array<[string, LintOptions]> = [];
  for (const id of fs.readdirSync(RULE_FIXTURES).sort()) {
    for (const name of [...fixturesOf(id, 'flags'), ...fixturesOf(id, 'passes')]) plans.push([fixture(id, name), optionsFor(id)]);
  }
  for (const dir of ['examples', 'test/corpus']) {
    for (const name of fs
      .readdirSync(path.join(ROOT, dir))
      .filter((n) => n.endsWith('.poc.yaml'))
      .sort())
      plans.push([fs.readFileSync(path.join(ROOT, dir, name), 'utf8'), BASE_OPTIONS]);
  }
  for (const text of YAML_FEATURE_PLANS) plans.push([text, BASE_OPTIONS]);
  // A file-wide suppression that silences nothing needs a file with no findings at all, whatever rules come later.
  const onlyUnusedSuppressions = Object.fromEntries(RULE_METAS.filter((m) => m.id !== 'POC006').map((m) => [m.id, 'off' as const]));
  plans.push(['poc: Invoice matching\n# poc-readiness-disable\n', { ...BASE_OPTIONS, rules: onlyUnusedSuppressions }]);
  return plans.flatMap(([text, options]) => lint(text, options).findings);
}

describe('messages by id', () => {
  let all: Finding[] = [];
  before(() => (all = allFindings()));

  for (const meta of RULE_METAS) {
    describe(`${meta.id} ${meta.name}`, () => {
      const file = path.join(RULE_FIXTURES, meta.id, 'messages.json');
      let findings: Finding[] = [];
      let wording: Record<string, string> = {};
      before(() => {
        findings = all.filter((f) => f.ruleId === meta.id);
        if (UPDATE) {
          const first = Object.keys(meta.messages).map((id) => [id, findings.find((f) => f.messageId === id)?.message]);
          fs.writeFileSync(file, JSON.stringify(Object.fromEntries(first.filter(([, text]) => text !== undefined)), null, 2) + '\n');
        }
        wording = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>) : {};
      });

      for (const id of Object.keys(meta.messages)) {
        it(`says "${id}" as its golden wording`, () => {
          const said = findings.find((f) => f.messageId === id);
          assert.ok(said, `no fixture plan makes ${meta.id} say "${id}": add a flags-<case>.poc.yaml to test/fixtures/rules/${meta.id}`);
          assert.strictEqual(said.message, wording[id], `${meta.id} "${id}" (run UPDATE_GOLDEN=1 npm run test:unit and review the diff)`);
        });
      }

      it('renders each finding from its id and data alone', () => {
        for (const f of findings) assert.strictEqual(messageText(meta.messages, f.messageId, f.data), f.message, `${meta.id} "${f.messageId}"`);
      });

      it('gives every placeholder its data', () => {
        for (const f of findings) {
          const template = (meta.messages as Record<string, string>)[f.messageId] ?? '';
          for (const name of placeholdersOf(template)) assert.ok(name in f.data, `${meta.id} "${f.messageId}" has no data for {{${name}}}`);
        }
      });

      it("uses none of the engine's own message ids", () => {
        for (const id of Object.keys(ENGINE_MESSAGES)) assert.ok(!Object.hasOwn(meta.messages, id), `${meta.id} defines "${id}"`);
      });
    });
  }

  describe("the engine's frames around a rule's advice, each as a user reads it", () => {
    const said = (text: string, id: string) => lint(text, { today: '2026-11-25' }).findings.find((f) => f.ruleId === id)!;
    // The frame's words are checked here, one case per frame; the advice inside it is the rule's, read from its table.
    const cases: Record<keyof typeof GAP_FRAMES, [string, string, (advice: string) => string]> = {
      missing: ['poc: X\nusers:\n  in_workflow: true\n', 'POC072', (a) => `\`users.duration_weeks\` is missing: ${a}`],
      empty: ['poc: X\nusers:\n  duration_weeks:\n', 'POC072', (a) => `\`users.duration_weeks\` is empty: ${a}`],
      placeholder: ['poc: X\nusers:\n  duration_weeks: TBD\n', 'POC072', (a) => `\`users.duration_weeks\` is still a placeholder: ${a}`],
      defers: [
        'poc: X\nproduction_plan:\n  budget: To be agreed once the results are in.\n',
        'POC124',
        (a) => `\`production_plan.budget\` defers ("To be agreed"): an answer that waits for the results, or for someone else, is not written yet. ${capitalize(a)}`,
      ],
      'decides-nothing': ['poc: X\nhypothesis:\n  decision: Decide on next steps after the demo.\n', 'POC020', (a) => `\`hypothesis.decision\` decides nothing ("Decide on next steps"): ${a}`],
    };
    for (const [gap, [plan, id, text]] of Object.entries(cases)) {
      it(`${gap}: ${GAP_FRAMES[gap as keyof typeof GAP_FRAMES]}`, () => {
        const f = said(plan, id);
        const meta = RULE_METAS.find((m) => m.id === id)!;
        const advice = renderMessage((meta.messages as Record<string, string>)[f.messageId], f.data);
        assert.deepStrictEqual([f.data.gap, f.message], [gap, text(advice)]);
      });
    }
  });
});
