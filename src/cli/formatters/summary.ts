// `poc-readiness summary`: the portfolio, one row per plan, ready plans
// first, then by overall score, followed by the funnel, the conversion from
// POCs run to capabilities deployed and the stalled POCs (src/report/portfolio).
// As an aligned table, JSON (`{ plans: [{ file, title, status, verdict,
// overall, technical_feasibility, operational_viability, organizational_fit,
// decisionDate, topGap }], funnel, stopped, conversion, stalled,
// readyForApproval }`, absent values null), Markdown or a printable HTML page.
import type { OutcomeStatus, Score } from '../../engine';
import { buildPortfolio, PORTFOLIO_CSS, renderPortfolioMarkdown, renderPortfolioPage, STATUS_TITLES, topGap as planTopGap, type Portfolio } from '../../report';
import type { Paint } from '../colors';
import { plural, type PlanReport } from '../report';
import { jsonSafe, messageLine, visible } from '../text';
import type { FormatContext, Formatter } from './formatter';
import { scoreFields } from './json';
import { VERDICT_WORDS } from './readiness';

export interface PortfolioRow {
  file: string;
  title: string | null;
  status: OutcomeStatus;
  verdict: Score['verdict'];
  overall: number;
  technical_feasibility: number;
  operational_viability: number;
  organizational_fit: number;
  decisionDate: string | null;
  topGap: string | null;
}

/**
 * What stands most in the way: the unmet gate first (nothing else matters
 * until it is met), else the first error, else the first warning.
 */
export function topGap(report: PlanReport): string | null {
  return planTopGap(report) ?? null;
}

export function portfolio(reports: readonly PlanReport[]): PortfolioRow[] {
  const rows = reports.map((report) => ({
    file: report.file,
    title: report.title ?? null,
    status: report.outcome.status,
    verdict: report.score.verdict,
    ...scoreFields(report.score),
    decisionDate: report.outcome.decisionDate ?? null,
    topGap: topGap(report),
  }));
  const readyFirst = (r: PortfolioRow) => (r.verdict === 'ready' ? 0 : 1);
  return rows.sort((a, b) => readyFirst(a) - readyFirst(b) || b.overall - a.overall || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The funnel, the conversion and the stalled POCs, counted from `context.today`. */
export function figuresOf(reports: readonly PlanReport[], context: Pick<FormatContext, 'today' | 'maxDaysToProduction'>): Portfolio {
  return buildPortfolio(reports, { today: context.today, maxDaysToProduction: context.maxDaysToProduction });
}

export function formatSummaryJson(reports: readonly PlanReport[], context: Pick<FormatContext, 'today' | 'maxDaysToProduction'>): string {
  const figures = figuresOf(reports, context);
  const json = {
    plans: portfolio(reports),
    funnel: Object.fromEntries(figures.funnel.map((s) => [s.stage, { now: s.count, reached: s.reached }])),
    stopped: figures.stopped,
    conversion: { run: figures.conversion.run, deployed: figures.conversion.deployed, percent: figures.conversion.percent ?? null },
    stalled: figures.stalled.map((s) => ({ file: s.file, title: s.title ?? null, kind: s.kind, since: s.since, days: s.days, reason: s.reason })),
    readyForApproval: figures.readyForApproval.map((r) => r.file),
  };
  return jsonSafe(JSON.stringify(json, null, 2)) + '\n';
}

const HEADERS = ['Plan', 'Status', 'Verdict', 'Overall', 'Technical', 'Operational', 'Organizational', 'Top gap'];
/** Score columns are right-aligned. */
const NUMERIC = new Set([3, 4, 5, 6]);
const VERDICT_COLUMN = 2;

/** The lines under the table: funnel, conversion, stalled POCs. */
function figureLines(figures: Portfolio, p: Paint): string[] {
  const funnel = [...figures.funnel.map((s) => `${s.title.toLowerCase()} ${s.count}`), `stopped ${figures.stopped}`].join(' · ');
  const lines = [`${p.bold('Funnel:')} ${funnel}`, `${p.bold('POCs run → capabilities deployed:')} ${figures.conversion.sentence}`];
  if (!figures.stalled.length) return [...lines, `${p.bold('Stalled:')} none`];
  const width = Math.max(...figures.stalled.map((s) => visible(s.file).length));
  return [...lines, p.bold(`Stalled (${figures.stalled.length}):`), ...figures.stalled.map((s) => `  ${visible(s.file).padEnd(width)}  ${messageLine(s.reason)}`)];
}

export function formatSummaryTable(reports: readonly PlanReport[], p: Paint, context: Pick<FormatContext, 'today' | 'maxDaysToProduction'>): string {
  const rows = portfolio(reports);
  // File names and the top gap are plan text: escaped and clipped, so they cannot split a row or act on the terminal.
  const cells = rows.map((r) =>
    [
      visible(r.file),
      STATUS_TITLES[r.status].toLowerCase(),
      VERDICT_WORDS[r.verdict],
      r.overall,
      r.technical_feasibility,
      r.operational_viability,
      r.organizational_fit,
      r.topGap === null ? '—' : messageLine(r.topGap),
    ].map(String),
  );
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[], colour: (s: string) => string = (s) => s) =>
    c
      .map((cell, i) => {
        const padded = i === c.length - 1 ? cell : NUMERIC.has(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i]);
        return i === VERDICT_COLUMN ? colour(padded) : padded;
      })
      .join('  ')
      .trimEnd();
  const body = cells.map((c, i) => line(c, rows[i].verdict === 'ready' ? p.green : p.red));
  const ready = rows.filter((r) => r.verdict === 'ready').length;
  return [p.bold(line(HEADERS)), ...body, '', `${ready} of ${plural(rows.length, 'plan')} ready for approval`, '', ...figureLines(figuresOf(reports, context), p), ''].join('\n');
}

export const summaryTable: Formatter = {
  name: 'table',
  description: 'for people: an aligned table, ready plans first',
  format: (reports, context) => formatSummaryTable(reports, context.paint, context),
};

export const summaryJson: Formatter = {
  name: 'json',
  description: 'the same rows, funnel, conversion and stalled POCs as JSON',
  format: (reports, context) => formatSummaryJson(reports, context),
};

export const summaryMarkdown: Formatter = {
  name: 'markdown',
  description: 'the portfolio as Markdown, for a PR comment or a wiki page',
  format: (reports, context) => renderPortfolioMarkdown(figuresOf(reports, context)),
};

export const summaryHtml: Formatter = {
  name: 'html',
  description: 'a self-contained, printable portfolio page',
  format: (reports, context) => renderPortfolioPage(figuresOf(reports, context), { css: PORTFOLIO_CSS, generatedOn: context.today }),
};
