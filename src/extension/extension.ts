// Wires the engine into VS Code. No rule logic lives here: every feature reads
// the lint result the PlanService keeps for each plan.
import * as vscode from 'vscode';
import { insertsOnly } from '../engine';
import { INSERT_ALL_TITLE, insertAllEdit, PlanCodeActionProvider } from './codeActions';
import { PlanCompletionProvider } from './completion';
import { ConfigFileSupport, thresholdDescriptions } from './configFile';
import { PlanFormatter } from './formatter';
import { ReadinessLanguageStatus } from './languageStatus';
import { registerRuleDocs } from './ruleDocs';
import { PlanSymbolProvider } from './symbols';
import { lintWorkspace, openConfiguration } from './workspaceCommands';
import { Diagnostics } from './diagnostics';
import { PlanHoverProvider } from './hover';
import { MARKDOWN_PLAN_SELECTOR, MarkdownPlanCompletionProvider, MarkdownPlanHoverProvider } from './markdownPlan';
import { newPlan } from './newPlan';
import { WorkspaceOptions } from './options';
import { registerSummaryPanel } from './panel';
import { registerPortfolio } from './portfolio';
import { DISABLED_MESSAGE, isPlan, LANGUAGE_ID, PlanService, registerVersionedEdits } from './planService';
import { ReadinessStatusBar } from './statusBar';

/** What activate() returns: for the integration tests and for other extensions. */
export interface PocReadinessApi {
  plans: PlanService;
  /** Milliseconds from activate() being called to the open plans being linted. */
  activationMs: number;
  /** Of which: reading the config, and linting the open plans. */
  configMs: number;
  firstLintMs: number;
  /** The language status item's text and detail. */
  languageStatus(): { text: string; detail?: string };
}

const SELECTOR: vscode.DocumentSelector = [{ language: LANGUAGE_ID }];
/** YAML and Markdown plans: every feature that reads the engine's result. */
const PLANS: vscode.DocumentSelector = [{ language: LANGUAGE_ID }, MARKDOWN_PLAN_SELECTOR];

export async function activate(context: vscode.ExtensionContext): Promise<PocReadinessApi> {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('POC Readiness', { log: true });
  const options = new WorkspaceOptions(log);
  await options.load();
  const configMs = performance.now() - started;
  const plans = new PlanService(options);
  const diagnostics = new Diagnostics(plans, options, log);
  const languageStatus = new ReadinessLanguageStatus(plans);
  const descriptions = thresholdDescriptions(context.extension.packageJSON);

  context.subscriptions.push(
    log,
    options,
    plans,
    registerVersionedEdits(),
    diagnostics,
    new ReadinessStatusBar(plans),
    languageStatus,
    new ConfigFileSupport(descriptions),
    registerRuleDocs(context, log),
    vscode.languages.registerDocumentSymbolProvider(PLANS, new PlanSymbolProvider(plans), { label: 'POC plan' }),
    vscode.languages.registerDocumentFormattingEditProvider(SELECTOR, new PlanFormatter(log)),
    registerSummaryPanel(context, plans),
    // Before diagnostics.start(): the portfolio hears every plan the first scan lints.
    registerPortfolio(context, plans),
    vscode.languages.registerHoverProvider(SELECTOR, new PlanHoverProvider(plans)),
    vscode.languages.registerCompletionItemProvider(SELECTOR, new PlanCompletionProvider(), ' ', ':'),
    vscode.languages.registerCodeActionsProvider(PLANS, new PlanCodeActionProvider(plans), PlanCodeActionProvider.metadata),
    vscode.languages.registerHoverProvider(MARKDOWN_PLAN_SELECTOR, new MarkdownPlanHoverProvider(plans)),
    vscode.languages.registerCompletionItemProvider(MARKDOWN_PLAN_SELECTOR, new MarkdownPlanCompletionProvider(), '#', '*', ' '),
    vscode.commands.registerCommand('pocReadiness.newPlan', (target?: vscode.Uri | 'untitled') => newPlan(target)),
    vscode.commands.registerCommand('pocReadiness.insertAllMissing', (uri?: vscode.Uri) => insertAllMissing(plans, uri)),
    // `limit` is for the integration tests, which cannot make 2,000 plans to reach the real cap.
    vscode.commands.registerCommand('pocReadiness.lintWorkspace', (limit?: number) => lintWorkspace(plans, log, typeof limit === 'number' ? limit : undefined)),
    vscode.commands.registerCommand('pocReadiness.showOutput', () => log.show()),
    vscode.commands.registerCommand('pocReadiness.openConfiguration', () => openConfiguration(descriptions)),
  );

  const lintStarted = performance.now();
  diagnostics.start();
  const firstLintMs = performance.now() - lintStarted;
  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms (config ${configMs.toFixed(1)} ms, first lint of the open plans ${firstLintMs.toFixed(1)} ms).`);
  return { plans, activationMs, configMs, firstLintMs, languageStatus: () => languageStatus.state };
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}

async function insertAllMissing(plans: PlanService, uri?: vscode.Uri): Promise<boolean> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document || !isPlan(document)) {
    void vscode.window.showInformationMessage('POC Readiness: open a POC plan (*.poc.yaml or *.poc.md) to insert its missing sections.');
    return false;
  }
  const planResult = plans.resultFor(document);
  if (!planResult) {
    void vscode.window.showInformationMessage(DISABLED_MESSAGE);
    return false;
  }
  const fixable = planResult.result.findings.filter((f) => insertsOnly(f.fix));
  if (fixable.length === 0) {
    void vscode.window.showInformationMessage('POC Readiness: nothing to insert, every section and key is there.');
    return false;
  }
  // In the active editor the sections go in as one snippet: Tab walks every placeholder in turn.
  const inEditor = vscode.window.activeTextEditor?.document.uri.toString() === document.uri.toString();
  const applied = await vscode.workspace.applyEdit(insertAllEdit(document, fixable, inEditor), { isRefactoring: false });
  if (applied) plans.lintNow(document);
  else void vscode.window.showWarningMessage(`POC Readiness: ${INSERT_ALL_TITLE.toLowerCase()} failed; the plan is unchanged.`);
  return applied;
}
