// --format json. Field names are a contract for scripts and dashboards; add
// fields, never rename or remove them:
//
// {
//   "version": "0.1.0",                      // of poc-readiness
//   "results": [{
//     "file": "plans/a.poc.yaml",            // relative to the working directory
//     "title": "Shipping exception triage",  // or null
//     "verdict": "ready" | "not_ready",
//     "score": { "overall", "technical_feasibility", "operational_viability", "organizational_fit" },  // 0..100
//     "gate": { "passed": bool, "missing": ["production_plan.budget", ...] },
//     "reasons": ["The production gate is not met: ...", ...],
//     "findings": [{ "ruleId", "name", "severity", "message", "messageId", "data", "path", "line", "column", "endLine", "endColumn", "docs", "dimension" }]
//   }],                                       // positions 1-based; dimension null for structural rules
//   "totals": { "plans", "ready", "errors", "warnings", "infos" }
// }
import type { Finding, Score } from '../../engine';
import { place, totals, type PlanReport } from '../report';
import { jsonSafe } from '../text';
import type { Formatter } from './formatter';

export function scoreFields(score: Score) {
  return {
    overall: score.overall,
    technical_feasibility: score.dimensions.technical_feasibility.score,
    operational_viability: score.dimensions.operational_viability.score,
    organizational_fit: score.dimensions.organizational_fit.score,
  };
}

function findingFields(f: Finding) {
  return { ruleId: f.ruleId, name: f.name, severity: f.severity, message: f.message, messageId: f.messageId, data: f.data, path: f.path, ...place(f), docs: f.docs, dimension: f.dimension ?? null };
}

export function formatJson(reports: readonly PlanReport[], version: string): string {
  const results = reports.map(({ file, title, score, findings }) => ({
    file,
    title: title ?? null,
    verdict: score.verdict,
    score: scoreFields(score),
    gate: { passed: score.gate.passed, missing: score.gate.items.filter((i) => !i.passed).map((i) => i.path) },
    reasons: score.reasons,
    findings: findings.map(findingFields),
  }));
  return jsonSafe(JSON.stringify({ version, results, totals: totals(reports) }, null, 2)) + '\n';
}

export const json: Formatter = {
  name: 'json',
  description: 'for scripts and dashboards: results, scores, gate, findings, totals',
  format: (reports, { version }) => formatJson(reports, version),
};
