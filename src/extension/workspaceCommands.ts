// "Lint Workspace" and "Open Configuration".
import * as vscode from 'vscode';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../engine';
import { MAX_WORKSPACE_PLANS, PLAN_GLOB } from './diagnostics';
import { CONFIG_FILE } from './options';
import { isPlan, type PlanService } from './planService';

export interface WorkspaceLintResult {
  /** Plans checked (open ones with their editor's text). */
  checked: number;
  /** Whether more plans exist than the cap lets us check. */
  capped: boolean;
  cancelled: boolean;
}

/** Lints every plan of the workspace again, with a progress notification; warns when the cap cuts the list short. */
export async function lintWorkspace(plans: PlanService, log: vscode.LogOutputChannel, limit = MAX_WORKSPACE_PLANS): Promise<WorkspaceLintResult> {
  const started = Date.now();
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: "POC Readiness: checking the workspace's plans", cancellable: true },
    async (progress, token): Promise<WorkspaceLintResult> => {
      // One more than the cap, to know whether there are more.
      const uris = await vscode.workspace.findFiles(PLAN_GLOB, undefined, limit + 1, token);
      const capped = uris.length > limit;
      const todo = uris.slice(0, limit);
      let checked = 0;
      for (const uri of todo) {
        if (token.isCancellationRequested) return { checked, capped, cancelled: true };
        if (!plans.enabled(uri)) continue;
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && isPlan(d));
        try {
          if (open) plans.lintNow(open);
          else plans.lintText(uri, new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
          checked++;
        } catch (error) {
          log.warn(`Could not read ${uri.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
        }
        progress.report({ increment: 100 / todo.length, message: `${checked} of ${todo.length}` });
        // Let the extension host breathe between files.
        if (checked % 20 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return { checked, capped, cancelled: false };
    },
  );
  const summary = `Checked ${result.checked} plan file(s) in ${Date.now() - started} ms${result.cancelled ? ' (cancelled)' : ''}.`;
  log.info(summary);
  if (result.capped) {
    const cap = limit.toLocaleString('en-US');
    const message = `POC Readiness: the workspace has more than ${cap} plans; only the first ${cap} were checked. Use the poc-readiness CLI for the whole tree.`;
    log.warn(message);
    void vscode.window.showWarningMessage(message);
  } else if (!result.cancelled) void vscode.window.setStatusBarMessage(`POC Readiness: ${summary}`, 5000);
  return result;
}

/** What a new `.pocreadiness.yaml` says: every option, commented out, so the file teaches itself. */
export function configTemplate(descriptions: Partial<Record<keyof Thresholds, string>>): string {
  const thresholds = (Object.keys(DEFAULT_THRESHOLDS) as Array<keyof Thresholds>).flatMap((key) => [
    ...(descriptions[key] ? [`  # ${descriptions[key]}`] : []),
    `  # ${key}: ${DEFAULT_THRESHOLDS[key]}`,
  ]);
  return [
    '# POC Readiness configuration, shared by the editor and the poc-readiness CLI.',
    '# Settings (pocReadiness.*) override it rule by rule and threshold by threshold.',
    '',
    '# Severity per rule id or name: off, info, warning or error.',
    '# The rule reference: command "POC Readiness: Show Rule Documentation".',
    'rules:',
    '  # POC072: info',
    '  # metrics/baseline: off',
    '',
    '# Where the checks draw their lines (defaults shown).',
    'thresholds:',
    ...thresholds,
    '',
  ].join('\n');
}

/** Opens the workspace folder's `.pocreadiness.yaml`, creating a commented one first if there is none. */
export async function openConfiguration(descriptions: Partial<Record<keyof Thresholds, string>>): Promise<vscode.TextEditor | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const active = vscode.window.activeTextEditor?.document.uri;
  let folder = active ? vscode.workspace.getWorkspaceFolder(active) : undefined;
  if (!folder && folders.length === 1) folder = folders[0];
  if (!folder && folders.length > 1) folder = await vscode.window.showWorkspaceFolderPick({ placeHolder: `Folder for ${CONFIG_FILE}` });
  if (!folder) {
    if (folders.length === 0) void vscode.window.showInformationMessage(`POC Readiness: open a folder first; ${CONFIG_FILE} lives at its root.`);
    return undefined;
  }
  const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE);
  const exists = await vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
  if (!exists) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(configTemplate(descriptions)));
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}
