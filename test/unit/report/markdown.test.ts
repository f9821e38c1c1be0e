import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { escapeMarkdown, renderMarkdown } from '../../../src/report';
import { codeSpan, messageMarkdown } from '../../../src/report/format';
import { bad, good, ROOT, summarize } from './support';

/** Every free-text value an injection attempt: HTML, links, emphasis, table pipes, line breaks and backticks. */
const HOSTILE_PLAN = [
  'poc: <img src=x onerror=alert(1)>',
  'owner: "[click](javascript:alert(1)) **boss** | <b>"',
  'metrics:',
  '  - name: "p95 | latency\\n# by region"',
  '    kind: "`code` <script>alert(2)</script>"',
  '  - name: x',
  '    kind: "line one\\n# two <i>"',
  'budget:',
  '  currency: "<svg onload=alert(3)>"',
  '  poc: 100',
  '  production_estimate: 1000',
  '',
].join('\n');

/** The Markdown without its code spans (of any fence length), whose content a renderer shows as text. */
const withoutCodeSpans = (markdown: string) => markdown.replace(/(`+)[^`][^]*?\1(?!`)/g, '');

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
    const summary = good();
    const lines = renderMarkdown(summary).split('\n');
    assert.deepStrictEqual(lines.slice(0, 4), [
      '# Readiness: Shipping exception triage',
      '',
      `**Ready for approval** · overall score ${summary.verdict.overall}/100  `,
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

  it('escapes plan values so they cannot inject HTML, links, table cells or lines', () => {
    const markdown = renderMarkdown(summarize(HOSTILE_PLAN, 'hostile.poc.yaml'));
    const lines = markdown.split('\n');
    assert.strictEqual(lines[0], '# Readiness: &lt;img src=x onerror=alert(1)&gt;');
    assert.strictEqual(lines[3], 'Owner: \\[click\\](javascript:alert(1)) \\*\\*boss\\*\\* \\| &lt;b&gt; · Plan: hostile.poc.yaml');
    assert.ok(lines.includes('| POC budget | 100 &lt;svg onload=alert(3)&gt; |'));
    assert.ok(lines.includes('| Production estimate | 1,000 &lt;svg onload=alert(3)&gt; |'));
    // A kind is shown as code: backticks in it get a longer fence, a line break becomes a space.
    assert.ok(
      lines.includes('Kinds: `` `code` <script>alert(2)</script> ``, `line one # two <i>`'),
      lines.find((l) => l.startsWith('Kinds:')),
    );
    // Where a message quotes the kind, it is text: entities, and its own backticks pair up as code.
    assert.ok(
      lines.some((l) => l.startsWith('- `metrics.0.kind` must be one of ') && l.includes(', not "`code` &lt;script&gt;alert(2)&lt;/script&gt;". (Warning · line 5, [POC002]')),
      'the kind in the POC002 message',
    );
    assert.ok(lines.some((l) => l.startsWith('- `metrics.1.kind` must be one of ') && l.includes(', not "line one # two &lt;i&gt;". (Warning · line 7, [POC002]')));
    assert.ok(!markdown.includes('<img'), 'a raw <img reached the Markdown');
    assert.ok(!withoutCodeSpans(markdown).includes('<'), 'a raw < outside a code span');
    assert.ok(!/^#+ (two|by region)/m.test(markdown), 'a line break in a value started a heading');
  });

  it('escapes a table cell value with a pipe and a line break, such as a metric name', () => {
    assert.strictEqual(escapeMarkdown('p95 | latency\n# by region'), 'p95 \\| latency # by region');
    assert.strictEqual(escapeMarkdown('p95 | latency\r\n  <b>by</b> region'), 'p95 \\| latency &lt;b&gt;by&lt;/b&gt; region');
  });

  it('escapes the markers that would start a block if a value began a line', () => {
    assert.deepStrictEqual(['# x', '- x', '+ x', '---', '==', '1. x', '12) x', '> x', '  # x', '#hashtag', '1.5 min', '-1 USD', 'Title #'].map(escapeMarkdown), [
      '\\# x',
      '\\- x',
      '\\+ x',
      '\\---',
      '\\==',
      '1\\. x',
      '12\\) x',
      '&gt; x',
      '  \\# x',
      '#hashtag',
      '1.5 min',
      '-1 USD',
      'Title \\#',
    ]);
  });

  it('turns &, < and > into entities and escapes the rest of the inline markup with a backslash', () => {
    assert.strictEqual(escapeMarkdown('a & b <!-- c --> &lt; `d` ~e~ \\f ![g](h)'), 'a &amp; b &lt;!-- c --&gt; &amp;lt; \\`d\\` \\~e\\~ \\\\f !\\[g\\](h)');
  });

  it('makes code spans that hold backticks and line breaks verbatim, as CommonMark reads them', () => {
    assert.deepStrictEqual(['accuracy', 'a`b', '`a`', 'a``b`', ' a ', 'x\ny', '<b>', ''].map(codeSpan), ['`accuracy`', '`` a`b ``', '`` `a` ``', '``` a``b` ```', '`  a  `', '`x y`', '`<b>`', '` `']);
  });

  it('keeps a message’s code spans as code and escapes the text between them', () => {
    assert.strictEqual(messageMarkdown('`data.owner` is _empty_ <b>'), '`data.owner` is \\_empty\\_ &lt;b&gt;');
    assert.strictEqual(messageMarkdown('`a.b` is "x`y"'), '`a.b` is "x\\`y"', 'an unpaired backtick is text');
    assert.strictEqual(messageMarkdown('# 1 error\nremains'), '\\# 1 error remains');
  });

  it('keeps underscores inside words readable and escapes the ones that could emphasise', () => {
    assert.strictEqual(escapeMarkdown('add failure_analysis, _this_ and *that*\nnext'), 'add failure_analysis, \\_this\\_ and \\*that\\* next');
    assert.strictEqual(escapeMarkdown('production_plan.executive_sponsor, __init__, é_x_'), 'production_plan.executive_sponsor, \\_\\_init\\_\\_, é_x\\_');
  });
});
