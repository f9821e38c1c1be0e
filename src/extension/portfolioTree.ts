// The "POC Plans" view: every plan of the workspace, grouped by status, each
// with its verdict, score, decision date and top gap. It reads the results the
// PlanService keeps (the diagnostics lint every workspace plan and follow the
// files), so it is live as plans are edited, created and deleted, and costs no
// second lint.
import * as vscode from 'vscode';
import { DEFAULT_THRESHOLDS } from '../engine';
import { buildPortfolio, STATUS_ORDER, STATUS_TITLES, type Portfolio, type PortfolioPlan, type PortfolioRow } from '../report';
import type { PlanResult, PlanService } from './planService';

export const VIEW_ID = 'pocReadiness.portfolio';

export type PortfolioNode = { kind: 'status'; status: PortfolioRow['status'] } | { kind: 'plan'; uri: string };

/** What the integration tests read back through `pocReadiness._portfolioTree`: the tree as the view shows it. */
export interface TreeSnapshot {
  groups: Array<{ status: string; label: string; description?: string; plans: Array<{ uri: string; label: string; description?: string; tooltip?: string; icon?: string; command?: string }> }>;
}

/** How long a burst of lints (the workspace scan, typing) waits before the view redraws once. */
const REFRESH_MS = 150;

const today = () => new Date().toISOString().slice(0, 10);

export class PortfolioModel implements vscode.Disposable {
  private readonly results = new Map<string, PlanResult>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private timer?: ReturnType<typeof setTimeout>;
  private cached?: Portfolio;
  private byFile?: Map<string, PortfolioRow>;
  private readonly disposables: vscode.Disposable[];
  /** Fires (debounced) when any plan's result changes. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly plans: PlanService) {
    this.disposables = [
      plans.onDidLint((planResult) => {
        // Only the workspace's plans: an untitled or outside file is not part of the portfolio.
        if (vscode.workspace.getWorkspaceFolder(planResult.uri) === undefined) return;
        this.results.set(planResult.uri.toString(), planResult);
        this.changed();
      }),
      plans.onDidClear((uri) => {
        if (this.results.delete(uri.toString())) this.changed();
      }),
      vscode.workspace.onDidRenameFiles((event) => {
        for (const { oldUri } of event.files) if (this.results.delete(oldUri.toString())) this.changed();
      }),
      this.emitter,
    ];
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }

  result(uri: string): PlanResult | undefined {
    return this.results.get(uri);
  }

  has(uri: string): boolean {
    return this.results.has(uri);
  }

  /** The portfolio as of today, computed once per change. */
  portfolio(): Portfolio {
    if (this.cached) return this.cached;
    const entries: PortfolioPlan[] = [...this.results.values()].map(({ uri, result }) => ({
      file: uri.toString(),
      ...(result.figures.title ? { title: result.figures.title } : {}),
      score: result.score,
      findings: result.findings,
      outcome: result.figures.outcome,
    }));
    // One threshold for the whole portfolio: the first plan's folder's (settings are per resource, the config file per workspace).
    const first = this.results.values().next().value;
    const maxDaysToProduction = (first && this.plans.optionsFor(first.uri).thresholds?.maxDaysToProduction) ?? DEFAULT_THRESHOLDS.maxDaysToProduction;
    this.cached = buildPortfolio(entries, { today: today(), maxDaysToProduction });
    this.byFile = new Map(this.cached.rows.map((r) => [r.file, r]));
    return this.cached;
  }

  row(uri: string): PortfolioRow | undefined {
    this.portfolio();
    return this.byFile?.get(uri);
  }

  private changed(): void {
    this.cached = undefined;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.emitter.fire();
    }, REFRESH_MS);
  }
}

const fileName = (uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));

function planDescription(row: PortfolioRow): string {
  return [row.verdict === 'ready' ? 'ready' : 'not ready', String(row.overall), row.decisionDate ? `decides ${row.decisionDate}` : 'no decision date', row.stall?.reason ?? row.topGap]
    .filter((part): part is string => !!part)
    .join(' · ');
}

function planTooltip(row: PortfolioRow): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString(undefined, true);
  // Plan text is shown as text, never as Markdown or HTML.
  tooltip.isTrusted = false;
  tooltip.supportHtml = false;
  tooltip.appendText(row.title ?? fileName(row.file)).appendMarkdown('\n\n');
  tooltip.appendText(`${STATUS_TITLES[row.status]} · ${row.verdict === 'ready' ? 'Ready for approval' : 'Not ready for approval'} · score ${row.overall}/100`);
  tooltip.appendMarkdown('\n\n').appendText(row.decisionDate ? `Decision date: ${row.decisionDate}` : 'No decision date');
  if (row.stall) tooltip.appendMarkdown('\n\n').appendText(`Stalled: ${row.stall.reason}`);
  if (row.topGap) tooltip.appendMarkdown('\n\n').appendText(`Top gap: ${row.topGap}`);
  return tooltip;
}

function planIcon(row: PortfolioRow): vscode.ThemeIcon {
  if (row.stall) return new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
  if (row.status === 'in_production') return new vscode.ThemeIcon('rocket');
  if (row.status === 'stopped') return new vscode.ThemeIcon('circle-slash');
  return row.verdict === 'ready' ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')) : new vscode.ThemeIcon('circle-large-outline');
}

export class PortfolioTreeProvider implements vscode.TreeDataProvider<PortfolioNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<PortfolioNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly model: PortfolioModel) {
    this.subscription = model.onDidChange(() => this.emitter.fire(undefined));
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }

  getChildren(node?: PortfolioNode): PortfolioNode[] {
    const rows = this.model.portfolio().rows;
    if (!node) return STATUS_ORDER.filter((status) => rows.some((r) => r.status === status)).map((status) => ({ kind: 'status', status }));
    if (node.kind === 'status') return rows.filter((r) => r.status === node.status).map((r) => ({ kind: 'plan', uri: r.file }));
    return [];
  }

  getParent(node: PortfolioNode): PortfolioNode | undefined {
    if (node.kind === 'status') return undefined;
    const row = this.row(node.uri);
    return row ? { kind: 'status', status: row.status } : undefined;
  }

  getTreeItem(node: PortfolioNode): vscode.TreeItem {
    if (node.kind === 'status') {
      const count = this.model.portfolio().rows.filter((r) => r.status === node.status).length;
      const item = new vscode.TreeItem(STATUS_TITLES[node.status], vscode.TreeItemCollapsibleState.Expanded);
      item.id = `status:${node.status}`;
      item.description = String(count);
      item.contextValue = 'pocStatus';
      return item;
    }
    const row = this.row(node.uri);
    const uri = vscode.Uri.parse(node.uri, true);
    const item = new vscode.TreeItem(row?.title ?? fileName(node.uri), vscode.TreeItemCollapsibleState.None);
    item.id = node.uri;
    item.resourceUri = uri;
    item.contextValue = 'pocPlan';
    if (row) {
      item.description = planDescription(row);
      item.tooltip = planTooltip(row);
      item.iconPath = planIcon(row);
    }
    item.command = { command: 'vscode.open', title: 'Open Plan', arguments: [uri] };
    return item;
  }

  /** The tree as the view shows it, for the integration tests. */
  snapshot(): TreeSnapshot {
    return {
      groups: this.getChildren().map((group) => {
        const item = this.getTreeItem(group);
        return {
          status: group.kind === 'status' ? group.status : '',
          label: String(item.label),
          ...(typeof item.description === 'string' ? { description: item.description } : {}),
          plans: this.getChildren(group).map((plan) => {
            const p = this.getTreeItem(plan);
            return {
              uri: plan.kind === 'plan' ? plan.uri : '',
              label: String(p.label),
              ...(typeof p.description === 'string' ? { description: p.description } : {}),
              ...(p.tooltip instanceof vscode.MarkdownString ? { tooltip: p.tooltip.value } : {}),
              ...(p.iconPath instanceof vscode.ThemeIcon ? { icon: p.iconPath.id } : {}),
              ...(p.command ? { command: p.command.command } : {}),
            };
          }),
        };
      }),
    };
  }

  private row(uri: string): PortfolioRow | undefined {
    return this.model.row(uri);
  }
}

/** The URI a context action on the view was given: a plan node, or a URI from elsewhere. */
export function nodeUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'object' && value !== null && (value as PortfolioNode).kind === 'plan' && typeof (value as { uri?: unknown }).uri === 'string') {
    return vscode.Uri.parse((value as { uri: string }).uri, true);
  }
  return undefined;
}
