// The readiness summary panel in a real VS Code. What the panel shows is read
// back through the hidden `pocReadiness._summaryPanelState` command (the body
// last sent to the webview, and how often its script started); clicks on a
// gap are fed through `pocReadiness._summaryPanelMessage`, the same validated
// handler the webview's messages take, so they test the handler, not the DOM.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { lint } from '../../src/engine';
import { openFixture, screenshot, sleep, waitFor, workspaceUri } from './helpers';
import { canProbeWebview, lowContrast, probeWebview } from './panelProbe';
import { closePanel, openSummaryFor, panelShowing, revert, panelState as state } from './panelState';

const BAD = 'panel-bad.poc.yaml';
const GOOD = 'panel-good.poc.yaml';
const HOSTILE = 'panel-hostile.poc.yaml';

async function deleteIfPresent(uri: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
}

const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

describe('readiness summary panel', () => {
  afterEach(closePanel);

  it('opens from the command beside the active plan, titled after it, with its script running', async () => {
    await openSummaryFor(BAD);
    // The panel learns its column from the workbench a moment after it opens.
    const snapshot = await waitFor(async () => {
      const s = await state();
      return s?.viewColumn !== undefined && s;
    });
    assert.strictEqual(snapshot.title, 'Readiness: panel-bad.poc.yaml');
    assert.strictEqual(snapshot.viewColumn, vscode.ViewColumn.Two);
    assert.ok(snapshot.icon?.endsWith('/media/icons/poc-plan-light.svg'), `the tab's icon: ${snapshot.icon}`);
    assert.strictEqual(snapshot.summary?.verdict.label, 'Not ready for approval');
    // The engine's own score of the plan: the panel shows it, whatever the rules make it.
    const expected = lint((await vscode.workspace.openTextDocument(workspaceUri(BAD))).getText()).score.overall;
    assert.strictEqual(snapshot.summary?.verdict.overall, expected);
    assert.ok(snapshot.html.includes('<span class="count">0 of 7 written</span>'));
    // The editor keeps the focus: the panel opens beside it.
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), workspaceUri(BAD).toString());
  });

  it('opens from the status bar item’s command, which passes the plan’s URI', async () => {
    // The status bar item runs `pocReadiness.openSummary` with the plan's URI
    // (src/extension/statusBar.ts); the click itself is not driven here.
    await openFixture('plain.yaml');
    await vscode.commands.executeCommand('pocReadiness.openSummary', workspaceUri(GOOD));
    const snapshot = await panelShowing(GOOD);
    assert.strictEqual(snapshot.summary?.verdict.label, 'Ready for approval');
    assert.strictEqual(snapshot.summary?.gate.written, 7);
  });

  it('says what to do when no plan is open, without opening an empty panel', async () => {
    await openFixture('plain.yaml');
    await vscode.commands.executeCommand('pocReadiness.openSummary');
    assert.strictEqual(await state(), undefined);
  });

  it('follows the active plan editor and keeps the last plan for other editors', async () => {
    await openSummaryFor(BAD);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri(GOOD)), vscode.ViewColumn.One);
    const good = await panelShowing(GOOD, { message: 'the panel to follow the good plan' });
    assert.strictEqual(good.title, 'Readiness: panel-good.poc.yaml');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri('plain.yaml')), vscode.ViewColumn.One);
    assert.strictEqual((await state())?.uri, workspaceUri(GOOD).toString());
  });

  it('reflects an edit to the plan', async () => {
    const before = await openSummaryFor(BAD);
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(before.summary?.gate.items.find((i) => i.path === 'production_plan.executive_sponsor')?.passed, false);
    try {
      await editor.edit((edit) => edit.insert(new vscode.Position(editor.document.lineCount, 0), '\nproduction_plan:\n  executive_sponsor: Chief operating officer\n'));
      const after = await waitFor(
        async () => {
          const s = await state();
          return s && s.renders > before.renders && s.summary?.gate.written === 1 && s;
        },
        { message: 'the panel to show the sponsor written' },
      );
      assert.ok(after.html.includes('<li class="gate-item passed"><span class="mark" aria-hidden="true">✓</span>Executive sponsor'));
    } finally {
      await revert(editor.document);
    }
  });

  it('selects a gap’s range in the plan editor when the gap is clicked', async () => {
    const snapshot = await openSummaryFor(BAD);
    const gap = snapshot.summary!.gaps.flatMap((g) => g.gaps).find((g) => g.ruleId === 'POC072');
    assert.ok(gap, 'the bad plan has a short pilot');
    // Move the focus away, as clicking in the panel would.
    await vscode.commands.executeCommand('workbench.action.focusSecondEditorGroup');
    const handled = await vscode.commands.executeCommand('pocReadiness._summaryPanelMessage', { type: 'reveal', uri: snapshot.uri, range: gap.range });
    assert.strictEqual(handled, true);
    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor?.document.uri.toString(), snapshot.uri);
    const { start, end } = editor.selection;
    assert.deepStrictEqual([start.line, start.character, end.line, end.character], [35, 18, 35, 21]);
    assert.strictEqual(editor.document.getText(editor.selection), '0.1');
  });

  it('ignores a reveal for another file and messages it does not know', async () => {
    const snapshot = await openSummaryFor(BAD);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    const other = workspaceUri(GOOD).toString();
    assert.strictEqual(await vscode.commands.executeCommand('pocReadiness._summaryPanelMessage', { type: 'reveal', uri: other, range }), false);
    assert.strictEqual(await vscode.commands.executeCommand('pocReadiness._summaryPanelMessage', { type: 'openFile', uri: snapshot.uri }), false);
    assert.strictEqual(
      vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === other),
      false,
    );
  });

  it('copies the summary as Markdown', async () => {
    await openFixture(GOOD);
    const markdown = await vscode.commands.executeCommand<string>('pocReadiness.copySummaryMarkdown');
    // The score is the engine's for this plan, not a number restated here.
    const overall = lint((await vscode.workspace.openTextDocument(workspaceUri(GOOD))).getText()).score.overall;
    assert.ok(markdown.startsWith(`# Readiness: Shipping exception triage\n\n**Ready for approval** · overall score ${overall}/100`), markdown.slice(0, 200));
    assert.strictEqual(await vscode.env.clipboard.readText(), markdown);
  });

  describe('export', () => {
    const markdownReport = () => workspaceUri('panel-bad.readiness.md');
    const htmlReport = () => workspaceUri('panel-bad.readiness.html');
    afterEach(async () => {
      await deleteIfPresent(markdownReport());
      await deleteIfPresent(htmlReport());
    });

    it('writes a Markdown report beside the plan and never overwrites it unasked', async () => {
      const plan = workspaceUri(BAD);
      const written = await vscode.commands.executeCommand<vscode.Uri>('pocReadiness.exportReport', { uri: plan, format: 'markdown' });
      assert.strictEqual(written?.toString(), markdownReport().toString());
      const content = await read(markdownReport());
      const overall = lint((await vscode.workspace.openTextDocument(plan)).getText()).score.overall;
      assert.ok(content.startsWith(`# Readiness: Shipping exception triage\n\n**Not ready for approval** · overall score ${overall}/100  \n`), content.slice(0, 200));
      assert.ok(content.includes('| Production against POC | 40× |'));
      assert.ok(content.includes('## Production gate: 0 of 7 written'));
      assert.ok(/\*Readiness report for panel-bad\.poc\.yaml, generated \d{4}-\d{2}-\d{2} by POC Readiness\.\*\n$/.test(content));

      await vscode.workspace.fs.writeFile(markdownReport(), new TextEncoder().encode('notes from the meeting'));
      const declined = await vscode.commands.executeCommand('pocReadiness.exportReport', { uri: plan, format: 'markdown', overwrite: false });
      assert.strictEqual(declined, undefined);
      assert.strictEqual(await read(markdownReport()), 'notes from the meeting');

      await vscode.commands.executeCommand('pocReadiness.exportReport', { uri: plan, format: 'markdown', overwrite: true });
      assert.strictEqual(await read(markdownReport()), content);
    });

    it('writes a self-contained HTML report with the pictures and no script', async () => {
      await vscode.commands.executeCommand('pocReadiness.exportReport', { uri: workspaceUri(BAD), format: 'html' });
      const content = await read(htmlReport());
      assert.ok(content.startsWith('<!DOCTYPE html>'));
      assert.ok(content.includes('<title>Readiness: Shipping exception triage</title>'));
      assert.ok(content.includes('<svg class="iceberg"'));
      assert.ok(content.includes('.ice-below {'), 'the stylesheet is inlined');
      assert.ok(!/<script|<link|\ssrc=/.test(content));
    });
  });

  describe('in the webview', () => {
    const workbench = () => vscode.workspace.getConfiguration('workbench');
    let original: unknown;
    before(function () {
      // Only the browser harness can look into the webview.
      if (!canProbeWebview()) this.skip();
      original = workbench().inspect('colorTheme')?.globalValue;
    });
    after(async () => {
      if (canProbeWebview()) await workbench().update('colorTheme', original, vscode.ConfigurationTarget.Global);
    });

    it('starts another plan at the top, and keeps the reader’s place when the same plan changes', async () => {
      await openSummaryFor(BAD);
      const scrolled = await probeWebview(400);
      assert.ok(scrolled.scrollY >= 300, `the bad plan's summary scrolls: ${JSON.stringify({ ...scrolled, texts: undefined })}`);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri(HOSTILE)), vscode.ViewColumn.One);
      await panelShowing(HOSTILE);
      const switched = await waitFor(
        async () => {
          const page = await probeWebview();
          return page.title.startsWith('Reconcile supplier invoices') && page;
        },
        { timeout: 20_000, message: 'the webview to show the hostile plan' },
      );
      assert.strictEqual(switched.scrollY, 0, 'another plan starts at the top');

      assert.ok((await probeWebview(300)).scrollY >= 250, 'the hostile plan’s summary scrolls too');
      const before = (await state())!;
      const editor = vscode.window.activeTextEditor!;
      try {
        await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '# Reviewed on Monday.\n'));
        await waitFor(async () => ((await state())?.renders ?? 0) > before.renders, { message: 'the panel to show the edit' });
        await sleep(300);
        assert.ok((await probeWebview()).scrollY >= 250, 'an update keeps the place');
      } finally {
        await revert(editor.document);
      }
    });

    it('shows a bidi override in the owner instead of obeying it', async () => {
      const snapshot = await openSummaryFor(HOSTILE);
      assert.ok(snapshot.html.includes('Owner: <bdi>Accounts payable ⟨U+202E⟩eganam⟨U+202C⟩ lead</bdi>'), 'the override is shown, not obeyed');
    });

    it('wraps long unbroken values and a 1e300 budget inside their cards instead of scrolling sideways', async () => {
      await workbench().update('colorTheme', 'Default Light Modern', vscode.ConfigurationTarget.Global);
      await openSummaryFor(HOSTILE);
      const page = await probeWebview();
      assert.ok(page.scrollWidth <= page.clientWidth, `the page scrolls sideways: ${page.scrollWidth} px wide in ${page.clientWidth} px`);
      await screenshot('panel-hostile-light');
    });

    for (const [theme, kind] of [
      ['Default Light Modern', 'vscode-light'],
      ['Default Dark Modern', 'vscode-dark'],
      ['Default High Contrast', 'vscode-high-contrast'],
      ['Default High Contrast Light', 'vscode-high-contrast-light'],
    ] as const) {
      it(`gives every text WCAG AA contrast in ${theme}`, async () => {
        await workbench().update('colorTheme', theme, vscode.ConfigurationTarget.Global);
        const failures: string[] = [];
        let checked = 0;
        for (const file of [BAD, GOOD, HOSTILE]) {
          await openSummaryFor(file);
          const page = await waitFor(
            async () => {
              const p = await probeWebview();
              return p.themeKind.includes(kind) && !p.themeKind.includes(`${kind}-`) && p.texts.length > 0 && p;
            },
            { timeout: 20_000, message: `the webview to take the ${theme} theme` },
          );
          checked += page.texts.length;
          failures.push(...lowContrast(page).map((line) => `${file}: ${line}`));
          await closePanel();
        }
        console.log(`      ${checked} texts checked in ${theme}, ${failures.length} below AA`);
        assert.deepStrictEqual(failures, []);
      });
    }
  });

  describe('screenshots', () => {
    const workbench = () => vscode.workspace.getConfiguration('workbench');
    let original: unknown;
    before(async () => {
      original = workbench().inspect('colorTheme')?.globalValue;
      // Room for the panel beside the plan, as a reviewer would make it.
      await vscode.commands.executeCommand('workbench.action.closeSidebar');
    });
    after(async () => {
      await workbench().update('colorTheme', original, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.view.explorer');
    });

    for (const [theme, label] of [
      ['Default Light Modern', 'light'],
      ['Default Dark Modern', 'dark'],
      ['Default High Contrast', 'hc-dark'],
      ['Default High Contrast Light', 'hc-light'],
    ] as const) {
      for (const [file, name] of [
        [BAD, 'bad'],
        [GOOD, 'good'],
      ] as const) {
        it(`shows the ${name} plan in the ${label} theme`, async () => {
          await workbench().update('colorTheme', theme, vscode.ConfigurationTarget.Global);
          const snapshot = await openSummaryFor(file);
          assert.strictEqual(snapshot.summary?.verdict.ready, name === 'good');
          // Under load the stylesheet can arrive after the DOM settles: the probe waits for a styled page.
          if (canProbeWebview()) await probeWebview();
          await screenshot(`panel-${name}-${label}`);
          // The whole window: the figures in one row under the verdict.
          await vscode.commands.executeCommand('workbench.action.focusSecondEditorGroup');
          await vscode.commands.executeCommand('workbench.action.toggleMaximizeEditorGroup');
          try {
            await screenshot(`panel-${name}-${label}-wide`);
          } finally {
            await vscode.commands.executeCommand('workbench.action.toggleMaximizeEditorGroup');
          }
        });
      }
    }
  });
});
