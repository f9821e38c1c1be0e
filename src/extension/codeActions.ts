// Code actions on a plan's findings, after vscode-eslint and markdownlint:
// - a finding's own fix (insert the missing key, rename a misspelt one);
// - "Disable POCnnn for this line / for this file" and "Show documentation";
// - "Insert all missing sections", scaffolding the user asks for explicitly
//   (`source.pocReadiness.insertMissing`, and the quick fix of that name);
// - `source.fixAll.pocReadiness`: only repairs that remove findings and add
//   none. Placeholders are never inserted on save.
import * as vscode from 'vscode';
import { chainTabStops, disableForFileEdit, disableForLineEdit, fixAllEdits, insertsOnly, repairEdits, type Finding } from '../engine';
import { ruleIdOf, toRange, toSnippetEdit, toTextEdit } from './convert';
import { SHOW_RULE_DOCS_COMMAND } from './ruleDocs';
import { isMarkdownPlan } from './markdownPlan';
import { isPlan, type PlanService, setVersionedEdit } from './planService';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('pocReadiness');
export const INSERT_MISSING_KIND = vscode.CodeActionKind.Source.append('pocReadiness').append('insertMissing');
export const INSERT_ALL_TITLE = 'Insert all missing sections';
export const INSERT_ALL_COMMAND = 'pocReadiness.insertAllMissing';

export class PlanCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND, INSERT_MISSING_KIND],
    documentation: [{ kind: vscode.CodeActionKind.QuickFix, command: { title: 'POC Readiness rules', command: SHOW_RULE_DOCS_COMMAND } }],
  };

  constructor(private readonly plans: PlanService) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!isPlan(document)) return [];
    const planResult = this.plans.resultFor(document);
    if (!planResult) return [];
    const findings = planResult.result.findings;
    // What "insert all" would apply: a rename is only ever offered on its own finding.
    const insertable = findings.filter((f) => insertsOnly(f.fix));
    const only = context.only;

    if (only && !only.contains(vscode.CodeActionKind.QuickFix)) {
      const actions: vscode.CodeAction[] = [];
      if (only.intersects(FIX_ALL_KIND)) {
        const repairs = repairEdits(planResult.text, findings, this.plans.optionsFor(document.uri));
        if (repairs.length > 0) {
          const action = new vscode.CodeAction('Fix all POC Readiness repairs', FIX_ALL_KIND);
          action.edit = new vscode.WorkspaceEdit();
          action.edit.set(document.uri, repairs.map(toTextEdit));
          actions.push(action);
        }
      }
      if (only.intersects(INSERT_MISSING_KIND) && insertable.length > 0) actions.push(insertAllAction(document, INSERT_MISSING_KIND));
      return actions;
    }

    const actions: vscode.CodeAction[] = [];
    const here = findings.filter((f) => toRange(f.range).intersection(range));
    const titles = new Set<string>();
    for (const finding of here) {
      const fix = finding.fix;
      if (!fix || titles.has(fix.title)) continue; // several findings can share one insertion
      titles.add(fix.title);
      const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      const edit = new vscode.WorkspaceEdit();
      // One edit goes in as a snippet, so Tab walks its placeholders.
      edit.set(document.uri, fix.edits.length === 1 ? [toSnippetEdit(fix.edits[0])] : fix.edits.map(toTextEdit));
      setVersionedEdit(action, document, edit);
      action.diagnostics = diagnosticsOf(context, finding);
      action.isPreferred = true;
      actions.push(action);
    }
    if (actions.length > 0 && new Set(insertable.map((f) => f.fix!.title)).size > 1) {
      actions.push(insertAllAction(document, vscode.CodeActionKind.QuickFix));
    }
    // `#` comments are headings in Markdown: a Markdown plan's rules are turned off in .pocreadiness.yaml instead.
    if (!isMarkdownPlan(document)) actions.push(...this.suppressionActions(document, here, context));
    return actions;
  }

  /** Disable for the line, for the file, and the docs: once per rule among the findings here. */
  private suppressionActions(document: vscode.TextDocument, here: readonly Finding[], context: vscode.CodeActionContext): vscode.CodeAction[] {
    const text = document.getText();
    const disables: vscode.CodeAction[] = [];
    const docs: vscode.CodeAction[] = [];
    const rules = new Set<string>();
    for (const finding of here) {
      if (rules.has(finding.ruleId)) continue;
      rules.add(finding.ruleId);
      const lineEdit = disableForLineEdit(text, finding.range.start.line, finding.ruleId);
      if (lineEdit) disables.push(editAction(`Disable ${finding.ruleId} for this line`, document, lineEdit, diagnosticsOf(context, finding)));
      const fileEdit = disableForFileEdit(text, finding.ruleId);
      if (fileEdit) disables.push(editAction(`Disable ${finding.ruleId} for this file`, document, fileEdit, diagnosticsOf(context, finding)));
      const show = new vscode.CodeAction(`Show documentation for ${finding.ruleId}`, vscode.CodeActionKind.QuickFix);
      show.command = { title: show.title, command: SHOW_RULE_DOCS_COMMAND, arguments: [finding.ruleId] };
      docs.push(show);
    }
    return [...disables, ...docs];
  }
}

function diagnosticsOf(context: vscode.CodeActionContext, finding: Finding): vscode.Diagnostic[] {
  return context.diagnostics.filter((d) => ruleIdOf(d) === finding.ruleId && d.range.isEqual(toRange(finding.range)));
}

function editAction(title: string, document: vscode.TextDocument, edit: Parameters<typeof toTextEdit>[0], diagnostics: vscode.Diagnostic[]): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.set(document.uri, [toTextEdit(edit)]);
  action.diagnostics = diagnostics;
  return action;
}

/** The command does the work, so the sections go in as one snippet when the plan is in the active editor. */
function insertAllAction(document: vscode.TextDocument, kind: vscode.CodeActionKind): vscode.CodeAction {
  const action = new vscode.CodeAction(INSERT_ALL_TITLE, kind);
  action.command = { title: INSERT_ALL_TITLE, command: INSERT_ALL_COMMAND, arguments: [document.uri] };
  return action;
}

/**
 * Every insertion at once. As snippets (tab stops numbered on across the
 * sections, in document order) for the plan in the active editor; as plain
 * text otherwise, where VS Code could not run a snippet.
 */
export function insertAllEdit(document: vscode.TextDocument, findings: readonly Finding[], asSnippet: boolean): vscode.WorkspaceEdit {
  const edits = fixAllEdits(findings);
  const edit = new vscode.WorkspaceEdit();
  if (!asSnippet) {
    edit.set(document.uri, edits.map(toTextEdit));
    return edit;
  }
  const ordered = [...edits].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const snippets = chainTabStops(ordered.map((e) => e.snippet ?? e.newText.replace(/[\\$}]/g, '\\$&')));
  edit.set(
    document.uri,
    ordered.map((e, i) => (e.newText === '' ? toTextEdit(e) : new vscode.SnippetTextEdit(toRange(e.range), new vscode.SnippetString(snippets[i])))),
  );
  return edit;
}
