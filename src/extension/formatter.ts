// Format Document for plans: the engine's whitespace-only formatter (see
// src/engine/format.ts for what it changes and why it is not a re-print).
import * as vscode from 'vscode';
import { formatPlan } from '../engine';
import { toTextEdit } from './convert';
import { isPlan } from './planService';

export class PlanFormatter implements vscode.DocumentFormattingEditProvider {
  constructor(private readonly log: vscode.LogOutputChannel) {}

  provideDocumentFormattingEdits(document: vscode.TextDocument, options: vscode.FormattingOptions): vscode.TextEdit[] {
    if (!isPlan(document)) return [];
    const started = performance.now();
    const { edits, skipped } = formatPlan(document.getText(), options.tabSize);
    const ms = (performance.now() - started).toFixed(1);
    if (skipped) {
      this.log.warn(`Format Document: ${document.uri.fsPath || document.uri.toString()} left unchanged: ${skipped}.`);
      void vscode.window.setStatusBarMessage(`POC Readiness: not formatted, ${skipped}.`, 5000);
    } else this.log.info(`Format Document: ${edits.length} line(s) changed in ${ms} ms.`);
    return edits.map(toTextEdit);
  }
}
