// The rule reference, offline: docs/rules.md ships in the .vsix and opens in
// VS Code's Markdown preview at the rule's section. A diagnostic's code link
// cannot run a command (VS Code opens it without command rights), so it is a
// `vscode://poc-readiness.poc-readiness/rule-docs?rule=POC020` link that our
// URI handler answers with the same preview.
import * as vscode from 'vscode';
import { RULE_METAS, ruleDocsSlug } from '../engine';

export const SHOW_RULE_DOCS_COMMAND = 'pocReadiness.showRuleDocs';
const EXTENSION_ID = 'poc-readiness.poc-readiness';
const DOCS_PATH = '/rule-docs';
const RULE_ID = /^POC\d{3}$/;

/** The link a finding's code opens. */
export function ruleDocsTarget(ruleId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: vscode.env.uriScheme, authority: EXTENSION_ID, path: DOCS_PATH, query: `rule=${ruleId}` });
}

export function registerRuleDocs(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): vscode.Disposable {
  const show = (ruleId?: unknown) => showRuleDocs(context.extensionUri, typeof ruleId === 'string' && RULE_ID.test(ruleId) ? ruleId : undefined, log);
  return vscode.Disposable.from(
    vscode.commands.registerCommand(SHOW_RULE_DOCS_COMMAND, show),
    vscode.window.registerUriHandler({
      handleUri(uri) {
        if (uri.path === DOCS_PATH) void show(new URLSearchParams(uri.query).get('rule') ?? undefined);
      },
    }),
  );
}

/** Opens docs/rules.md beside the plan, previewed, scrolled to the rule (or the top); the Markdown source when the preview is unavailable. */
export async function showRuleDocs(extensionUri: vscode.Uri, ruleId: string | undefined, log: vscode.LogOutputChannel): Promise<boolean> {
  const docs = vscode.Uri.joinPath(extensionUri, 'docs', 'rules.md');
  const anchor = ruleId?.toLowerCase();
  const meta = RULE_METAS.find((m) => m.id === ruleId);
  // The preview scrolls to a heading by its slug: `## POC020 \`hypothesis/decision\`` is `poc020-hypothesisdecision`.
  const target = meta ? docs.with({ fragment: ruleDocsSlug(meta) }) : docs;
  try {
    await vscode.commands.executeCommand('markdown.showPreviewToSide', target);
    return true;
  } catch (error) {
    log.warn(`Markdown preview unavailable (${error instanceof Error ? error.message : String(error)}); opening ${docs.fsPath} as text.`);
  }
  try {
    const document = await vscode.workspace.openTextDocument(docs);
    const line = anchor
      ? Math.max(
          0,
          document
            .getText()
            .split('\n')
            .findIndex((l) => l.includes(`<a id="${anchor}">`)),
        )
      : 0;
    const position = new vscode.Position(line, 0);
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, selection: new vscode.Range(position, position), preview: true });
    return true;
  } catch (error) {
    void vscode.window.showErrorMessage(`POC Readiness: could not open the rule reference: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}
