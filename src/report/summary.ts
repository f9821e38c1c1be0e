// The readiness summary as a view model: everything the panel, the Markdown
// summary and the HTML report show, computed once from a lint result. The
// sentences live here too, so a picture's ARIA label, the panel and the
// exported report always say the same thing.

import { DIMENSION_TITLES, DIMENSIONS, type Dimension, type Figures, type GateItem, type LintResult, type Range, type Severity } from '../engine';
import { formatAmount, formatNumber, plural } from './format';

export interface Summary {
  /** The plan's file name, e.g. `shipping.poc.yaml`. */
  planName: string;
  title?: string;
  owner?: string;
  verdict: Verdict;
  gate: Gate;
  dimensions: DimensionView[];
  gaps: GapGroup[];
  gapCount: number;
  iceberg: Iceberg;
  economics: Economics;
  metrics: MetricsMix;
  /** Set while the plan is still partly the template: how much of it is filled in. */
  form?: FormView;
}

export interface FormView {
  written: number;
  total: number;
  /** "4 of 14 sections written" */
  label: string;
}

export interface Verdict {
  ready: boolean;
  label: string;
  overall: number;
  reasons: string[];
  /** Why `overall` is lower than the checks alone give: a blocking gap caps it. */
  capNote?: string;
}

export interface Gate {
  passed: boolean;
  written: number;
  items: GateItem[];
}

export type Level = 'good' | 'fair' | 'poor';

export interface DimensionView {
  dimension: Dimension;
  title: string;
  score: number;
  level: Level;
  /** "5 of 6 checks pass" */
  checks: string;
}

export interface Gap {
  ruleId: string;
  name: string;
  severity: Severity;
  message: string;
  /** 1-based, as the editor shows it. */
  line: number;
  range: Range;
  docs: string;
}

export type GapGroupId = Dimension | 'structure';

export interface GapGroup {
  id: GapGroupId;
  title: string;
  gaps: Gap[];
}

export interface Iceberg {
  currency: string;
  poc?: number;
  scoping?: number;
  productionEstimate?: number;
  ratio?: number;
  /** POC budget plus scoping: what the organization sees above the waterline. */
  aboveWater?: number;
  /** One or two sentences: the picture's ARIA label and the report's caption. */
  caption: string;
}

export type EconomicsOutcome = 'saves' | 'loses' | 'even' | 'incomplete';

export interface Economics {
  outcome: EconomicsOutcome;
  manualMinutes?: number;
  aiSeconds?: number;
  reviewMinutes?: number;
  aiPathMinutes?: number;
  volumePerMonth?: number;
  /** Positive when the AI path saves time. */
  minutesSavedPerItem?: number;
  savingPercent?: number;
  hoursSavedPerMonth?: number;
  /** Plan paths the economics still need. */
  missing: string[];
  caption: string;
}

export interface MetricsMix {
  total: number;
  production: number;
  accuracyOnly: number;
  /** Kind `other` or no kind. */
  other: number;
  kinds: string[];
  caption: string;
}

const STRUCTURE_TITLE = 'Plan structure';
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
export const SEVERITY_LABELS: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };

export function levelOf(score: number): Level {
  return score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor';
}

export function buildSummary(result: LintResult, planName: string): Summary {
  const { score, figures } = result;
  const gaps = gapGroups(result);
  return {
    planName,
    title: figures.title,
    owner: figures.owner,
    verdict: {
      ready: score.verdict === 'ready',
      label: score.verdict === 'ready' ? 'Ready for approval' : 'Not ready for approval',
      overall: score.overall,
      reasons: score.reasons,
      ...(score.cap
        ? { capNote: `Capped at ${score.cap.limit} while a blocking gap remains: the checks alone give ${score.cap.uncapped}. A plan that is not ready never scores with the ready ones.` }
        : {}),
    },
    gate: { passed: score.gate.passed, written: score.gate.items.filter((i) => i.passed).length, items: score.gate.items },
    dimensions: DIMENSIONS.map((dimension) => {
      const d = score.dimensions[dimension];
      return { dimension, title: d.title, score: d.score, level: levelOf(d.score), checks: `${d.passed} of ${plural(d.total, 'check')} pass` };
    }),
    gaps,
    gapCount: gaps.reduce((sum, g) => sum + g.gaps.length, 0),
    iceberg: iceberg(figures.budget),
    economics: economics(figures.economics),
    metrics: metricsMix(figures.metrics),
    ...(result.form ? { form: { ...result.form, label: `${result.form.written} of ${plural(result.form.total, 'section')} written` } } : {}),
  };
}

/** Findings grouped by dimension (structural ones last), most severe first, then in plan order. */
function gapGroups(result: LintResult): GapGroup[] {
  const ids: GapGroupId[] = [...DIMENSIONS, 'structure'];
  return ids
    .map((id) => ({
      id,
      title: id === 'structure' ? STRUCTURE_TITLE : DIMENSION_TITLES[id],
      gaps: result.findings
        .filter((f) => (f.dimension ?? 'structure') === id)
        .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.range.start.line - b.range.start.line)
        .map((f) => ({
          ruleId: f.ruleId,
          name: f.name,
          severity: f.severity,
          message: f.message,
          line: f.range.start.line + 1,
          range: f.range,
          docs: f.docs,
        })),
    }))
    .filter((group) => group.gaps.length > 0);
}

function iceberg(budget: Figures['budget']): Iceberg {
  const currency = budget.currency ?? '';
  const amount = (value: number) => formatAmount(value, currency);
  const { poc, scoping, productionEstimate, ratio } = budget;
  const aboveWater = poc === undefined && scoping === undefined ? undefined : (poc ?? 0) + (scoping ?? 0);

  const above =
    poc === undefined
      ? scoping === undefined
        ? 'no POC budget'
        : `no POC budget, ${amount(scoping)} to scope production`
      : `a POC budget of ${amount(poc)} ${scoping ? `plus ${amount(scoping)} to scope production` : 'and nothing to scope production'}`;
  let caption: string;
  if (aboveWater === undefined && productionEstimate === undefined) {
    caption = 'The plan has no budget: neither what the POC costs nor what production will.';
  } else if (productionEstimate === undefined) {
    caption = `Above the waterline, ${above}. The production estimate is missing: nobody has priced what lies below.`;
  } else {
    const times = ratio === undefined ? '' : `, ${formatNumber(ratio)}× the POC budget`;
    caption = `Above the waterline, ${above}. Below it, a production estimate of ${amount(productionEstimate)}${times}.`;
  }
  return { currency, poc, scoping, productionEstimate, ratio, aboveWater, caption };
}

const ECONOMICS_INPUTS: Array<[keyof Figures['economics'], string]> = [
  ['manualMinutesPerItem', 'economics.manual_minutes_per_item'],
  ['aiSecondsPerItem', 'economics.ai_seconds_per_item'],
  ['reviewMinutesPerItem', 'governance.human_review.minutes_per_item'],
  ['volumePerMonth', 'economics.volume_per_month'],
];

/** "1.5 min" */
export const minutes = (value: number) => `${formatNumber(value)} min`;

function economics(e: Figures['economics']): Economics {
  const missing = ECONOMICS_INPUTS.filter(([key]) => e[key] === undefined).map(([, path]) => path);
  const base = {
    manualMinutes: e.manualMinutesPerItem,
    aiSeconds: e.aiSecondsPerItem,
    reviewMinutes: e.reviewMinutesPerItem,
    aiPathMinutes: e.aiPathMinutesPerItem,
    volumePerMonth: e.volumePerMonth,
    minutesSavedPerItem: e.minutesSavedPerItem,
    savingPercent: e.savingPercent,
    hoursSavedPerMonth: e.hoursSavedPerMonth,
    missing,
  };
  const saved = e.minutesSavedPerItem;
  if (saved === undefined || e.manualMinutesPerItem === undefined || e.aiPathMinutesPerItem === undefined) {
    return { ...base, outcome: 'incomplete', caption: `The review economics cannot be worked out yet: the plan needs ${missing.map((m) => `\`${m}\``).join(', ')}.` };
  }
  const outcome: EconomicsOutcome = saved > 0 ? 'saves' : saved < 0 ? 'loses' : 'even';
  const ai = `${formatNumber(e.aiSecondsPerItem ?? 0)} s AI`;
  const breakdown = e.reviewMinutesPerItem ? `${ai} + ${minutes(e.reviewMinutesPerItem)} review` : `${ai}, no review`;
  const path = `${minutes(e.aiPathMinutesPerItem)} with AI (${breakdown})`;
  const perItem =
    outcome === 'even'
      ? 'no time saved'
      : `${minutes(Math.abs(saved))} ${outcome === 'saves' ? 'saved' : 'lost'} per item (${formatNumber(Math.abs(e.savingPercent ?? 0))}% ${outcome === 'saves' ? 'faster' : 'slower'})`;
  const perMonth =
    e.hoursSavedPerMonth === undefined || e.volumePerMonth === undefined
      ? ' The monthly effect needs `economics.volume_per_month`.'
      : outcome === 'even'
        ? ''
        : ` At ${formatNumber(e.volumePerMonth)} items a month, ${plural(Math.abs(e.hoursSavedPerMonth), 'hour')} ${outcome === 'saves' ? 'saved' : 'lost'} a month.`;
  return { ...base, outcome, caption: `${minutes(e.manualMinutesPerItem)} by hand against ${path}: ${perItem}.${perMonth}` };
}

function metricsMix(m: Figures['metrics']): MetricsMix {
  const other = m.total - m.production - m.accuracyOnly;
  let caption: string;
  if (m.total === 0) caption = 'No metrics yet: the POC measures nothing production will be judged on.';
  else if (m.production === 0) caption = `${plural(m.total, 'metric')}, none of them one production is judged on.`;
  else caption = `${plural(m.total, 'metric')}: ${m.production} that production is judged on, ${m.accuracyOnly} accuracy-only${other ? `, ${other} other` : ''}.`;
  return { total: m.total, production: m.production, accuracyOnly: m.accuracyOnly, other, kinds: m.kinds, caption };
}

/** One labelled figure; `missing` when the plan does not give it. */
export interface Fact {
  label: string;
  value: string;
  missing: boolean;
}

export function icebergFacts(iceberg: Iceberg): Fact[] {
  const amount = (label: string, value: number | undefined, absent: string): Fact =>
    value === undefined ? { label, value: absent, missing: true } : { label, value: formatAmount(value, iceberg.currency), missing: false };
  const facts = [
    amount('POC budget', iceberg.poc, 'missing'),
    // A scoping budget of 0 is no scoping budget.
    amount('Scoping what comes after', iceberg.scoping || undefined, 'none'),
    amount('Production estimate', iceberg.productionEstimate, 'missing'),
  ];
  if (iceberg.ratio !== undefined) facts.push({ label: 'Production against POC', value: `${formatNumber(iceberg.ratio)}×`, missing: false });
  return facts;
}

export interface EconomicsRow {
  label: string;
  perItem: string;
  perMonth: string;
  /** The saved (or lost) row. */
  result: boolean;
}

/** Per item and per month, by hand, with AI, and the difference; undefined while the inputs are incomplete. */
export function economicsTable(e: Economics): { perMonthHeader: string; rows: EconomicsRow[] } | undefined {
  if (e.manualMinutes === undefined || e.aiPathMinutes === undefined || e.minutesSavedPerItem === undefined) return undefined;
  const volume = e.volumePerMonth;
  const monthly = (perItem: number) => (volume === undefined ? '–' : hours(Math.round((perItem * volume) / 60)));
  return {
    perMonthHeader: volume === undefined ? 'Per month' : `Per month (${formatNumber(volume)} items)`,
    rows: [
      { label: 'By hand', perItem: minutes(e.manualMinutes), perMonth: monthly(e.manualMinutes), result: false },
      { label: 'AI + review', perItem: minutes(e.aiPathMinutes), perMonth: monthly(e.aiPathMinutes), result: false },
      {
        label: e.outcome === 'loses' ? 'Lost' : 'Saved',
        perItem: minutes(Math.abs(e.minutesSavedPerItem)),
        perMonth: e.hoursSavedPerMonth === undefined ? '–' : hours(Math.abs(e.hoursSavedPerMonth)),
        result: true,
      },
    ],
  };
}

/** "7,000 h" */
export const hours = (value: number) => `${formatNumber(value)} h`;

/** "Error · line 10" */
export const gapWhere = (gap: Gap) => `${SEVERITY_LABELS[gap.severity]} · line ${gap.line}`;
