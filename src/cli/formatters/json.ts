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

const indented = (json: string, by: string) => json.replace(/\n/g, `\n${by}`);

/**
 * The report as `JSON.stringify({ version, results, totals }, null, 2)`
 * writes it, one result at a time: JSON text has no line break inside a
 * string, so a result's own text indented by four spaces is its text in the
 * whole. Only one result's fields exist at a time.
 */
export function* jsonPieces(reports: readonly PlanReport[], version: string): Generator<string> {
  yield `{\n  "version": ${jsonSafe(JSON.stringify(version))},\n  "results": [`;
  let first = true;
  for (const { file, title, score, findings } of reports) {
    const result = {
      file,
      title: title ?? null,
      verdict: score.verdict,
      score: scoreFields(score),
      gate: { passed: score.gate.passed, missing: score.gate.items.filter((i) => !i.passed).map((i) => i.path) },
      reasons: score.reasons,
      findings: findings.map(findingFields),
    };
    yield `${first ? '' : ','}\n    ${jsonSafe(indented(JSON.stringify(result, null, 2), '    '))}`;
    first = false;
  }
  yield `${first ? '' : '\n  '}],\n  "totals": ${indented(JSON.stringify(totals(reports), null, 2), '  ')}\n}\n`;
}

export function formatJson(reports: readonly PlanReport[], version: string): string {
  return [...jsonPieces(reports, version)].join('');
}

export const json: Formatter = {
  name: 'json',
  description: 'for scripts and dashboards: results, scores, gate, findings, totals',
  format: (reports, { version }) => formatJson(reports, version),
  pieces: (reports, { version }) => jsonPieces(reports, version),
};
