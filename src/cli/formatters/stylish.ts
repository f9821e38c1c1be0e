// ESLint's stylish, plus the readiness of each plan: a header per file,
// aligned `line:col  severity  message  rule` rows, the plan's verdict and
// scores, then the totals. Plan text is escaped (no terminal controls, no
// line breaks) and clipped, and the message column is padded to at most
// MESSAGE_COLUMN characters, so one absurd key cannot widen every row.
import type { Severity } from '../../engine';
import type { Paint } from '../colors';
import { place, plural, totals, type PlanReport } from '../report';
import { messageLine, visible } from '../text';
import type { Formatter } from './formatter';
import { readinessLine } from './readiness';

/** Messages longer than this are not padded: the rule id follows them after two spaces. */
export const MESSAGE_COLUMN = 160;

function severityPaint(p: Paint, severity: Severity): (s: string) => string {
  return severity === 'error' ? p.red : severity === 'warning' ? p.yellow : p.blue;
}

function planBlock(report: PlanReport, p: Paint): string[] {
  const rows = report.findings.map((f) => {
    const { line, column } = place(f);
    return { position: `${line}:${column}`, message: messageLine(f.message), f };
  });
  const positionWidth = Math.max(0, ...rows.map((r) => r.position.length));
  const severityWidth = Math.max(0, ...rows.map((r) => r.f.severity.length));
  const messageWidth = Math.min(MESSAGE_COLUMN, Math.max(0, ...rows.map((r) => r.message.length)));
  const lines = [p.underline(visible(report.file))];
  for (const { position, message, f } of rows) {
    const severity = severityPaint(p, f.severity)(f.severity.padEnd(severityWidth));
    lines.push(`  ${p.dim(position.padStart(positionWidth))}  ${severity}  ${message.padEnd(messageWidth)}  ${p.dim(visible(f.ruleId))}`);
  }
  const { score } = report;
  const mark = score.verdict === 'ready' ? p.green('✔') : p.red('✖');
  lines.push(`  ${mark} ${readinessLine(score)}`, '');
  return lines;
}

export function formatStylish(reports: readonly PlanReport[], p: Paint): string {
  const t = totals(reports);
  const problems = t.errors + t.warnings + t.infos;
  const summary =
    problems === 0
      ? p.green('✔ no problems')
      : (t.errors ? p.red : p.yellow)(p.bold(`✖ ${plural(problems, 'problem')} (${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}, ${plural(t.infos, 'info')})`));
  const lines = reports.flatMap((r) => planBlock(r, p));
  lines.push(summary, `${t.ready} of ${plural(t.plans, 'plan')} ready for approval`, '');
  return lines.join('\n');
}

export const stylish: Formatter = {
  name: 'stylish',
  description: 'for people: findings grouped by plan, its readiness, the totals',
  format: (reports, { paint }) => formatStylish(reports, paint),
};
