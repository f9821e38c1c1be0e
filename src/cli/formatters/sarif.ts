// --format sarif: SARIF 2.1.0 for code-scanning tools (GitHub, Azure DevOps,
// the SARIF viewer). Every rule is listed, so `ruleIndex` is stable; paths
// are relative to %SRCROOT%, the working directory.
import type * as Crypto from 'crypto';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { DEFAULT_DOCS_URL, RULE_METAS, type Finding, type Severity } from '../../engine';
import { place, type PlanReport } from '../report';
import { jsonSafe } from '../text';
import type { Formatter } from './formatter';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };
const RULES: ReportingDescriptor[] = RULE_METAS.map((m) => ({
  id: m.id,
  name: m.name,
  shortDescription: { text: m.title },
  fullDescription: { text: m.rationale },
  helpUri: `${DEFAULT_DOCS_URL}#${m.id.toLowerCase()}`,
  defaultConfiguration: { level: LEVEL[m.severity] },
  properties: { tags: m.dimension ? [m.dimension] : ['structure'] },
}));
const RULE_INDEX = new Map(RULE_METAS.map((m, i) => [m.id, i]));

// Loaded on the first SARIF result, not at start-up: no other format needs crypto.
let crypto: typeof Crypto | undefined;

/**
 * The result's identity for code scanning across runs (SARIF `partialFingerprints`):
 * the rule, the file, the plan path, the message id and its data, with the data's
 * keys in a fixed order. Not the line, so edits above it keep it; not the rendered
 * text, so rewording a message's template does not close every alert and open it again.
 * `v2`: v1 hashed the text.
 */
export function fingerprint(file: string, f: Pick<Finding, 'ruleId' | 'path' | 'messageId' | 'data'>): string {
  crypto ??= require('crypto') as typeof Crypto;
  const data = Object.keys(f.data)
    .sort()
    .map((k) => [k, f.data[k]]);
  return crypto
    .createHash('sha256')
    .update(JSON.stringify([f.ruleId, file, f.path, f.messageId, data]))
    .digest('hex')
    .slice(0, 32);
}

/** The name the fingerprint is stored under; a new way of computing it takes a new version. */
export const FINGERPRINT = 'pocReadiness/v2';

/**
 * The file as a URI reference relative to %SRCROOT%: each path segment
 * percent-encoded, so `#`, `?`, `%` and spaces stay part of the name instead
 * of starting a fragment or a query or reading as an escape.
 */
export function relativeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** Where a finding's file is: relative to %SRCROOT%, or an absolute file URI for a plan outside the working directory. */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  return path.isAbsolute(file) ? { uri: pathToFileURL(file).href } : { uri: relativeUri(file), uriBaseId: '%SRCROOT%' };
}

function sarifResult(file: string, f: Finding): Result {
  const { line, column, endLine, endColumn } = place(f);
  return {
    ruleId: f.ruleId,
    ruleIndex: RULE_INDEX.get(f.ruleId) ?? -1,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(file),
          region: { startLine: line, startColumn: column, endLine, endColumn },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT]: fingerprint(file, f) },
    // The message's id and data, as in --format json: stable when the wording changes.
    properties: { messageId: f.messageId, data: f.data },
  };
}

export function formatSarif(reports: readonly PlanReport[], version: string, cwd: string): string {
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'poc-readiness', version, semanticVersion: version, informationUri: 'https://github.com/poc-readiness/poc-readiness', rules: RULES } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') } },
        results: reports.flatMap((r) => r.findings.map((f) => sarifResult(r.file, f))),
      },
    ],
  };
  return jsonSafe(JSON.stringify(log, null, 2)) + '\n';
}

export const sarif: Formatter = {
  name: 'sarif',
  description: 'SARIF 2.1.0, for code scanning (GitHub, Azure DevOps)',
  format: (reports, { version, cwd }) => formatSarif(reports, version, cwd),
};
