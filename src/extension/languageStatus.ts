// The plan's verdict as a language status item, beside the language mode:
// VS Code keeps it for the last plan editor while the Output, the terminal
// or the summary panel has focus.
import * as vscode from 'vscode';
import { isPlan, LANGUAGE_ID, type PlanResult, type PlanService } from './planService';

export class ReadinessLanguageStatus implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('pocReadiness.verdict', { language: LANGUAGE_ID });
  private readonly disposables: vscode.Disposable[] = [this.item];
  /** The plan editor last active: the one VS Code shows the item for. */
  private current?: string;

  constructor(private readonly plans: PlanService) {
    this.item.name = 'POC Readiness';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isPlan(editor.document)) this.follow(editor.document);
      }),
      plans.onDidLint((planResult) => {
        if (planResult.uri.toString() === this.current) this.show(planResult);
      }),
    );
    const active = vscode.window.activeTextEditor?.document;
    if (active && isPlan(active)) this.follow(active);
    else this.idle();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private follow(document: vscode.TextDocument): void {
    this.current = document.uri.toString();
    const planResult = this.plans.latest(document.uri);
    if (planResult) this.show(planResult);
    else this.idle();
  }

  private idle(): void {
    this.item.text = 'POC Readiness';
    this.item.detail = this.current ? 'not checked' : undefined;
    this.item.severity = vscode.LanguageStatusSeverity.Information;
    this.item.command = undefined;
  }

  private show({ uri, result }: PlanResult): void {
    const { score } = result;
    const ready = score.verdict === 'ready';
    this.item.text = `${ready ? '$(pass-filled) Ready' : '$(warning) Not ready'} ${score.overall}/100`;
    const gateMissing = score.gate.items.filter((i) => !i.passed).length;
    this.item.detail = gateMissing ? `gate: ${gateMissing} of ${score.gate.items.length} missing` : 'gate passed';
    this.item.severity = ready ? vscode.LanguageStatusSeverity.Information : vscode.LanguageStatusSeverity.Warning;
    this.item.accessibilityInformation = { label: `POC readiness: ${ready ? 'ready' : 'not ready'}, score ${score.overall} of 100` };
    this.item.command = { title: 'Open Summary', command: 'pocReadiness.openSummary', arguments: [uri] };
  }

  /** For the integration tests. */
  get state(): { text: string; detail?: string } {
    return { text: this.item.text, detail: this.item.detail };
  }
}
