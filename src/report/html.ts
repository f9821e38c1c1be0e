// The summary as HTML: the panel's body and the body of the exported report
// are the same markup, so what a reviewer exports is what they saw. No inline
// script, style or event handler anywhere (the panel's CSP forbids them); every
// plan value is escaped.

import { escapeHtml, formatNumber, messageHtml, planTextHtml, plural, webUrl } from './format';
import { barSvg, icebergSvg } from './pictures';
import { type DimensionView, type Economics, economicsTable, type Gap, type GapGroup, gapWhere, type Iceberg, icebergFacts, type MetricsMix, minutes, SEVERITY_LABELS, type Summary } from './summary';

export interface BodyOptions {
  /** The panel: gaps are buttons that reveal their range, and the header has actions. The report: plain text. */
  interactive: boolean;
}

const MARK = { passed: '✓', missing: '✗' };

export function renderSummaryBody(summary: Summary, { interactive }: BodyOptions): string {
  return [
    verdictSection(summary, interactive),
    '<div class="columns">',
    gateSection(summary),
    dimensionsSection(summary.dimensions),
    '</div>',
    '<div class="figures">',
    icebergSection(summary.iceberg),
    economicsSection(summary.economics),
    metricsSection(summary.metrics),
    '</div>',
    gapsSection(summary, interactive),
  ].join('\n');
}

/** A one-line message in place of the summary, e.g. when the plan cannot be read. */
export function renderNoticeBody(text: string): string {
  return `<section class="card notice" role="status"><p>${escapeHtml(text)}</p></section>`;
}

function card(id: string, title: string, content: string, extraClass = ''): string {
  return `<section class="card ${extraClass}" aria-labelledby="${id}-title"><h2 id="${id}-title">${title}</h2>${content}</section>`;
}

function verdictSection(s: Summary, interactive: boolean): string {
  const state = s.verdict.ready ? 'ready' : 'not-ready';
  const meta = [s.owner ? `Owner: ${planTextHtml(s.owner)}` : 'No owner named', planTextHtml(s.planName)].join(' · ');
  const reasons = s.verdict.reasons.length ? `<ul class="reasons">${s.verdict.reasons.map((r) => `<li>${messageHtml(r)}</li>`).join('')}</ul>` : '';
  const actions = interactive
    ? '<div class="actions"><button type="button" data-command="copyMarkdown">Copy as Markdown</button><button type="button" data-command="exportReport">Export report</button></div>'
    : '';
  return (
    `<header class="verdict ${state}">` +
    `<div class="verdict-line"><p class="verdict-label"><span class="verdict-mark" aria-hidden="true">${s.verdict.ready ? MARK.passed : MARK.missing}</span>${s.verdict.label}</p>` +
    `<p class="overall" aria-label="Overall score ${s.verdict.overall} out of 100"><span class="overall-score">${s.verdict.overall}</span><span class="overall-unit">/100</span></p></div>` +
    `<h1 class="plan-title">${s.title ? planTextHtml(s.title) : '<span class="absent">Untitled plan</span>'}</h1>` +
    `<p class="plan-meta">${meta}</p>${formProgress(s)}${s.verdict.capNote ? `<p class="cap-note">${escapeHtml(s.verdict.capNote)}</p>` : ''}${reasons}${actions}</header>`
  );
}

/** A plan still partly the template is a form: how far it is filled in, and why its sections are quiet. */
function formProgress(s: Summary): string {
  if (!s.form) return '';
  return `<p class="form-progress"><strong>${s.form.label}</strong>. A section still holding the template's placeholders has one note; its checks appear once you write into it.</p>`;
}

function gateSection(s: Summary): string {
  const items = s.gate.items
    .map((item) => {
      const state = item.passed ? 'passed' : 'missing';
      return `<li class="gate-item ${state}"><span class="mark" aria-hidden="true">${MARK[state]}</span>${escapeHtml(item.title)}<span class="visually-hidden">: ${item.passed ? 'written' : 'missing'}</span></li>`;
    })
    .join('');
  const count = `<span class="count">${s.gate.written} of ${s.gate.items.length} written</span>`;
  const hint = s.gate.passed ? 'The production plan and the decision are written down.' : 'Approve a POC only once the production plan and the decision are written down.';
  return card('gate', `Production gate ${count}`, `<p class="hint">${hint}</p><ul class="gate-list">${items}</ul>`, `gate ${s.gate.passed ? 'passed' : 'missing'}`);
}

function dimensionsSection(dimensions: readonly DimensionView[]): string {
  const rows = dimensions
    .map(
      (d) =>
        `<li class="dimension level-${d.level}"><div class="dimension-line"><span class="dimension-title">${d.title}</span><span class="dimension-score">${d.score}</span></div>` +
        `${barSvg([{ value: d.score, className: 'fill' }], 100, `${d.title}: ${d.score} out of 100`)}<div class="dimension-checks">${d.checks}</div></li>`,
    )
    .join('');
  return card('dimensions', 'The three questions', `<ul class="dimensions">${rows}</ul>`);
}

function icebergSection(iceberg: Iceberg): string {
  const facts = icebergFacts(iceberg)
    .map((f) => `<div><dt>${f.label}</dt><dd${f.missing ? ' class="absent"' : ''}>${f.missing ? escapeHtml(f.value) : planTextHtml(f.value)}</dd></div>`)
    .join('');
  return card('iceberg', 'Budget iceberg', `<figure>${icebergSvg(iceberg)}<figcaption>${escapeHtml(iceberg.caption)}</figcaption></figure><dl class="facts">${facts}</dl>`);
}

function economicsSection(e: Economics): string {
  const table = economicsTable(e);
  if (!table || e.manualMinutes === undefined || e.aiPathMinutes === undefined) {
    return card('economics', 'Review economics', `<p class="caption">${messageHtml(e.caption)}</p>`, 'economics incomplete');
  }
  const aiSeconds = e.aiSeconds ?? 0;
  const review = e.reviewMinutes ?? 0;
  const max = Math.max(e.manualMinutes, e.aiPathMinutes);
  const manualBar = barSvg([{ value: e.manualMinutes, className: 'manual' }], max, `By hand: ${minutes(e.manualMinutes)} per item`);
  const aiBar = barSvg(
    [
      { value: aiSeconds / 60, className: 'ai' },
      { value: review, className: 'review' },
    ],
    max,
    `With AI: ${minutes(e.aiPathMinutes)} per item, ${formatNumber(aiSeconds)} s AI and ${minutes(review)} review`,
  );
  const bars =
    `<div class="economics-bars">` +
    `<span class="bar-label">By hand</span>${manualBar}<span class="bar-value">${minutes(e.manualMinutes)}</span>` +
    `<span class="bar-label">AI + review</span>${aiBar}<span class="bar-value">${minutes(e.aiPathMinutes)}</span></div>` +
    legend([
      ['manual', 'By hand'],
      ['ai', `AI ${formatNumber(aiSeconds)} s`],
      ['review', `Review ${minutes(review)}`],
    ]);
  const rows = table.rows.map((r) => `<tr${r.result ? ' class="result"' : ''}><th scope="row">${r.label}</th><td>${r.perItem}</td><td>${r.perMonth}</td></tr>`).join('');
  const head = `<thead><tr><th scope="col"><span class="visually-hidden">Path</span></th><th scope="col">Per item</th><th scope="col">${table.perMonthHeader}</th></tr></thead>`;
  return card('economics', 'Review economics', `${bars}<table class="economics-table">${head}<tbody>${rows}</tbody></table><p class="caption">${messageHtml(e.caption)}</p>`, `economics ${e.outcome}`);
}

function legend(entries: ReadonlyArray<[className: string, label: string]>): string {
  return `<p class="legend">${entries.map(([className, label]) => `<span class="legend-entry"><span class="swatch ${className}" aria-hidden="true"></span>${label}</span>`).join('')}</p>`;
}

function metricsSection(m: MetricsMix): string {
  const segments = [
    { value: m.production, className: 'production', label: 'Production' },
    { value: m.accuracyOnly, className: 'accuracy', label: 'Accuracy-only' },
    { value: m.other, className: 'other', label: 'Other' },
  ];
  const entries = segments.filter((s) => s.value > 0 || s.className !== 'other').map((s): [string, string] => [s.className, `${s.label} ${s.value}`]);
  const kinds = m.kinds.length ? `<ul class="kinds">${m.kinds.map((k) => `<li>${planTextHtml(k)}</li>`).join('')}</ul>` : '';
  const picture = m.total ? `${barSvg(segments, m.total, m.caption)}${legend(entries)}` : '';
  return card('metrics', 'Metrics mix', `${picture}<p class="caption">${escapeHtml(m.caption)}</p>${kinds}`, `metrics ${m.production ? 'has-production' : 'no-production'}`);
}

function gapsSection(s: Summary, interactive: boolean): string {
  const content = s.gapCount ? s.gaps.map((group) => gapGroup(group, interactive)).join('') : '<p class="caption">No gaps: every check passes.</p>';
  return card('gaps', `Gaps <span class="count">${s.gapCount}</span>`, content, 'gaps');
}

function gapGroup(group: GapGroup, interactive: boolean): string {
  const errors = group.gaps.filter((g) => g.severity === 'error').length;
  const summary = `${group.title} <span class="count">${plural(group.gaps.length, 'gap')}${errors ? `, ${plural(errors, 'error')}` : ''}</span>`;
  return `<details class="gap-group" data-group="${group.id}" open><summary>${summary}</summary><ul class="gap-list">${group.gaps.map((g) => gapItem(g, interactive)).join('')}</ul></details>`;
}

function gapItem(gap: Gap, interactive: boolean): string {
  const severity = SEVERITY_LABELS[gap.severity];
  const content =
    `<span class="severity" aria-hidden="true"></span><span class="gap-text"><span class="gap-message">${messageHtml(gap.message)}</span>` + `<span class="gap-where">${gapWhere(gap)}</span></span>`;
  const url = webUrl(gap.docs);
  const docs = url
    ? `<a class="gap-docs" href="${escapeHtml(url)}" title="${escapeHtml(`${gap.ruleId} ${gap.name}: why it matters`)}">${escapeHtml(gap.ruleId)}</a>`
    : `<span class="gap-docs">${escapeHtml(gap.ruleId)}</span>`;
  if (!interactive) return `<li class="gap ${gap.severity}"><span class="gap-body">${content}</span>${docs}</li>`;
  const { start, end } = gap.range;
  const data = `data-line="${start.line}" data-character="${start.character}" data-end-line="${end.line}" data-end-character="${end.character}"`;
  const label = `${severity}, line ${gap.line}: ${gap.message}. Show in the plan.`;
  return `<li class="gap ${gap.severity}"><button type="button" class="gap-body" ${data} aria-label="${escapeHtml(label)}">${content}</button>${docs}</li>`;
}
