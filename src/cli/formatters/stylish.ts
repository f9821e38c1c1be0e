// ESLint's stylish, plus the readiness of each plan: a header per file,
// aligned `line:col  severity  message  rule` rows, the plan's verdict and
// scores, then the totals.
import type { Severity } from '../../engine';
import type { Paint } from '../colors';
import { place, plural, totals, type PlanReport } from '../report';
import { readinessLine } from './readiness';

function severityPaint(p: Paint, severity: Severity): (s: string) => string {
  return severity === 'error' ? p.red : severity === 'warning' ? p.yellow : p.blue;
}

function planBlock(report: PlanReport, p: Paint): string[] {
  const rows = report.findings.map((f) => {
    const { line, column } = place(f);
    return { position: `${line}:${column}`, f };
  });
  const positionWidth = Math.max(0, ...rows.map((r) => r.position.length));
  const severityWidth = Math.max(0, ...rows.map((r) => r.f.severity.length));
  const messageWidth = Math.max(0, ...rows.map((r) => r.f.message.length));
  const lines = [p.underline(report.file)];
  for (const { position, f } of rows) {
    const severity = severityPaint(p, f.severity)(f.severity.padEnd(severityWidth));
    lines.push(`  ${p.dim(position.padStart(positionWidth))}  ${severity}  ${f.message.padEnd(messageWidth)}  ${p.dim(f.ruleId)}`);
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
