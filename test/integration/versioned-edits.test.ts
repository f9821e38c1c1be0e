// A quick fix offered for one version of a plan must not land in another:
// VS Code applies a code action's `edit` to whatever the document has become
// and sends no version with it, so our actions carry their edit in a command
// that checks the version first.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { openFixture, waitForDiagnostics } from './helpers';
import { revertAndClose } from './panelState';

const PLAN = 'editor-plan.poc.yaml';
const TITLE = 'Insert missing `hypothesis.kill_criteria`';

/** Runs a code action the way VS Code does when the user picks it: its edit, then its command. */
async function perform(action: vscode.CodeAction): Promise<void> {
  if (action.edit) await vscode.workspace.applyEdit(action.edit);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** The quick fix for the missing kill criteria, once the diagnostics show the finding on `line` (the `hypothesis:` key). */
async function killCriteriaFix(document: vscode.TextDocument, line: number): Promise<vscode.CodeAction> {
  const isMissing = (d: vscode.Diagnostic) => d.message.startsWith('`hypothesis.kill_criteria` is missing') && d.range.start.line === line;
  const missing = (await waitForDiagnostics(document.uri, (ds) => ds.some(isMissing))).find(isMissing)!;
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, missing.range, vscode.CodeActionKind.QuickFix.value);
  const fix = actions.find((a) => a.title === TITLE);
  assert.ok(fix, `actions: ${JSON.stringify(actions.map((a) => a.title))}`);
  return fix;
}

describe('quick fixes and document versions', () => {
  afterEach(async () => {
    await revertAndClose(PLAN);
  });

  it('applies nothing when the plan changed after the fix was offered, and the fresh fix lands in place', async () => {
    const document = await openFixture(PLAN);
    const stale = await killCriteriaFix(document, 5);
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '# Reviewed on Monday.\n'));
    const edited = document.getText();

    await perform(stale);
    assert.strictEqual(document.getText(), edited, 'the stale fix changed the plan');

    await perform(await killCriteriaFix(document, 6));
    const lines = edited.split('\n');
    lines.splice(14, 0, '  kill_criteria: TODO what result stops the effort');
    assert.strictEqual(document.getText(), lines.join('\n'));
  });
});
