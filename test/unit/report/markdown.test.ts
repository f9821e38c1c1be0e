import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { escapeMarkdown, renderMarkdown } from '../../../src/report';
import { bad, good, HOSTILE_PLAN, ROOT, summarize } from './support';

// The golden summary is written with UPDATE_GOLDEN=1 and reviewed in the diff;
// a plain run only compares.
const UPDATE = process.env.UPDATE_GOLDEN === '1';

describe('Markdown summary', () => {
  it('matches the reviewed summary of the bad plan, section by section', () => {
    const markdown = renderMarkdown(bad(), '2026-11-25');
    const file = path.join(ROOT, 'test/fixtures/panel/bad.readiness.md');
    if (UPDATE) fs.writeFileSync(file, markdown);
    assert.strictEqual(markdown, fs.readFileSync(file, 'utf8'));
  });

  it('leads with the title, the verdict and the score', () => {
    const lines = renderMarkdown(good()).split('\n');
    assert.deepStrictEqual(lines.slice(0, 4), [
      '# Readiness: Shipping exception triage',
      '',
      '**Ready for approval** · overall score 100/100  ',
      'Owner: Head of operations analytics · Plan: good.poc.yaml',
    ]);
  });

  it('ticks the written gate items as a task list', () => {
    const markdown = renderMarkdown(good());
    assert.ok(markdown.includes('## Production gate: 7 of 7 written\n\n- [x] Data sources\n- [x] Integration points\n'));
  });

  it('shows the economics per item and per month, with the saving in bold', () => {
    assert.ok(renderMarkdown(good()).includes('| **Saved** | **10.5 min** | **7,000 h** |'));
  });

  it('adds a dated footer only to exported files', () => {
    assert.ok(!renderMarkdown(good()).includes('generated'));
    assert.ok(renderMarkdown(good(), '2026-11-25').endsWith('*Readiness report for good.poc.yaml, generated 2026-11-25 by POC Readiness.*\n'));
  });

  it('escapes plan values so they cannot inject HTML, links or table cells', () => {
    const markdown = renderMarkdown(summarize(HOSTILE_PLAN, 'hostile.poc.yaml'));
    assert.ok(markdown.startsWith('# Readiness: \\<img src=x onerror=alert(1)\\>\n'));
    assert.ok(markdown.includes('Owner: \\[click\\](javascript:alert(1)) \\*\\*boss\\*\\* \\| \\<b\\>'));
    assert.ok(markdown.includes('| POC budget | 100 \\<svg onload=alert(3)\\> |'));
    assert.ok(markdown.includes('Kinds: `<script>alert(2)</script>`'), 'a metric kind is shown as code, where tags are text');
    const outsideCode = markdown.replace(/`[^`]*`/g, '');
    assert.ok(!/(^|[^\\])<(img|b|svg|script)/.test(outsideCode), 'an unescaped tag reached the Markdown');
  });

  it('keeps underscores inside words readable and escapes the ones that could emphasise', () => {
    assert.strictEqual(escapeMarkdown('add failure_analysis, _this_ and *that*\nnext'), 'add failure_analysis, \\_this\\_ and \\*that\\* next');
  });
});
