// The exported readiness report: one self-contained, printable HTML file with
// the panel's markup and stylesheet, the VS Code theme variables replaced by a
// fixed light palette. No scripts, and a CSP that would block any.

import { escapeHtml, planTextHtml } from './format';
import { renderSummaryBody } from './html';
import { htmlDocument } from './page';
import type { Summary } from './summary';

/** The theme variables media/panel.css reads, with the values of a light, printable page. */
export const REPORT_PALETTE = `:root {
  --vscode-font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  --vscode-font-size: 14px;
  --vscode-editor-font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  --vscode-foreground: #1f2328;
  --vscode-descriptionForeground: #59636e;
  --vscode-editor-background: #ffffff;
  --vscode-sideBar-background: #f6f8fa;
  --vscode-panel-border: #d1d9e0;
  --vscode-focusBorder: #0969da;
  --vscode-textLink-foreground: #0969da;
  --vscode-textCodeBlock-background: #eff2f5;
  --vscode-charts-green: #1a7f37;
  --vscode-charts-yellow: #bf8700;
  --vscode-charts-orange: #bc4c00;
  --vscode-charts-red: #cf222e;
  --vscode-charts-blue: #0969da;
  --vscode-charts-purple: #8250df;
  --vscode-charts-lines: #8c959f;
  --vscode-errorForeground: #cf222e;
  --vscode-editorWarning-foreground: #9a6700;
  --vscode-editorInfo-foreground: #0969da;
  --vscode-testing-iconPassed: #1a7f37;
  --vscode-testing-iconFailed: #cf222e;
}
body { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem; }
@media print { body { padding: 0; } .card { break-inside: avoid; } }`;

export interface ReportOptions {
  /** The contents of media/panel.css. */
  css: string;
  /** Shown in the footer, e.g. "2026-11-25". */
  generatedOn: string;
}

export function renderHtmlReport(summary: Summary, { css, generatedOn }: ReportOptions): string {
  return htmlDocument({
    csp: "default-src 'none'; style-src 'unsafe-inline'",
    title: `Readiness: ${summary.title ?? summary.planName}`,
    head: `<style>\n${REPORT_PALETTE}\n${css.replace(/<\/style/gi, '<\\/style')}\n</style>`,
    bodyClass: 'report',
    body:
      `<main>\n${renderSummaryBody(summary, { interactive: false })}\n</main>\n` +
      `<footer class="report-footer">Readiness report for ${planTextHtml(summary.planName)}, generated ${escapeHtml(generatedOn)} by POC Readiness.</footer>`,
  });
}
