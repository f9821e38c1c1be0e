// Plan text that is not an injection but still misleads or breaks a page:
// bidi controls, absurd numbers and keys with backticks. Each case once went
// wrong in the panel, the exported report or the Markdown summary.
import * as assert from 'assert';
import { renderHtmlReport, renderMarkdown, renderSummaryBody } from '../../../src/report';
import { formatNumber, messageHtml, messageMarkdown } from '../../../src/report/format';
import { summarize } from './support';

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** U+202E (right-to-left override) in the owner would show "Ada Lovelace" reversed after it, and every word up to the end of the line. */
const BIDI_PLAN = `poc: "Approve \u202Eexpenses\u202C now"
owner: "Ada \u202Eecalevol"
metrics:
  - name: x
    kind: "\u2067accuracy"
budget:
  currency: "\u202EDSU"
  poc: 100
  production_estimate: 1000
`;

describe('hostile plan text in the summary', () => {
  describe('bidi controls', () => {
    const summary = summarize(BIDI_PLAN, 'x\u202Ey.poc.yaml');
    const outputs = {
      panel: renderSummaryBody(summary, { interactive: true }),
      report: renderHtmlReport(summary, { css: '', generatedOn: '2026-11-25' }),
      markdown: renderMarkdown(summary, '2026-11-25'),
    };

    for (const [name, text] of Object.entries(outputs)) {
      it(`shows them as visible code points in the ${name}, never as controls`, () => {
        assert.ok(!BIDI_CONTROLS.test(text), `a bidi control reached the ${name}`);
        assert.ok(text.includes('Ada ⟨U+202E⟩ecalevol'), 'the owner with its override shown');
        assert.ok(text.includes('x⟨U+202E⟩y.poc.yaml'), 'the file name with its override shown');
        assert.ok(text.includes('Approve ⟨U+202E⟩expenses⟨U+202C⟩ now'), 'the title with both controls shown');
        assert.ok(text.includes('⟨U+2067⟩accuracy'), 'the metric kind with its isolate shown');
      });
    }

    it('isolates each plan value in the HTML, so right-to-left text cannot reorder what is around it', () => {
      const html = outputs.panel;
      assert.ok(html.includes('<h1 class="plan-title"><bdi>Approve ⟨U+202E⟩expenses⟨U+202C⟩ now</bdi></h1>'));
      assert.ok(html.includes('Owner: <bdi>Ada ⟨U+202E⟩ecalevol</bdi> · <bdi>x⟨U+202E⟩y.poc.yaml</bdi>'));
      assert.ok(html.includes('<li><bdi>⟨U+2067⟩accuracy</bdi></li>'));
      assert.ok(html.includes('<dd><bdi>100 ⟨U+202E⟩DSU</bdi></dd>'));
      assert.ok(outputs.report.includes('Readiness report for <bdi>x⟨U+202E⟩y.poc.yaml</bdi>, generated'));
    });

    it('keeps right-to-left letters themselves and the marks that only nudge them', () => {
      const summary = summarize('poc: "שלום\u200F עולם"\n', 'plan.poc.yaml');
      assert.ok(renderSummaryBody(summary, { interactive: false }).includes('<bdi>שלום\u200F עולם</bdi>'));
    });
  });

  describe('absurd numbers', () => {
    const summary = summarize('budget:\n  currency: USD\n  poc: 1\n  scoping: 1\n  production_estimate: 1e300\n');

    it('prints numbers past 10^15 in scientific notation, not as hundreds of digits', () => {
      assert.deepStrictEqual([1e300, -2.5e20, 1e15, 999_999_999_999_999, 2_000_000].map(formatNumber), ['1E300', '-2.5E20', '1E15', '999,999,999,999,999', '2,000,000']);
    });

    it('shows a 1e300 production estimate in a few characters in the iceberg, its caption and the Markdown table', () => {
      const html = renderSummaryBody(summary, { interactive: false });
      assert.ok(html.includes('<dd><bdi>1E300 USD</bdi></dd>'), html);
      assert.ok(summary.iceberg.caption.includes('a production estimate of 1E300 USD, 1E300× the POC budget'), summary.iceberg.caption);
      assert.ok(renderMarkdown(summary).includes('| Production estimate | 1E300 USD |'));
      // The engine's own message may spell the number out; nothing the report formats does.
      const longestDigits = (text: string) => Math.max(0, ...(text.replace(/<span class="gap-message">.*?<\/span>/g, '').match(/[\d,]{30,}/g) ?? []).map((d) => d.length));
      assert.strictEqual(longestDigits(html), 0);
    });
  });

  describe('keys with backticks', () => {
    it('reads a message’s code spans as CommonMark does: a longer fence holds shorter runs', () => {
      assert.strictEqual(messageMarkdown('Unknown key `` a`b `` here'), 'Unknown key `` a`b `` here');
      assert.strictEqual(messageHtml('Unknown key `` a`b `` here'), 'Unknown key <code>a`b</code> here');
      assert.strictEqual(messageHtml('Unknown key ``` `` ``` and `x`'), 'Unknown key <code>``</code> and <code>x</code>');
      assert.strictEqual(messageHtml('a ``b` c'), 'a ``b` c', 'runs that nothing closes are text');
      assert.strictEqual(messageHtml('`a` and ``b` and `c`'), '<code>a</code> and ``b<code>and</code>c`');
    });

    for (const key of ['``', 'a`b', '`edge`']) {
      it(`names the unknown key ${key} in code in the panel and in Markdown`, () => {
        const summary = summarize(`poc: x\n"${key}": 1\n`);
        const gap = summary.gaps.flatMap((g) => g.gaps).find((g) => g.ruleId === 'POC003');
        assert.ok(gap, 'the unknown key is reported');
        const html = renderSummaryBody(summary, { interactive: false });
        assert.ok(html.includes(`Unknown key <code>${key}</code> at the top level`), gap.message);
        assert.ok(!html.includes('<code></code>'), 'no empty code pair');
        const markdown = renderMarkdown(summary);
        const fence = key === '``' ? '```' : '``';
        assert.ok(markdown.includes(`Unknown key ${fence} ${key} ${fence} at the top level`), markdown);
      });
    }
  });
});
