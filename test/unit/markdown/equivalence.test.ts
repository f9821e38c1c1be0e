import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint, LintResult } from '../../../src/engine';
import { markdownToYaml, yamlToMarkdown } from '../../../src/engine/markdown/convert';
import { BASE_OPTIONS, ROOT } from '../engine/support';

// One engine, two formats: a plan written as Markdown and the same plan in
// YAML give the same findings (rule id and path), the same scores and the
// same verdict. Over the committed examples, and over every plan of the
// evaluation corpus converted with `convert` (to Markdown, and back again).

/** What a reviewer reads off a result, with ranges left out: they point into different texts. */
function review(result: LintResult) {
  const dimensions = Object.values(result.score.dimensions).map((d) => `${d.dimension} ${d.score} ${d.passed}/${d.total}`);
  return {
    findings: result.findings.map((f) => `${f.ruleId} ${f.severity} ${f.path}`).sort(),
    overall: result.score.overall,
    dimensions,
    verdict: result.score.verdict,
    gate: result.score.gate.items.map((g) => `${g.path} ${g.passed}`),
  };
}

const yamlReview = (text: string) => review(lint(text, BASE_OPTIONS));
const markdownReview = (text: string) => review(lint(text, { ...BASE_OPTIONS, format: 'markdown' }));

describe('Markdown plans read the same as YAML plans', () => {
  for (const name of ['shipping-exceptions-good', 'shipping-exceptions-bad']) {
    it(`examples/${name}: the .poc.md and the .poc.yaml give the same review`, () => {
      const yaml = fs.readFileSync(path.join(ROOT, 'examples', `${name}.poc.yaml`), 'utf8');
      const markdown = fs.readFileSync(path.join(ROOT, 'examples', `${name}.poc.md`), 'utf8');
      const expected = yamlReview(yaml);
      assert.ok(expected.findings.length > 0 || expected.verdict === 'ready');
      assert.deepStrictEqual(markdownReview(markdown), expected);
    });
  }

  it('the good example is ready and the bad one is not, in Markdown too', () => {
    const read = (n: string) => markdownReview(fs.readFileSync(path.join(ROOT, 'examples', `${n}.poc.md`), 'utf8'));
    assert.strictEqual(read('shipping-exceptions-good').verdict, 'ready');
    assert.strictEqual(read('shipping-exceptions-bad').verdict, 'not_ready');
  });

  it('the comment beside a value is read in both, and convert keeps it on its line', () => {
    const yaml = [
      'poc: Lock scheduling',
      'integrations:',
      '  - system: Lock control system',
      '    direction: write',
      '    owner: Operations',
      '    in_poc: true   # not connected in the POC, the operator keys the proposal in by hand',
      'production_plan:',
      '  integration_points: Proposals written to the lock control system',
      '',
    ].join('\n');
    const expected = yamlReview(yaml);
    assert.ok(expected.findings.includes('POC062 warning integrations.0.in_poc'), JSON.stringify(expected.findings));
    const markdown = yamlToMarkdown(yaml);
    assert.ok(markdown.includes('**Exercised in the POC:** true <!-- not connected in the POC, the operator keys the proposal in by hand -->'), markdown);
    assert.deepStrictEqual(markdownReview(markdown), expected, 'as Markdown');
    const back = markdownToYaml(markdown);
    assert.ok(back.includes('in_poc: true # not connected in the POC, the operator keys the proposal in by hand'), back);
    assert.deepStrictEqual(yamlReview(back), expected, 'back to YAML');
    // Without the comment, nothing undoes the flag.
    assert.ok(!yamlReview(yaml.replace(/ +#.*/, '')).findings.some((f) => f.startsWith('POC062')));
  });

  const corpus = path.join(ROOT, 'test/corpus');
  const plans = fs
    .readdirSync(corpus)
    .filter((f) => f.endsWith('.poc.yaml'))
    .sort();

  it('the corpus has its plans', () => assert.ok(plans.length >= 87, `${plans.length} plans`));

  for (const file of plans) {
    it(`corpus ${file}: converted to Markdown and back, the same review`, () => {
      const yaml = fs.readFileSync(path.join(corpus, file), 'utf8');
      const expected = yamlReview(yaml);
      const markdown = yamlToMarkdown(yaml);
      assert.deepStrictEqual(markdownReview(markdown), expected, 'as Markdown');
      assert.deepStrictEqual(yamlReview(markdownToYaml(markdown)), expected, 'back to YAML');
    });
  }
});
