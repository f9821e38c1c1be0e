// lint(text, options): parse once, run every rule, map paths to ranges,
// attach fixes, apply suppressions and severities, then score. Pure and
// deterministic: the same text and options give the same result.

import { isMap, isScalar } from 'yaml';
import { code, Report, RuleContext } from './rule';
import { isPlaceholderValue, PlanDocument, pathToString, PlanPath } from './document';
import { fillSectionFix, insertionFix, sectionLanding } from './fixes';
import { unanswered } from './gate';
import { computeFigures } from './figures';
import { ALL_RULES, ENGINE_RULES } from './rules';
import { KeyInfo, SECTIONS, sectionInfo } from './sections';
import { scorePlan } from './score';
import { applySuppressions } from './suppressions';
import { isUntouchedTemplate } from './template';
import type { Finding, FormProgress, LintOptions, LintResult, RuleMeta, SectionLocation, Severity, SeveritySetting, Thresholds } from './types';
import { placeholderFindings } from './rules/placeholder';
import { utf8ByteLength } from './utf8';
import { parseMarkdownPlan } from './markdown/lazy';

export const DEFAULT_THRESHOLDS: Thresholds = {
  minPilotWeeks: 2,
  minSavingPercent: 20,
  maxBudgetRatio: 10,
  maxBytes: 1_000_000,
  maxDaysToProduction: 90,
};

export const DEFAULT_DOCS_URL = 'https://github.com/poc-readiness/poc-readiness/blob/main/docs/rules.md';

const SEVERITY_ORDER: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** A finding before severity overrides and suppressions, with its plan path as segments. */
export interface RawFinding extends Finding {
  segments: PlanPath;
  /** For a collapsed missing-section finding: the findings it stands for. */
  group?: RawFinding[];
  /** For a section still as the template wrote it: its title, when the findings it stands for include an error. */
  unwrittenWithErrors?: string;
}

function severityFor(meta: RuleMeta, rules: LintOptions['rules']): SeveritySetting | undefined {
  return rules?.[meta.id] ?? rules?.[meta.name];
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

const META_BY_ID = new Map<string, RuleMeta>([...ALL_RULES.map((r) => r.meta), ...Object.values(ENGINE_RULES)].map((m) => [m.id, m]));

export function lint(text: string, options: LintOptions = {}): LintResult {
  const thresholds: Thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  const docsBase = options.docsBaseUrl ?? DEFAULT_DOCS_URL;
  const bytes = utf8ByteLength(text);
  // Parsing alone takes seconds at this size: say so instead of freezing the editor.
  if (bytes > thresholds.maxBytes) return unchecked(text, bytes, thresholds, docsBase, options.rules);
  const plan = options.format === 'markdown' ? parseMarkdownPlan(text) : new PlanDocument(text);
  const raw: RawFinding[] = [];

  const reporterFor = (meta: RuleMeta, into: RawFinding[] = raw) => (r: Report) => {
    const range = r.range ?? plan.rangeForPath(r.path);
    const fix = options.fixes === false ? undefined : r.fix ?? (r.missing ? insertionFix(plan, r.path) : undefined);
    into.push({
      ruleId: meta.id,
      name: meta.name,
      severity: r.severity ?? meta.severity,
      message: r.message,
      path: pathToString(r.path),
      segments: r.path,
      range,
      ...(fix ? { fix } : {}),
      docs: `${docsBase}#${meta.id.toLowerCase()}`,
      ...(meta.dimension ? { dimension: meta.dimension } : {}),
      ...(r.tags ? { tags: r.tags } : {}),
      ...(r.internal ? { internal: true as const } : {}),
    });
  };

  const todayIso = options.today ?? today();
  for (const rule of ALL_RULES) {
    const report = reporterFor(rule.meta);
    const context: RuleContext = {
      plan,
      thresholds,
      today: todayIso,
      report,
      expect(path, advice, severity) {
        const node = plan.node(path);
        if (node === undefined) {
          report({ path, message: `${code(path)} is missing: ${advice}`, severity, missing: true });
          return false;
        }
        if (!plan.isWritten(path)) {
          const empty = node === null || (isScalar(node) && (node.value === null || node.value === ''));
          report({ path, message: `${code(path)} is ${empty ? 'empty' : 'still a placeholder'}: ${advice}`, severity });
          return false;
        }
        return true;
      },
      expectAnswer(path, advice, { severity, mustCommit } = {}) {
        const why = unanswered(plan, path, { mustCommit });
        if (!why) return true;
        if (why.kind === 'defers') {
          report({ path, severity, message: `${code(path)} defers ("${why.quote}"): an answer that waits for the results, or for someone else, is not written yet. ${capitalize(advice)}` });
        } else if (why.kind === 'decides-nothing') {
          report({ path, severity, message: `${code(path)} decides nothing ("${why.quote}"): ${advice}` });
        } else {
          this.expect(path, advice, severity);
        }
        return false;
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      // One broken rule must not blank the review: it becomes one finding naming it, the rest stands.
      // An error, so a plan that was not fully checked is never called ready.
      const why = error instanceof Error ? error.message : String(error);
      report({ path: [], severity: 'error', internal: true, message: `Rule ${rule.meta.id} (${rule.meta.name}) failed on this plan and checked nothing: ${why.slice(0, 200)}. The other rules' findings stand; please report this with the plan.` });
    }
  }
  placeholderFindings(plan, raw, reporterFor(ENGINE_RULES.placeholder));

  // Severity overrides, then suppressions (which may themselves report unused ones).
  const configured = raw.flatMap((f): RawFinding[] => {
    const meta = META_BY_ID.get(f.ruleId);
    const setting = meta && severityFor(meta, options.rules);
    if (setting === 'off') return [];
    return [setting ? { ...f, severity: setting } : f];
  });
  const untouched = SECTIONS.filter((s) => s.key !== 'schema_version' && isUntouchedTemplate(plan, s));
  const collapsed = collapseTemplateSections(
    plan,
    collapseMissingSections(plan, foldSuperseded(configured), docsBase, options.rules, options.fixes !== false),
    untouched,
    docsBase,
    options.rules,
  );
  const { kept, unused } = applySuppressions(plan, collapsed);
  const unusedSetting = severityFor(ENGINE_RULES.unusedSuppression, options.rules);
  if (unusedSetting !== 'off') {
    unused.forEach(reporterFor(ENGINE_RULES.unusedSuppression, kept));
    if (unusedSetting) kept.forEach((f) => f.ruleId === ENGINE_RULES.unusedSuppression.id && (f.severity = unusedSetting));
  }

  const findings = dedupe(kept.map(stripSegments).sort(compareFindings));
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
  const meta = ENGINE_RULES.tooLarge;
  const setting = severityFor(meta, rules);
  const firstLineEnd = text.search(/\r?\n/);
  const size = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : n >= 1e4 ? `${Math.round(n / 1e3)} KB` : `${n} bytes`);
  const findings: Finding[] =
    setting === 'off'
      ? []
      : [
          {
            ruleId: meta.id,
            name: meta.name,
            severity: setting ?? meta.severity,
            message: `This plan is ${size(bytes)}, over the ${size(thresholds.maxBytes)} limit (\`maxBytes\`): it was not checked. Split it or raise the limit.`,
            path: '',
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLineEnd < 0 ? text.length : firstLineEnd } },
            docs: `${docsBase}#${meta.id.toLowerCase()}`,
          },
        ];
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
  for (const f of findings) {
    const top = f.segments[0];
    const section = typeof top === 'string' ? sectionInfo(top) : undefined;
    const node = section && plan.node([section.key]);
    const empty = node === undefined || node === null || (isScalar(node) && isPlaceholderValue(node.value));
    if (section && empty && section.children && f.ruleId !== ENGINE_RULES.placeholder.id) {
      bySection.set(section.key, [...(bySection.get(section.key) ?? []), f]);
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
    const keys = (section.children ?? []).filter((c) => !c.optional).map((c) => c.key).join(', ');
    const fix = !withFixes ? undefined : absent ? insertionFix(plan, [key]) : fillSectionFix(plan, section);
    result.push({
      ruleId: meta.id,
      name: meta.name,
      severity: setting ?? severity,
      message: `Section \`${key}\` (${section.title}) is ${absent ? 'missing' : 'empty'}: add ${keys}.`,
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
    if (typeof top === 'string' && keys.has(top)) bySection.set(top, [...(bySection.get(top) ?? []), f]);
    else rest.push(f);
  }
  for (const section of untouched) {
    const group = (bySection.get(section.key) ?? []).flatMap((f) => f.group ?? [f]);
    if (group.length === 0) continue;
    const fields = (section.children ?? []).filter((c) => !c.optional).map((c) => c.key);
    const what = fields.length
      ? `Section \`${section.key}\` (${section.title}) is not written yet: fill in ${fields.join(', ')}.`
      : `\`${section.key}\` (${section.title}) is not written yet: fill in ${section.hint ?? 'its value'}.`;
    const dimension = section.dimension ?? group[0].dimension;
    rest.push({
      ruleId: meta.id,
      name: meta.name,
      severity: setting ?? meta.severity,
      message: what,
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
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    byCodeUnits(a.ruleId, b.ruleId) ||
    byCodeUnits(a.message, b.message)
  );
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
