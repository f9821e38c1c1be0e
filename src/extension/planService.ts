// One place that knows the latest lint result of every open plan. The
// diagnostics, the status bar, hovers, code actions and the summary panel all
// read from here, so a plan is linted once per version, not once per feature.
import * as vscode from 'vscode';
import { lint, type LintOptions, type LintResult } from '../engine';
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
  return document.languageId === LANGUAGE_ID;
}

export class PlanService implements vscode.Disposable {
  private readonly results = new Map<string, PlanResult>();
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

  /** Lints a plan that is not open (a workspace file read from disk). */
  lintText(uri: vscode.Uri, text: string): PlanResult {
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

  optionsFor(uri: vscode.Uri): LintOptions {
    return this.options.optionsFor(uri);
  }

  clear(uri: vscode.Uri): void {
    this.cancel(uri);
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
    this.results.set(uri.toString(), planResult);
    this.emitter.fire(planResult);
    return planResult;
  }

  private cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
  }
}
