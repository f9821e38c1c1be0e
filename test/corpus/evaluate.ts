// Scores the engine against the reviewer-labelled corpus in this folder.
// Shared by `npm run eval` (scripts/eval.mjs) and the unit test that guards
// against regressions, so both measure exactly the same thing.
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { lint } from '../../src/engine';
import type { Finding, Severity } from '../../src/engine';

/** The eval's fixed "today": decision dates are judged against it, never the clock. */
export const EVAL_TODAY = '2026-12-01';

/** test/corpus in the source tree; this module runs compiled, from out/test/corpus. */
export const CORPUS_DIR = path.resolve(__dirname, '../../..', 'test/corpus');
export const BASELINE_FILE = path.join(CORPUS_DIR, 'baseline.json');

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const VERDICTS = ['ready', 'not_ready'] as const;
type Verdict = (typeof VERDICTS)[number];
const LANGUAGES = ['en', 'de', 'fr', 'es', 'nl'] as const;

export interface GapLabel {
  path: string;
  rule: string;
  severity: Severity;
  why: string;
  /** The flag says one thing, the text beside it another: the gaps a keyword check misses. */
  subtle: boolean;
}

export interface PlanLabels {
  industry: string;
  language: string;
  verdict: Verdict;
  clean: boolean;
  gaps: GapLabel[];
  /** Rule ids a reviewer would agree with on this plan without having labelled them as gaps. */
  accepted: string[];
}

/** The parts of a finding the evaluation looks at. */
export interface FindingSummary {
  ruleId: string;
  path: string;
  severity: Severity;
  message: string;
}

export interface GapResult {
  label: GapLabel;
  /** The finding that matched the label (one with the labelled severity when there is one). */
  finding?: FindingSummary;
}

export interface PlanResult {
  name: string;
  labels: PlanLabels;
  verdict: Verdict;
  gaps: GapResult[];
  /** Warning and error findings that match no label and no accepted rule. */
  falseFindings: FindingSummary[];
  /** Warning and error findings that match a label or an accepted rule. */
  matchedFindings: number;
}

export interface Totals {
  plans: number;
  labelled: number;
  found: number;
  recall: number;
  subtleLabelled: number;
  subtleFound: number;
  subtleRecall: number;
  /** Of the found gaps, how many the engine rated at the labelled severity. */
  severityAgreed: number;
  severityAgreement: number;
  /** Warning and error findings matching a label or an accepted rule / all warning and error findings. */
  matchedFindings: number;
  reportedFindings: number;
  precision: number;
  verdictsRight: number;
  cleanPlans: number;
  /** Warning and error findings on plans labelled clean. */
  falseOnClean: number;
}

export interface Evaluation {
  today: string;
  plans: PlanResult[];
  totals: Totals;
}

/** What is committed in baseline.json: the totals and which gaps were found. */
export interface Baseline {
  today: string;
  totals: Totals;
  /** `plan: RULE path` for every labelled gap the engine found. */
  found: string[];
}

export class CorpusError extends Error {}

// ---- labels -------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requireString(file: string, where: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw new CorpusError(`${file}: ${where} must be a non-empty string`);
  return value;
}

function oneOf<T extends string>(file: string, where: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new CorpusError(`${file}: ${where} must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`);
  }
  return value as T;
}

function ruleId(file: string, where: string, value: unknown): string {
  if (typeof value !== 'string' || !/^POC\d{3}$/.test(value)) throw new CorpusError(`${file}: ${where} must be a rule id like POC040 (got ${JSON.stringify(value)})`);
  return value;
}

/** Parses and checks one labels file; a mistake in it is reported by file and field, not as a wrong score. */
export function parseLabels(text: string, file: string): PlanLabels {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (e) {
    throw new CorpusError(`${file}: not valid YAML (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!isRecord(raw)) throw new CorpusError(`${file}: expected a mapping`);
  const gapsRaw = raw.gaps ?? [];
  if (!Array.isArray(gapsRaw)) throw new CorpusError(`${file}: gaps must be a list`);
  const gaps = gapsRaw.map((g: unknown, i): GapLabel => {
    if (!isRecord(g)) throw new CorpusError(`${file}: gaps.${i} must be a mapping`);
    if (g.subtle !== undefined && typeof g.subtle !== 'boolean') throw new CorpusError(`${file}: gaps.${i}.subtle must be true or false`);
    return {
      path: requireString(file, `gaps.${i}.path`, g.path),
      rule: ruleId(file, `gaps.${i}.rule`, g.rule),
      severity: oneOf(file, `gaps.${i}.severity`, g.severity, SEVERITIES),
      why: requireString(file, `gaps.${i}.why`, g.why),
      subtle: g.subtle === true,
    };
  });
  const acceptedRaw = raw.accepted ?? [];
  if (!Array.isArray(acceptedRaw)) throw new CorpusError(`${file}: accepted must be a list of rule ids`);
  if (typeof raw.clean !== 'boolean') throw new CorpusError(`${file}: clean must be true or false`);
  const labels: PlanLabels = {
    industry: requireString(file, 'industry', raw.industry),
    language: oneOf(file, 'language', raw.language, LANGUAGES),
    verdict: oneOf(file, 'verdict', raw.verdict, VERDICTS),
    clean: raw.clean,
    gaps,
    accepted: acceptedRaw.map((r: unknown, i) => ruleId(file, `accepted.${i}`, r)),
  };
  if (labels.clean && (labels.gaps.length > 0 || labels.verdict !== 'ready')) {
    throw new CorpusError(`${file}: a clean plan has verdict ready and no gaps`);
  }
  return labels;
}

// ---- matching -----------------------------------------------------------

/** `a` equals `b` or lies under it; `''` is the whole plan and contains every path. */
function isUnder(a: string, b: string): boolean {
  return b === '' || a === b || a.startsWith(`${b}.`);
}

/** A finding finds a labelled gap: same rule, and one path lies under the other. */
export function findingMatchesGap(finding: Pick<FindingSummary, 'ruleId' | 'path'>, gap: Pick<GapLabel, 'rule' | 'path'>): boolean {
  return finding.ruleId === gap.rule && (isUnder(finding.path, gap.path) || isUnder(gap.path, finding.path));
}

function summarize(f: Finding): FindingSummary {
  return { ruleId: f.ruleId, path: f.path, severity: f.severity, message: f.message };
}

/** Scores one plan's findings against its labels. Pure, so the matching can be tested without the engine. */
export function scorePlan(name: string, labels: PlanLabels, verdict: Verdict, findings: readonly FindingSummary[]): PlanResult {
  const gaps = labels.gaps.map((label): GapResult => {
    const matching = findings.filter((f) => findingMatchesGap(f, label));
    const finding = matching.find((f) => f.severity === label.severity) ?? matching[0];
    return finding ? { label, finding } : { label };
  });
  const reported = findings.filter((f) => f.severity !== 'info');
  const explained = (f: FindingSummary) => labels.accepted.includes(f.ruleId) || labels.gaps.some((g) => findingMatchesGap(f, g));
  const falseFindings = reported.filter((f) => !explained(f));
  return { name, labels, verdict, gaps, falseFindings, matchedFindings: reported.length - falseFindings.length };
}

function ratio(part: number, whole: number): number {
  // Nothing to measure counts as perfect, so an empty category never reads as a regression.
  return whole === 0 ? 1 : part / whole;
}

export function totalsOf(plans: readonly PlanResult[]): Totals {
  const gaps = plans.flatMap((p) => p.gaps);
  const found = gaps.filter((g) => g.finding);
  const subtle = gaps.filter((g) => g.label.subtle);
  const subtleFound = subtle.filter((g) => g.finding);
  const severityAgreed = found.filter((g) => g.finding?.severity === g.label.severity).length;
  const matchedFindings = plans.reduce((n, p) => n + p.matchedFindings, 0);
  const reportedFindings = plans.reduce((n, p) => n + p.matchedFindings + p.falseFindings.length, 0);
  const clean = plans.filter((p) => p.labels.clean);
  return {
    plans: plans.length,
    labelled: gaps.length,
    found: found.length,
    recall: ratio(found.length, gaps.length),
    subtleLabelled: subtle.length,
    subtleFound: subtleFound.length,
    subtleRecall: ratio(subtleFound.length, subtle.length),
    severityAgreed,
    severityAgreement: ratio(severityAgreed, found.length),
    matchedFindings,
    reportedFindings,
    precision: ratio(matchedFindings, reportedFindings),
    verdictsRight: plans.filter((p) => p.verdict === p.labels.verdict).length,
    cleanPlans: clean.length,
    falseOnClean: clean.reduce((n, p) => n + p.falseFindings.length, 0),
  };
}

// ---- the corpus ---------------------------------------------------------

/** Lints every `*.poc.yaml` in `dir` with the engine and scores it against its `*.labels.yaml`. */
export function evaluateCorpus(dir: string = CORPUS_DIR): Evaluation {
  const planFiles = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.poc.yaml'))
    .sort();
  if (planFiles.length === 0) throw new CorpusError(`${dir}: no *.poc.yaml plans`);
  const plans = planFiles.map((file) => {
    const name = file.slice(0, -'.poc.yaml'.length);
    const labelsFile = `${name}.labels.yaml`;
    const labelsPath = path.join(dir, labelsFile);
    if (!fs.existsSync(labelsPath)) throw new CorpusError(`${file}: no ${labelsFile} beside it`);
    const labels = parseLabels(fs.readFileSync(labelsPath, 'utf8'), labelsFile);
    const result = lint(fs.readFileSync(path.join(dir, file), 'utf8'), { today: EVAL_TODAY, fixes: false });
    return scorePlan(name, labels, result.score.verdict, result.findings.map(summarize));
  });
  return { today: EVAL_TODAY, plans, totals: totalsOf(plans) };
}

// ---- baseline -----------------------------------------------------------

function gapKey(plan: string, label: GapLabel): string {
  return `${plan}: ${label.rule} ${label.path}`;
}

export function toBaseline(evaluation: Evaluation): Baseline {
  const found = evaluation.plans.flatMap((p) => p.gaps.filter((g) => g.finding).map((g) => gapKey(p.name, g.label)));
  return { today: evaluation.today, totals: evaluation.totals, found: found.sort() };
}

export function parseBaseline(text: string, file: string): Baseline {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new CorpusError(`${file}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!isRecord(raw) || !isRecord(raw.totals) || !Array.isArray(raw.found) || !raw.found.every((k) => typeof k === 'string')) {
    throw new CorpusError(`${file}: expected { today, totals, found: [...] }; regenerate it with UPDATE_BASELINE=1 npm run eval`);
  }
  return raw as unknown as Baseline;
}

export function readBaseline(file: string = BASELINE_FILE): Baseline | undefined {
  return fs.existsSync(file) ? parseBaseline(fs.readFileSync(file, 'utf8'), path.basename(file)) : undefined;
}

const EPSILON = 1e-9;

/** Every way `now` is worse than `before`; empty when nothing regressed. */
export function regressions(before: Baseline, now: Baseline): string[] {
  const out: string[] = [];
  const lower = (key: 'recall' | 'subtleRecall' | 'precision', label: string) => {
    const was = Number(before.totals[key]);
    if (Number.isFinite(was) && now.totals[key] < was - EPSILON) out.push(`${label} fell from ${percent(was)} to ${percent(now.totals[key])}`);
  };
  lower('recall', 'recall');
  lower('subtleRecall', 'recall on subtle gaps');
  lower('precision', 'precision');
  if (now.totals.verdictsRight < before.totals.verdictsRight) {
    out.push(`verdicts right fell from ${before.totals.verdictsRight} to ${now.totals.verdictsRight}`);
  }
  if (now.totals.falseOnClean > before.totals.falseOnClean) {
    out.push(`false findings on clean plans rose from ${before.totals.falseOnClean} to ${now.totals.falseOnClean}`);
  }
  const foundNow = new Set(now.found);
  for (const key of before.found) if (!foundNow.has(key)) out.push(`no longer found: ${key}`);
  return out;
}

// ---- report -------------------------------------------------------------

export function percent(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

/** The human-readable report `npm run eval` prints. */
export function formatReport(evaluation: Evaluation): string {
  const lines: string[] = [];
  const width = Math.max(...evaluation.plans.map((p) => p.name.length));
  for (const p of evaluation.plans) {
    const found = p.gaps.filter((g) => g.finding).length;
    const mark = p.verdict === p.labels.verdict ? 'ok  ' : 'MISS';
    const verdict = `${p.labels.verdict}/${p.verdict}`.padEnd('not_ready/not_ready'.length);
    lines.push(`${mark} ${p.name.padEnd(width)}  verdict ${verdict}  gaps ${found}/${p.gaps.length}  false ${p.falseFindings.length}`);
    for (const g of p.gaps) {
      if (!g.finding) lines.push(`       missed ${g.label.rule} ${g.label.path}${g.label.subtle ? ' (subtle)' : ''}: ${g.label.why}`);
      else if (g.finding.severity !== g.label.severity) {
        lines.push(`       severity ${g.label.rule} ${g.label.path}: labelled ${g.label.severity}, got ${g.finding.severity}`);
      }
    }
    for (const f of p.falseFindings) lines.push(`       false ${f.ruleId} ${f.severity} ${f.path || '(plan)'}: ${f.message}`);
  }
  const t = evaluation.totals;
  lines.push(
    '',
    `plans                 ${t.plans} (${t.cleanPlans} clean), today ${evaluation.today}`,
    `recall                ${percent(t.recall)} (${t.found}/${t.labelled} labelled gaps found)`,
    `recall, subtle gaps   ${percent(t.subtleRecall)} (${t.subtleFound}/${t.subtleLabelled})`,
    `severity agreement    ${percent(t.severityAgreement)} (${t.severityAgreed}/${t.found} found gaps at the labelled severity)`,
    `precision             ${percent(t.precision)} (${t.matchedFindings}/${t.reportedFindings} warning+error findings match a label)`,
    `verdicts right        ${t.verdictsRight} of ${t.plans}`,
    `false on clean plans  ${t.falseOnClean} warning+error findings on ${t.cleanPlans} clean plans`,
  );
  return lines.join('\n');
}
