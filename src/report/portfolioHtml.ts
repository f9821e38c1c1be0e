// The portfolio as HTML: the panel's body and the CLI's printable page are the
// same markup. No inline script, style or handler (the panel's CSP forbids
// them); every plan value is escaped and bidi-isolated.

import { escapeHtml, messageHtml, planTextHtml, plural } from './format';
import { htmlDocument } from './page';
import { barSvg } from './pictures';
import { STATUS_ORDER, STATUS_TITLES, type Portfolio, type PortfolioRow, type StalledPlan } from './portfolio';
import { REPORT_PALETTE } from './report';

export interface PortfolioBodyOptions {
  /** The panel: plans are buttons that open their file. The page: links to the file, relative to it. */
  interactive: boolean;
  /** How a plan is named where no title is written: its file name by default. */
  label?: (file: string) => string;
}

const baseName = (file: string) => file.slice(file.lastIndexOf('/') + 1);

function card(id: string, title: string, content: string, extraClass = ''): string {
  return `<section class="card ${extraClass}" aria-labelledby="${id}-title"><h2 id="${id}-title">${title}</h2>${content}</section>`;
}

/** A relative path as an href that cannot be read as a scheme (`javascript:`...). */
function fileHref(file: string): string {
  return /^[./]/.test(file) ? file : `./${file}`;
}

function planLink(row: { file: string; title?: string }, o: PortfolioBodyOptions): string {
  const name = planTextHtml(row.title ?? (o.label ?? baseName)(row.file));
  const where = `<span class="plan-file">${planTextHtml((o.label ?? baseName)(row.file))}</span>`;
  if (o.interactive) return `<button type="button" class="plan-link" data-plan="${escapeHtml(row.file)}">${name}</button>${where}`;
  return `<a class="plan-link" href="${escapeHtml(fileHref(row.file))}">${name}</a>${where}`;
}

export function renderPortfolioBody(p: Portfolio, options: PortfolioBodyOptions): string {
  return [
    header(p),
    '<div class="columns">',
    funnelSection(p),
    conversionSection(p),
    '</div>',
    stalledSection(p.stalled, options),
    readySection(p.readyForApproval, options),
    plansSection(p.rows, options),
  ].join('\n');
}

function header(p: Portfolio): string {
  return (
    `<header class="portfolio-header"><h1>POC portfolio</h1>` +
    `<p class="plan-meta">${plural(p.total, 'plan')} · ${plural(p.stalled.length, 'stalled POC')} · ${p.readyForApproval.length} ready for approval · as of ${escapeHtml(p.today)}</p></header>`
  );
}

function funnelSection(p: Portfolio): string {
  const max = Math.max(1, p.total);
  const rows = p.funnel
    .map(
      (step) =>
        `<li class="funnel-step stage-${step.stage}" data-stage="${step.stage}"><span class="funnel-title">${step.title}</span>` +
        barSvg(
          [
            { value: step.count, className: 'now' },
            { value: step.reached - step.count, className: 'beyond' },
          ],
          max,
          `${step.title}: ${step.count} now, ${step.reached} got this far`,
        ) +
        `<span class="funnel-count"><span class="funnel-now">${step.count}</span> <span class="funnel-reached">of ${step.reached} reached</span></span></li>`,
    )
    .join('');
  const stopped =
    `<li class="funnel-step stage-stopped" data-stage="stopped"><span class="funnel-title">Stopped</span>` +
    barSvg([{ value: p.stopped, className: 'stopped' }], max, `Stopped: ${p.stopped}`) +
    `<span class="funnel-count"><span class="funnel-now">${p.stopped}</span></span></li>`;
  const legend =
    '<p class="legend"><span class="legend-entry"><span class="swatch now" aria-hidden="true"></span>At this stage now</span>' +
    '<span class="legend-entry"><span class="swatch beyond" aria-hidden="true"></span>Moved on from it</span></p>';
  return card('funnel', 'Funnel', `<ol class="funnel">${rows}${stopped}</ol>${legend}`, 'funnel-card');
}

function conversionSection(p: Portfolio): string {
  const c = p.conversion;
  const figure = c.percent === undefined ? '<span class="absent">—</span>' : `${c.percent}<span class="overall-unit">%</span>`;
  const bar = c.run ? barSvg([{ value: c.deployed, className: 'deployed' }], c.run, c.sentence) : '';
  return card(
    'conversion',
    'POCs run → capabilities deployed',
    `<p class="conversion-figure" aria-label="${escapeHtml(c.percent === undefined ? 'No POC has run yet' : `${c.percent} percent`)}">${figure}</p>${bar}<p class="caption">${escapeHtml(c.sentence)}</p>`,
    'conversion',
  );
}

function stalledSection(stalled: readonly StalledPlan[], o: PortfolioBodyOptions): string {
  const content = stalled.length
    ? `<ul class="plan-list">${stalled.map((s) => `<li class="stalled ${s.kind}">${planLink(s, o)}<span class="plan-reason">${escapeHtml(s.reason)}</span></li>`).join('')}</ul>`
    : '<p class="caption">None: every POC past its date has a decision, and every go reached production.</p>';
  return card('stalled', `Stalled <span class="count">${stalled.length}</span>`, content, 'stalled-card');
}

function readySection(rows: readonly PortfolioRow[], o: PortfolioBodyOptions): string {
  const content = rows.length
    ? `<ul class="plan-list">${rows.map((r) => `<li class="ready">${planLink(r, o)}<span class="plan-reason">score ${r.overall}${r.decisionDate ? ` · decision ${escapeHtml(r.decisionDate)}` : ''}</span></li>`).join('')}</ul>`
    : '<p class="caption">None: no proposed plan passes the gate yet.</p>';
  return card('ready', `Ready for approval <span class="count">${rows.length}</span>`, content, 'ready-card');
}

function plansSection(rows: readonly PortfolioRow[], o: PortfolioBodyOptions): string {
  const groups = STATUS_ORDER.map((status) => [status, rows.filter((r) => r.status === status)] as const).filter(([, group]) => group.length);
  const body = groups
    .map(
      ([status, group]) =>
        `<tbody data-status="${status}"><tr class="status-row"><th scope="rowgroup" colspan="5">${STATUS_TITLES[status]} <span class="count">${group.length}</span></th></tr>` +
        group
          .map(
            (r) =>
              `<tr><td>${planLink(r, o)}</td><td class="verdict-cell ${r.verdict === 'ready' ? 'ready' : 'not-ready'}">${r.verdict === 'ready' ? 'ready' : 'not ready'}</td>` +
              `<td class="num">${r.overall}</td><td class="date">${r.decisionDate ? escapeHtml(r.decisionDate) : '<span class="absent">—</span>'}</td>` +
              `<td>${r.topGap ? messageHtml(r.topGap) : '<span class="absent">—</span>'}</td></tr>`,
          )
          .join('') +
        '</tbody>',
    )
    .join('');
  const head = '<thead><tr><th scope="col">Plan</th><th scope="col">Verdict</th><th scope="col" class="num">Score</th><th scope="col">Decision date</th><th scope="col">Top gap</th></tr></thead>';
  return card(
    'plans',
    `Plans <span class="count">${rows.length}</span>`,
    rows.length ? `<table class="plans-table">${head}${body}</table>` : '<p class="caption">No POC plans (*.poc.yaml) found.</p>',
    'plans-card',
  );
}

export interface PortfolioPageOptions {
  /** The portfolio stylesheet (PORTFOLIO_CSS). */
  css: string;
  generatedOn: string;
}

/** The printable, self-contained page: the panel's markup on a light palette, no script, a CSP that would block any. */
export function renderPortfolioPage(p: Portfolio, { css, generatedOn }: PortfolioPageOptions): string {
  return htmlDocument({
    csp: "default-src 'none'; style-src 'unsafe-inline'",
    title: 'POC portfolio',
    head: `<style>\n${REPORT_PALETTE}\n${css.replace(/<\/style/gi, '<\\/style')}\n</style>`,
    bodyClass: 'report portfolio-page',
    body:
      `<main id="portfolio">\n${renderPortfolioBody(p, { interactive: false })}\n</main>\n` +
      `<footer class="report-footer">Portfolio of ${plural(p.total, 'plan')}, generated ${escapeHtml(generatedOn)} by POC Readiness.</footer>`,
  });
}
