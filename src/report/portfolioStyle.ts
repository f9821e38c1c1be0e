// The portfolio's stylesheet, in one place for both of its readers: the
// webview loads it as media/portfolio.css (written by scripts/build.mjs from
// this string), and `summary --format html` inlines it, since the CLI's bundle
// ships no media folder. Colours come from VS Code's theme variables only; the
// printable page sets them to a light palette (REPORT_PALETTE).

export const PORTFOLIO_CSS = `:root {
  --ok: var(--vscode-testing-iconPassed, var(--vscode-charts-green));
  --bad: var(--vscode-testing-iconFailed, var(--vscode-charts-red));
  --ok-text: color-mix(in srgb, var(--ok) 40%, var(--vscode-foreground));
  --bad-text: color-mix(in srgb, var(--bad) 55%, var(--vscode-foreground));
  --muted: var(--vscode-descriptionForeground);
  --border: var(--vscode-panel-border, var(--vscode-widget-border, rgba(128, 128, 128, 0.35)));
  --card: var(--vscode-sideBar-background, var(--vscode-editor-background));
  --track: color-mix(in srgb, var(--vscode-foreground) 12%, transparent);
  --radius: 6px;
}
body {
  font-family: var(--vscode-font-family);
  font-size: var(--vscode-font-size, 13px);
  color: var(--vscode-foreground);
  background: var(--vscode-editor-background);
  line-height: 1.45;
  margin: 0;
  padding: 12px 16px 24px;
  overflow-wrap: anywhere;
}
bdi, code { unicode-bidi: isolate; }
code { font-family: var(--vscode-editor-font-family); background: var(--vscode-textCodeBlock-background); padding: 0 3px; border-radius: 3px; }
h1 { font-size: 1.5em; margin: 0 0 4px; }
h2 { font-size: 1.05em; margin: 0 0 10px; font-weight: 600; }
h2 .count, th .count { color: var(--muted); font-weight: normal; margin-left: 4px; }
.plan-meta, .caption, .plan-file, .plan-reason, .funnel-reached, .absent { color: var(--muted); }
.portfolio-header { margin-bottom: 14px; }
.card { background: var(--card); border: 1px solid var(--border); border-radius: var(--radius); padding: 12px 14px; margin-bottom: 12px; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 12px; margin-bottom: 12px; }
.columns > .card { margin-bottom: 0; }
svg.bar { display: block; width: 100%; height: 10px; border-radius: 3px; overflow: hidden; }
.bar-track { fill: var(--track); }
.now, .swatch.now { fill: var(--vscode-charts-blue); background: var(--vscode-charts-blue); }
.beyond, .swatch.beyond { fill: color-mix(in srgb, var(--vscode-charts-blue) 35%, transparent); background: color-mix(in srgb, var(--vscode-charts-blue) 35%, transparent); }
.stopped { fill: var(--vscode-charts-lines); }
.deployed { fill: var(--ok); }
.funnel { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
.funnel-step { display: grid; grid-template-columns: 7.5rem 1fr 7rem; align-items: center; gap: 8px; }
.funnel-now { font-weight: 600; font-variant-numeric: tabular-nums; }
.legend { display: flex; flex-wrap: wrap; gap: 12px; margin: 10px 0 0; color: var(--muted); font-size: 0.92em; }
.legend-entry { display: inline-flex; align-items: center; gap: 5px; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; }
.conversion-figure { font-size: 2.4em; font-weight: 600; margin: 0 0 6px; font-variant-numeric: tabular-nums; }
.overall-unit { font-size: 0.45em; color: var(--muted); margin-left: 2px; }
.plan-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.plan-list li { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 10px; }
.plan-list .plan-reason { flex-basis: 100%; }
.stalled { border-left: 3px solid var(--vscode-editorWarning-foreground); padding-left: 8px; }
.ready { border-left: 3px solid var(--ok); padding-left: 8px; }
.plan-link { font: inherit; color: var(--vscode-textLink-foreground); background: none; border: 0; padding: 0; cursor: pointer; text-align: left; text-decoration: none; }
.plan-link:hover { text-decoration: underline; }
.plan-link:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
.plan-file { margin-left: 6px; font-size: 0.9em; }
.plans-table { width: 100%; border-collapse: collapse; }
.plans-table th, .plans-table td { text-align: left; vertical-align: top; padding: 5px 8px 5px 0; border-bottom: 1px solid var(--border); }
.plans-table .num { text-align: right; font-variant-numeric: tabular-nums; }
.plans-table th, .plans-table .verdict-cell, .plans-table .num, .plans-table .date { white-space: nowrap; }
.plans-table td:first-child { min-width: 14rem; }
.status-row th { padding-top: 12px; font-weight: 600; }
.verdict-cell.ready { color: var(--ok-text); border-left: 0; padding-left: 0; }
.verdict-cell.not-ready { color: var(--bad-text); }
.report-footer { color: var(--muted); font-size: 0.9em; margin-top: 16px; }
body.vscode-high-contrast .card, body.vscode-high-contrast-light .card { border-color: var(--vscode-contrastBorder); }
@media print { .card { break-inside: avoid; } }
`;
