// Diagnostics for every plan: the open ones as they are edited, and the rest
// of the workspace's plans read from disk in the background at activation, so
// the Problems view shows the whole portfolio.
import * as vscode from 'vscode';
import { isPlanFile, PLAN_GLOB } from '../engine';
import { toDiagnostic } from './convert';
import type { WorkspaceOptions } from './options';
import { isPlan, type PlanService } from './planService';

export { PLAN_GLOB };
/** Upper bound for the background scan, so a huge monorepo cannot stall the extension host. */
export const MAX_WORKSPACE_PLANS = 2000;

/** Whether any tab still shows the file. */
function isShown(uri: vscode.Uri): boolean {
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri.toString()));
}

/** The open, not yet closed plan document for `uri`, if any. */
function openPlan(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed && isPlan(d));
}

export class Diagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('poc-readiness');
  private readonly disposables: vscode.Disposable[] = [this.collection];
  private scanning?: vscode.CancellationTokenSource;

  constructor(
    private readonly plans: PlanService,
    options: Pick<WorkspaceOptions, 'onDidChange'>,
    private readonly log: vscode.LogOutputChannel,
    /** How plans that are not open are read; the tests slow it down to open the plan mid-read. */
    private readonly readFile: (uri: vscode.Uri) => Thenable<Uint8Array> = (uri) => vscode.workspace.fs.readFile(uri),
  ) {
    this.disposables.push(
      plans.onDidLint((planResult) => this.collection.set(planResult.uri, planResult.result.findings.map(toDiagnostic))),
      plans.onDidClear((uri) => this.collection.delete(uri)),
      vscode.workspace.onDidOpenTextDocument((document) => this.lintOpened(document)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (isPlan(event.document) && event.contentChanges.length > 0 && this.enabled(event.document.uri)) plans.schedule(event.document);
      }),
      vscode.workspace.onDidSaveTextDocument((document) => this.lintOpened(document)),
      vscode.workspace.onDidCloseTextDocument((document) => void this.closed(document.uri)),
      // Closing an editor does not close its document until VS Code gets round to it; the tab is what the user closed.
      vscode.window.tabGroups.onDidChangeTabs((event) => {
        for (const tab of event.closed) {
          if (tab.input instanceof vscode.TabInputText && !isShown(tab.input.uri)) void this.closed(tab.input.uri);
        }
      }),
      options.onDidChange(() => this.relintAll()),
    );
    const watcher = vscode.workspace.createFileSystemWatcher(PLAN_GLOB);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => void this.lintFromDisk(uri)),
      watcher.onDidChange((uri) => void this.lintFromDisk(uri)),
      watcher.onDidDelete((uri) => {
        // An open plan outlives its file (the editor keeps the text, marked deleted): keep its findings.
        const open = openPlan(uri);
        if (open) this.lintOpened(open);
        else plans.clear(uri);
      }),
    );
  }

  /** Lints the open plans now, then the workspace's other plans in the background. */
  start(): void {
    for (const document of vscode.workspace.textDocuments) this.lintOpened(document);
    void this.scanWorkspace();
  }

  dispose(): void {
    this.scanning?.cancel();
    for (const disposable of this.disposables) disposable.dispose();
  }

  private enabled(uri: vscode.Uri): boolean {
    return this.plans.enabled(uri);
  }

  private lintOpened(document: vscode.TextDocument): void {
    if (!isPlan(document)) return;
    if (this.enabled(document.uri)) this.plans.lintNow(document);
    else this.plans.clear(document.uri);
  }

  private async closed(uri: vscode.Uri): Promise<void> {
    // A document whose language was switched away from poc-plan is closed and reopened;
    // either way only plans matter here.
    if (this.plans.latest(uri) === undefined) return;
    // Any scheme a workspace folder has: vscode-remote:// in the browser host, vscode-vfs:// in a virtual folder.
    const inWorkspace = vscode.workspace.getWorkspaceFolder(uri) !== undefined && isPlanFile(uri.path);
    if (!inWorkspace) {
      this.plans.clear(uri);
      return;
    }
    // Unsaved edits are gone with the editor: show what is on disk.
    await this.lintFromDisk(uri, true);
  }

  private async lintFromDisk(uri: vscode.Uri, closed = false): Promise<void> {
    if (!closed && openPlan(uri)) return; // the editor's text wins over the file's
    if (!this.enabled(uri)) {
      this.plans.clear(uri);
      return;
    }
    // Opening the plan while the file is read lints the editor's text: the read must not overwrite it.
    const revision = this.plans.revision(uri);
    try {
      const bytes = await this.readFile(uri);
      this.plans.lintText(uri, new TextDecoder().decode(bytes), revision);
    } catch (error) {
      if (this.plans.revision(uri) === revision) this.plans.clear(uri);
      this.log.warn(`Could not read ${uri.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private relintAll(): void {
    for (const document of vscode.workspace.textDocuments) this.lintOpened(document);
    void this.scanWorkspace();
  }

  private async scanWorkspace(): Promise<void> {
    this.scanning?.cancel();
    const cancel = (this.scanning = new vscode.CancellationTokenSource());
    const started = Date.now();
    // `undefined` as the exclude applies the user's files.exclude.
    const uris = await vscode.workspace.findFiles(PLAN_GLOB, undefined, MAX_WORKSPACE_PLANS, cancel.token);
    for (const uri of uris) {
      if (cancel.token.isCancellationRequested) return;
      await this.lintFromDisk(uri);
      // Yield between files so the extension host stays responsive (setTimeout: the browser host has no setImmediate).
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    this.log.info(`Checked ${uris.length} plan file(s) in the workspace in ${Date.now() - started} ms.`);
  }
}
