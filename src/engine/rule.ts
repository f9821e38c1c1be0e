// What a rule is: its metadata beside one check that reports through the
// context. Rules talk in plan paths and message ids; the engine turns paths
// into ranges, missing keys into insertion fixes and ids into text.

import { PlanDocument, PlanPath } from './document';
import type { Fix, MessageData, Range, RuleMeta, Severity, Thresholds } from './types';

export interface Report<M extends string = string> {
  path: PlanPath;
  /** A key of the rule's `meta.messages`. */
  messageId: M;
  /** Fills the message's `{{name}}` placeholders. */
  data?: MessageData;
  /** A variant's own severity (e.g. warning vs error); the rule's default otherwise. */
  severity?: Severity;
  /** The key at `path` is absent: the engine attaches an insertion fix from the section metadata. */
  missing?: boolean;
  fix?: Fix;
  /** Overrides the range the path maps to (for findings about comments). */
  range?: Range;
  tags?: Array<'unnecessary'>;
}

/** How `expect` and `expectAnswer` report: the advice's data and a variant's severity. */
export interface ExpectOptions {
  severity?: Severity;
  data?: MessageData;
}

export interface RuleContext<M extends string = string> {
  readonly plan: PlanDocument;
  readonly thresholds: Thresholds;
  /** ISO date (YYYY-MM-DD). */
  readonly today: string;
  report(report: Report<M>): void;
  /**
   * Reports `path` when it is absent ("is missing: <advice>") or present but
   * not written ("is still a placeholder: <advice>"), `advice` being one of the
   * rule's message ids. Returns whether it is written.
   */
  expect(path: PlanPath, advice: M, options?: ExpectOptions): boolean;
  /**
   * As `expect`, and also reports a value that defers ("to be agreed once the
   * results are in", "TBC", "phase 2") or, with `mustCommit`, one that decides
   * nothing ("next steps to be discussed"). Returns whether it answers.
   */
  expectAnswer(path: PlanPath, advice: M, options?: ExpectOptions & { mustCommit?: boolean }): boolean;
}

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  check(context: RuleContext<M>): void;
}

/** A rule whose message ids are checked at compile time against its `meta.messages`. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
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
