// Wires the portfolio into VS Code: the "POC Plans" view, the portfolio panel
// and their commands. Both read one PortfolioModel over the PlanService.
import * as vscode from 'vscode';
import { PortfolioPanel } from './portfolioPanel';
import { nodeUri, PortfolioModel, PortfolioTreeProvider, VIEW_ID } from './portfolioTree';
import type { PlanService } from './planService';

export function registerPortfolio(context: vscode.ExtensionContext, plans: PlanService): vscode.Disposable {
  const model = new PortfolioModel(plans);
  const tree = new PortfolioTreeProvider(model);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  const panel = new PortfolioPanel(context.extensionUri, model);
  const updateTitle = () => {
    const p = model.portfolio();
    view.description = p.total ? `${p.conversion.deployed} of ${p.conversion.run} run in production` : undefined;
    view.badge = p.stalled.length ? { value: p.stalled.length, tooltip: `${p.stalled.length} stalled POC${p.stalled.length === 1 ? '' : 's'}` } : undefined;
  };
  const disposables: vscode.Disposable[] = [
    model,
    tree,
    view,
    panel,
    model.onDidChange(updateTitle),
    vscode.commands.registerCommand('pocReadiness.openPortfolio', () => panel.open()),
    // The view's context action: its argument is the tree node, which openSummary does not take.
    vscode.commands.registerCommand('pocReadiness.portfolio.openSummary', (node?: unknown) => {
      const uri = nodeUri(node);
      return uri ? vscode.commands.executeCommand('pocReadiness.openSummary', uri) : undefined;
    }),
  ];
  // Test hooks, registered only when VS Code runs the extension's tests.
  if (context.extensionMode === vscode.ExtensionMode.Test) {
    disposables.push(
      vscode.commands.registerCommand('pocReadiness._portfolioTree', () => tree.snapshot()),
      vscode.commands.registerCommand('pocReadiness._portfolioPanelState', () => panel.snapshot()),
      vscode.commands.registerCommand('pocReadiness._portfolioPanelMessage', (message: unknown) => panel.receive(message)),
      vscode.commands.registerCommand('pocReadiness._portfolioReveal', async (uri: unknown) => {
        if (typeof uri === 'string') await view.reveal({ kind: 'plan', uri }, { select: true, focus: true, expand: true });
      }),
    );
  }
  return vscode.Disposable.from(...disposables);
}
