// `.pocreadiness.yaml` in its own editor: problems at the key or value they
// are about (not only the toast options.ts shows once), a quick fix for near
// misses, completion of rule ids and names, severities and threshold names,
// and hovers on them.
import * as vscode from 'vscode';
import { configProblems, DEFAULT_THRESHOLDS, RULE_METAS, SEVERITIES, type RuleMeta, type Thresholds } from '../engine';
import { toRange } from './convert';
import { CONFIG_FILE } from './options';
import { SHOW_RULE_DOCS_COMMAND } from './ruleDocs';

export const CONFIG_SELECTOR: vscode.DocumentSelector = [{ pattern: `**/${CONFIG_FILE}` }];
const CONFIG_SOURCE = 'POC Readiness config';
const TOP_KEYS = { rules: 'Severity per rule id or name: off, info, warning or error.', thresholds: 'Where the checks draw their lines.' };

export function isConfigFile(document: vscode.TextDocument): boolean {
  return document.uri.path.endsWith(`/${CONFIG_FILE}`);
}

const META_BY_KEY = new Map<string, RuleMeta>(RULE_METAS.flatMap((m) => [[m.id, m] as const, [m.name, m] as const]));

type ThresholdDescriptions = Partial<Record<keyof Thresholds, string>>;

/** The section (`rules`, `thresholds`) the line belongs to: the nearest key at column 0 at or above it. */
function sectionAt(document: vscode.TextDocument, line: number): string | undefined {
  for (let l = line; l >= 0; l--) {
    const text = document.lineAt(l).text;
    const m = /^([A-Za-z_][\w-]*)\s*:/.exec(text);
    if (m) return l === line ? undefined : m[1];
    if (l < line && text.trim() !== '' && !text.startsWith(' ') && !text.startsWith('#')) return undefined;
  }
  return undefined;
}

export class ConfigFileSupport implements vscode.Disposable, vscode.CompletionItemProvider, vscode.HoverProvider, vscode.CodeActionProvider {
  private readonly collection = vscode.languages.createDiagnosticCollection('poc-readiness-config');
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(private readonly thresholdDescriptions: ThresholdDescriptions) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.check(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.check(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => isConfigFile(d) && this.collection.delete(d.uri)),
      vscode.languages.registerCompletionItemProvider(CONFIG_SELECTOR, this, ':', ' '),
      vscode.languages.registerHoverProvider(CONFIG_SELECTOR, this),
      vscode.languages.registerCodeActionsProvider(CONFIG_SELECTOR, this, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    );
    for (const document of vscode.workspace.textDocuments) this.check(document);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private check(document: vscode.TextDocument): void {
    if (!isConfigFile(document)) return;
    this.collection.set(
      document.uri,
      configProblems(document.getText()).map((p) => {
        const severity = p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
        const diagnostic = new vscode.Diagnostic(toRange(p.range), p.message, severity);
        diagnostic.source = CONFIG_SOURCE;
        return diagnostic;
      }),
    );
  }

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    // The suggestion is not on the diagnostic (VS Code would show it as its code): the problems are cheap to find again.
    return configProblems(document.getText()).flatMap((p) => {
      const at = toRange(p.range);
      if (!p.suggestion || !at.intersection(range)) return [];
      const action = new vscode.CodeAction(`Change to \`${p.suggestion}\``, vscode.CodeActionKind.QuickFix);
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(document.uri, at, p.suggestion);
      action.diagnostics = context.diagnostics.filter((d) => d.source === CONFIG_SOURCE && d.range.isEqual(at));
      action.isPreferred = true;
      return [action];
    });
  }

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    const line = document.lineAt(position.line).text;
    const before = line.slice(0, position.character);
    if (before.trimStart().startsWith('#')) return [];
    const indented = /^\s+/.test(before);
    if (!indented) {
      if (before.includes(':')) return [];
      return Object.entries(TOP_KEYS).map(([key, description]) => {
        const item = new vscode.CompletionItem(key, vscode.CompletionItemKind.Module);
        item.insertText = new vscode.SnippetString(`${key}:\n  $0`);
        item.documentation = description;
        return item;
      });
    }
    const section = sectionAt(document, position.line);
    const afterColon = before.includes(':');
    if (section === 'rules' && afterColon) {
      return SEVERITIES.map((s, i) => {
        const item = new vscode.CompletionItem(s, vscode.CompletionItemKind.EnumMember);
        item.sortText = String(i);
        return item;
      });
    }
    if (section === 'rules') {
      return RULE_METAS.flatMap((m) =>
        [m.id, m.name].map((key) => {
          const item = new vscode.CompletionItem({ label: key, description: key === m.id ? m.name : m.id }, vscode.CompletionItemKind.Property);
          item.detail = m.title;
          item.documentation = new vscode.MarkdownString(`${m.rationale}\n\nDefault severity: ${m.severity}.`);
          item.filterText = `${m.id} ${m.name}`;
          item.insertText = `${key}: `;
          item.command = { title: 'Suggest severities', command: 'editor.action.triggerSuggest' };
          return item;
        }),
      );
    }
    if (section === 'thresholds' && !afterColon) {
      return (Object.keys(DEFAULT_THRESHOLDS) as Array<keyof Thresholds>).map((key) => {
        const item = new vscode.CompletionItem(key, vscode.CompletionItemKind.Property);
        item.detail = `default ${DEFAULT_THRESHOLDS[key]}`;
        item.documentation = this.thresholdDescriptions[key];
        item.insertText = new vscode.SnippetString(`${key}: \${1:${DEFAULT_THRESHOLDS[key]}}`);
        return item;
      });
    }
    return [];
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const range = document.getWordRangeAtPosition(position, /[A-Za-z][\w/-]*/);
    if (!range) return undefined;
    const word = document.getText(range);
    const section = sectionAt(document, position.line);
    const meta = section === 'rules' ? META_BY_KEY.get(word) : undefined;
    if (meta) {
      const md = new vscode.MarkdownString(`**${meta.id}** \`${meta.name}\`: ${meta.title}.\n\n${meta.rationale}\n\nDefault severity: ${meta.severity}. `);
      md.appendMarkdown(`[Rule documentation](command:${SHOW_RULE_DOCS_COMMAND}?${encodeURIComponent(JSON.stringify([meta.id]))})`);
      md.isTrusted = { enabledCommands: [SHOW_RULE_DOCS_COMMAND] };
      return new vscode.Hover(md, range);
    }
    if (section === 'thresholds' && word in DEFAULT_THRESHOLDS) {
      const key = word as keyof Thresholds;
      return new vscode.Hover(new vscode.MarkdownString(`**${key}**: ${this.thresholdDescriptions[key] ?? ''}\n\nDefault: ${DEFAULT_THRESHOLDS[key]}.`), range);
    }
    if (!section && word in TOP_KEYS) return new vscode.Hover(`**${word}**: ${TOP_KEYS[word as keyof typeof TOP_KEYS]}`, range);
    return undefined;
  }
}

/** The `pocReadiness.thresholds.*` settings' descriptions from the manifest: one text for settings, schema, hovers and the template. */
export function thresholdDescriptions(packageJson: unknown): ThresholdDescriptions {
  const properties = (packageJson as { contributes?: { configuration?: { properties?: Record<string, { description?: string }> } } }).contributes?.configuration?.properties ?? {};
  const out: ThresholdDescriptions = {};
  for (const key of Object.keys(DEFAULT_THRESHOLDS) as Array<keyof Thresholds>) {
    const description = properties[`pocReadiness.thresholds.${key}`]?.description;
    if (description) out[key] = description;
  }
  return out;
}
