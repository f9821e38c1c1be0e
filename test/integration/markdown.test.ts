// Markdown plans (*.poc.md) in the real VS Code: they stay Markdown (the
// preview opens on them) and get the plan's diagnostics, hovers, completion,
// quick fixes, outline and summary panel.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { lint } from '../../src/engine';
import { openAndWaitForDiagnostics, screenshot, sleep, waitFor, workspaceUri } from './helpers';
import { closePanel, panelShowing } from './panelState';

const FILE = 'markdown-plan.poc.md';
const BAD_EXAMPLE = path.join(__dirname, '../../../examples/shipping-exceptions-bad.poc.md');
const GOOD_EXAMPLE = path.join(__dirname, '../../../examples/shipping-exceptions-good.poc.md');
const text = fs.readFileSync(BAD_EXAMPLE, 'utf8');
/** 0-based line of the first line starting with `prefix` in the example. */
const lineOf = (prefix: string) => text.split('\n').findIndex((l) => l.startsWith(prefix));

async function write(uri: vscode.Uri, content: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
}

describe('Markdown plans', () => {
  const uri = workspaceUri(FILE);
  before(() => write(uri, text));
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(uri, { useTrash: false });
  });

  it('keeps the Markdown language and gets the findings the engine gives the Markdown text, at its lines', async () => {
    const { document, diagnostics } = await openAndWaitForDiagnostics(FILE);
    assert.strictEqual(document.languageId, 'markdown');
    const expected = lint(text, { format: 'markdown' }).findings;
    await waitFor(() => vscode.languages.getDiagnostics(uri).length === expected.length, { message: `${expected.length} diagnostics` });
    assert.ok(diagnostics.length > 0);
    const statement = vscode.languages.getDiagnostics(uri).find((d) => /hypothesis\.statement/.test(d.message));
    assert.ok(statement, 'a finding on the statement');
    assert.strictEqual(statement.range.start.line, lineOf('- **Statement:**'));
    assert.strictEqual(document.getText(statement.range), "Let's see if AI can classify shipping exceptions.");
    await screenshot('markdown-diagnostics', '.editor-instance');
  });

  it('hovers on a key line and on a heading explain the key', async () => {
    const line = lineOf('- **Statement:**');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, 5));
    const texts = hovers.flatMap((h) => h.contents.map((c) => (c instanceof vscode.MarkdownString ? c.value : String(c))));
    assert.ok(
      texts.some((t) => t.includes('hypothesis.statement') && t.includes('What the POC sets out to show')),
      texts.join('\n---\n'),
    );
    const heading = lineOf('## Data pipeline');
    const onHeading = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(heading, 5));
    const headingTexts = onHeading.flatMap((h) => h.contents.map((c) => (c instanceof vscode.MarkdownString ? c.value : String(c))));
    assert.ok(
      headingTexts.some((t) => t.includes('Data pipeline') && t.includes('`data`')),
      headingTexts.join('\n---\n'),
    );
  });

  it('completes the headings of missing sections and the keys a section lacks', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const end = editor.document.lineCount - 1;
    await editor.edit((e) => e.insert(new vscode.Position(end, editor.document.lineAt(end).text.length), '\n## '));
    const headingLine = editor.document.lineCount - 1;
    const headings = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(headingLine, 3));
    const labels = headings.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('## Review economics') && labels.includes('## Production plan (the gate)'), labels.join(', '));
    assert.ok(!labels.includes('## Data pipeline'), 'a section the plan has is not offered again');

    const statement = lineOf('- **Statement:**');
    await editor.edit((e) => e.insert(new vscode.Position(statement, 0), '- \n'));
    const keys = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(statement, 2));
    const keyLabels = keys.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(keyLabels.includes('Decision') && keyLabels.includes('Kill criteria'), keyLabels.join(', '));
    assert.ok(!keyLabels.includes('Statement'), 'a key the section has is not offered again');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(() => editor.document.getText() === text, { message: 'the plan reverted' });
  });

  it('a quick fix inserts a missing section as its heading and key lines, the rest of the file unchanged', async () => {
    // By rule id (POC007 a missing section, POC004 a section not written yet), not by wording.
    const about = (d: vscode.Diagnostic, id: string) => (typeof d.code === 'object' ? d.code.value : d.code) === id && d.message.includes('`production_plan`');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const missing = await waitFor(() => vscode.languages.getDiagnostics(uri).find((d) => about(d, 'POC007')), { message: 'the production_plan finding' });
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, missing.range);
    const insert = actions.find((a) => a.title === 'Insert missing section `production_plan`');
    assert.ok(insert?.command, actions.map((a) => a.title).join(', '));
    assert.ok(!actions.some((a) => a.title.startsWith('Disable ')), 'no `#` suppression comments in Markdown');
    await vscode.commands.executeCommand(insert.command.command, ...(insert.command.arguments ?? []));
    const after = await waitFor(() => (document.getText() !== text ? document.getText() : undefined), { message: 'the fix to apply' });
    assert.ok(after.startsWith(text), 'every byte before the insertion kept');
    assert.match(after.slice(text.length), /^\n## Production plan \(the gate\)\n\n- \*\*Data sources:\*\* TODO the production data sources\n/);
    // The inserted section is a form: its "missing" finding goes, a note that it is not written yet comes.
    await waitFor(() => !vscode.languages.getDiagnostics(uri).some((d) => about(d, 'POC007')), { message: 'the finding to go' });
    await waitFor(() => vscode.languages.getDiagnostics(uri).find((d) => about(d, 'POC004')), { message: 'the form note' });
    await screenshot('markdown-quick-fix', '.editor-instance');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(() => document.getText() === text, { message: 'the plan reverted' });
  });

  it('the outline lists the sections from the headings', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    const names = symbols.map((s) => s.name);
    assert.ok(names.includes('hypothesis') && names.includes('data') && names.includes('budget'), names.join(', '));
    const data = symbols.find((s) => s.name === 'data')!;
    assert.strictEqual(data.selectionRange.start.line, lineOf('## Data pipeline'));
  });

  it('the summary panel reviews it', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await vscode.commands.executeCommand('pocReadiness.openSummary');
    const snapshot = await panelShowing(FILE);
    assert.strictEqual(snapshot.title, `Readiness: ${FILE}`);
    assert.strictEqual(snapshot.summary?.verdict.label, 'Not ready for approval');
    assert.strictEqual(snapshot.summary?.verdict.overall, lint(text, { format: 'markdown' }).score.overall);
    await screenshot('markdown-panel');
    await closePanel();
  });

  it('Markdown preview still opens on a plan', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
    const preview = await waitFor(() => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType)), {
      timeout: 20_000,
      message: 'the Markdown preview tab',
    });
    assert.match(preview.label, /markdown-plan\.poc\.md/);
    await sleep(1500);
    await screenshot('markdown-preview');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('the README picture: the good example beside its review', async () => {
    await write(uri, fs.readFileSync(GOOD_EXAMPLE, 'utf8'));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await waitFor(() => document.getText().includes('Ticketing (ServiceNow)'), { message: 'the good example in the editor' });
    await vscode.commands.executeCommand('pocReadiness.openSummary');
    const snapshot = await panelShowing(FILE);
    assert.strictEqual(snapshot.summary?.verdict.label, 'Ready for approval');
    // The plan from its top, beside its review, without the side bar and the panel.
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(0, 0, 0, 0) });
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await sleep(1500);
    await screenshot('markdown-plan-and-review');
    await vscode.commands.executeCommand('workbench.action.toggleSidebarVisibility');
    await closePanel();
    await write(uri, text);
  });
});
