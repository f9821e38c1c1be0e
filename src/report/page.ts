// The webview's page: a strict Content-Security-Policy, the stylesheet and
// script from media/ (by their webview URIs) and the first rendering of the
// summary, so the panel shows the plan before its script has even run.

import { escapeHtml } from './format';
import type { PanelState } from './messages';

export interface PanelPage {
  /** `webview.cspSource`. */
  cspSource: string;
  /** Fresh for every page; only the script carrying it may run. */
  nonce: string;
  styleUri: string;
  scriptUri: string;
  title: string;
  body: string;
  state: PanelState;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return ["default-src 'none'", `img-src ${cspSource} data:`, `style-src ${cspSource}`, `script-src 'nonce-${nonce}'`, `font-src ${cspSource}`].join('; ');
}

export function renderPanelPage(page: PanelPage): string {
  return htmlDocument({
    csp: contentSecurityPolicy(page.cspSource, page.nonce),
    title: page.title,
    head: `<link rel="stylesheet" href="${escapeHtml(page.styleUri)}">`,
    bodyClass: 'panel',
    body:
      `<main id="summary" data-state="${escapeHtml(JSON.stringify(page.state))}">\n${page.body}\n</main>\n` + `<script nonce="${escapeHtml(page.nonce)}" src="${escapeHtml(page.scriptUri)}"></script>`,
  });
}

/** The page around the panel's and the report's bodies; `head` and `body` are markup, the rest is escaped. */
export function htmlDocument(d: { csp: string; title: string; head: string; bodyClass: string; body: string }): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(d.csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(d.title)}</title>
${d.head}
</head>
<body class="${escapeHtml(d.bodyClass)}">
${d.body}
</body>
</html>
`;
}
