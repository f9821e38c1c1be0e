// --format markdown: a pull-request comment. A table of plans, then each
// plan's reasons, errors and warnings with links to the rule docs. Text that
// comes from a plan goes through the report's Markdown escapes (the same the
// panel's Markdown uses), so it cannot break the table or the markup.
import type { Finding, Score } from '../../engine';
import { escapeMarkdown, messageMarkdown, ruleLinkMarkdown } from '../../report/format';
import { count, place, plural, totals, type PlanReport } from '../report';
import { visible } from '../text';
import type { Formatter } from './formatter';
import { VERDICT_WORDS } from './readiness';

const VERDICT_EMOJI: Record<Score['verdict'], string> = { ready: '✅', not_ready: '❌' };

export function verdictMarkdown(score: Score): string {
  return `${VERDICT_EMOJI[score.verdict]} ${VERDICT_WORDS[score.verdict]}`;
}

function findingItem(f: Finding): string {
  return `- Line ${place(f).line}: ${messageMarkdown(f.message)} (${ruleLinkMarkdown(f.ruleId, f.docs)})`;
}

function findingList(findings: readonly Finding[], heading: string): string[] {
  return findings.length ? [`**${heading}**`, '', ...findings.map(findingItem), ''] : [];
}

function planSection({ file, title, score, findings }: PlanReport): string[] {
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  if (score.reasons.length === 0 && errors.length === 0 && warnings.length === 0) return [];
  return [
    `### ${escapeMarkdown(file)}${title ? ` — ${escapeMarkdown(title)}` : ''}`,
    '',
    ...(score.reasons.length ? [`> ${score.reasons.map(messageMarkdown).join(' ')}`, ''] : []),
    ...findingList(errors, plural(errors.length, 'error')),
    ...findingList(warnings, plural(warnings.length, 'warning')),
  ];
}

export function formatMarkdown(reports: readonly PlanReport[]): string {
  const t = totals(reports);
  const rows = reports.map(({ file, score, findings }) => {
    const d = score.dimensions;
    const cells = [
      escapeMarkdown(file),
      verdictMarkdown(score),
      score.overall,
      d.technical_feasibility.score,
      d.operational_viability.score,
      d.organizational_fit.score,
      count(findings, 'error'),
      count(findings, 'warning'),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return (
    [
      '## POC readiness',
      '',
      `${t.ready} of ${plural(t.plans, 'plan')} ready for approval · ${plural(t.errors, 'error')} · ${plural(t.warnings, 'warning')}`,
      '',
      '| Plan | Verdict | Overall | Technical | Operational | Organizational | Errors | Warnings |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
      '',
      ...reports.flatMap(planSection),
    ]
      .join('\n')
      // The escapes above keep the Markdown's structure; this keeps a terminal that prints it safe (ESC, bidi controls).
      .split('\n')
      .map(visible)
      .join('\n')
  );
}

export const markdown: Formatter = {
  name: 'markdown',
  description: 'a pull-request comment: a table of plans, then their gaps',
  format: (reports) => formatMarkdown(reports),
};
