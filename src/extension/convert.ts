// Engine values to VS Code values. The engine's ranges and positions are
// 0-based like VS Code's, so these are one-to-one.
import * as vscode from 'vscode';
import type { Finding, Range, Severity, TextEdit } from '../engine';
import { ruleDocsTarget } from './ruleDocs';

export const DIAGNOSTIC_SOURCE = 'POC Readiness';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function toDiagnostic(finding: Finding): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(finding.range), finding.message, SEVERITY[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.ruleId, target: ruleDocsTarget(finding.ruleId) };
  if (finding.tags?.includes('unnecessary')) diagnostic.tags = [vscode.DiagnosticTag.Unnecessary];
  return diagnostic;
}

/** The rule id of one of our diagnostics, or undefined for anyone else's. */
export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/** A plain text edit, placeholders as `TODO ...` text. */
export function toTextEdit(edit: TextEdit): vscode.TextEdit {
  return new vscode.TextEdit(toRange(edit.range), edit.newText);
}

/** The same edit as a snippet: tab stops on the placeholders. */
export function toSnippetEdit(edit: TextEdit): vscode.SnippetTextEdit | vscode.TextEdit {
  return edit.snippet ? new vscode.SnippetTextEdit(toRange(edit.range), new vscode.SnippetString(edit.snippet)) : toTextEdit(edit);
}
