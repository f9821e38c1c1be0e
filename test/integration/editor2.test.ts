// The editor, all the way (issue 13): outline, formatting, the disable and
// docs actions, `.pocreadiness.yaml` in its own editor, fix-all on save,
// snippet insertion and the workspace commands, in a real VS Code.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, openAndWaitForDiagnostics, openFixture, screenshot, sleep, waitFor, waitForDiagnostics, workspaceUri } from './helpers';

const PLAN = 'editor-plan.poc.yaml';
const SOURCE = 'POC Readiness';
const BAD_EXAMPLE = path.join(__dirname, '../../../examples/shipping-exceptions-bad.poc.yaml');

function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

function label(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

async function revert(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

/** A copy of the bad example inside the workspace, so that saving it touches no shipped file. */
async function badExampleCopy(name: string): Promise<vscode.Uri> {
  const uri = workspaceUri(name);
  await vscode.workspace.fs.writeFile(uri, fs.readFileSync(BAD_EXAMPLE));
  return uri;
}

async function remove(uri: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }).then(undefined, () => undefined);
}

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType));
}

describe('editor, all the way', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('outlines a plan: sections with their state, list items by their system, name and role', async () => {
    const { document } = await openAndWaitForDiagnostics(PLAN);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const sections = symbols.map((s) => `${s.name} (${s.detail})`);
    assert.deepStrictEqual(sections.slice(0, 6), ['poc (written)', 'schema_version (written)', 'owner (written)', 'hypothesis (2 gaps)', 'questions (written)', 'data (written)']);
    const byName = new Map(symbols.map((s) => [s.name, s]));
    assert.strictEqual(byName.get('users')!.detail, '1 gap');
    assert.deepStrictEqual(
      byName.get('integrations')!.children.map((c) => c.name),
      ['Ticketing (ServiceNow)', 'Warehouse management system'],
    );
    assert.deepStrictEqual(byName.get('metrics')!.children.map((c) => c.name)[0], 'Time to resolve an exception');
    const pilot = byName.get('users')!.children.find((c) => c.name === 'pilot_users')!;
    assert.deepStrictEqual(
      pilot.children.map((c) => c.name),
      ['Exception desk agent', 'Desk team lead'],
    );
    assert.strictEqual(byName.get('hypothesis')!.range.start.line, 5);
    assert.strictEqual(byName.get('hypothesis')!.kind, vscode.SymbolKind.Module);

    await vscode.commands.executeCommand('outline.focus');
    await vscode.commands.executeCommand('outline.expand').then(undefined, () => undefined);
    await sleep(1000);
    await screenshot('editor2-outline');
    await vscode.commands.executeCommand('workbench.view.explorer');
  });

  it('formats a plan with comments, a flow map and block scalars, changing only whitespace', async () => {
    const document = await openFixture('editor-format.poc.yaml');
    const original = document.getText();
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', document.uri, { tabSize: 2, insertSpaces: true });
    const edit = new vscode.WorkspaceEdit();
    edit.set(document.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.strictEqual(
      document.getText(),
      [
        '# Formatter fixture: comments, a flow map, block scalars and uneven indentation.',
        'poc: Claims intake   # keeps this comment',
        'owner: Claims operations lead',
        'hypothesis:',
        '  statement: |',
        '    Route claims to the right desk',
        '      within an hour.',
        '  decision: Fund the rollout to all regions',
        '    # about the kill criteria',
        '  kill_criteria: >-',
        '    More than 5% misrouted',
        '    after four weeks',
        'data: {source: Claims inbox, production_source: true}',
        'integrations:',
        '  - system: Claims system',
        '    direction: read',
        '',
      ].join('\n'),
    );
    assert.strictEqual(document.getText().replace(/\s+/g, ''), original.replace(/\s+/g, ''));
    await revert(document);
  });

  it('offers "Disable POCnnn for this line / for this file" and "Show documentation" on a finding without an insertion', async () => {
    const { document } = await openAndWaitForDiagnostics(PLAN);
    const pilot = ours(document.uri).find((d) => codeOf(d) === 'POC072')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, pilot.range, vscode.CodeActionKind.QuickFix.value);
    assert.deepStrictEqual(
      actions.map((a) => a.title),
      ['Disable POC072 for this line', 'Disable POC072 for this file', 'Show documentation for POC072'],
    );
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(pilot.range.start, pilot.range.start);
    editor.revealRange(pilot.range, vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('editor.action.quickFix');
    await sleep(800);
    await screenshot('editor2-disable-actions');
    await vscode.commands.executeCommand('hideCodeActionWidget');

    assert.ok(await vscode.workspace.applyEdit(actions[0].edit!));
    assert.strictEqual(document.lineAt(52).text, '  # poc-readiness-disable-next-line POC072');
    assert.strictEqual(document.lineAt(53).text, '  duration_weeks: 1');
    await waitForDiagnostics(document.uri, () => !ours(document.uri).some((d) => codeOf(d) === 'POC072'));
    assert.ok(!ours(document.uri).some((d) => codeOf(d) === 'POC006'), 'the new comment is used');
    await revert(document);

    const fresh = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, pilot.range, vscode.CodeActionKind.QuickFix.value);
    assert.ok(await vscode.workspace.applyEdit(fresh[1].edit!));
    assert.strictEqual(document.lineAt(1).text, '# poc-readiness-disable POC072', 'after the header comment');
    await waitForDiagnostics(document.uri, () => !ours(document.uri).some((d) => codeOf(d) === 'POC072'));
    await revert(document);
  });

  it("opens the shipped rule docs at the rule, from the action and from the diagnostic's code link", async () => {
    const { document } = await openAndWaitForDiagnostics(PLAN);
    const decision = ours(document.uri).find((d) => codeOf(d) === 'POC020')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, decision.range, vscode.CodeActionKind.QuickFix.value);
    const show = actions.find((a) => a.title === 'Show documentation for POC020')!;
    assert.deepStrictEqual([show.command?.command, show.command?.arguments], ['pocReadiness.showRuleDocs', ['POC020']]);
    const docsFile = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'docs', 'rules.md');
    assert.ok(fs.existsSync(docsFile), 'docs/rules.md is beside the extension');

    await vscode.commands.executeCommand(show.command!.command, ...show.command!.arguments!);
    await waitFor(() => previewTabs().length === 1, { message: 'the Markdown preview of rules.md', timeout: 20_000 });
    assert.match(previewTabs()[0].label, /rules\.md/);
    await sleep(1500);
    await screenshot('editor2-rule-docs');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');

    // What a click on the code in the hover or the Problems view does.
    const target = (decision.code as { target: vscode.Uri }).target;
    await openFixture(PLAN);
    await vscode.commands.executeCommand('vscode.open', target);
    await waitFor(() => previewTabs().length === 1, { message: 'the preview opened by the code link', timeout: 20_000 });
  });

  it('checks .pocreadiness.yaml in its own editor: problems at the key or value, completion and hovers', async () => {
    const config = workspaceUri('.pocreadiness.yaml');
    try {
      await vscode.workspace.fs.writeFile(config, Buffer.from('threshold:\n  minPilotWeeks: 1\nrules:\n  POC072: offf\n  \nthresholds:\n  minPilotWek: 3\n', 'utf8'));
      const document = await vscode.workspace.openTextDocument(config);
      await vscode.window.showTextDocument(document);
      const diagnostics = await waitForDiagnostics(config, (ds) => ds.some((d) => d.source === 'POC Readiness config'));
      const shown = diagnostics.filter((d) => d.source === 'POC Readiness config').map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.character} ${d.message}`);
      assert.deepStrictEqual(shown, [
        '0:0-9 threshold: unknown option (known: rules, thresholds). Did you mean `thresholds`?',
        '3:10-14 rules.POC072: must be off, info, warning or error, not "offf". Did you mean `off`?',
        '6:2-13 thresholds.minPilotWek: unknown threshold (known: minPilotWeeks, minSavingPercent, maxBudgetRatio, maxBytes, maxDaysToProduction). Did you mean `minPilotWeeks`?',
      ]);
      const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', config, new vscode.Range(3, 10, 3, 14), vscode.CodeActionKind.QuickFix.value);
      assert.ok(
        fixes.some((a) => a.title === 'Change to `off`'),
        JSON.stringify(fixes.map((a) => a.title)),
      );

      const ruleKeys = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', config, new vscode.Position(4, 2));
      const labels = ruleKeys.items.map(label);
      assert.ok(labels.includes('POC072') && labels.includes('users/pilot-duration'), labels.slice(0, 10).join(', '));
      const severities = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', config, new vscode.Position(3, 10));
      assert.deepStrictEqual(severities.items.filter((i) => i.kind === vscode.CompletionItemKind.EnumMember).map(label), ['off', 'info', 'warning', 'error']);
      const thresholds = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', config, new vscode.Position(6, 2));
      assert.deepStrictEqual(
        thresholds.items
          .filter((i) => i.kind === vscode.CompletionItemKind.Property)
          .map(label)
          .sort(),
        ['maxBudgetRatio', 'maxBytes', 'maxDaysToProduction', 'minPilotWeeks', 'minSavingPercent'],
      );

      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', config, new vscode.Position(3, 4));
      const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      assert.match(text, /\*\*POC072\*\* `users\/pilot-duration`/);

      vscode.window.activeTextEditor!.selection = new vscode.Selection(3, 11, 3, 11);
      await vscode.commands.executeCommand('editor.action.showHover');
      await sleep(800);
      await screenshot('editor2-config-squiggle');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await remove(config);
    }
  });

  it('a generic "source.fixAll" on save changes nothing in the bad example', async () => {
    const uri = await badExampleCopy('editor2-fixall.poc.yaml');
    const settings = vscode.workspace.getConfiguration('editor', { languageId: 'poc-plan' });
    try {
      await settings.update('codeActionsOnSave', { 'source.fixAll': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
      const { document } = await openAndWaitForDiagnostics('editor2-fixall.poc.yaml');
      const original = document.getText();
      const errorsBefore = ours(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
      const offered = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll');
      assert.deepStrictEqual(
        offered.map((a) => a.title),
        [],
      );
      // A real edit, so that the save runs its participants.
      const editor = vscode.window.activeTextEditor!;
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), '# saved\n'));
      assert.ok(await document.save());
      await sleep(500);
      assert.strictEqual(document.getText(), `# saved\n${original}`);
      await waitForDiagnostics(uri, () => ours(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length === errorsBefore);
    } finally {
      await settings.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await remove(uri);
      await remove(workspaceUri('.vscode'));
    }
  });

  it('fix-all on save renames a misspelt key, the one kind of edit it makes', async () => {
    const uri = workspaceUri('editor2-rename.poc.yaml');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('poc: Claims intake\nowner: Claims lead\nhypothesis:\n  statement: Faster routing\n  decison: Fund the rollout\n', 'utf8'));
    const settings = vscode.workspace.getConfiguration('editor', { languageId: 'poc-plan' });
    try {
      await settings.update('codeActionsOnSave', { 'source.fixAll.pocReadiness': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
      const { document } = await openAndWaitForDiagnostics('editor2-rename.poc.yaml', (ds) => ds.some((d) => codeOf(d) === 'POC003'));
      await vscode.window.activeTextEditor!.edit((e) => e.insert(new vscode.Position(0, 0), '# saved\n'));
      assert.ok(await document.save());
      assert.strictEqual(document.getText(), '# saved\npoc: Claims intake\nowner: Claims lead\nhypothesis:\n  statement: Faster routing\n  decision: Fund the rollout\n');
    } finally {
      await settings.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await remove(uri);
      await remove(workspaceUri('.vscode'));
    }
  });

  it('"Insert all missing sections" is an explicit source action and goes in as a snippet: Tab walks the placeholders', async () => {
    const uri = await badExampleCopy('editor2-snippet.poc.yaml');
    try {
      const { document } = await openAndWaitForDiagnostics('editor2-snippet.poc.yaml');
      const original = document.getText().split('\n');
      const source = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 0, 0), 'source.pocReadiness.insertMissing');
      assert.deepStrictEqual(
        source.map((a) => [a.title, a.kind?.value, a.command?.command]),
        [['Insert all missing sections', 'source.pocReadiness.insertMissing', 'pocReadiness.insertAllMissing']],
      );
      assert.strictEqual(await vscode.commands.executeCommand(source[0].command!.command, ...source[0].command!.arguments!), true);
      const editor = vscode.window.activeTextEditor!;
      const after = document.getText().split('\n');
      let next = 0;
      for (const line of after) if (line === original[next]) next++;
      assert.strictEqual(next, original.length, 'only insertions');
      // The snippet session selects the first placeholder; Tab moves to the next one.
      const first = document.getText(editor.selection);
      assert.match(first, /^TODO\b/, `first placeholder selected, got "${first}"`);
      const firstLine = editor.selection.start.line;
      await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
      const second = document.getText(editor.selection);
      assert.match(second, /^TODO\b/, `second placeholder selected, got "${second}"`);
      assert.ok(editor.selection.start.line >= firstLine && !editor.selection.isEqual(new vscode.Selection(firstLine, 0, firstLine, 0)));
      await vscode.commands.executeCommand('leaveSnippet');
      await revert(document);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await remove(uri);
    }
  });

  it('"Lint Workspace" checks every plan again, and warns when the cap cuts the list short', async () => {
    const plans = fs.readdirSync(path.join(__dirname, '../../../test/integration/workspace')).filter((f) => /\.poc\.ya?ml$/.test(f)).length;
    const all = await vscode.commands.executeCommand<{ checked: number; capped: boolean }>('pocReadiness.lintWorkspace');
    assert.deepStrictEqual(all, { checked: plans, capped: false, cancelled: false });
    const capped = await vscode.commands.executeCommand<{ checked: number; capped: boolean }>('pocReadiness.lintWorkspace', 2);
    assert.deepStrictEqual(capped, { checked: 2, capped: true, cancelled: false });
  });

  it('"Open Configuration" creates a commented .pocreadiness.yaml that checks clean, then opens it', async () => {
    const config = workspaceUri('.pocreadiness.yaml');
    await remove(config);
    try {
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>('pocReadiness.openConfiguration');
      assert.strictEqual(editor.document.uri.toString(), config.toString());
      // A document VS Code still holds from an earlier test catches up with the new file.
      const text = await waitFor(() => (editor.document.getText().startsWith('# POC Readiness') ? editor.document.getText() : undefined), { message: 'the new config file in the editor' });
      assert.match(text, /^# POC Readiness configuration/);
      assert.match(text, /\nrules:\n {2}# POC072: info\n/);
      assert.match(text, /\n {2}# minPilotWeeks: 2\n/);
      await sleep(500);
      assert.deepStrictEqual(vscode.languages.getDiagnostics(config), []);
      // A second run opens the same file, untouched.
      await vscode.commands.executeCommand('pocReadiness.openConfiguration');
      assert.strictEqual(Buffer.from(await vscode.workspace.fs.readFile(config)).toString('utf8'), text);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await remove(config);
    }
  });

  it("keeps the plan's verdict in the language status while the Output has focus", async () => {
    await openAndWaitForDiagnostics(PLAN);
    const api = vscode.extensions.getExtension<{ languageStatus(): { text: string; detail?: string } }>(EXTENSION_ID)!.exports;
    await waitFor(() => /Ready|Not ready/.test(api.languageStatus().text), { message: 'the language status' });
    const before = api.languageStatus();
    assert.match(before.text, /^\$\((?:warning|pass-filled)\) (?:Not ready|Ready) \d+\/100$/);
    await vscode.commands.executeCommand('pocReadiness.showOutput');
    await sleep(500);
    assert.deepStrictEqual(api.languageStatus(), before);
    await screenshot('editor2-output-focus');
  });
});
