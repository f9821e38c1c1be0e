// The summary as Markdown, for pasting into a ticket or an approval meeting's
// notes. Every value goes through ./format's Markdown escapes, so a title,
// a currency or a metric kind cannot inject links, HTML or structure.

import { codeSpan, escapeMarkdown, messageMarkdown, plural, ruleLinkMarkdown } from './format';
import { economicsTable, type Gap, gapWhere, icebergFacts, type Summary } from './summary';

/** `head` and `rows` are Markdown already: escape their text first. */
const table = (head: readonly string[], align: readonly string[], rows: ReadonlyArray<readonly string[]>) =>
  [`| ${head.join(' | ')} |`, `| ${align.join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** `generatedOn` (an ISO date) adds a footer line, for exported files. */
export function renderMarkdown(s: Summary, generatedOn?: string): string {
  const out: string[] = [];
  out.push(`# Readiness: ${s.title ? escapeMarkdown(s.title) : 'Untitled plan'}`, '');
  out.push(`**${escapeMarkdown(s.verdict.label)}** · overall score ${s.verdict.overall}/100  `);
  if (s.form) out.push(`${escapeMarkdown(s.form.label)}  `);
  if (s.verdict.capNote) out.push(`${escapeMarkdown(s.verdict.capNote)}  `);
  out.push(`${s.owner ? `Owner: ${escapeMarkdown(s.owner)}` : 'No owner named'} · Plan: ${escapeMarkdown(s.planName)}`, '');
  if (s.verdict.reasons.length) out.push(...s.verdict.reasons.map((r) => `- ${messageMarkdown(r)}`), '');

  out.push(`## Production gate: ${s.gate.written} of ${s.gate.items.length} written`, '');
  out.push(...s.gate.items.map((i) => `- [${i.passed ? 'x' : ' '}] ${escapeMarkdown(i.title)}`), '');

  out.push('## The three questions', '');
  out.push(
    table(
      ['Question', 'Score', 'Checks'],
      ['---', '---:', '---'],
      s.dimensions.map((d) => [escapeMarkdown(d.title), `${d.score}/100`, escapeMarkdown(d.checks)]),
    ),
    '',
  );

  out.push('## Budget iceberg', '', escapeMarkdown(s.iceberg.caption), '');
  out.push(
    table(
      ['Budget', 'Amount'],
      ['---', '---:'],
      icebergFacts(s.iceberg).map((f) => [escapeMarkdown(f.label), f.missing ? `*${escapeMarkdown(f.value)}*` : escapeMarkdown(f.value)]),
    ),
    '',
  );

  out.push('## Review economics', '');
  const economics = economicsTable(s.economics);
  if (economics) {
    const rows = economics.rows.map((r) => [r.label, r.perItem, r.perMonth].map((cell) => (r.result ? `**${escapeMarkdown(cell)}**` : escapeMarkdown(cell))));
    out.push(table(['', 'Per item', escapeMarkdown(economics.perMonthHeader)], ['---', '---:', '---:'], rows), '');
  }
  out.push(messageMarkdown(s.economics.caption), '');

  out.push('## Metrics mix', '', escapeMarkdown(s.metrics.caption));
  if (s.metrics.kinds.length) out.push('', `Kinds: ${s.metrics.kinds.map(codeSpan).join(', ')}`);
  out.push('');

  out.push(`## Gaps (${s.gapCount})`, '');
  if (!s.gapCount) out.push('No gaps: every check passes.', '');
  for (const group of s.gaps) {
    out.push(`### ${escapeMarkdown(group.title)} (${plural(group.gaps.length, 'gap')})`, '');
    out.push(...group.gaps.map(gapLine), '');
  }
  if (generatedOn) out.push('---', '', `*Readiness report for ${escapeMarkdown(s.planName)}, generated ${escapeMarkdown(generatedOn)} by POC Readiness.*`, '');
  return out.join('\n');
}

function gapLine(gap: Gap): string {
  return `- ${messageMarkdown(gap.message)} (${escapeMarkdown(gapWhere(gap))}, ${ruleLinkMarkdown(gap.ruleId, gap.docs)})`;
}
