// "POC Readiness: New POC Plan": the full template, every section with
// placeholders, in a new untitled plan editor or in a file the user names.
import * as vscode from 'vscode';
import { isPlanFile, renderPlan } from '../engine';
import { LANGUAGE_ID } from './planService';

const UNTITLED = 'In a new untitled editor';
const FILE = 'In a new file…';

/** `target` (for tests and other extensions) skips the prompts: a file to create, or 'untitled'. */
export async function newPlan(target?: vscode.Uri | 'untitled'): Promise<vscode.TextEditor | undefined> {
  let where = target;
  if (where === undefined) {
    const choice = await vscode.window.showQuickPick([UNTITLED, FILE], { title: 'New POC Plan', placeHolder: 'Where should the plan go?' });
    if (!choice) return undefined;
    if (choice === FILE) {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      where = await vscode.window.showSaveDialog({
        title: 'New POC Plan',
        defaultUri: folder ? vscode.Uri.joinPath(folder, 'new-poc.poc.yaml') : undefined,
        filters: { 'POC plan': ['poc.yaml', 'poc.yml'] },
      });
      if (!where) return undefined;
    } else {
      where = 'untitled';
    }
  }
  const template = renderPlan();

  if (where === 'untitled') {
    const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
    const editor = await vscode.window.showTextDocument(document);
    await editor.insertSnippet(new vscode.SnippetString(`${template.snippet}\n`), new vscode.Position(0, 0));
    return editor;
  }

  if (!isPlanFile(where.path)) where = where.with({ path: `${where.path.replace(/\.ya?ml$/i, '')}.poc.yaml` });
  if (await exists(where)) {
    const overwrite = await vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(where)} already exists. Replace it with a new plan?`, { modal: true }, 'Replace');
    if (overwrite !== 'Replace') return undefined;
  }
  await vscode.workspace.fs.writeFile(where, new TextEncoder().encode(`${template.text}\n`));
  const document = await vscode.workspace.openTextDocument(where);
  return vscode.window.showTextDocument(document);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
