import * as assert from 'assert';
import { planSnippets, SECTIONS } from '../../../src/engine';

describe('snippets', () => {
  // Whether the shipped file is what the section metadata renders: test/unit/generated.test.ts.

  it('has one snippet per section, plus the whole plan', () => {
    const prefixes = Object.values(planSnippets()).map((s) => s.prefix);
    const expected = ['poc-plan', ...SECTIONS.filter((s) => s.key !== 'schema_version').map((s) => `poc-${s.key.replace(/_/g, '-')}`)];
    assert.deepStrictEqual(prefixes, expected);
  });

  it('offers the metric kinds and integration directions as choices', () => {
    const body = (prefix: string) =>
      Object.values(planSnippets())
        .find((s) => s.prefix === prefix)!
        .body.join('\n');
    assert.match(body('poc-metrics'), /kind: \$\{\d+\|TODO,accuracy,time_to_completion,downstream_error_rate,adoption,cost_per_outcome,latency,reliability,other\|\}/);
    assert.match(body('poc-integrations'), /direction: \$\{\d+\|TODO,read,write,read_write\|\}/);
  });

  it('numbers tab stops 1, 2, 3... in order in every snippet', () => {
    for (const snippet of Object.values(planSnippets())) {
      const stops = [...snippet.body.join('\n').matchAll(/\$\{(\d+)[:|]/g)].map((m) => Number(m[1]));
      assert.deepStrictEqual(
        stops,
        stops.map((_, i) => i + 1),
        snippet.prefix,
      );
    }
  });
});
