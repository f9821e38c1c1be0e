import * as assert from 'assert';
import { markdownLocate, missingSections, sectionKeys } from '../../../src/engine';

// Where the cursor is in a Markdown plan: what hovers explain and what
// completion offers.

const PLAN = ['---', 'owner: Ops', '---', '', '# Triage', '', '## Data pipeline', '', '- **Source:** Live feed', '- ', '', '## ', ''].join('\n');

describe('Markdown plans: where the cursor is', () => {
  it('on a heading, the section it names; on a key line, its key', () => {
    const heading = markdownLocate(PLAN, { line: 6, character: 5 });
    assert.deepStrictEqual(heading.path, ['data']);
    assert.deepStrictEqual(heading.keyRange, { start: { line: 6, character: 3 }, end: { line: 6, character: 16 } });
    assert.ok(heading.heading);
    const key = markdownLocate(PLAN, { line: 8, character: 5 });
    assert.deepStrictEqual(key.path, ['data', 'source']);
    assert.strictEqual(key.heading, false);
  });

  it('below a heading, the section it writes in and the keys it already has', () => {
    const where = markdownLocate(PLAN, { line: 9, character: 2 });
    assert.strictEqual(where.section, 'data');
    assert.deepStrictEqual(where.present, ['source']);
    assert.deepStrictEqual(
      sectionKeys('data', where.present).map((k) => k.key),
      ['production_source', 'curated', 'pipeline', 'owner'],
    );
  });

  it('a heading line offers the sections the plan does not have yet', () => {
    assert.ok(markdownLocate(PLAN, { line: 11, character: 3 }).heading);
    const offered = missingSections(PLAN).map((s) => s.key);
    assert.ok(!offered.includes('data'));
    assert.ok(offered.includes('hypothesis') && offered.includes('production_plan'));
    assert.ok(!offered.includes('owner') && !offered.includes('poc'), 'short fields go in the front matter, not under headings');
  });
});
