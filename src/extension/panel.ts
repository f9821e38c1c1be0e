// The readiness summary panel beside the plan, and the two ways to take the
// summary away: copy as Markdown and export a report file. The markup comes
// from src/report; this module owns the webview, its messages and the files.
import * as vscode from 'vscode';
import {
  buildSummary,
  isPanelState,
  parsePanelMessage,
  renderHtmlReport,
  renderMarkdown,
  renderNoticeBody,
  renderPanelPage,
  renderSummaryBody,
  type PanelMessage,
  type RenderMessage,
  type Summary,
} from '../report';
import { DISABLED_MESSAGE, isPlan, type PlanResult, type PlanService } from './planService';

export const VIEW_TYPE = 'pocReadiness.summary';
const NO_PLAN = 'POC Readiness: open a POC plan (*.poc.yaml) to see its readiness summary.';

/** What the integration tests read back through the `pocReadiness._summaryPanelState` command. */
export interface PanelSnapshot {
  uri: string;
  title: string;
  summary?: Summary;
  /** The body last sent to the webview. */
  html: string;
  /** How many times the body was rendered; grows with every update. */
  renders: number;
  /** How many times the webview's script started and said so: proof it runs under the CSP. */
  scriptStarts: number;
  viewColumn?: vscode.ViewColumn;
  /** The tab's icon for light themes, as a URI string. */
  icon?: string;
}

export type ReportFormat = 'markdown' | 'html';

/** The export command's optional argument; anything left out is asked for. */
export interface ExportRequest {
  uri?: vscode.Uri;
  format?: ReportFormat;
  target?: vscode.Uri;
  /** Replace an existing file without asking (true) or leave it (false). */
  overwrite?: boolean;
}

export function registerSummaryPanel(context: vscode.ExtensionContext, plans: PlanService): vscode.Disposable {
  const panels = new SummaryPanel(context.extensionUri, plans);
  const disposables = [
    panels,
    vscode.commands.registerCommand('pocReadiness.openSummary', (uri?: unknown) => panels.open(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('pocReadiness.copySummaryMarkdown', (uri?: unknown) => panels.copyMarkdown(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('pocReadiness.exportReport', (request?: unknown) => panels.exportReport(parseExportRequest(request))),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state: unknown) => panels.restore(panel, state),
    }),
  ];
  // Test hooks: read what the panel shows, and feed a message through the
  // validation the webview's messages go through. Registered only when VS Code
  // runs the extension's tests (extensionTestsPath), never for a user.
  if (context.extensionMode === vscode.ExtensionMode.Test) {
    disposables.push(
      vscode.commands.registerCommand('pocReadiness._summaryPanelState', () => panels.snapshot()),
      vscode.commands.registerCommand('pocReadiness._summaryPanelMessage', (message: unknown) => panels.receive(message)),
    );
  }
  return vscode.Disposable.from(...disposables);
}

function parseExportRequest(value: unknown): ExportRequest {
  if (value instanceof vscode.Uri) return { uri: value };
  if (typeof value !== 'object' || value === null) return {};
  const v = value as Record<string, unknown>;
  return {
    uri: v.uri instanceof vscode.Uri ? v.uri : undefined,
    format: v.format === 'markdown' || v.format === 'html' ? v.format : undefined,
    target: v.target instanceof vscode.Uri ? v.target : undefined,
    overwrite: typeof v.overwrite === 'boolean' ? v.overwrite : undefined,
  };
}

const fileName = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1);

/** `shipping.poc.yaml` -> `shipping.readiness.md` */
function reportName(plan: vscode.Uri, format: ReportFormat): string {
  const base = fileName(plan).replace(/(\.poc)?\.ya?ml$/i, '');
  return `${base}.readiness.${format === 'markdown' ? 'md' : 'html'}`;
}

/** `plans/shipping.poc.yaml` -> `plans/shipping.readiness.md` */
export function reportUri(plan: vscode.Uri, format: ReportFormat): vscode.Uri {
  return vscode.Uri.joinPath(plan, '..', reportName(plan, format));
}

/** A plan with no folder of its own to write beside (an untitled plan, a virtual document). */
function hasFolder(plan: vscode.Uri): boolean {
  return plan.scheme !== 'untitled' && vscode.workspace.fs.isWritableFileSystem(plan.scheme) === true;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The one summary panel: it follows the active plan editor and re-renders after every lint of its plan. */
class SummaryPanel implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;
  private panelDisposables: vscode.Disposable[] = [];
  private planUri?: vscode.Uri;
  private last?: { summary?: Summary; html: string };
  /** The webview's page holds an older body than `last` (updates since went by message). */
  private pageStale = false;
  private renders = 0;
  private scriptStarts = 0;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly plans: PlanService,
  ) {
    this.disposables = [
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // Follow plan editors only; any other editor leaves the last plan showing.
        if (this.panel && editor && isPlan(editor.document)) this.showFor(editor.document);
      }),
      plans.onDidLint((planResult) => {
        if (this.panel && planResult.uri.toString() === this.planUri?.toString()) this.show(planResult);
      }),
      plans.onDidClear((uri) => {
        if (!this.panel || uri.toString() !== this.planUri?.toString()) return;
        // Turned off, closed unsaved, or closed after its file was deleted: say so rather than keep a summary whose gaps lead nowhere.
        this.showNotice(plans.enabled(uri) ? goneMessage(uri) : DISABLED_MESSAGE);
      }),
      vscode.workspace.onDidRenameFiles((event) => {
        const renamed = event.files.find((f) => f.oldUri.toString() === this.planUri?.toString());
        if (this.panel && renamed) void this.follow(renamed.newUri);
      }),
    ];
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }

  async open(uri?: vscode.Uri): Promise<void> {
    const document = await this.planDocument(uri);
    if (!document) {
      void vscode.window.showInformationMessage(NO_PLAN);
      return;
    }
    if (!this.plans.enabled(document.uri)) {
      void vscode.window.showInformationMessage(DISABLED_MESSAGE);
      return;
    }
    if (this.panel) this.panel.reveal(undefined, true);
    else this.attach(vscode.window.createWebviewPanel(VIEW_TYPE, 'Readiness', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, this.webviewOptions()));
    this.showFor(document);
  }

  /** Brings back the panel a window reload closed, for the plan it showed. */
  async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    if (this.panel) {
      panel.dispose();
      return;
    }
    panel.webview.options = this.webviewOptions();
    this.attach(panel);
    if (!isPanelState(state)) {
      this.showNotice('Open a POC plan and run “POC Readiness: Open Readiness Summary”.');
      return;
    }
    const uri = vscode.Uri.parse(state.uri, true);
    try {
      this.showFor(await vscode.workspace.openTextDocument(uri));
    } catch (error) {
      this.planUri = uri;
      this.showNotice(`The plan ${uri.fsPath || uri.toString()} could not be opened: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  snapshot(): PanelSnapshot | undefined {
    if (!this.panel || !this.planUri || !this.last) return undefined;
    const icon = this.panel.iconPath;
    return {
      uri: this.planUri.toString(),
      title: this.panel.title,
      summary: this.last.summary,
      html: this.last.html,
      renders: this.renders,
      scriptStarts: this.scriptStarts,
      viewColumn: this.panel.viewColumn,
      icon: icon instanceof vscode.Uri ? icon.toString() : icon && 'light' in icon ? icon.light.toString() : undefined,
    };
  }

  /** Handles a message from the webview; whatever does not validate is ignored. Resolves true when it was acted on. */
  async receive(raw: unknown): Promise<boolean> {
    const message: PanelMessage | undefined = parsePanelMessage(raw);
    if (!message || !this.panel) return false;
    switch (message.type) {
      case 'ready':
        this.scriptStarts++;
        this.post();
        return true;
      case 'reveal':
        // The webview may only point into the plan it shows, and only while it shows its gaps (not a notice).
        if (message.uri !== this.planUri?.toString() || !this.last?.summary) return false;
        return this.reveal(this.planUri, new vscode.Range(message.range.start.line, message.range.start.character, message.range.end.line, message.range.end.character));
      case 'copyMarkdown':
        return (await this.copyMarkdown(this.planUri)) !== undefined;
      case 'exportReport':
        return (await this.exportReport({ uri: this.planUri })) !== undefined;
    }
  }

  async copyMarkdown(uri?: vscode.Uri): Promise<string | undefined> {
    const planResult = await this.planResult(uri);
    if (!planResult) return undefined;
    const markdown = renderMarkdown(buildSummary(planResult.result, fileName(planResult.uri)));
    await vscode.env.clipboard.writeText(markdown);
    void vscode.window.setStatusBarMessage('$(check) Readiness summary copied as Markdown', 3000);
    return markdown;
  }

  /** Writes the report beside the plan (or to `request.target`); resolves with the file written, or undefined if cancelled. */
  async exportReport(request: ExportRequest): Promise<vscode.Uri | undefined> {
    const planResult = await this.planResult(request.uri);
    if (!planResult) return undefined;
    const format = request.format ?? (await this.pickFormat(planResult.uri));
    if (!format) return undefined;
    const target = request.target ?? (hasFolder(planResult.uri) ? reportUri(planResult.uri, format) : await this.pickTarget(planResult.uri, format));
    if (!target) return undefined;
    const exists = await vscode.workspace.fs.stat(target).then(
      () => true,
      () => false,
    );
    if (exists) {
      const overwrite = request.overwrite ?? (await vscode.window.showWarningMessage(`${fileName(target)} already exists. Overwrite it?`, { modal: true }, 'Overwrite')) === 'Overwrite';
      if (!overwrite) return undefined;
    }
    const summary = buildSummary(planResult.result, fileName(planResult.uri));
    const generatedOn = new Date().toISOString().slice(0, 10);
    const content =
      format === 'markdown'
        ? renderMarkdown(summary, generatedOn)
        : renderHtmlReport(summary, { css: new TextDecoder().decode(await vscode.workspace.fs.readFile(this.media('panel.css'))), generatedOn });
    try {
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
    } catch (error) {
      void vscode.window.showErrorMessage(`POC Readiness: the readiness report could not be saved as ${target.fsPath || target.toString()}: ${errorText(error)}`);
      return undefined;
    }
    void vscode.window.showInformationMessage(`Readiness report saved as ${fileName(target)}.`, 'Open').then((choice) => {
      if (choice === 'Open') void vscode.commands.executeCommand('vscode.open', target);
    });
    return target;
  }

  /** Where to save the report of a plan that has no folder (an untitled plan): asked, starting in the workspace. */
  private async pickTarget(plan: vscode.Uri, format: ReportFormat): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = reportName(plan, format);
    return vscode.window.showSaveDialog({
      title: 'Save the readiness report',
      saveLabel: 'Save report',
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters: format === 'markdown' ? { Markdown: ['md'] } : { HTML: ['html'] },
    });
  }

  private async pickFormat(plan: vscode.Uri): Promise<ReportFormat | undefined> {
    const items: Array<vscode.QuickPickItem & { format: ReportFormat }> = [
      { label: 'Markdown', description: fileName(reportUri(plan, 'markdown')), detail: 'For a ticket, a wiki page or the meeting notes.', format: 'markdown' },
      { label: 'HTML', description: fileName(reportUri(plan, 'html')), detail: 'A self-contained page with the pictures, to open in a browser or print.', format: 'html' },
    ];
    const picked = await vscode.window.showQuickPick(items, { title: 'Export readiness report', placeHolder: 'Format of the report, saved beside the plan' });
    return picked?.format;
  }

  /** The plan a command is about: the given one, else the active plan editor's, else the panel's. */
  private async planDocument(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
    const active = vscode.window.activeTextEditor?.document;
    const target = uri ?? (active && isPlan(active) ? active.uri : this.planUri);
    if (!target) return undefined;
    try {
      const document = await vscode.workspace.openTextDocument(target);
      return isPlan(document) ? document : undefined;
    } catch {
      return undefined;
    }
  }

  private async planResult(uri?: vscode.Uri): Promise<PlanResult | undefined> {
    const document = await this.planDocument(uri);
    if (!document) {
      void vscode.window.showInformationMessage(NO_PLAN);
      return undefined;
    }
    const planResult = this.plans.resultFor(document);
    if (!planResult) void vscode.window.showInformationMessage(DISABLED_MESSAGE);
    return planResult;
  }

  /** The summary of an open plan, or a notice when POC Readiness is off for it. */
  private showFor(document: vscode.TextDocument): void {
    const planResult = this.plans.resultFor(document);
    if (planResult) this.show(planResult);
    else {
      this.planUri = document.uri;
      this.showNotice(DISABLED_MESSAGE);
    }
  }

  private media(file: string): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'media', file);
  }

  /** The plan moved (renamed or moved in the explorer): show it under its new name. */
  private async follow(uri: vscode.Uri): Promise<void> {
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      if (isPlan(document)) this.showFor(document);
      else {
        this.planUri = uri;
        this.showNotice(`The plan is now ${fileName(uri)}, which is not a POC plan (*.poc.yaml): rename it back to see its readiness.`);
      }
    } catch (error) {
      this.planUri = uri;
      this.showNotice(`The plan ${fileName(uri)} could not be opened: ${errorText(error)}`);
    }
  }

  private webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return { enableScripts: true, enableCommandUris: false, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')] };
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.iconPath = { light: vscode.Uri.joinPath(this.extensionUri, 'media/icons/poc-plan-light.svg'), dark: vscode.Uri.joinPath(this.extensionUri, 'media/icons/poc-plan-dark.svg') };
    this.pageStale = false;
    this.panelDisposables = [
      panel.webview.onDidReceiveMessage((message: unknown) => void this.receive(message)),
      panel.onDidChangeViewState(() => {
        // A hidden webview is rebuilt from its page when shown again: give it the latest body, so it never shows an older plan first.
        if (!panel.visible && this.pageStale) this.setPage();
      }),
      panel.onDidDispose(() => {
        for (const d of this.panelDisposables) d.dispose();
        this.panel = undefined;
        this.planUri = undefined;
        this.last = undefined;
      }),
    ];
  }

  private show(planResult: PlanResult): void {
    const summary = buildSummary(planResult.result, fileName(planResult.uri));
    this.render(planResult.uri, summary, renderSummaryBody(summary, { interactive: true }));
  }

  private showNotice(text: string): void {
    this.render(this.planUri, undefined, renderNoticeBody(text));
  }

  private render(uri: vscode.Uri | undefined, summary: Summary | undefined, html: string): void {
    if (!this.panel) return;
    const first = !this.last;
    this.planUri = uri;
    this.last = { summary, html };
    this.renders++;
    this.panel.title = uri ? `Readiness: ${fileName(uri)}` : 'Readiness';
    // The first body comes with the page; later ones by message. A new page
    // would get the old page's scroll position from VS Code, while the script
    // keeps scroll and focus for an update and starts another plan at the top.
    if (first || !this.panel.visible) this.setPage();
    else {
      this.post();
      this.pageStale = true;
    }
  }

  private setPage(): void {
    if (!this.panel || !this.last) return;
    this.panel.webview.html = this.page(this.last.html);
    this.pageStale = false;
  }

  private post(): void {
    if (!this.panel || !this.last) return;
    const message: RenderMessage = { type: 'render', html: this.last.html, state: { uri: this.planUri?.toString() ?? '' } };
    void this.panel.webview.postMessage(message);
  }

  private page(body: string): string {
    const webview = this.panel!.webview;
    return renderPanelPage({
      cspSource: webview.cspSource,
      nonce: newNonce(),
      styleUri: webview.asWebviewUri(this.media('panel.css')).toString(),
      scriptUri: webview.asWebviewUri(this.media('panel.js')).toString(),
      title: this.panel!.title,
      body,
      state: { uri: this.planUri?.toString() ?? '' },
    });
  }

  /** Selects a gap's range in the plan; if the plan is gone, says so (in the panel and a message) and resolves false. */
  private async reveal(uri: vscode.Uri, range: vscode.Range): Promise<boolean> {
    // An untitled plan that was closed cannot be opened again: opening its URI would make a new, empty one.
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);
    let document: vscode.TextDocument;
    try {
      if (!open && uri.scheme === 'untitled') throw new Error('it was closed without being saved');
      document = open ?? (await vscode.workspace.openTextDocument(uri));
    } catch (error) {
      void vscode.window.showWarningMessage(`POC Readiness: the plan ${fileName(uri)} cannot be shown: ${errorText(error)}`);
      this.showNotice(goneMessage(uri));
      return false;
    }
    const selection = document.validateRange(range);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const viewColumn = visible?.viewColumn ?? (this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(document, { viewColumn, selection, preserveFocus: false });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return true;
  }
}

/** 128 random bits for the page's CSP nonce, from Web Crypto: the same API in the desktop and the browser extension host. */
function newNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The panel's notice for a plan it can no longer show. */
function goneMessage(uri: vscode.Uri): string {
  return `The plan ${fileName(uri)} is closed or its file is gone. Open a POC plan (*.poc.yaml) to see its readiness summary.`;
}
