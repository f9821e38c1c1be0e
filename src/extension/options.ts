// Lint options for a plan: `.pocreadiness.yaml` at the workspace root (shared
// with the CLI), overridden by the user's and workspace's settings. Settings
// that are only at their defaults do not count, or they would always hide the
// file. Bad config never stops linting: the problem is shown once and the
// defaults apply.
import * as vscode from 'vscode';
import { checkRules, checkThresholds, CONFIG_FILE, DEFAULT_THRESHOLDS, loadConfig, mergeOptions, type LintOptions, type Thresholds } from '../engine';

export { CONFIG_FILE };
const SECTION = 'pocReadiness';

export interface OptionsProvider {
  optionsFor(uri: vscode.Uri): LintOptions;
  /** `pocReadiness.enable` for the plan: when false, nothing about it is linted or shown. */
  enabled(uri: vscode.Uri): boolean;
}

interface FileConfig {
  options: LintOptions;
  errors: string[];
}

export class WorkspaceOptions implements OptionsProvider, vscode.Disposable {
  /** Parsed `.pocreadiness.yaml` per workspace folder, keyed by folder URI. */
  private readonly files = new Map<string, FileConfig>();
  /** Problems already shown, so a message does not repeat on every keystroke. */
  private readonly shown = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];

  /** Fires when the settings or a config file change; open plans should be linted again. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
    const reload = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (!folder || vscode.Uri.joinPath(folder.uri, CONFIG_FILE).toString() !== uri.toString()) return;
      void this.loadFolder(folder).then(() => this.emitter.fire());
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SECTION)) {
          this.shown.clear();
          this.emitter.fire();
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.load().then(() => this.emitter.fire())),
    );
  }

  /** Reads every workspace folder's config file. Call once before the first lint. */
  async load(): Promise<void> {
    this.files.clear();
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) => this.loadFolder(folder)));
  }

  optionsFor(uri: vscode.Uri): LintOptions {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const file = folder ? this.files.get(folder.uri.toString()) : undefined;
    if (file) this.report(vscode.Uri.joinPath(folder!.uri, CONFIG_FILE).fsPath, file.errors);

    const settingErrors: string[] = [];
    const settings = settingsOptions(vscode.workspace.getConfiguration(SECTION, uri), settingErrors);
    this.report('Settings (pocReadiness.*)', settingErrors);
    return mergeOptions(file?.options ?? {}, settings);
  }

  enabled(uri: vscode.Uri): boolean {
    return vscode.workspace.getConfiguration(SECTION, uri).get<boolean>('enable', true);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private async loadFolder(folder: vscode.WorkspaceFolder): Promise<void> {
    const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE);
    let text: string;
    try {
      // Through workspace.fs for every scheme: the folder may be virtual
      // (vscode-vfs://, a browser's file system) and the host may have no disk.
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      this.files.delete(folder.uri.toString());
      return; // No config file: defaults and settings.
    }
    const config = loadConfig(text);
    this.files.set(folder.uri.toString(), config);
    this.shown.clear();
    this.log.info(`Loaded ${uri.fsPath}${config.errors.length ? ` with ${config.errors.length} problem(s)` : ''}.`);
  }

  private report(where: string, errors: readonly string[]): void {
    if (errors.length === 0) return;
    const key = `${where}\n${errors.join('\n')}`;
    if (this.shown.has(key)) return;
    this.shown.add(key);
    for (const error of errors) this.log.warn(`${where}: ${error}`);
    void vscode.window
      .showWarningMessage(`POC Readiness: ${where}: ${errors[0]}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}. Using the defaults for these.`, 'Show Log')
      .then((choice) => choice && this.log.show(true));
  }
}

/** The options the user actually set (any scope), validated like the config file. */
function settingsOptions(config: vscode.WorkspaceConfiguration, errors: string[]): LintOptions {
  const explicit = <T>(key: string): T | undefined => {
    const inspected = config.inspect<T>(key);
    return inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
  };
  const rules = checkRules(explicit('rules'), 'pocReadiness.rules', errors);
  const thresholdValues: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_THRESHOLDS) as Array<keyof Thresholds>) {
    const value = explicit(`thresholds.${key}`);
    if (value !== undefined) thresholdValues[key] = value;
  }
  const thresholds = checkThresholds(thresholdValues, 'pocReadiness.thresholds', errors);
  return { ...(rules && Object.keys(rules).length ? { rules } : {}), ...(thresholds && Object.keys(thresholds).length ? { thresholds } : {}) };
}
