// One lint result per plan, the counts every format reports, and the exit
// code the issue defines.
import { lint, planFormat, type Finding, type LintOptions, type Outcome, type Score, type Severity } from '../engine';
import type { PlanText } from './files';

/** What the reports need of a lint result; fixes and section ranges are for editors, so they are not kept. */
export interface PlanReport {
  /** Relative to the working directory, with `/`. */
  file: string;
  title?: string;
  score: Score;
  /** Without their fixes; after shownFindings with --quiet, only the errors. */
  findings: Finding[];
  /** What became of the POC, for the portfolio. */
  outcome: Outcome;
}

export interface Totals {
  plans: number;
  ready: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** 1-based, as editors and every human-readable format show positions. */
export interface Place {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function place(f: Finding): Place {
  const { start, end } = f.range;
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

/**
 * Every finding: the exit code and --max-warnings count them all, --quiet or not.
 * `afterEach`: called after each plan is linted (the CLI's young-generation cap, src/cli/v8Flags.ts).
 */
export function lintPlans(plans: readonly PlanText[], options: LintOptions, afterEach?: () => void): PlanReport[] {
  return plans.map(({ file, text }) => {
    // Fixes are for editors; computing them would be a fifth of the work here.
    const { findings, score, figures } = lint(text, { ...options, fixes: false, format: planFormat(file) });
    afterEach?.();
    return { file, ...(figures.title ? { title: figures.title } : {}), score, findings, outcome: figures.outcome };
  });
}

/** The reports as printed: --quiet hides warnings and infos from the output only, as ESLint's does. */
export function shownFindings(reports: readonly PlanReport[], quiet: boolean): readonly PlanReport[] {
  return quiet ? reports.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : reports;
}

export function count(findings: readonly Finding[], severity: Severity): number {
  return findings.reduce((n, f) => n + (f.severity === severity ? 1 : 0), 0);
}

export function totals(reports: readonly PlanReport[]): Totals {
  const all = reports.flatMap((r) => r.findings);
  return {
    plans: reports.length,
    ready: reports.filter((r) => r.score.verdict === 'ready').length,
    errors: count(all, 'error'),
    warnings: count(all, 'warning'),
    infos: count(all, 'info'),
  };
}

export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export interface Verdict {
  code: 0 | 1;
  /** Why the exit code is 1 when the findings alone would not say it, for stderr. */
  notes: string[];
}

/** `reports`: a plan whose template sections hide errors fails as if they were shown (its findings are notes). */
export function verdict(t: Totals, requireReady: boolean, maxWarnings: number | undefined, reports: readonly PlanReport[] = []): Verdict {
  const notes: string[] = [];
  for (const r of reports)
    if (r.score.unwritten?.length) notes.push(`${r.file}: sections still as the template wrote them hide errors: ${r.score.unwritten.join(', ')} (write into them to see each finding)`);
  const notReady = t.plans - t.ready;
  if (requireReady && notReady > 0) notes.push(`${plural(notReady, 'plan')} not ready for approval (--require-ready)`);
  if (maxWarnings !== undefined && t.warnings > maxWarnings) notes.push(`too many warnings: ${t.warnings}, the maximum is ${maxWarnings} (--max-warnings)`);
  return { code: t.errors > 0 || notes.length > 0 ? 1 : 0, notes };
}
