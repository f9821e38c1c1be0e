// The editor experience in a real VS Code: diagnostics, settings, hovers,
// completion, snippets and quick fixes, all read back through the public API
// the way a user's editor would see them.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { lint, messageText, RULE_METAS, type MessageData } from '../../src/engine';
import { openAndWaitForDiagnostics, openFixture, screenshot, sleep, waitFor, waitForDiagnostics, workspaceUri } from './helpers';

const PLAN = 'editor-plan.poc.yaml';
const SOURCE = 'POC Readiness';

/** `POC020 error 7:12-7:16 message`, the shape every assertion compares. */
function describeDiagnostic(d: vscode.Diagnostic): string {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  const severity = ['error', 'warning', 'info', 'hint'][d.severity];
  const { start, end } = d.range;
  return `${code} ${severity} ${start.line}:${start.character}-${end.line}:${end.character} ${d.message}`;
}

function ours(uri: vscode.Uri): string[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === SOURCE)
    .map(describeDiagnostic);
}

// The fixture is written for these four findings; the tests that edit it or change settings follow them
// alone, so that a new rule firing on the plan changes none of them (the first test compares everything).
const FIXTURE_RULES = ['POC022', 'POC020', 'POC072', 'POC112'];
const mine = (uri: vscode.Uri) => ours(uri).filter((d) => FIXTURE_RULES.includes(d.slice(0, 6)));

/** The engine's findings for the document, described as `describeDiagnostic` does: what the Problems view must show. */
function engineSays(document: vscode.TextDocument): string[] {
  return lint(document.getText()).findings.map((f) => {
    const { start, end } = f.range;
    return `${f.ruleId} ${f.severity} ${start.line}:${start.character}-${end.line}:${end.character} ${f.message}`;
  });
}

/**
 * What the rule says for this message id and data, from the engine's own
 * message table: a reworded template changes its messages.json golden, not this suite.
 */
function said(ruleId: string, messageId: string, data: MessageData): string {
  const meta = RULE_METAS.find((m) => m.id === ruleId);
  assert.ok(meta, `no rule ${ruleId}`);
  return messageText(meta.messages, messageId, data);
}

const EXPECTED = [
  `POC022 error 5:0-5:10 ${said('POC022', 'advice', { gap: 'missing', path: '`hypothesis.kill_criteria`' })}`,
  `POC020 error 7:12-7:16 ${said('POC020', 'advice', { gap: 'placeholder', path: '`hypothesis.decision`' })}`,
  `POC072 warning 52:18-52:19 ${said('POC072', 'short', { path: '`users.duration_weeks`', weeks: 1, min: 2 })}`,
  `POC112 info 87:0-87:6 ${said('POC112', 'ratio', { estimate: '400,000 USD', ratio: 8, budget: '50,000 USD' })}`,
];

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

function label(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

async function revert(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  // Under the test runner a dirty editor is saved when it closes: never let an edit reach the fixture.
  await waitFor(() => !document.isDirty, { message: `${document.uri.path} to be reverted` });
}

async function untitledPlan(content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'poc-plan', content });
  return vscode.window.showTextDocument(document);
}

describe('editor', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows the engine findings as diagnostics with ids, docs links, ranges and severities', async () => {
    const { document, diagnostics } = await openAndWaitForDiagnostics(PLAN);
    const shown = diagnostics.filter((d) => d.source === SOURCE).map(describeDiagnostic);
    assert.deepStrictEqual(shown, engineSays(document));
    assert.deepStrictEqual(
      shown.filter((d) => FIXTURE_RULES.includes(d.slice(0, 6))),
      EXPECTED,
    );
    const decision = diagnostics.find((d) => typeof d.code === 'object' && d.code.value === 'POC020')!;
    // The shipped docs, through the extension's URI handler (test/integration/editor2.test.ts opens it).
    const { scheme, authority, path: docsPath, query } = (decision.code as { target: vscode.Uri }).target;
    assert.deepStrictEqual([scheme, authority, docsPath, query], [vscode.env.uriScheme, 'poc-readiness.poc-readiness', '/rule-docs', 'rule=POC020']);
    assert.strictEqual(document.languageId, 'poc-plan');
  });

  it('updates the diagnostics after an edit', async () => {
    const document = await openFixture(PLAN);
    await waitForDiagnostics(document.uri);
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((edit) => edit.replace(new vscode.Range(52, 18, 52, 19), '6'));
    await waitForDiagnostics(document.uri, () => !mine(document.uri).some((d) => d.startsWith('POC072')));
    assert.deepStrictEqual(mine(document.uri), [EXPECTED[0], EXPECTED[1], EXPECTED[3]]);
    await editor.edit((edit) => edit.replace(new vscode.Range(7, 12, 7, 16), 'Fund the rollout to four hubs.'));
    await waitForDiagnostics(document.uri, () => !mine(document.uri).some((d) => d.startsWith('POC020')));
    assert.deepStrictEqual(mine(document.uri), [EXPECTED[0], EXPECTED[3]]);
    await revert(document);
  });

  it('applies a severity override from the settings at once', async () => {
    const document = await openFixture(PLAN);
    await waitForDiagnostics(document.uri);
    const config = vscode.workspace.getConfiguration('pocReadiness', document.uri);
    try {
      await config.update('rules', { POC072: 'error', 'budget/iceberg-ratio': 'off' }, vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(document.uri, () => mine(document.uri).some((d) => d.startsWith('POC072 error')));
      assert.deepStrictEqual(mine(document.uri), [EXPECTED[0], EXPECTED[1], EXPECTED[2].replace('POC072 warning', 'POC072 error')]);
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
      // The update leaves an empty .vscode/settings.json behind in the fixture folder.
      await vscode.workspace.fs.delete(workspaceUri('.vscode'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
    await waitForDiagnostics(document.uri, () => mine(document.uri).length === EXPECTED.length);
  });

  it('`pocReadiness.enable: false` clears the diagnostics, and hovers and code actions do not bring them back', async () => {
    const document = await openFixture(PLAN);
    await waitForDiagnostics(document.uri);
    const config = vscode.workspace.getConfiguration('pocReadiness', document.uri);
    try {
      await config.update('enable', false, vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(document.uri, () => ours(document.uri).length === 0);
      // Both used to lint the plan and republish its diagnostics.
      const onValue = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(7, 13)));
      assert.doesNotMatch(onValue, /POC020/);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(5, 0, 5, 10));
      assert.deepStrictEqual(
        actions.filter((a) => /^Insert/.test(a.title)).map((a) => a.title),
        [],
      );
      await sleep(400); // past the debounce: nothing may arrive late
      assert.deepStrictEqual(ours(document.uri), []);
      await vscode.commands.executeCommand('pocReadiness.openSummary', document.uri);
      assert.strictEqual(await vscode.commands.executeCommand<unknown>('pocReadiness._summaryPanelState'), undefined, 'no summary panel for a plan that is turned off');
    } finally {
      await config.update('enable', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(workspaceUri('.vscode'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
    await waitForDiagnostics(document.uri, () => mine(document.uri).length === EXPECTED.length);
    assert.deepStrictEqual(mine(document.uri), EXPECTED);
  });

  it('reads .pocreadiness.yaml at the workspace root, and falls back to the defaults when it is broken', async () => {
    const document = await openFixture(PLAN);
    await waitForDiagnostics(document.uri);
    const config = workspaceUri('.pocreadiness.yaml');
    const write = (text: string) => vscode.workspace.fs.writeFile(config, Buffer.from(text, 'utf8'));
    try {
      // A one-week pilot meets a one-week minimum; the budget ratio rule is off by name.
      await write('rules:\n  budget/iceberg-ratio: off\nthresholds:\n  minPilotWeeks: 1\n');
      await waitForDiagnostics(document.uri, () => mine(document.uri).length === 2);
      assert.deepStrictEqual(mine(document.uri), [EXPECTED[0], EXPECTED[1]]);
      await write('rules: [not, a, mapping\n');
      await waitForDiagnostics(document.uri, () => mine(document.uri).some((d) => d.startsWith('POC072')));
      assert.deepStrictEqual(mine(document.uri), EXPECTED);
    } finally {
      await vscode.workspace.fs.delete(config).then(undefined, () => undefined);
    }
  });

  it('explains a section key on hover, and a finding with its rationale', async () => {
    const document = await openFixture(PLAN);
    await waitForDiagnostics(document.uri);
    const onKey = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(5, 3)));
    assert.match(onKey, /\*\*Hypothesis and decision\*\* `hypothesis`/);
    assert.match(onKey, /The POC stated as a decision: what the organization does if the criteria are met/);
    assert.match(onKey, /\[Docs\]\(https:\/\/github\.com\/poc-readiness\/poc-readiness\/blob\/main\/docs\/rules\.md#section-hypothesis\)/);

    const onValue = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(7, 13)));
    assert.match(onValue, /\*\*POC020\*\*/);
    assert.match(onValue, /\[POC020 docs\]\(https:\/\/github\.com\/poc-readiness\/poc-readiness\/blob\/main\/docs\/rules\.md#poc020\)/);

    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(7, 13, 7, 13);
    editor.revealRange(new vscode.Range(4, 0, 16, 0), vscode.TextEditorRevealType.AtTop);
    await vscode.commands.executeCommand('editor.action.showHover');
    await sleep(800);
    await screenshot('editor-hover');
  });

  it('completes the keys missing at a nested level, and enum values', async () => {
    const editor = await untitledPlan('hypothesis:\n  statement: Faster matching\n  \nmetrics:\n  - name: Match rate\n    kind: ');
    const keys = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(2, 2));
    const ourKeys = keys.items.filter((i) => i.kind === vscode.CompletionItemKind.Property).map(label);
    assert.deepStrictEqual(ourKeys, ['decision', 'success_criteria', 'kill_criteria', 'decision_date']);
    const kill = keys.items.find((i) => label(i) === 'kill_criteria')!;
    assert.strictEqual((kill.insertText as vscode.SnippetString).value, 'kill_criteria: ${1:TODO what result stops the effort}');

    const values = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(5, 10));
    const kinds = values.items.filter((i) => i.kind === vscode.CompletionItemKind.EnumMember).map(label);
    assert.deepStrictEqual(kinds, ['accuracy', 'time_to_completion', 'downstream_error_rate', 'adoption', 'cost_per_outcome', 'latency', 'reliability', 'other']);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('ships a snippet for the whole plan and for every section, each expanding to its template', async () => {
    const snippetsFile = path.join(__dirname, '../../../snippets/poc-plan.code-snippets');
    const snippets = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.file(snippetsFile))).toString('utf8')) as Record<string, { prefix: string; body: string[] }>;
    assert.ok(Object.keys(snippets).length >= 15, 'a snippet per section');
    const editor = await untitledPlan('');
    for (const [name, snippet] of Object.entries(snippets)) {
      await editor.edit((edit) => edit.delete(new vscode.Range(0, 0, editor.document.lineCount, 0)));
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'poc-plan', name });
      await waitFor(() => editor.document.getText().length > 0, { message: `snippet "${name}" to expand` });
      // Placeholders expand to their default text; choices to their first option (TODO).
      const expected = snippet.body
        .join('\n')
        .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\\(.)/g, '$1');
      assert.strictEqual(editor.document.getText(), expected, `snippet "${name}" (${snippet.prefix})`);
    }
    await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, editor.document.lineCount, 0), 'poc-'));
    const prefixes = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(0, 4), undefined, 500);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    const offered = new Set(prefixes.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map(label));
    for (const snippet of Object.values(snippets)) assert.ok(offered.has(snippet.prefix), `completion offers the ${snippet.prefix} snippet`);
  });

  it('inserts a missing key with a quick fix, keeping the rest of the file byte for byte', async () => {
    const document = await openFixture(PLAN);
    const diagnostics = await waitForDiagnostics(document.uri);
    const original = document.getText();
    const missing = diagnostics.find((d) => describeDiagnostic(d).startsWith('POC022'))!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, missing.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Insert missing `hypothesis.kill_criteria`'), `actions: ${JSON.stringify(titles)}`);

    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(missing.range.start, missing.range.start);
    await vscode.commands.executeCommand('editor.action.quickFix');
    await sleep(800);
    await screenshot('editor-quick-fix');
    await vscode.commands.executeCommand('hideCodeActionWidget');

    const fix = actions.find((a) => a.title === 'Insert missing `hypothesis.kill_criteria`')!;
    assert.strictEqual(fix.kind?.value, 'quickfix');
    // The edit rides in a command that checks the document version (src/extension/planService.ts setVersionedEdit).
    assert.ok(await vscode.commands.executeCommand(fix.command!.command, ...fix.command!.arguments!));
    const lines = original.split('\n');
    lines.splice(13, 0, '  kill_criteria: TODO what result stops the effort');
    assert.strictEqual(document.getText(), lines.join('\n'));
    await waitForDiagnostics(document.uri, () => !ours(document.uri).includes(EXPECTED[0]));
    assert.ok(ours(document.uri).includes(`POC022 error 13:17-13:50 ${said('POC022', 'advice', { gap: 'placeholder', path: '`hypothesis.kill_criteria`' })}`), JSON.stringify(ours(document.uri)));
    await revert(document);
  });

  it('"Insert all missing sections" completes the bad example without touching a line of it', async () => {
    const bad = vscode.Uri.file(path.join(__dirname, '../../../examples/shipping-exceptions-bad.poc.yaml'));
    const document = await vscode.workspace.openTextDocument(bad);
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri);
    const original = document.getText().split('\n');
    const fixAll = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.pocReadiness');
    // Scaffolding is never a fix-all: it is the explicit source action (and the command).
    assert.deepStrictEqual(
      fixAll.map((a) => [a.title, a.kind?.value]),
      [],
    );

    assert.strictEqual(await vscode.commands.executeCommand('pocReadiness.insertAllMissing'), true);
    const after = document.getText().split('\n');
    // Every original line is still there, in order: only insertions happened.
    let next = 0;
    for (const line of after) if (line === original[next]) next++;
    assert.strictEqual(next, original.length, `original line ${next + 1} was changed: ${original[next]}`);
    for (const section of ['operations:', 'governance:', 'economics:', 'production_plan:', 'integrations:']) assert.ok(after.includes(section), `${section} inserted`);
    assert.ok(after.indexOf('operations:') < after.indexOf('governance:') && after.indexOf('governance:') < after.indexOf('economics:'), 'sections in the format order');
    await waitForDiagnostics(document.uri, () => !ours(document.uri).some((d) => d.startsWith('POC007') || d.startsWith('POC001') || d.startsWith('POC002')));
    await revert(document);
  });

  it("checks the workspace's plans in the background, without opening them", async () => {
    const uri = workspaceUri('editor-unopened.poc.yaml');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the plan must not be open');
    await waitForDiagnostics(uri);
    assert.ok(ours(uri).includes(`POC011 warning 2:7-2:11 ${said('POC011', 'advice', { gap: 'placeholder', path: '`owner`' })}`), JSON.stringify(ours(uri)));
  });

  it('drops the diagnostics of a plan outside the workspace when it is closed', async () => {
    const outside = vscode.Uri.file(path.join(__dirname, '../../../examples/shipping-exceptions-good.poc.yaml'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(outside));
    await waitForDiagnostics(outside);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitFor(() => ours(outside).length === 0, { message: 'diagnostics of the closed plan to be cleared' });
  });

  it('"New POC Plan" opens the full template in an untitled plan editor', async () => {
    const { activationMs, configMs, firstLintMs } = vscode.extensions.getExtension<Record<string, number>>('poc-readiness.poc-readiness')!.exports;
    console.log(`    (activation plus first lint: ${activationMs.toFixed(1)} ms; config ${configMs.toFixed(1)} ms, first lint ${firstLintMs.toFixed(1)} ms)`);
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('pocReadiness.newPlan', 'untitled');
    assert.strictEqual(editor.document.languageId, 'poc-plan');
    assert.strictEqual(editor.document.isUntitled, true);
    const text = editor.document.getText();
    assert.ok(text.startsWith('poc: TODO a short name for the POC\nschema_version: 1\nowner: TODO the person accountable for the POC\nhypothesis:\n'), text.slice(0, 200));
    for (const section of ['questions:', 'data:', 'edge_cases:', 'integrations:', 'users:', 'metrics:', 'operations:', 'governance:', 'economics:', 'budget:', 'production_plan:']) {
      assert.ok(text.includes(`\n${section}\n`), `template has ${section}`);
    }
    // The first placeholder is selected, ready to type over.
    assert.strictEqual(editor.document.getText(editor.selection), 'TODO a short name for the POC');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('leaves plain YAML files alone', async () => {
    const document = await openFixture('plain.yaml');
    // Give a (wrong) lint time to arrive, then check that none did.
    await sleep(1000);
    assert.strictEqual(document.languageId, 'yaml');
    assert.deepStrictEqual(vscode.languages.getDiagnostics(document.uri), []);
    assert.deepStrictEqual(
      vscode.languages.getDiagnostics(workspaceUri('plain.yaml')).filter((d) => d.source === SOURCE),
      [],
    );
  });
});
