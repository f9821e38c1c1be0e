// Outline, breadcrumbs, Go to Symbol and sticky scroll for plans, from the
// engine's outline of the latest lint (a section's detail is its state).
import * as vscode from 'vscode';
import { planFormat, planOutline, type OutlineKind, type OutlineNode } from '../engine';
import { toRange } from './convert';
import { isPlan, type PlanService } from './planService';

const KIND: Record<OutlineKind, vscode.SymbolKind> = {
  section: vscode.SymbolKind.Module,
  key: vscode.SymbolKind.Property,
  list: vscode.SymbolKind.Array,
  item: vscode.SymbolKind.Object,
};

function toSymbol(node: OutlineNode): vscode.DocumentSymbol {
  const symbol = new vscode.DocumentSymbol(node.name, node.detail, KIND[node.kind], toRange(node.range), toRange(node.selectionRange));
  symbol.children = node.children.map(toSymbol);
  return symbol;
}

export class PlanSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly plans: PlanService) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    if (!isPlan(document)) return [];
    // Turned off, the outline still works; it just has no state to report.
    const planResult = this.plans.enabled(document.uri) ? this.plans.resultFor(document) : undefined;
    return planOutline(document.getText(), planResult?.result.findings, planFormat(document.uri.path)).map(toSymbol);
  }
}
