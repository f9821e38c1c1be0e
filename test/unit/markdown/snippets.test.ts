import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../../src/engine';
import { markdownPlanSnippets, renderMarkdownPlan } from '../../../src/engine/markdown/fixes';
import { BASE_OPTIONS, ROOT } from '../engine/support';

describe('Markdown plan snippets', () => {
  it('snippets/poc-plan-md.code-snippets is what the engine renders', () => {
    const committed = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets/poc-plan-md.code-snippets'), 'utf8')) as unknown;
    assert.deepStrictEqual(committed, markdownPlanSnippets());
  });

  it('poc-md-plan and one snippet per section with a heading', () => {
    const prefixes = Object.values(markdownPlanSnippets()).map((s) => s.prefix);
    assert.deepStrictEqual(prefixes, [
      'poc-md-plan',
      'poc-md-hypothesis',
      'poc-md-questions',
      'poc-md-data',
      'poc-md-edge-cases',
      'poc-md-integrations',
      'poc-md-users',
      'poc-md-metrics',
      'poc-md-operations',
      'poc-md-governance',
      'poc-md-economics',
      'poc-md-budget',
      'poc-md-production-plan',
      'poc-md-outcome',
    ]);
  });

  it('the whole-plan template reads as every section present and unwritten: no section or key is missing', () => {
    const r = lint(renderMarkdownPlan().text, { ...BASE_OPTIONS, format: 'markdown' });
    assert.deepStrictEqual(
      r.findings.filter((f) => / is missing/.test(f.message) || f.ruleId === 'POC003' || f.ruleId === 'POC001'),
      [],
    );
    // An untouched section is a form: one note that it is not written yet.
    assert.ok(r.findings.some((f) => /not written yet/.test(f.message)));
  });
});

describe('Markdown plan snippets: tab stops', () => {
  it('numbers tab stops 1, 2, 3... in order in every snippet', () => {
    for (const snippet of Object.values(markdownPlanSnippets())) {
      const stops = [...snippet.body.join('\n').matchAll(/\$\{(\d+)[:|]/g)].map((m) => Number(m[1]));
      assert.deepStrictEqual(
        stops,
        stops.map((_, i) => i + 1),
        snippet.prefix,
      );
    }
  });
});
