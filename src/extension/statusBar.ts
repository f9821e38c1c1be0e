// The active plan's readiness in the status bar; a click opens the summary.
import * as vscode from 'vscode';
import { DIMENSIONS } from '../engine';
import { isPlan, type PlanResult, type PlanService } from './planService';

/** The Output and debug console are text documents too; they are not what the user is reading. */
function isPanelDocument(document: vscode.TextDocument): boolean {
  return document.uri.scheme === 'output' || document.uri.scheme === 'debug';
}

export class ReadinessStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('pocReadiness.status', vscode.StatusBarAlignment.Left, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  /** The plan the item describes. */
  private shown?: vscode.Uri;

  constructor(private readonly plans: PlanService) {
    this.item.name = 'POC Readiness';
    this.disposables.push(
      // Focus in the Output or another panel is no reason to hide the plan's verdict.
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor ? !isPanelDocument(editor.document) : !vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === this.shown?.toString())) this.update();
      }),
      plans.onDidLint((planResult) => {
        const uri = planResult.uri.toString();
        if (uri === this.shown?.toString() || uri === vscode.window.activeTextEditor?.document.uri.toString()) this.show(planResult);
      }),
      plans.onDidClear(() => this.update()),
    );
    this.update();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    if (editor && isPanelDocument(editor.document)) return;
    const document = editor?.document;
    const planResult = document && isPlan(document) ? this.plans.latest(document.uri) : undefined;
    if (planResult) this.show(planResult);
    else {
      this.shown = undefined;
      this.item.hide();
    }
  }

  private show({ uri, result }: PlanResult): void {
    this.shown = uri;
    const { score } = result;
    const ready = score.verdict === 'ready';
    this.item.text = `${ready ? '$(pass-filled)' : '$(warning)'} ${ready ? 'Ready' : 'Not ready'} ${score.overall}/100`;
    this.item.backgroundColor = ready ? undefined : new vscode.ThemeColor('statusBarItem.warningBackground');
    this.item.accessibilityInformation = { label: `POC readiness: ${ready ? 'ready' : 'not ready'}, score ${score.overall} of 100. Open the readiness summary.` };
    const tooltip = new vscode.MarkdownString(`**POC Readiness: ${ready ? 'ready' : 'not ready'}** (${score.overall}/100)\n\n`);
    for (const dimension of DIMENSIONS) tooltip.appendMarkdown(`- ${score.dimensions[dimension].title}: ${score.dimensions[dimension].score}\n`);
    const gateMissing = score.gate.items.filter((i) => !i.passed).length;
    tooltip.appendMarkdown(`\nGate: ${gateMissing ? `${gateMissing} of ${score.gate.items.length} missing` : 'passed'}\n\nClick to open the readiness summary.`);
    this.item.tooltip = tooltip;
    this.item.command = { title: 'Open Readiness Summary', command: 'pocReadiness.openSummary', arguments: [uri] };
    this.item.show();
  }
}
