// One place that knows the latest lint result of every open plan. The
// diagnostics, the status bar, hovers, code actions and the summary panel all
// read from here, so a plan is linted once per version, not once per feature.
import * as vscode from 'vscode';
import { lint, markdownPlansAvailable, planFormat, type LintOptions, type LintResult } from '../engine';
import { isMarkdownPlan } from './markdownPlan';
import type { OptionsProvider } from './options';

export const LANGUAGE_ID = 'poc-plan';

/** How long typing must pause before a plan is linted again. */
export const DEBOUNCE_MS = 200;

export const DISABLED_MESSAGE = 'POC Readiness is turned off for this plan. Turn on the setting "POC Readiness: Enable" (pocReadiness.enable) to review it.';

export interface PlanResult {
  uri: vscode.Uri;
  /** The document version the result belongs to (-1 for files read from disk). */
  version: number;
  text: string;
  result: LintResult;
}

export function isPlan(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID || isMarkdownPlan(document);
}

/** Hidden command behind every code action's edit: see setVersionedEdit. */
export const APPLY_EDIT_COMMAND = 'pocReadiness._applyEdit';

/**
 * Gives a code action its edit pinned to the document version it was computed
 * for. VS Code applies a code action's `edit` to whatever the document has
 * become by then (it sends no version with it), so a fix offered before an
 * edit could land in the wrong place; a command checks the version first.
 */
export function setVersionedEdit(action: vscode.CodeAction, document: vscode.TextDocument, edit: vscode.WorkspaceEdit): void {
  action.command = { command: APPLY_EDIT_COMMAND, title: action.title, arguments: [document.uri.toString(), document.version, edit] };
}

/** Registers the command setVersionedEdit's actions run; once, at activation. */
export function registerVersionedEdits(): vscode.Disposable {
  return vscode.commands.registerCommand(APPLY_EDIT_COMMAND, applyVersionedEdit);
}

async function applyVersionedEdit(uri: unknown, version: unknown, edit: unknown): Promise<boolean> {
  if (typeof uri !== 'string' || typeof version !== 'number' || !(edit instanceof vscode.WorkspaceEdit)) return false;
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri && !d.isClosed);
  if (!document || document.version !== version) {
    void vscode.window.showWarningMessage('POC Readiness: the plan changed after this fix was offered, so nothing was changed. Ask for the fix again.');
    return false;
  }
  // applyEdit sends the version it has now (the one checked), so VS Code refuses the edit if the plan changes before it lands.
  return vscode.workspace.applyEdit(edit);
}

export class PlanService implements vscode.Disposable {
  private readonly results = new Map<string, PlanResult>();
  /** Bumped by every store and clear of a plan, so a slow disk read can tell it was overtaken. */
  private readonly revisions = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly emitter = new vscode.EventEmitter<PlanResult>();
  private readonly clearEmitter = new vscode.EventEmitter<vscode.Uri>();

  /** Fires after every lint, with the fresh result. */
  readonly onDidLint = this.emitter.event;
  /** Fires when a plan's result is dropped (closed, deleted, disabled). */
  readonly onDidClear = this.clearEmitter.event;

  constructor(private readonly options: OptionsProvider) {}

  /**
   * The result for the document's current version, linting now if there is
   * none yet; undefined when the user turned POC Readiness off for it.
   */
  resultFor(document: vscode.TextDocument): PlanResult | undefined {
    if (!this.enabled(document.uri)) {
      this.clear(document.uri);
      return undefined;
    }
    const cached = this.results.get(document.uri.toString());
    if (cached && cached.version === document.version) return cached;
    return this.lintNow(document);
  }

  enabled(uri: vscode.Uri): boolean {
    return this.options.enabled(uri);
  }

  /** The last result for a plan, whatever version it was for. */
  latest(uri: vscode.Uri): PlanResult | undefined {
    return this.results.get(uri.toString());
  }

  lintNow(document: vscode.TextDocument): PlanResult {
    this.cancel(document.uri);
    return this.store(document.uri, document.version, document.getText());
  }

  /** A token for `lintText`'s `since`: changes whenever the plan's result is stored or cleared. */
  revision(uri: vscode.Uri): number {
    return this.revisions.get(uri.toString()) ?? 0;
  }

  /**
   * Lints a plan that is not open (a workspace file read from disk). With
   * `since` (a `revision` taken before the read), does nothing and returns
   * undefined if the plan was linted or cleared meanwhile, e.g. opened in an
   * editor, whose text wins over the file's.
   */
  lintText(uri: vscode.Uri, text: string, since?: number): PlanResult | undefined {
    if (since !== undefined && since !== this.revision(uri)) return undefined;
    // VS Code for the Web reads no Markdown plan: a *.poc.md found in the workspace is left alone there.
    if (planFormat(uri.path) === 'markdown' && !markdownPlansAvailable()) return undefined;
    return this.store(uri, -1, text);
  }

  /** Lints after a pause in typing; the latest text wins. */
  schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.cancel(document.uri);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        // The document may have closed while we waited.
        if (!document.isClosed) this.lintNow(document);
      }, DEBOUNCE_MS),
    );
  }

  /** With the plan's format from its name (`*.poc.md` is Markdown), so every lint and re-lint reads it right. */
  optionsFor(uri: vscode.Uri): LintOptions {
    return { ...this.options.optionsFor(uri), format: planFormat(uri.path) };
  }

  clear(uri: vscode.Uri): void {
    this.cancel(uri);
    this.bump(uri);
    if (this.results.delete(uri.toString())) this.clearEmitter.fire(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.emitter.dispose();
    this.clearEmitter.dispose();
  }

  private store(uri: vscode.Uri, version: number, text: string): PlanResult {
    const planResult: PlanResult = { uri, version, text, result: lint(text, this.optionsFor(uri)) };
    this.bump(uri);
    this.results.set(uri.toString(), planResult);
    this.emitter.fire(planResult);
    return planResult;
  }

  private bump(uri: vscode.Uri): void {
    this.revisions.set(uri.toString(), this.revision(uri) + 1);
  }

  private cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
  }
}
