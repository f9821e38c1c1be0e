import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { renderHtmlReport, renderSummaryBody } from '../../../src/report';
import { bad, HOSTILE_PLAN, ROOT, summarize } from './support';

const CSS = fs.readFileSync(path.join(ROOT, 'media/panel.css'), 'utf8');

describe('HTML readiness report', () => {
  const summary = bad();
  const html = renderHtmlReport(summary, { css: CSS, generatedOn: '2026-11-25' });

  it('is one self-contained page: the panel stylesheet inline, nothing loaded, no script', () => {
    assert.ok(html.startsWith('<!DOCTYPE html>'));
    assert.ok(html.includes(CSS), 'the panel stylesheet is inlined');
    assert.ok(!/<script|<link|\ssrc=/i.test(html), 'the report loads or runs something');
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`));
  });

  it('carries the same summary as the panel, without the panel’s buttons', () => {
    assert.ok(html.includes(renderSummaryBody(summary, { interactive: false })));
    assert.ok(!html.includes('<button'));
  });

  it('gives the VS Code theme variables a printable light palette', () => {
    assert.ok(html.includes('--vscode-editor-background: #ffffff;'));
    assert.ok(html.includes('@media print'));
  });

  it('names the plan and the day it was generated', () => {
    assert.ok(html.includes('<title>Readiness: Shipping exception triage</title>'));
    assert.ok(html.includes('<footer class="report-footer">Readiness report for <bdi>bad.poc.yaml</bdi>, generated 2026-11-25 by POC Readiness.</footer>'));
  });

  it('escapes the plan’s title in the page title too', () => {
    const hostile = renderHtmlReport(summarize(HOSTILE_PLAN, 'h.poc.yaml'), { css: CSS, generatedOn: '2026-11-25' });
    assert.ok(hostile.includes('<title>Readiness: &lt;img src=x onerror=alert(1)&gt;</title>'));
    assert.ok(!hostile.includes('<img'));
  });

  it('cannot be broken out of its style element by the stylesheet', () => {
    const page = renderHtmlReport(summary, { css: 'body{}</style><script>alert(1)</script>', generatedOn: '2026-11-25' });
    assert.ok(!page.includes('</style><script>'));
  });
});
