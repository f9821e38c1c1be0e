import * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // Wired up by the editor-experience work (diagnostics, hovers, fixes, panel).
}

export function deactivate(): void {}
