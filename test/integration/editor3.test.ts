// Findings where the gap is, and a fresh plan that is a form (issue 13, items
// 5 and 6), in a real VS Code: the missing sections' diagnostics, the disable
// action on one, the new plan's notes and the panel's progress line.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { renderPlan } from '../../src/engine';
import { screenshot, waitFor, waitForDiagnostics, workspaceUri } from './helpers';
import { canProbeWebview, lowContrast, probeWebview } from './panelProbe';
import { panelShowing, panelState } from './panelState';

const SOURCE = 'POC Readiness';
const BAD_EXAMPLE = path.join(__dirname, '../../../examples/shipping-exceptions-bad.poc.yaml');

const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
const at = (r: vscode.Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
/** The section a POC007 or form note names: its first `code` span. */
const sectionOf = (d: vscode.Diagnostic) => /`([^`]+)`/.exec(d.message)?.[1] ?? '';

async function revertAndClose(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand(document.isUntitled ? 'workbench.action.revertAndCloseActiveEditor' : 'workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

describe('findings where the gap is; a new plan is a form', () => {
  afterEach(revertAndClose);

  it('shows each missing section of the bad example where it would be inserted, none on the title, and "Disable for this line" reaches it', async () => {
    const uri = workspaceUri('editor3-gaps.poc.yaml');
    await vscode.workspace.fs.writeFile(uri, fs.readFileSync(BAD_EXAMPLE));
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      await waitForDiagnostics(uri, (ds) => ds.filter((d) => codeOf(d) === 'POC007').length === 5);
      const missing = ours(uri)
        .filter((d) => codeOf(d) === 'POC007')
        .map((d) => `${sectionOf(d)} ${at(d.range)}`)
        .sort();
      // 0-based: the blank line after edge_cases, the blank line after users, the empty last line.
      assert.deepStrictEqual(missing, ['economics 36:0-36:0', 'governance 36:0-36:0', 'integrations 24:0-24:0', 'operations 36:0-36:0', 'production_plan 41:0-41:0']);
      assert.deepStrictEqual(
        ours(uri)
          .filter((d) => d.range.start.line === 2)
          .map((d) => d.message),
        [],
        'nothing on `poc:`',
      );

      const integrations = ours(uri).find((d) => codeOf(d) === 'POC007' && sectionOf(d) === 'integrations')!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, integrations.range, vscode.CodeActionKind.QuickFix.value);
      const titles = actions.map((a) => a.title);
      assert.ok(titles.includes('Insert missing section `integrations`'), JSON.stringify(titles));
      const disable = actions.find((a) => a.title === 'Disable POC007 for this line');
      assert.ok(disable?.edit, JSON.stringify(titles));
      // The hover on the blank line after edge_cases, where integrations would go.
      const editor = vscode.window.activeTextEditor!;
      editor.selection = new vscode.Selection(24, 0, 24, 0);
      editor.revealRange(new vscode.Range(14, 0, 34, 0), vscode.TextEditorRevealType.AtTop);
      await vscode.commands.executeCommand('editor.action.showHover');
      await screenshot('editor3-missing-section-gap');
      assert.ok(await vscode.workspace.applyEdit(disable.edit));
      assert.strictEqual(document.lineAt(24).text, '# poc-readiness-disable-next-line POC007');
      await waitForDiagnostics(uri, (ds) => ds.filter((d) => codeOf(d) === 'POC007').length === 4);
      assert.ok(!ours(uri).some((d) => sectionOf(d) === 'integrations'), 'integrations silenced');
      assert.ok(!ours(uri).some((d) => codeOf(d) === 'POC006'), 'the comment is used');
    } finally {
      await revertAndClose();
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  it('"New POC Plan" opens as a form: one note per section, no error or warning, and a section shows its checks once written into', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('pocReadiness.newPlan', 'untitled');
    const uri = editor.document.uri;
    // The empty editor is linted first (every section missing): wait for the template's notes.
    await waitForDiagnostics(uri, (ds) => ds.filter((d) => d.source === SOURCE && codeOf(d) === 'POC004').length === 14);
    const notes = ours(uri).sort((a, b) => a.range.start.line - b.range.start.line);
    // 0-based lines of the template: each note on its section's key (the title and owner on their values),
    // read from the engine's template so that a new key moves them without a test edit.
    const keyLines = renderPlan()
      .text.split('\n')
      .flatMap((l, i) => {
        const key = /^([a-z_]+):/.exec(l)?.[1];
        return key && key !== 'schema_version' ? [`${key} ${i}`] : [];
      });
    assert.strictEqual(keyLines.length, 14);
    assert.deepStrictEqual(
      notes.map((d) => `${sectionOf(d)} ${d.range.start.line}`),
      keyLines,
    );
    assert.ok(
      notes.every((d) => d.severity === vscode.DiagnosticSeverity.Information && codeOf(d) === 'POC004'),
      notes.map((d) => `${codeOf(d)} ${d.severity}`).join(', '),
    );
    assert.strictEqual(new Set(notes.map((d) => d.range.start.line)).size, 14, 'each on a line of its own');

    // The panel beside it: never ready, and how far the form is filled in.
    await vscode.commands.executeCommand('pocReadiness.openSummary');
    const first = await panelShowing(uri);
    assert.strictEqual(first.summary?.verdict.ready, false);
    assert.strictEqual(first.summary?.form?.label, '0 of 14 sections written');
    assert.ok(first.html.includes('<p class="form-progress"><strong>0 of 14 sections written</strong>.'), first.html.slice(0, 1500));

    // Write the title and the data source, as a user tabbing through the form would.
    await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
    const text = editor.document.getText();
    const source = text.indexOf('TODO where the data is drawn from');
    await editor.edit((edit) => {
      edit.replace(new vscode.Range(editor.document.positionAt(5), editor.document.positionAt(5 + 'TODO a short name for the POC'.length)), 'Shipping exception triage');
      edit.replace(new vscode.Range(editor.document.positionAt(source), editor.document.positionAt(source + 'TODO where the data is drawn from'.length)), 'Exceptions feed from the carrier API');
    });
    await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'POC040' && d.severity === vscode.DiagnosticSeverity.Error));
    const after = ours(uri);
    assert.ok(!after.some((d) => sectionOf(d) === 'poc'), 'the written title has no note');
    assert.ok(!after.some((d) => codeOf(d) === 'POC004' && sectionOf(d) === 'data'), 'the written data section has its checks, not a note');
    assert.strictEqual(after.filter((d) => codeOf(d) === 'POC004' && d.message.includes('is not written yet')).length, 12);
    const second = await waitFor(
      async () => {
        const s = await panelState();
        return s?.summary?.form?.label === '2 of 14 sections written' && s;
      },
      { message: 'the panel to count two sections written' },
    );
    assert.strictEqual(second.summary?.verdict.ready, false);
    if (canProbeWebview()) {
      const inspection = await probeWebview(0);
      const progress = inspection.texts.filter((t) => t.text.includes('sections written'));
      assert.ok(progress.length > 0, `the webview shows the progress line: ${JSON.stringify(inspection.texts.slice(0, 8).map((t) => t.text))}`);
      assert.deepStrictEqual(lowContrast({ ...inspection, texts: progress }), []);
    }
    await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
    await screenshot('editor3-new-plan-form');
  });
});
