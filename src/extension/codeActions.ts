// Quick fixes from the engine's insertions: one per finding that has a fix,
// plus "Insert all missing sections" when a plan has several, also offered as
// `source.fixAll.pocReadiness` for fix-on-save.
import * as vscode from 'vscode';
import { fixAllEdits, insertsOnly, type Finding } from '../engine';
import { ruleIdOf, toRange, toSnippetEdit, toTextEdit } from './convert';
import { isPlan, type PlanService, setVersionedEdit } from './planService';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('pocReadiness');
export const INSERT_ALL_TITLE = 'Insert all missing sections';

export class PlanCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly plans: PlanService) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!isPlan(document)) return [];
    const findings = this.plans.resultFor(document)?.result.findings ?? [];
    const fixable = findings.filter((f) => f.fix);
    // What "insert all" would apply: a rename is only ever offered on its own finding.
    const insertable = fixable.filter((f) => insertsOnly(f.fix));
    const only = context.only;

    if (only && !only.contains(vscode.CodeActionKind.QuickFix)) {
      // Asked for something else, e.g. `source.fixAll` on save: only the whole-file action fits.
      return only.intersects(FIX_ALL_KIND) && insertable.length ? [fixAllAction(document, insertable, FIX_ALL_KIND)] : [];
    }

    const actions: vscode.CodeAction[] = [];
    const titles = new Set<string>();
    for (const finding of fixable) {
      if (!toRange(finding.range).intersection(range)) continue;
      const fix = finding.fix!;
      if (titles.has(fix.title)) continue; // several findings can share one insertion
      titles.add(fix.title);
      const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      const edit = new vscode.WorkspaceEdit();
      // One edit goes in as a snippet, so Tab walks its placeholders.
      edit.set(document.uri, fix.edits.length === 1 ? [toSnippetEdit(fix.edits[0])] : fix.edits.map(toTextEdit));
      setVersionedEdit(action, document, edit);
      action.diagnostics = context.diagnostics.filter((d) => ruleIdOf(d) === finding.ruleId && d.range.isEqual(toRange(finding.range)));
      action.isPreferred = true;
      actions.push(action);
    }
    if (actions.length > 0 && new Set(insertable.map((f) => f.fix!.title)).size > 1) {
      actions.push(fixAllAction(document, insertable, vscode.CodeActionKind.QuickFix));
    }
    return actions;
  }
}

function fixAllAction(document: vscode.TextDocument, fixable: readonly Finding[], kind: vscode.CodeActionKind): vscode.CodeAction {
  const action = new vscode.CodeAction(INSERT_ALL_TITLE, kind);
  setVersionedEdit(action, document, insertAllEdit(document, fixable));
  return action;
}

/** Every insertion at once, as plain text (several snippets cannot be active together). */
export function insertAllEdit(document: vscode.TextDocument, findings: readonly Finding[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  edit.set(document.uri, fixAllEdits(findings).map(toTextEdit));
  return edit;
}
