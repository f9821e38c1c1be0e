// The engine's public types. The extension, the CLI, the panel and the tests
// all speak in these; nothing here knows about VS Code.

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** The three questions a POC must answer. */
export type Dimension = 'technical_feasibility' | 'operational_viability' | 'organizational_fit';

/** 0-based, like VS Code's Position. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** One text edit: replace `range` (empty for a pure insertion) with `newText`. */
export interface TextEdit {
  range: Range;
  /** Plain text, placeholders written as `TODO ...` values. */
  newText: string;
  /** The same text as a VS Code snippet (tab stops, choices), for editors that can insert snippets. */
  snippet?: string;
}

export interface Fix {
  /** What the quick fix is called, e.g. "Insert missing section `data`". */
  title: string;
  edits: TextEdit[];
  /** `repair` corrects what is written (a misspelt key); `scaffold` adds placeholders to fill in. Only repairs run on fix-all. */
  kind?: 'repair' | 'scaffold';
}

export interface Finding {
  /** Stable id, e.g. `POC125`. */
  ruleId: string;
  /** Readable alias, e.g. `production-plan/executive-sponsor`. */
  name: string;
  severity: Severity;
  /** The rendered text of `messageId` with `data`. */
  message: string;
  /** The message's id in the rule's `meta.messages` (or the engine's, e.g. `ruleFailed`): stable when the wording changes. */
  messageId: string;
  /** What filled the message's `{{name}}` placeholders; `gap` says how an expected key is not written (see messages.ts). */
  data: MessageData;
  /** Dotted plan path the finding concerns; for a missing key, the key's would-be path. `''` is the whole plan. */
  path: string;
  range: Range;
  fix?: Fix;
  /** Link to the rule's section in docs/rules.md. */
  docs: string;
  /** The dimension the rule scores under; absent for structural rules (syntax, schema, ...). */
  dimension?: Dimension;
  /** Editor hint: `unnecessary` for unused suppressions. */
  tags?: Array<'unnecessary'>;
  /** Set when the rule failed on this plan (it threw): a tool should say so, as a checker error. */
  internal?: true;
}

/** What fills a message's `{{name}}` placeholders: values already formatted for the reader. */
export type MessageData = Readonly<Record<string, string | number>>;

/** A finding before severity overrides and suppressions, with its plan path as segments. */
export interface RawFinding extends Finding {
  segments: ReadonlyArray<string | number>;
  /** For a collapsed missing-section finding: the findings it stands for. */
  group?: RawFinding[];
  /** For a section still as the template wrote it: its title, when the findings it stands for include an error. */
  unwrittenWithErrors?: string;
}

export interface GateItem {
  /** `production_plan.data_sources`, ..., `hypothesis.decision`. */
  path: string;
  title: string;
  passed: boolean;
}

export interface DimensionScore {
  dimension: Dimension;
  title: string;
  /** 0..100, the weighted share of the dimension's checks that pass. */
  score: number;
  passed: number;
  total: number;
}

export interface Score {
  dimensions: Record<Dimension, DimensionScore>;
  /** Mean of the three dimension scores, rounded. */
  overall: number;
  gate: { passed: boolean; items: GateItem[] };
  verdict: 'ready' | 'not_ready';
  /** Why the plan is not ready (empty when ready). */
  reasons: string[];
  /**
   * Set when a blocking gap held `overall` down: a plan that is not ready never
   * scores in the band of a ready one. `uncapped` is what the checks alone gave.
   */
  cap?: { limit: number; uncapped: number };
  /**
   * Sections still as the template wrote them whose one note stands for an
   * error: the plan is not ready, and a checker exits 1, as it would had the
   * errors been shown one by one.
   */
  unwritten?: string[];
}

export interface SectionLocation {
  /** Top-level key, e.g. `data`. */
  key: string;
  /** From the key's first character to the end of its value. */
  range: Range;
  /** The key itself. */
  keyRange: Range;
}

/** Figures derived from the plan for the summary panel and reports. Absent figures are `undefined`. */
export interface Figures {
  budget: {
    currency?: string;
    poc?: number;
    scoping?: number;
    productionEstimate?: number;
    /** production_estimate / poc */
    ratio?: number;
  };
  economics: {
    manualMinutesPerItem?: number;
    aiSecondsPerItem?: number;
    reviewMinutesPerItem?: number;
    /** AI seconds converted to minutes plus review minutes. */
    aiPathMinutesPerItem?: number;
    volumePerMonth?: number;
    /** Positive when the AI path saves time. */
    minutesSavedPerItem?: number;
    savingPercent?: number;
    hoursSavedPerMonth?: number;
  };
  metrics: {
    total: number;
    /** Metrics production is judged on (anything but `accuracy`/`other`). */
    production: number;
    accuracyOnly: number;
    kinds: string[];
  };
  title?: string;
  owner?: string;
  /** What became of the POC (the optional `outcome` section), with the decision date it answers to. */
  outcome: Outcome;
}

/** Where a POC stands; a plan without `outcome.status` is `proposed`. */
export type OutcomeStatus = 'proposed' | 'approved' | 'running' | 'decided' | 'in_production' | 'stopped';
export type OutcomeDecision = 'go' | 'stop' | 'extend';

export interface Outcome {
  status: OutcomeStatus;
  /** Whether `outcome.status` is written (false: `proposed` by default). */
  stated: boolean;
  decision?: OutcomeDecision;
  /** ISO dates, when written as such. */
  decidedOn?: string;
  inProductionSince?: string;
  /** `hypothesis.decision_date`. */
  decisionDate?: string;
  /** Whether `outcome.evidence` says something (not a placeholder, not a deferral). */
  hasEvidence: boolean;
}

/** How far a plan started from the template is filled in: "4 of 14 sections written". */
export interface FormProgress {
  /** Sections present with a value that is not a placeholder. */
  written: number;
  /** Every section but the format version. */
  total: number;
}

export interface LintResult {
  findings: Finding[];
  score: Score;
  sections: SectionLocation[];
  figures: Figures;
  /** Set while some section is still as the template wrote it (a new plan being filled in). */
  form?: FormProgress;
}

export interface Thresholds {
  /** Pilot shorter than this many weeks is flagged (POC072). */
  minPilotWeeks: number;
  /** AI path saving under this percent of manual time is a warning (POC100). */
  minSavingPercent: number;
  /** Production estimate over this many times the POC budget with no scoping budget is a warning (POC112). */
  maxBudgetRatio: number;
  /** Documents over this many bytes are not checked, only reported (POC005). */
  maxBytes: number;
  /** A `go` decision with nothing in production after this many days is flagged (POC131). */
  maxDaysToProduction: number;
}

export interface LintOptions {
  /** Severity per rule id (`POC072`) or name (`users/pilot-duration`). */
  rules?: Record<string, SeveritySetting>;
  thresholds?: Partial<Thresholds>;
  /** ISO date used as "today" for past decision dates; defaults to the real date. */
  today?: string;
  /** Base URL of the rule docs; each finding's `docs` is `${docsBaseUrl}#poc072`. */
  docsBaseUrl?: string;
  /** Compute quick-fix insertions (default true). A checker that only reports turns them off: they are a fifth of a lint. */
  fixes?: boolean;
  /** How the text is written: a YAML plan (the default) or a Markdown plan (`*.poc.md`, docs/markdown-plans.md). */
  format?: PlanFormat;
}

export type PlanFormat = 'yaml' | 'markdown';

/** Metadata every rule exports beside its check; `M` is its message ids. */
export interface RuleMeta<M extends string = string> {
  id: string;
  name: string;
  /** One line, for docs and SARIF. */
  title: string;
  dimension?: Dimension;
  severity: Severity;
  /** Why it matters and what good looks like; a few sentences in the product's words. */
  rationale: string;
  /** Scoring weight within the dimension (default 1). */
  weight?: number;
  /** Part of the production gate. */
  gate?: boolean;
  /**
   * Rules whose findings on the same path (or beneath it) say the same gap
   * again: when this rule reports, theirs are folded into its finding, shown
   * once and still counted in the score.
   */
  supersedes?: readonly string[];
  /** The rule's wording by message id: templates with `{{name}}` placeholders, rendered by the engine (messages.ts). */
  messages: Readonly<Record<M, string>>;
}
