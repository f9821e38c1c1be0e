// What a rule is: its metadata beside one check that reports through the
// context. Rules talk in plan paths; the engine turns paths into ranges and
// missing keys into insertion fixes.

import { PlanDocument, PlanPath } from './document';
import type { Fix, Range, RuleMeta, Severity, Thresholds } from './types';

export interface Report {
  path: PlanPath;
  message: string;
  /** A variant's own severity (e.g. warning vs error); the rule's default otherwise. */
  severity?: Severity;
  /** The key at `path` is absent: the engine attaches an insertion fix from the section metadata. */
  missing?: boolean;
  fix?: Fix;
  /** Overrides the range the path maps to (for findings about comments). */
  range?: Range;
  tags?: Array<'unnecessary'>;
  /** The rule itself failed: the engine reports that instead of its findings. */
  internal?: boolean;
}

export interface RuleContext {
  readonly plan: PlanDocument;
  readonly thresholds: Thresholds;
  /** ISO date (YYYY-MM-DD). */
  readonly today: string;
  report(report: Report): void;
  /**
   * Reports `path` when it is absent ("is missing: advice") or present but not
   * written ("is still a placeholder: advice"). Returns whether it is written.
   */
  expect(path: PlanPath, advice: string, severity?: Severity): boolean;
  /**
   * As `expect`, and also reports a value that defers ("to be agreed once the
   * results are in", "TBC", "phase 2") or, with `mustCommit`, one that decides
   * nothing ("next steps to be discussed"). Returns whether it answers.
   */
  expectAnswer(path: PlanPath, advice: string, options?: { severity?: Severity; mustCommit?: boolean }): boolean;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/**
 * `a.b.c` in backticks, as messages name keys. A key with backticks in it gets
 * a longer fence, as CommonMark reads code spans (the report renders them so),
 * and a space inside each end when it starts or ends with one.
 */
export function code(path: PlanPath): string {
  const text = path.join('.');
  // reduce, not Math.max(...runs): a huge key would overflow the argument list.
  const longest = (text.match(/`+/g) ?? []).reduce((max, run) => Math.max(max, run.length), 0);
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
