import * as assert from 'assert';
import { lint } from '../../../src/engine';
import { buildPortfolio, PORTFOLIO_CSS, renderPortfolioBody, renderPortfolioMarkdown, renderPortfolioPage, parsePortfolioMessage } from '../../../src/report';

const TODAY = '2026-12-01';

/** A running POC past its date whose title and file name try to inject markup and reorder text. */
function hostile() {
  const text = 'poc: "<img src=x onerror=alert(1)> \u202Eevil"\nhypothesis:\n  decision_date: 2026-10-01\noutcome:\n  status: running\n';
  const result = lint(text, { today: TODAY });
  return buildPortfolio([{ file: 'javascript:alert(1)//<b>.poc.yaml', title: result.figures.title, score: result.score, findings: result.findings, outcome: result.figures.outcome }], {
    today: TODAY,
  });
}

describe('the portfolio as HTML and Markdown', () => {
  it('escapes and isolates every plan value, with no inline handler or style', () => {
    for (const interactive of [true, false]) {
      const html = renderPortfolioBody(hostile(), { interactive });
      assert.ok(!html.includes('<img'), 'no tag from the plan');
      assert.ok(!html.includes('<b>'), 'no tag from the file name');
      assert.ok(!/<[^>]*\son\w+\s*=/i.test(html), 'no event handler');
      assert.ok(!/<[^>]*\sstyle\s*=/i.test(html), 'no inline style');
      assert.ok(html.includes('<bdi>&lt;img src=x onerror=alert(1)&gt; ⟨U+202E⟩evil</bdi>'), 'the title escaped, its bidi override shown');
    }
  });

  it('links plans: buttons carrying the file in the panel, relative links that cannot be a scheme on the page', () => {
    assert.ok(renderPortfolioBody(hostile(), { interactive: true }).includes('<button type="button" class="plan-link" data-plan="javascript:alert(1)//&lt;b&gt;.poc.yaml">'));
    assert.ok(renderPortfolioBody(hostile(), { interactive: false }).includes('<a class="plan-link" href="./javascript:alert(1)//&lt;b&gt;.poc.yaml">'));
  });

  it('shows the stalled POC with its date and how long ago', () => {
    const html = renderPortfolioBody(hostile(), { interactive: false });
    assert.ok(html.includes('<span class="plan-reason">decision date 2026-10-01 passed 2 months ago; no decision recorded</span>'));
    assert.ok(html.includes('<h2 id="stalled-title">Stalled <span class="count">1</span></h2>'));
  });

  it('makes a page with no script and a CSP that blocks any, styled inline', () => {
    const page = renderPortfolioPage(hostile(), { css: PORTFOLIO_CSS, generatedOn: TODAY });
    assert.ok(page.includes(`content="default-src 'none'; style-src 'unsafe-inline'"`));
    assert.ok(!/<script/i.test(page));
    assert.ok(page.includes('.funnel-step {'));
  });

  it('escapes plan values in Markdown', () => {
    const md = renderPortfolioMarkdown(hostile());
    assert.ok(!md.includes('<img'));
    assert.ok(md.includes('&lt;img src=x onerror=alert(1)&gt;'));
  });

  it('accepts only the two messages the webview may send', () => {
    assert.deepStrictEqual(parsePortfolioMessage({ type: 'openPlan', uri: 'file:///w/a.poc.yaml', extra: 1 }), { type: 'openPlan', uri: 'file:///w/a.poc.yaml' });
    assert.deepStrictEqual(parsePortfolioMessage({ type: 'ready' }), { type: 'ready' });
    for (const bad of [null, 'openPlan', { type: 'openPlan' }, { type: 'openPlan', uri: '' }, { type: 'openPlan', uri: 7 }, { type: 'reveal', uri: 'x' }]) {
      assert.strictEqual(parsePortfolioMessage(bad), undefined, JSON.stringify(bad));
    }
  });
});
