// --format unix: one line per finding, `file:line:col: severity: message [rule]`,
// as compilers print them. Nothing else is on a finding's line, so an editor's
// problem matcher (the `$poc-readiness` one in package.json) or grep reads it
// with one regular expression; a plan's readiness follows its findings on a
// line of its own that the expression does not match.
import { place, plural, totals, type PlanReport } from '../report';
import { messageLine, visible } from '../text';
import type { Formatter } from './formatter';
import { VERDICT_WORDS } from './readiness';

export function formatUnix(reports: readonly PlanReport[]): string {
  const lines: string[] = [];
  for (const { file, score, findings } of reports) {
    const name = visible(file);
    for (const f of findings) {
      const { line, column } = place(f);
      lines.push(`${name}:${line}:${column}: ${f.severity}: ${messageLine(f.message)} [${visible(f.ruleId)}]`);
    }
    lines.push(`${name}: ${VERDICT_WORDS[score.verdict]}, overall ${score.overall}`);
  }
  const t = totals(reports);
  lines.push(`${t.ready} of ${plural(t.plans, 'plan')} ready for approval, ${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}, ${plural(t.infos, 'info')}`, '');
  return lines.join('\n');
}

export const unix: Formatter = {
  name: 'unix',
  description: 'one line per finding, file:line:col: severity: message [rule] (for problem matchers and grep)',
  format: (reports) => formatUnix(reports),
};
