// `poc-readiness init`: a starter plan (the template "New POC Plan" inserts,
// every value a TODO) and a commented .pocreadiness.yaml in the working
// directory. An existing file is never touched: it is named on stderr and
// skipped, the other file is still written, and the exit code stays 0, so
// `init` can be run again safely (e.g. to add the config to a repository
// that already has plans).
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_DOCS_URL, DEFAULT_THRESHOLDS, renderPlan, type Thresholds } from '../engine';
import { CONFIG_FILE } from './config';
import { CliError } from './errors';

export const DEFAULT_PLAN_FILE = 'plan.poc.yaml';

/** What each threshold does, for the comments of the starter config. */
const THRESHOLD_NOTES: Record<keyof Thresholds, string> = {
  minPilotWeeks: 'a pilot shorter than this many weeks is flagged',
  minSavingPercent: 'an AI path saving less than this percent of manual time is flagged',
  maxBudgetRatio: 'a production estimate over this many times the POC budget is flagged',
  maxBytes: 'plans larger than this many bytes are not checked',
  maxDaysToProduction: 'a go decision with nothing in production after this many days is flagged',
};

export function starterConfig(): string {
  const thresholds = (Object.keys(DEFAULT_THRESHOLDS) as (keyof Thresholds)[]).map((key) => `#   ${`${key}: ${DEFAULT_THRESHOLDS[key]}`.padEnd(26)}# ${THRESHOLD_NOTES[key]}`);
  return [
    '# POC Readiness settings, shared by the VS Code extension and the',
    '# poc-readiness CLI (read from the workspace root / working directory).',
    '# Everything here is optional; uncomment what you need.',
    '',
    '# Severity per rule, by id or by name: off, info, warning or error.',
    `# Every rule: ${DEFAULT_DOCS_URL}`,
    '# rules:',
    '#   POC072: info              # or its name: users/pilot-duration',
    '#   metrics/baseline: off',
    '',
    '# Thresholds the rules use (the defaults shown).',
    '# thresholds:',
    ...thresholds,
    '',
  ].join('\n');
}

export function starterPlan(): string {
  return `${renderPlan().text}\n`;
}

export interface InitResult {
  written: string[];
  skipped: string[];
}

/** Writes each file that does not exist yet; `wx` makes "does not exist" and "write" one step. */
export function init(cwd: string, planFile = DEFAULT_PLAN_FILE): InitResult {
  const result: InitResult = { written: [], skipped: [] };
  for (const [name, text] of [
    [planFile, starterPlan()],
    [CONFIG_FILE, starterConfig()],
  ] as const) {
    try {
      fs.writeFileSync(path.resolve(cwd, name), text, { flag: 'wx' });
      result.written.push(name);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') result.skipped.push(name);
      else throw new CliError([`${name}: cannot be written (${code === 'ENOENT' ? 'its directory does not exist' : code === 'EACCES' ? 'permission denied' : String(code)})`]);
    }
  }
  return result;
}
