// `poc-readiness summary`: the portfolio, one row per plan, ready plans
// first, then by overall score. As an aligned table or as a JSON array
// (`[{ file, title, verdict, overall, technical_feasibility,
// operational_viability, organizational_fit, topGap }]`, topGap null when
// there is none).
import type { Score } from '../../engine';
import type { Paint } from '../colors';
import { plural, type PlanReport } from '../report';
import { jsonSafe, messageLine, visible } from '../text';
import type { Formatter } from './formatter';
import { scoreFields } from './json';
import { VERDICT_WORDS } from './readiness';

export interface PortfolioRow {
  file: string;
  title: string | null;
  verdict: Score['verdict'];
  overall: number;
  technical_feasibility: number;
  operational_viability: number;
  organizational_fit: number;
  topGap: string | null;
}

/**
 * What stands most in the way: the unmet gate first (nothing else matters
 * until it is met), else the first error, else the first warning.
 */
export function topGap({ score, findings }: PlanReport): string | null {
  const missing = score.gate.items.filter((i) => !i.passed);
  if (missing.length) return `production gate: no ${missing.map((i) => i.title.toLowerCase()).join(', ')}`;
  const first = findings.find((f) => f.severity === 'error') ?? findings.find((f) => f.severity === 'warning');
  return first ? first.message : null;
}

export function portfolio(reports: readonly PlanReport[]): PortfolioRow[] {
  const rows = reports.map((report) => ({
    file: report.file,
    title: report.title ?? null,
    verdict: report.score.verdict,
    ...scoreFields(report.score),
    topGap: topGap(report),
  }));
  const readyFirst = (r: PortfolioRow) => (r.verdict === 'ready' ? 0 : 1);
  return rows.sort((a, b) => readyFirst(a) - readyFirst(b) || b.overall - a.overall || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

export function formatSummaryJson(reports: readonly PlanReport[]): string {
  return jsonSafe(JSON.stringify(portfolio(reports), null, 2)) + '\n';
}

const HEADERS = ['Plan', 'Verdict', 'Overall', 'Technical', 'Operational', 'Organizational', 'Top gap'];
/** Score columns are right-aligned. */
const NUMERIC = new Set([2, 3, 4, 5]);
const VERDICT_COLUMN = 1;

export function formatSummaryTable(reports: readonly PlanReport[], p: Paint): string {
  const rows = portfolio(reports);
  // File names and the top gap are plan text: escaped and clipped, so they cannot split a row or act on the terminal.
  const cells = rows.map((r) =>
    [visible(r.file), VERDICT_WORDS[r.verdict], r.overall, r.technical_feasibility, r.operational_viability, r.organizational_fit, r.topGap === null ? '—' : messageLine(r.topGap)].map(String),
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
  return [p.bold(line(HEADERS)), ...body, '', `${ready} of ${plural(rows.length, 'plan')} ready for approval`, ''].join('\n');
}

export const summaryTable: Formatter = {
  name: 'table',
  description: 'for people: an aligned table, ready plans first',
  format: (reports, { paint }) => formatSummaryTable(reports, paint),
};

export const summaryJson: Formatter = {
  name: 'json',
  description: 'the same rows as a JSON array',
  format: (reports) => formatSummaryJson(reports),
};
