// The portfolio panel: the funnel, the conversion from POCs run to
// capabilities deployed, the stalled POCs and the plans ready for approval,
// for every plan of the workspace. The markup comes from src/report (the same
// the CLI's HTML page shows); this module owns the webview and its messages.
import * as vscode from 'vscode';
import { contentSecurityPolicy, parsePortfolioMessage, renderPortfolioBody, type Portfolio, type PortfolioRenderMessage } from '../report';
import { htmlDocument } from '../report/page';
import { escapeHtml } from '../report/format';
import type { PortfolioModel } from './portfolioTree';

export const PORTFOLIO_VIEW_TYPE = 'pocReadiness.portfolioPanel';

/** What the integration tests read back through `pocReadiness._portfolioPanelState`. */
export interface PortfolioPanelSnapshot {
  title: string;
  portfolio: Portfolio;
  html: string;
  renders: number;
  scriptStarts: number;
}

export class PortfolioPanel implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;
  private last?: { portfolio: Portfolio; html: string };
  private renders = 0;
  private scriptStarts = 0;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly model: PortfolioModel,
  ) {
    this.disposables = [model.onDidChange(() => this.panel && this.render())];
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }

  open(): void {
    if (this.panel) {
      this.panel.reveal(undefined, false);
      this.render();
      return;
    }
    const panel = vscode.window.createWebviewPanel(PORTFOLIO_VIEW_TYPE, 'POC Portfolio', vscode.ViewColumn.Active, {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')],
    });
    panel.iconPath = { light: vscode.Uri.joinPath(this.extensionUri, 'media/icons/poc-plan-light.svg'), dark: vscode.Uri.joinPath(this.extensionUri, 'media/icons/poc-plan-dark.svg') };
    this.panel = panel;
    const subscriptions = [
      panel.webview.onDidReceiveMessage((message: unknown) => void this.receive(message)),
      panel.onDidDispose(() => {
        for (const d of subscriptions) d.dispose();
        this.panel = undefined;
        this.last = undefined;
      }),
    ];
    this.render(true);
  }

  snapshot(): PortfolioPanelSnapshot | undefined {
    if (!this.panel || !this.last) return undefined;
    return { title: this.panel.title, portfolio: this.last.portfolio, html: this.last.html, renders: this.renders, scriptStarts: this.scriptStarts };
  }

  /** Handles a message from the webview; whatever does not validate is ignored. Resolves true when it was acted on. */
  async receive(raw: unknown): Promise<boolean> {
    const message = parsePortfolioMessage(raw);
    if (!message || !this.panel) return false;
    if (message.type === 'ready') {
      this.scriptStarts++;
      return true;
    }
    // Only a plan the portfolio lists: the webview cannot make the extension open anything else.
    if (!this.model.has(message.uri)) return false;
    await vscode.window.showTextDocument(vscode.Uri.parse(message.uri, true), { preview: false });
    return true;
  }

  private render(page = false): void {
    if (!this.panel) return;
    const portfolio = this.model.portfolio();
    const html = renderPortfolioBody(portfolio, { interactive: true, label: (file) => vscode.workspace.asRelativePath(vscode.Uri.parse(file, true)) });
    this.last = { portfolio, html };
    this.renders++;
    if (page) this.panel.webview.html = this.page(html);
    else {
      const message: PortfolioRenderMessage = { type: 'render', html };
      void this.panel.webview.postMessage(message);
    }
  }

  private page(body: string): string {
    const webview = this.panel!.webview;
    const nonce = newNonce();
    const media = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', file)).toString();
    return htmlDocument({
      csp: contentSecurityPolicy(webview.cspSource, nonce),
      title: 'POC Portfolio',
      head: `<link rel="stylesheet" href="${escapeHtml(media('portfolio.css'))}">`,
      bodyClass: 'panel portfolio-panel',
      body: `<main id="portfolio">\n${body}\n</main>\n<script nonce="${escapeHtml(nonce)}" src="${escapeHtml(media('portfolio.js'))}"></script>`,
    });
  }
}

/** 128 random bits for the page's CSP nonce, from Web Crypto: the same API in the desktop and the browser extension host. */
function newNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
