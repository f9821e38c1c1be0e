// lint(text, options): parse once, run every rule, map paths to ranges,
// attach fixes, apply suppressions and severities, then score. Pure and
// deterministic: the same text and options give the same result.

import { isMap, isScalar } from 'yaml';
import { code, ExpectOptions, Report, RuleContext } from './rule';
import { isPlaceholderValue, PlanDocument, pathToString, PlanPath } from './document';
import { Gap, messageText } from './messages';
import { fillSectionFix, insertionFix, sectionLanding } from './fixes';
import { unanswered } from './gate';
import { computeFigures } from './figures';
import { ALL_RULES, ENGINE_RULES } from './rules';
import { KeyInfo, SECTIONS, sectionInfo } from './sections';
import { scorePlan } from './score';
import { applySuppressions } from './suppressions';
import { isUntouchedTemplate } from './template';
import type { Finding, FormProgress, LintOptions, LintResult, Range, RawFinding, RuleMeta, SectionLocation, Severity, SeveritySetting, Thresholds } from './types';
import { placeholderFindings } from './rules/plan-placeholder';
import { missingSectionMessage } from './rules/plan-missing-section';
import { tooLargeFinding } from './rules/plan-too-large';
import { unusedSuppressionReport } from './rules/plan-unused-suppression';
import { DEFAULT_THRESHOLDS } from './thresholds';
import { utf8ByteLength } from './utf8';
import { parseMarkdownPlan } from './markdown/lazy';

export const DEFAULT_DOCS_URL = 'https://github.com/poc-readiness/poc-readiness/blob/main/docs/rules.md';

const SEVERITY_ORDER: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

function severityFor(meta: RuleMeta, rules: LintOptions['rules']): SeveritySetting | undefined {
  return rules?.[meta.id] ?? rules?.[meta.name];
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The text of a rule's message; an unknown id throws (and the rule's isolation names it). */
function textOf(meta: RuleMeta, id: string, data: Finding['data'] = {}): string {
  if (!Object.hasOwn(meta.messages, id) && id !== 'ruleFailed') throw new Error(`${meta.id} has no message "${id}"`);
  return messageText(meta.messages, id, data);
}

/** The range of a finding not worked out yet (lint's withRange): never shown, compared by identity. */
const PENDING: Range = Object.freeze({ start: Object.freeze({ line: -1, character: -1 }), end: Object.freeze({ line: -1, character: -1 }) });

const META_BY_ID = new Map<string, RuleMeta>([...ALL_RULES.map((r) => r.meta), ...Object.values(ENGINE_RULES)].map((m) => [m.id, m]));

export function lint(text: string, options: LintOptions = {}): LintResult {
  const thresholds: Thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  const docsBase = options.docsBaseUrl ?? DEFAULT_DOCS_URL;
  const bytes = utf8ByteLength(text);
  // Parsing alone takes seconds at this size: say so instead of freezing the editor.
  if (bytes > thresholds.maxBytes) return unchecked(text, bytes, thresholds, docsBase, options.rules);
  const plan = options.format === 'markdown' ? parseMarkdownPlan(text) : new PlanDocument(text);
  const raw: RawFinding[] = [];

  // A finding's range is worked out only for the findings that may be shown
  // (see withRange): one folded into a section's one note, or dropped by a
  // severity `off`, needs none, and a plan with absent sections has many.
  const reporterFor =
    (meta: RuleMeta, into: RawFinding[] = raw) =>
    (r: Report & { internal?: true }) => {
      const message = textOf(meta, r.messageId, r.data);
      const fix = options.fixes === false ? undefined : (r.fix ?? (r.missing ? insertionFix(plan, r.path) : undefined));
      into.push({
        ruleId: meta.id,
        name: meta.name,
        severity: r.severity ?? meta.severity,
        message,
        messageId: r.messageId,
        data: r.data ?? {},
        path: pathToString(r.path),
        segments: r.path,
        range: r.range ?? PENDING,
        ...(fix ? { fix } : {}),
        docs: `${docsBase}#${meta.id.toLowerCase()}`,
        ...(meta.dimension ? { dimension: meta.dimension } : {}),
        ...(r.tags ? { tags: r.tags } : {}),
        ...(r.internal ? { internal: true as const } : {}),
      });
    };
  const withRange = (f: RawFinding) => {
    if (f.range === PENDING) f.range = plan.rangeForPath(f.segments);
    return f;
  };

  const todayIso = options.today ?? today();
  for (const rule of ALL_RULES) {
    const report = reporterFor(rule.meta);
    // The rule's advice (one of its messages) inside the engine's frame for the gap; the finding keeps the advice's id.
    const unwritten = (path: PlanPath, gap: Gap, advice: string, { severity, data }: ExpectOptions = {}, quote?: string) => {
      const frame = { gap, path: code(path), ...(quote === undefined ? {} : { quote }) };
      report({ path, messageId: advice, data: { ...data, ...frame }, severity, missing: gap === 'missing' });
    };
    const context: RuleContext = {
      plan,
      thresholds,
      today: todayIso,
      report,
      expect(path, advice, options) {
        const node = plan.node(path);
        if (node === undefined) {
          unwritten(path, 'missing', advice, options);
          return false;
        }
        if (!plan.isWritten(path)) {
          const empty = node === null || (isScalar(node) && (node.value === null || node.value === ''));
          unwritten(path, empty ? 'empty' : 'placeholder', advice, options);
          return false;
        }
        return true;
      },
      expectAnswer(path, advice, { mustCommit, ...options } = {}) {
        const why = unanswered(plan, path, { mustCommit });
        if (!why) return true;
        if (why.kind === 'defers' || why.kind === 'decides-nothing') unwritten(path, why.kind, advice, options, why.quote);
        else this.expect(path, advice, options);
        return false;
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      // One broken rule must not blank the review: it becomes one finding naming it, the rest stands.
      // An error, so a plan that was not fully checked is never called ready.
      const why = error instanceof Error ? error.message : String(error);
      const data = { ruleId: rule.meta.id, name: rule.meta.name, error: why.slice(0, 200) };
      report({ path: [], severity: 'error', internal: true, messageId: 'ruleFailed', data });
    }
  }
  placeholderFindings(plan, raw, reporterFor(ENGINE_RULES.placeholder));

  // Severity overrides, then suppressions (which may themselves report unused ones).
  const configured = raw.filter((f) => {
    const meta = META_BY_ID.get(f.ruleId);
    const setting = meta && severityFor(meta, options.rules);
    if (setting === 'off') return false;
    // In place: the finding is this lint's own, and a copy would read its lazy text and range.
    if (setting) f.severity = setting;
    return true;
  });
  const untouched = SECTIONS.filter((s) => s.key !== 'schema_version' && isUntouchedTemplate(plan, s));
  const collapsed = collapseTemplateSections(plan, collapseMissingSections(plan, foldSuperseded(configured), docsBase, options.rules, options.fixes !== false), untouched, docsBase, options.rules);
  const { kept, unused } = applySuppressions(plan, collapsed.map(withRange));
  const unusedSetting = severityFor(ENGINE_RULES.unusedSuppression, options.rules);
  if (unusedSetting !== 'off') {
    const reportUnused = reporterFor(ENGINE_RULES.unusedSuppression, kept);
    unused.forEach((s) => reportUnused(unusedSuppressionReport(s)));
    if (unusedSetting) kept.forEach((f) => f.ruleId === ENGINE_RULES.unusedSuppression.id && (f.severity = unusedSetting));
  }

  const findings = dedupe(kept.map((f) => stripSegments(withRange(f))).sort(compareFindings));
  const errorCount = findings.filter((f) => f.severity === 'error').length;
  // Scores count every underlying check, including those a missing section stands for.
  const checks = kept.flatMap((f) => f.group ?? [f]);
  // An error behind a section's one note still keeps the plan from being ready: the verdict says which sections.
  const unwritten = kept.flatMap((f) => (f.unwrittenWithErrors ? [f.unwrittenWithErrors] : []));
  const score = scorePlan(plan, checks, errorCount, options.rules, false, unwritten);
  const form = untouched.length ? formProgress(plan, untouched) : undefined;
  return { findings, score, sections: sectionLocations(plan), figures: computeFigures(plan), ...(form ? { form } : {}) };
}

/** The result for a plan over `maxBytes`: one finding on the first line, nothing parsed. */
function unchecked(text: string, bytes: number, thresholds: Thresholds, docsBase: string, rules: LintOptions['rules']): LintResult {
  const setting = severityFor(ENGINE_RULES.tooLarge, rules);
  const findings: Finding[] = setting === 'off' ? [] : [tooLargeFinding(text, bytes, thresholds.maxBytes, setting, docsBase)];
  const empty = new PlanDocument('');
  return { findings, score: scorePlan(empty, [], 0, rules, true), sections: [], figures: computeFigures(empty) };
}

function stripSegments(f: RawFinding): Finding {
  const { segments: _segments, group: _group, unwrittenWithErrors: _unwritten, ...finding } = f;
  return finding;
}

/**
 * A section that is absent or empty gets one finding where it would be
 * inserted (or at its key) instead of one per key beneath it; its severity is
 * the most severe of those it stands for. Scores still count every
 * underlying check.
 */
function collapseMissingSections(plan: PlanDocument, findings: RawFinding[], docsBase: string, rules: LintOptions['rules'], withFixes: boolean): RawFinding[] {
  const bySection = new Map<string, RawFinding[]>();
  const rest: RawFinding[] = [];
  // Whether each section with children is absent or empty, looked up once per section.
  const unwritten = new Map<string, boolean>();
  const isUnwritten = (key: string) => {
    let empty = unwritten.get(key);
    if (empty === undefined) {
      const node = plan.node([key]);
      empty = node === undefined || node === null || (isScalar(node) && isPlaceholderValue(node.value));
      unwritten.set(key, empty);
    }
    return empty;
  };
  for (const f of findings) {
    const top = f.segments[0];
    const section = typeof top === 'string' ? sectionInfo(top) : undefined;
    if (section && section.children && f.ruleId !== ENGINE_RULES.placeholder.id && isUnwritten(section.key)) {
      const group = bySection.get(section.key);
      if (group) group.push(f);
      else bySection.set(section.key, [f]);
    } else rest.push(f);
  }
  const meta = ENGINE_RULES.missingSection;
  const setting = severityFor(meta, rules);
  // With the summary off, the findings it would stand for are shown one by one.
  if (setting === 'off') return findings;
  // The summary says the section is empty; a placeholder finding on the same key would say it twice.
  const placeholderId = ENGINE_RULES.placeholder.id;
  const result = rest.filter((f) => !(f.ruleId === placeholderId && f.segments.length === 1 && bySection.has(String(f.segments[0]))));
  for (const [key, group] of bySection) {
    const section = sectionInfo(key)!;
    const absent = plan.node([key]) === undefined;
    const severity = group.reduce<Severity>((s, f) => (SEVERITY_ORDER[f.severity] > SEVERITY_ORDER[s] ? f.severity : s), 'info');
    const keys = (section.children ?? [])
      .filter((c) => !c.optional)
      .map((c) => c.key)
      .join(', ');
    const fix = !withFixes ? undefined : absent ? insertionFix(plan, [key]) : fillSectionFix(plan, section);
    result.push({
      ruleId: meta.id,
      name: meta.name,
      severity: setting ?? severity,
      ...missingSectionMessage(key, section.title, absent, keys),
      path: key,
      segments: [key],
      range: absent ? missingSectionRange(plan, key) : plan.rangeForPath([key]),
      ...(fix ? { fix } : {}),
      docs: `${docsBase}#${meta.id.toLowerCase()}`,
      ...(group[0].dimension ? { dimension: group[0].dimension } : {}),
      group,
    });
  }
  return result;
}

/** Where an absent section would be inserted; the title (or first line) when the plan is no block mapping to insert into. */
function missingSectionRange(plan: PlanDocument, key: string) {
  const landing = sectionLanding(plan, key);
  return landing ? plan.gapRange(landing.offset, landing.blockScalarAbove) : plan.topRange();
}

/**
 * A section still as the template (or an insertion) wrote it is a form field
 * not filled in yet: one note on it, at its key, until someone writes into
 * it, instead of a finding per placeholder. The checks it stands for still
 * count in the scores, and an error among them still blocks the verdict.
 */
function collapseTemplateSections(plan: PlanDocument, findings: RawFinding[], untouched: readonly KeyInfo[], docsBase: string, rules: LintOptions['rules']): RawFinding[] {
  const meta = ENGINE_RULES.placeholder;
  const setting = severityFor(meta, rules);
  if (untouched.length === 0 || setting === 'off') return findings;
  const keys = new Set(untouched.map((s) => s.key));
  const bySection = new Map<string, RawFinding[]>();
  const rest: RawFinding[] = [];
  for (const f of findings) {
    const top = f.segments[0];
    if (typeof top === 'string' && keys.has(top)) {
      const group = bySection.get(top);
      if (group) group.push(f);
      else bySection.set(top, [f]);
    } else rest.push(f);
  }
  for (const section of untouched) {
    const group = (bySection.get(section.key) ?? []).flatMap((f) => f.group ?? [f]);
    if (group.length === 0) continue;
    const fields = (section.children ?? []).filter((c) => !c.optional).map((c) => c.key);
    const [messageId, data] = fields.length
      ? ['unwrittenSection', { section: section.key, title: section.title, fields: fields.join(', ') }]
      : ['unwrittenValue', { section: section.key, title: section.title, hint: section.hint ?? 'its value' }];
    const dimension = section.dimension ?? group[0].dimension;
    rest.push({
      ruleId: meta.id,
      name: meta.name,
      severity: setting ?? meta.severity,
      message: textOf(meta, messageId, data),
      messageId,
      data,
      path: section.key,
      segments: [section.key],
      range: plan.rangeForPath([section.key]),
      docs: `${docsBase}#${meta.id.toLowerCase()}`,
      ...(dimension ? { dimension } : {}),
      group,
      ...(group.some((f) => f.severity === 'error') ? { unwrittenWithErrors: section.title } : {}),
    });
  }
  return rest;
}

/**
 * How many of the plan's sections (all but the format version, and an optional
 * section only once the plan has it) are written: present, with a value that
 * is not a placeholder.
 */
function formProgress(plan: PlanDocument, untouched: readonly KeyInfo[]): FormProgress {
  const sections = SECTIONS.filter((s) => s.key !== 'schema_version' && (!s.optional || plan.has([s.key])));
  const written = sections.filter((s) => !untouched.includes(s) && plan.isWritten([s.key])).length;
  return { written, total: sections.length };
}

const isUnder = (path: PlanPath, prefix: PlanPath) => prefix.length <= path.length && prefix.every((s, i) => path[i] === s);

/** One finding per gap: a rule's finding absorbs those of the rules it supersedes on the same path. */
function foldSuperseded(findings: RawFinding[]): RawFinding[] {
  const folded = new Set<RawFinding>();
  for (const top of findings) {
    const supersedes = META_BY_ID.get(top.ruleId)?.supersedes;
    if (!supersedes?.length) continue;
    const group = findings.filter((f) => f !== top && !folded.has(f) && supersedes.includes(f.ruleId) && isUnder(f.segments, top.segments));
    if (!group.length) continue;
    group.forEach((f) => folded.add(f));
    top.group = [top, ...(top.group ?? []), ...group.flatMap((f) => f.group ?? [f])];
  }
  return folded.size ? findings.filter((f) => !folded.has(f)) : findings;
}

/** Code-unit order: deterministic, and no ICU collator to start up on the hot path. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function compareFindings(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || byCodeUnits(a.ruleId, b.ruleId) || byCodeUnits(a.message, b.message);
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = `${f.ruleId}|${f.range.start.line}:${f.range.start.character}|${f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function sectionLocations(plan: PlanDocument): SectionLocation[] {
  const root = plan.root;
  if (!isMap(root)) return [];
  const out: SectionLocation[] = [];
  for (const p of root.items) {
    const key = p.key as { value?: unknown; range?: [number, number, number] } | null;
    if (!isScalar(key) || !key.range) continue;
    const end = plan.contentEnd(p) ?? key.range[1];
    out.push({ key: String(key.value), range: plan.rangeOf(key.range[0], end), keyRange: plan.rangeOf(key.range[0], key.range[1]) });
  }
  return out;
}
