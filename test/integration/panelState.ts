// Reading the summary panel back in the integration suites: what it shows
// comes through the test-only `pocReadiness._summaryPanelState` command (the
// body last sent to the webview, and how often its script started).
import * as vscode from 'vscode';
import type { PanelSnapshot } from '../../src/extension/panel';
import { openFixture, waitFor, workspaceUri } from './helpers';

export const panelState = () => vscode.commands.executeCommand<PanelSnapshot | undefined>('pocReadiness._summaryPanelState');

/** Waits until the panel shows `file` and its script has started at least `starts` times. */
export function panelShowing(file: string | vscode.Uri, { starts = 1, message = `the panel to show ${file}` } = {}): Promise<PanelSnapshot> {
  const uri = (typeof file === 'string' ? workspaceUri(file) : file).toString();
  return waitFor(
    async () => {
      const snapshot = await panelState();
      return snapshot?.uri === uri && snapshot.scriptStarts >= starts && snapshot;
    },
    { timeout: 20_000, message },
  );
}

export async function openSummaryFor(file: string): Promise<PanelSnapshot> {
  await openFixture(file);
  await vscode.commands.executeCommand('pocReadiness.openSummary');
  return panelShowing(file);
}

export async function closePanel(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await waitFor(async () => (await panelState()) === undefined, { message: 'the panel to close' });
}

/**
 * Undoes a test's edits to a workspace file. Under the test runner VS Code
 * answers "Save changes?" with Save, so an editor left dirty would write the
 * edit into the fixture when it closes: wait until the revert is done.
 */
export async function revert(document: vscode.TextDocument): Promise<void> {
  if (!document.isDirty) return;
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor(() => !document.isDirty, { message: `${document.uri.toString()} to be reverted` });
}

/** Reverts the file's editor (see revert) and closes every editor. */
export async function revertAndClose(file: string | vscode.Uri): Promise<void> {
  const uri = (typeof file === 'string' ? workspaceUri(file) : file).toString();
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (document) await revert(document);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
