// The one source of truth for what a POC plan contains. Hovers, completion,
// snippets, quick-fix insertions, the schema check for unknown keys, rule docs
// and panel labels are all derived from this table (or tested against it).

import type { Dimension } from './types';

export type ValueKind = 'text' | 'number' | 'boolean' | 'date' | 'enum' | 'map' | 'text-list' | 'map-list';

export interface KeyInfo {
  key: string;
  title: string;
  /** What it is and why it matters for production. One or two short sentences. */
  description: string;
  /** What a good answer looks like. */
  good?: string;
  kind: ValueKind;
  /** For scalars: the hint that follows `TODO` in inserted text. */
  hint?: string;
  /** For `enum`. */
  values?: readonly string[];
  /** For `map`: its keys; for `map-list`: the keys of each item. */
  children?: readonly KeyInfo[];
  /** Which of the three questions the section mostly informs. */
  dimension?: Dimension;
  /** Not asked for when absent: inserted by the template, left out of "add ..." advice. */
  optional?: boolean;
  /** Other headings or key names a Markdown plan (`*.poc.md`) may use for it, besides its title and key. */
  aliases?: readonly string[];
}

export const METRIC_KINDS = ['accuracy', 'time_to_completion', 'downstream_error_rate', 'adoption', 'cost_per_outcome', 'latency', 'reliability', 'other'] as const;

export const INTEGRATION_DIRECTIONS = ['read', 'write', 'read_write'] as const;

/** Where a POC stands, in the order a POC moves through them (stopped can end any stage). */
export const OUTCOME_STATUSES = ['proposed', 'approved', 'running', 'decided', 'in_production', 'stopped'] as const;
export const OUTCOME_DECISIONS = ['go', 'stop', 'extend'] as const;

/**
 * What production is judged on: the work done, not the model or the machine.
 * Latency and reliability are operations targets; accuracy measures the model.
 */
export const OUTCOME_METRIC_KINDS: ReadonlySet<string> = new Set(['time_to_completion', 'downstream_error_rate', 'adoption', 'cost_per_outcome']);

/**
 * Kinds whose value exists today, without AI: the process already takes time,
 * makes errors and costs money. Adoption, latency and reliability of a tool
 * that does not exist yet have no baseline.
 */
export const BASELINE_METRIC_KINDS: ReadonlySet<string> = new Set(['time_to_completion', 'downstream_error_rate', 'cost_per_outcome']);

const text = (key: string, title: string, description: string, hint: string, good?: string): KeyInfo => ({
  key,
  title,
  description,
  hint,
  good,
  kind: 'text',
});
const num = (key: string, title: string, description: string, hint: string): KeyInfo => ({ key, title, description, hint, kind: 'number' });
const bool = (key: string, title: string, description: string, hint: string): KeyInfo => ({ key, title, description, hint, kind: 'boolean' });

export const SECTIONS: readonly KeyInfo[] = [
  {
    key: 'poc',
    title: 'Title',
    kind: 'text',
    hint: 'a short name for the POC',
    description: 'The name reviewers and the portfolio summary use for this POC.',
    good: 'Names the business process, not the technology: "Shipping exception triage".',
  },
  {
    key: 'schema_version',
    title: 'Format version',
    kind: 'number',
    hint: '1',
    description: 'The plan format version. Optional; 1 when absent.',
  },
  {
    key: 'owner',
    title: 'Owner',
    aliases: ['POC owner', 'Accountable owner'],
    kind: 'text',
    hint: 'the person accountable for the POC',
    dimension: 'organizational_fit',
    description: 'The person accountable for the POC and for the decision it feeds. Without an owner, a successful POC has nobody to carry it into production.',
    good: 'A role in the business that will run the result, e.g. "Head of operations analytics".',
  },
  {
    key: 'hypothesis',
    title: 'Hypothesis and decision',
    aliases: ['Hypothesis', 'Hypothesis and success criteria'],
    kind: 'map',
    dimension: 'organizational_fit',
    description: 'The POC stated as a decision: what the organization does if the criteria are met, what stops it, and by when. "Let\'s see if AI can do X" is not a hypothesis.',
    good: 'A decision a sponsor has agreed to in advance, thresholds that trigger it, kill criteria and a date.',
    children: [
      text('statement', 'Statement', 'What the POC sets out to show, in business terms.', 'what the POC sets out to show'),
      text(
        'decision',
        'Decision',
        'What a "yes" leads to. A POC whose success commits to nothing tends to end in a demo.',
        'what the organization will do if the POC meets its criteria',
        'A funded next step: "Fund the rollout to all four regional hubs."',
      ),
      {
        key: 'success_criteria',
        title: 'Success criteria',
        kind: 'map-list',
        description: 'Measurable criteria, each a metric with a threshold, that decide the POC passed.',
        good: 'A metric production is judged on with a target such as "< 20 per 1,000".',
        children: [text('metric', 'Metric', 'What is measured.', 'what is measured'), text('target', 'Target', 'The threshold that counts as success.', 'the threshold, e.g. "< 20"')],
      },
      text('kill_criteria', 'Kill criteria', 'What result stops the effort. Without it, a weak POC drifts on.', 'what result stops the effort'),
      {
        key: 'decision_date',
        title: 'Decision date',
        kind: 'date',
        hint: 'YYYY-MM-DD',
        description: 'When the go or no-go decision is made (an ISO date, YYYY-MM-DD).',
      },
    ],
  },
  {
    key: 'questions',
    title: 'The three questions',
    aliases: ['Questions', 'Three questions', 'How the POC answers the three questions'],
    kind: 'map',
    description: 'How the POC answers each of the three questions production depends on. A plan that only tests the model answers one question of three.',
    good: 'A concrete test for each question, run during the POC, not after it.',
    children: [
      {
        ...text(
          'technical_feasibility',
          'Technical feasibility',
          'How the POC shows the model is good enough on representative, messy production input, not only on a curated test set.',
          'how the POC tests output quality on real input',
        ),
        dimension: 'technical_feasibility',
      },
      {
        ...text(
          'operational_viability',
          'Operational viability',
          'How the POC shows it can run at the cost, latency and reliability the business case needs, at production volume.',
          'how the POC tests cost, latency and reliability at volume',
        ),
        dimension: 'operational_viability',
      },
      {
        ...text(
          'organizational_fit',
          'Organizational fit',
          'How the POC shows the intended users adopt it and the work gets better, faster or cheaper.',
          'how the POC tests adoption and the effect on the work',
        ),
        dimension: 'organizational_fit',
      },
    ],
  },
  {
    key: 'data',
    title: 'Data pipeline',
    aliases: ['Data', 'Data and pipeline', 'Data sources and pipeline'],
    kind: 'map',
    dimension: 'technical_feasibility',
    description: "Where the POC's data comes from. Hand-assembled data hides the mess production will see, and the pipeline is often more work than the model.",
    good: 'A continuous feed from the source production will use, with a named pipeline and owner.',
    children: [
      text('source', 'Source', 'Where the data is drawn from.', 'where the data is drawn from'),
      bool('production_source', 'Production source', 'true when the data comes from the source production will use.', 'true if drawn from the source production will use'),
      bool('curated', 'Curated', 'true when the data was assembled or cleaned by hand.', 'true if assembled or cleaned by hand'),
      text('pipeline', 'Pipeline', 'How data reaches the model, and whether it runs continuously.', 'how data reaches the model, continuously'),
      text('owner', 'Data owner', 'Who owns the pipeline in production.', 'the team that owns the pipeline'),
    ],
  },
  {
    key: 'edge_cases',
    title: 'Edge cases',
    aliases: ['Edge cases and fallback', 'Failure modes'],
    kind: 'map',
    dimension: 'technical_feasibility',
    description: 'What happens to the items the model gets wrong, and whether errors fall at random or in the cases that matter most.',
    good: 'Errors broken down by segment, and a fallback that catches every item the model cannot handle.',
    children: [
      { key: 'known', title: 'Known edge cases', kind: 'text-list', hint: 'a case the model is likely to get wrong', description: 'Cases already known to be hard.' },
      text('failure_analysis', 'Failure analysis', 'How errors are broken down by segment (customer, region, type) to find where they concentrate.', 'how errors are broken down by segment'),
      text('fallback', 'Fallback', 'What happens to an item the model gets wrong or cannot handle.', 'where items the model gets wrong go, and how fast'),
    ],
  },
  {
    key: 'integrations',
    title: 'Integrations',
    aliases: ['Systems', 'Integrations with existing systems'],
    kind: 'map-list',
    dimension: 'operational_viability',
    description: 'The existing systems (CRM, ERP, ticketing, ...) it reads from or writes to. A standalone POC says nothing about the integration work production needs.',
    good: 'Each system with its owner and direction, the critical ones exercised during the POC.',
    children: [
      text('system', 'System', 'The existing system.', 'the system, e.g. Ticketing (ServiceNow)'),
      { key: 'direction', title: 'Direction', kind: 'enum', values: INTEGRATION_DIRECTIONS, description: 'Whether the POC reads from it, writes to it, or both.' },
      text('owner', 'System owner', 'Who owns the system and must agree to the integration.', 'the team that owns the system'),
      bool('in_poc', 'Exercised in the POC', 'true when the POC really reads from or writes to the system.', 'true if exercised during the POC'),
    ],
  },
  {
    key: 'users',
    title: 'Users',
    aliases: ['Pilot', 'Users and pilot', 'Who uses it'],
    kind: 'map',
    dimension: 'organizational_fit',
    description: 'Who actually uses it, in their real workflow, for long enough to meet unusual situations. A stakeholder watching a demo is not a user.',
    good: 'Named user roles, in their own workflow, for weeks rather than a session.',
    children: [
      {
        key: 'pilot_users',
        title: 'Pilot users',
        kind: 'map-list',
        description: 'The people who use it during the POC.',
        children: [
          text('role', 'Role', "The user's job.", "the user's job"),
          num('count', 'Count', 'How many people in that role take part.', 'how many people'),
          bool('stakeholder', 'Stakeholder', 'true when this person watches rather than uses it.', 'true if they watch rather than use it'),
        ],
      },
      {
        key: 'start_date',
        title: 'Pilot start date',
        kind: 'date',
        optional: true,
        hint: 'YYYY-MM-DD',
        description: 'When real users start using it (an ISO date, YYYY-MM-DD). Optional; with the duration, it tells whether the decision date leaves time to read the results.',
      },
      num('duration_weeks', 'Pilot duration (weeks)', 'How long real users use it. Weeks, not a thirty-minute session.', 'weeks of real use'),
      bool('in_workflow', 'In the real workflow', 'true when it is used inside the work it is meant to change.', 'true if used inside the real workflow'),
    ],
  },
  {
    key: 'metrics',
    title: 'Metrics',
    aliases: ['Success metrics', 'Metrics and baselines'],
    kind: 'map-list',
    dimension: 'organizational_fit',
    description: 'What the POC measures. Production is judged on time, downstream errors, adoption and cost per outcome; test-set accuracy alone is a warning sign.',
    good: "Each metric with its kind, today's baseline and a target.",
    children: [
      text('name', 'Name', 'What is measured.', 'what is measured'),
      { key: 'kind', title: 'Kind', kind: 'enum', values: METRIC_KINDS, description: 'The kind of metric; everything but accuracy and other is a production metric.' },
      text('baseline', 'Baseline', "Today's value, without AI.", "today's value without AI"),
      text('target', 'Target', 'The value the POC must reach.', 'the value to reach'),
    ],
  },
  {
    key: 'operations',
    title: 'Operations',
    aliases: ['Operations targets', 'Production run targets'],
    kind: 'map',
    dimension: 'operational_viability',
    description: 'The production run targets: volume, latency, cost and reliability. A POC that ran once on ten examples says nothing about them.',
    good: 'Targets in production units: items a month, seconds per item, cost per item, share processed on time.',
    children: [
      text('volume', 'Volume', 'Production volume the system must handle.', 'items per month in production'),
      text('latency_target', 'Latency target', 'How fast each item must be handled.', 'time per item'),
      text('cost_target', 'Cost target', 'The cost per item the business case allows.', 'cost per item'),
      text('reliability_target', 'Reliability target', 'The reliability production needs.', 'share of items processed on time'),
    ],
  },
  {
    key: 'governance',
    title: 'Governance and review',
    aliases: ['Governance', 'Governance and human review'],
    kind: 'map',
    dimension: 'organizational_fit',
    description: 'Approvals, the audit trail and human review checkpoints, and what review costs per item.',
    good: 'Who approves, what is logged, and how many minutes a human review adds to each item.',
    children: [
      text('approvals', 'Approvals', 'Who signs off the pilot and changes to it.', 'who signs off the pilot and changes'),
      text('audit_trail', 'Audit trail', 'What is logged for each decision.', 'what is logged for each decision'),
      {
        key: 'human_review',
        title: 'Human review',
        kind: 'map',
        description: 'Whether a person reviews items, and what that costs.',
        children: [
          bool('required', 'Required', 'true when a person reviews items before they take effect.', 'true if a person reviews items'),
          num('minutes_per_item', 'Review minutes per item', 'Minutes a review adds to each item; it can erase the time the AI saves.', 'minutes a review adds per item'),
        ],
      },
    ],
  },
  {
    key: 'economics',
    title: 'Review economics',
    aliases: ['Economics', 'Review cost', 'Cost per item'],
    kind: 'map',
    dimension: 'operational_viability',
    description:
      "Per-item figures that show whether the AI path (AI time plus human review) beats today's manual work. Thirty seconds of AI plus five minutes of review is not faster than four minutes by hand.",
    good: 'Manual minutes per item today, AI seconds per item, and monthly volume, as numbers.',
    children: [
      num('manual_minutes_per_item', 'Manual minutes per item', "Today's time per item without AI.", 'minutes per item today'),
      num('ai_seconds_per_item', 'AI seconds per item', 'Time for the AI step alone.', 'seconds per item for the AI step'),
      num('volume_per_month', 'Volume per month', 'Items per month.', 'items per month'),
    ],
  },
  {
    key: 'budget',
    title: 'Budget',
    aliases: ['Budget and costs', 'Costs'],
    kind: 'map',
    dimension: 'operational_viability',
    description: 'The POC budget beside what comes after it. A small POC budget next to an unscoped production bill is the iceberg under the waterline.',
    good: 'The POC, the scoping of what comes after, and a production estimate, in one currency.',
    children: [
      text('currency', 'Currency', 'The currency of the figures.', 'e.g. USD'),
      num('poc', 'POC budget', 'What the POC itself costs.', 'the POC budget'),
      num('scoping', 'Scoping budget', 'Budget to scope data engineering, integration, change management and operations.', 'budget to scope what comes after'),
      num('production_estimate', 'Production estimate', 'The estimated cost of the production version.', 'estimated cost of production'),
    ],
  },
  {
    key: 'production_plan',
    title: 'Production plan (the gate)',
    aliases: ['Production plan', 'Path to production', 'Production gate'],
    kind: 'map',
    description: 'A credible production plan is a precondition for approving a POC, not a follow-up to its success. If these six cannot be written down, the use case is not ready for a POC.',
    good: 'Each of the six written down and specific, with a named executive sponsor.',
    children: [
      text('data_sources', 'Data sources', 'The production data sources and how they will feed the system.', 'the production data sources'),
      text('integration_points', 'Integration points', 'The systems production reads from and writes to.', 'the systems production connects to'),
      text('change_management', 'Change management', 'How the people whose work changes are trained and brought along.', 'how users are trained and brought along'),
      text('operations', 'Operations', 'Who runs and supports it in production.', 'who runs and supports it'),
      text('budget', 'Production budget', 'The production budget and who funds it.', 'the production budget and who funds it'),
      text('executive_sponsor', 'Executive sponsor', 'The executive who owns the production version.', 'the executive who owns production'),
    ],
  },
  {
    key: 'outcome',
    title: 'Outcome',
    kind: 'map',
    optional: true,
    description:
      'What became of the POC after approval: where it stands, the decision and its date, when production started, and the evidence. Optional; a plan without it is proposed. It feeds the portfolio, where a POC nobody decided on gets noticed.',
    good: 'A go or stop recorded on its date with the measured result against the success criteria, and the date production started.',
    children: [
      {
        key: 'status',
        title: 'Status',
        kind: 'enum',
        values: OUTCOME_STATUSES,
        description: 'Where the POC stands: proposed, approved, running, decided, in_production or stopped.',
      },
      {
        key: 'decision',
        title: 'Decision',
        kind: 'enum',
        values: OUTCOME_DECISIONS,
        description: 'The go or no-go decision taken at the decision date: go, stop, or extend the POC.',
      },
      { key: 'decided_on', title: 'Decided on', kind: 'date', hint: 'YYYY-MM-DD', description: 'When the decision was taken (an ISO date, YYYY-MM-DD).' },
      {
        key: 'in_production_since',
        title: 'In production since',
        kind: 'date',
        hint: 'YYYY-MM-DD',
        description: 'When the capability started running in production (an ISO date). A go that never gets one is a POC that lost gravity.',
      },
      text(
        'evidence',
        'Evidence',
        'What the POC measured against its success and kill criteria: the facts behind the decision.',
        'what the POC measured against its criteria',
        'Figures from real use: "Misroutes fell to 14 per 1,000 over four weeks of live use."',
      ),
    ],
  },
];

/** Keys people add for themselves, allowed anywhere and read by no check (PLAN-FORMAT.md). */
export const FREE_FORM_KEYS: readonly string[] = ['notes', 'risks', 'assumptions', 'contacts', 'links', 'references', 'timeline', 'comments', 'open_questions'];

export function isFreeFormKey(key: string): boolean {
  return FREE_FORM_KEYS.includes(key) || /^x-/i.test(key);
}

const BY_KEY = new Map(SECTIONS.map((s) => [s.key, s]));

export function sectionInfo(key: string): KeyInfo | undefined {
  return BY_KEY.get(key);
}

/** The metadata for a plan path such as `governance.human_review.minutes_per_item` or `metrics.0.kind`. */
export function keyInfoAt(path: readonly (string | number)[]): KeyInfo | undefined {
  let at: KeyLevel | undefined = ROOT_LEVEL;
  for (const segment of path) if (!(at = keyLevelBelow(at, segment))) return undefined;
  return at.info;
}

/** Where a walk down the plan's keys stands: the key reached (none at the top) and the keys below it. */
export interface KeyLevel {
  readonly info: KeyInfo | undefined;
  readonly keys: readonly KeyInfo[];
}

/** The top of the plan. */
export const ROOT_LEVEL: KeyLevel = { info: undefined, keys: SECTIONS };

/** One step of `keyInfoAt`'s walk: below `at` by `segment`, or undefined where the format has no such key (an index steps into a list of items, keeping its key). */
export function keyLevelBelow(at: KeyLevel, segment: string | number): KeyLevel | undefined {
  if (typeof segment === 'number') return at.info?.kind === 'map-list' || at.info?.kind === 'text-list' ? at : undefined;
  const info = at.keys.find((k) => k.key === segment);
  return info && { info, keys: info.children ?? [] };
}

/** The keys allowed inside the mapping at `path` (`[]` for the top level). */
export function keysAllowedAt(path: readonly (string | number)[]): readonly KeyInfo[] {
  if (path.length === 0) return SECTIONS;
  const info = keyInfoAt(path);
  if (!info?.children) return [];
  // A map-list's children describe each item: keys are allowed at `metrics.0`, not at `metrics`.
  const lastIsIndex = typeof path[path.length - 1] === 'number';
  if (info.kind === 'map-list' && !lastIsIndex) return [];
  return info.children;
}
