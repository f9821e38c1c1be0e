// The portfolio as Markdown, for a PR comment or a steering-committee page.
// Every plan value goes through ./format's Markdown escapes.

import { escapeMarkdown, messageMarkdown, plural } from './format';
import { STATUS_TITLES, type Portfolio } from './portfolio';

const table = (head: readonly string[], align: readonly string[], rows: ReadonlyArray<readonly string[]>) =>
  [`| ${head.join(' | ')} |`, `| ${align.join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const name = (r: { file: string; title?: string }) => (r.title ? `${escapeMarkdown(r.title)} (${escapeMarkdown(r.file)})` : escapeMarkdown(r.file));

export function renderPortfolioMarkdown(p: Portfolio): string {
  const out: string[] = [`# POC portfolio`, '', `${plural(p.total, 'plan')} · as of ${p.today}`, ''];
  out.push('## Funnel', '');
  out.push(table(['Stage', 'Now', 'Reached'], ['---', '---:', '---:'], [...p.funnel.map((s) => [s.title, String(s.count), String(s.reached)]), ['Stopped', String(p.stopped), '']]), '');
  out.push('## POCs run → capabilities deployed', '', p.conversion.sentence, '');
  out.push(`## Stalled (${p.stalled.length})`, '');
  out.push(...(p.stalled.length ? p.stalled.map((s) => `- ${name(s)}: ${escapeMarkdown(s.reason)}`) : ['None.']), '');
  out.push(`## Ready for approval (${p.readyForApproval.length})`, '');
  out.push(...(p.readyForApproval.length ? p.readyForApproval.map((r) => `- ${name(r)}: score ${r.overall}`) : ['None.']), '');
  out.push('## Plans', '');
  out.push(
    table(
      ['Plan', 'Status', 'Verdict', 'Score', 'Decision date', 'Top gap'],
      ['---', '---', '---', '---:', '---', '---'],
      p.rows.map((r) => [name(r), STATUS_TITLES[r.status], r.verdict === 'ready' ? 'ready' : 'not ready', String(r.overall), r.decisionDate ?? '—', r.topGap ? messageMarkdown(r.topGap) : '—']),
    ),
    '',
  );
  return out.join('\n');
}
