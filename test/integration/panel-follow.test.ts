// The panel and the diagnostics when the plan moves under them: renamed,
// deleted, closed unsaved, or opened while its file is being read.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { Diagnostics } from '../../src/extension/diagnostics';
import { PlanService } from '../../src/extension/planService';
import { openFixture, sleep, waitFor, waitForDiagnostics, workspaceUri } from './helpers';
import { closePanel, openSummaryFor, panelShowing, panelState, revert } from './panelState';

const BAD = 'panel-bad.poc.yaml';
const GONE = 'is closed or its file is gone';

const reveal = (uri: string, line = 0) =>
  vscode.commands.executeCommand<boolean>('pocReadiness._summaryPanelMessage', { type: 'reveal', uri, range: { start: { line, character: 0 }, end: { line, character: 1 } } });

async function copyFixture(from: string, to: string): Promise<vscode.Uri> {
  const target = workspaceUri(to);
  await vscode.workspace.fs.copy(workspaceUri(from), target, { overwrite: true });
  return target;
}

async function deleteIfPresent(...uris: vscode.Uri[]): Promise<void> {
  for (const uri of uris) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
}

/** Resolves once a file watcher of our own has seen `uri` deleted, so the extension's watcher has had the same event. */
function deletedSeen(uri: vscode.Uri): { seen: Promise<void>; dispose(): void } {
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.workspace.workspaceFolders![0], vscode.workspace.asRelativePath(uri)));
  const seen = new Promise<void>((resolve) => watcher.onDidDelete(() => resolve()));
  return { seen, dispose: () => watcher.dispose() };
}

describe('the panel following its plan', () => {
  const moved = workspaceUri('panel-moved.poc.yaml');
  const renamed = workspaceUri('panel-renamed.poc.yaml');
  const doomed = workspaceUri('panel-deleted.poc.yaml');
  afterEach(async () => {
    await closePanel();
    await deleteIfPresent(moved, renamed, doomed);
  });

  it('follows a plan renamed while another editor is in front, and its gaps still lead into it', async () => {
    await copyFixture(BAD, 'panel-moved.poc.yaml');
    await openSummaryFor('panel-moved.poc.yaml');
    await openFixture('plain.yaml');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(moved, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const snapshot = await panelShowing(renamed, { message: 'the panel to follow the rename' });
    assert.strictEqual(snapshot.title, 'Readiness: panel-renamed.poc.yaml');
    assert.strictEqual(snapshot.summary?.verdict.label, 'Not ready for approval');
    assert.strictEqual(await reveal(renamed.toString(), 3), true);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), renamed.toString());
  });

  it('keeps the findings of an open plan whose file is deleted, and says so once its editor closes', async () => {
    await copyFixture(BAD, 'panel-deleted.poc.yaml');
    const before = await openSummaryFor('panel-deleted.poc.yaml');
    const findings = (await waitForDiagnostics(doomed)).length;
    const watch = deletedSeen(doomed);
    try {
      await vscode.workspace.fs.delete(doomed);
      await watch.seen;
      await sleep(500);
    } finally {
      watch.dispose();
    }
    // The editor still holds the plan: its problems and its summary stay.
    assert.strictEqual(vscode.languages.getDiagnostics(doomed).length, findings, 'the diagnostics of the open plan were cleared');
    assert.strictEqual((await panelState())?.summary?.gapCount, before.summary?.gapCount);

    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(doomed), vscode.ViewColumn.One);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const notice = await waitFor(
      async () => {
        const s = await panelState();
        return s?.html.includes(GONE) && s;
      },
      { message: 'the panel to say the plan is gone' },
    );
    assert.strictEqual(notice.summary, undefined);
    assert.strictEqual(await reveal(doomed.toString()), false, 'a gap of a plan that is gone leads nowhere, and says so');
    await waitForDiagnostics(doomed, (d) => d.length === 0);
  });

  it('says so when an untitled plan it shows is closed, and offers no gap to click', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'poc-plan', content: 'poc: Untitled triage\n' });
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('pocReadiness.openSummary');
    await panelShowing(document.uri);
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor(async () => (await panelState())?.html.includes(GONE), { message: 'the panel to say the untitled plan is gone' });
    assert.strictEqual(await reveal(document.uri.toString()), false);
    assert.ok(!vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === document.uri.toString()), 'no new empty untitled plan');
  });
});

describe('exporting an untitled plan', () => {
  const target = workspaceUri('untitled-export.readiness.md');
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await deleteIfPresent(target);
  });

  it('asks where to save it instead of failing with a file system error', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'poc-plan', content: 'poc: Untitled triage\n' });
    await vscode.window.showTextDocument(document);
    const exported = vscode.commands.executeCommand<vscode.Uri | undefined>('pocReadiness.exportReport', { uri: document.uri, format: 'markdown' });
    // The save dialog (a quick input in the browser): dismiss it.
    await sleep(1500);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await exported, undefined, 'cancelled, nothing written and no error');

    const written = await vscode.commands.executeCommand<vscode.Uri>('pocReadiness.exportReport', { uri: document.uri, format: 'markdown', target });
    assert.strictEqual(written?.toString(), target.toString());
    const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.ok(content.startsWith('# Readiness: Untitled triage\n'), content.slice(0, 80));
    // Closing a changed untitled editor would ask to save it.
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

describe('diagnostics of a plan opened while its file is read', () => {
  const plan = workspaceUri('race.poc.yaml');
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await deleteIfPresent(plan);
  });

  it('keep the editor’s text, not the file read before it was opened', async () => {
    const plans = new PlanService({ optionsFor: () => ({}), enabled: () => true });
    const log = vscode.window.createOutputChannel('POC Readiness race test', { log: true });
    const options = new vscode.EventEmitter<void>();
    let release: (() => void) | undefined;
    // The disk read of the plan waits for the test; any other file reads at once.
    const read = (uri: vscode.Uri): Thenable<Uint8Array> =>
      uri.toString() === plan.toString() ? new Promise<void>((resolve) => (release = resolve)).then(() => vscode.workspace.fs.readFile(uri)) : vscode.workspace.fs.readFile(uri);
    const diagnostics = new Diagnostics(plans, { onDidChange: options.event }, log, read);
    try {
      await vscode.workspace.fs.writeFile(plan, new TextEncoder().encode('poc: From the disk\n'));
      await waitFor(() => release, { timeout: 20_000, message: 'the watcher to read the new plan' });
      const document = await vscode.workspace.openTextDocument(plan);
      const editor = await vscode.window.showTextDocument(document);
      await editor.edit((edit) => edit.replace(new vscode.Range(0, 5, 0, 19), 'From the editor'));
      plans.lintNow(editor.document);
      release!();
      await sleep(500);
      const latest = plans.latest(plan);
      assert.strictEqual(latest?.version, editor.document.version, `the file read overwrote the editor's result: ${JSON.stringify(latest?.text)}`);
      assert.strictEqual(latest?.text, 'poc: From the editor\n');
      await revert(editor.document);
    } finally {
      diagnostics.dispose();
      plans.dispose();
      options.dispose();
      log.dispose();
    }
  });
});
