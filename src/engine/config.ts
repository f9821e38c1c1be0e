// `.pocreadiness.yaml`: the options the extension and the CLI share. Bad
// config never throws: each problem becomes a message, and what is wrong
// falls back to the defaults.
//
//   rules:
//     POC072: info                 # or the name: users/pilot-duration
//     metrics/baseline: off
//   thresholds:
//     minPilotWeeks: 3

import { LineCounter, parseDocument } from 'yaml';
import { BOUNDS, DEFAULT_THRESHOLDS } from './thresholds';
import { RULE_METAS } from './rules';
import type { LintOptions, SeveritySetting, Thresholds } from './types';

export interface ConfigResult {
  options: LintOptions;
  /** One line each, e.g. `rules.POC999: unknown rule`. */
  errors: string[];
}

export const SEVERITIES: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];
const RULE_KEYS = new Set(RULE_METAS.flatMap((m) => [m.id, m.name]));

function isRecord(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** Validates a `rules` object (from the file or from settings). */
export function checkRules(value: unknown, where: string, errors: string[]): Record<string, SeveritySetting> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    errors.push(`${where}: must be a mapping of rule ids or names to off, info, warning or error`);
    return undefined;
  }
  const rules: Record<string, SeveritySetting> = {};
  for (const [rule, setting] of Object.entries(value)) {
    if (!RULE_KEYS.has(rule)) errors.push(`${where}.${rule}: unknown rule`);
    else if (!SEVERITIES.includes(setting as SeveritySetting)) errors.push(`${where}.${rule}: must be off, info, warning or error, not ${JSON.stringify(setting)}`);
    else rules[rule] = setting as SeveritySetting;
  }
  return rules;
}

/** Validates a `thresholds` object. */
export function checkThresholds(value: unknown, where: string, errors: string[]): Partial<Thresholds> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    errors.push(`${where}: must be a mapping such as { minPilotWeeks: 2 }`);
    return undefined;
  }
  const thresholds: Partial<Thresholds> = {};
  for (const [key, v] of Object.entries(value)) {
    if (!(key in DEFAULT_THRESHOLDS)) {
      errors.push(`${where}.${key}: unknown threshold (known: ${Object.keys(DEFAULT_THRESHOLDS).join(', ')})`);
      continue;
    }
    const [min, max] = BOUNDS[key as keyof Thresholds];
    if (typeof v === 'number' && v >= min && v <= max && Number.isFinite(v)) thresholds[key as keyof Thresholds] = v;
    else errors.push(`${where}.${key}: must be a number ${max === Infinity ? `of ${min} or more` : `from ${min} to ${max}`}`);
  }
  return thresholds;
}

export function loadConfig(text: string): ConfigResult {
  const errors: string[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, logLevel: 'error', lineCounter });
  if (doc.errors.length) {
    return { options: {}, errors: doc.errors.map((e) => `line ${lineCounter.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`) };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { options: {}, errors: [e instanceof Error ? e.message : String(e)] };
  }
  if (value === null || value === undefined) return { options: {}, errors };
  if (!isRecord(value)) return { options: {}, errors: ['the config must be a mapping with `rules` and `thresholds`'] };
  for (const key of Object.keys(value)) if (key !== 'rules' && key !== 'thresholds') errors.push(`${key}: unknown option (known: rules, thresholds)`);
  const rules = checkRules(value.rules, 'rules', errors);
  const thresholds = checkThresholds(value.thresholds, 'thresholds', errors);
  return { options: { ...(rules ? { rules } : {}), ...(thresholds ? { thresholds } : {}) }, errors };
}

const ID_BY_NAME = new Map(RULE_METAS.map((m) => [m.name, m.id]));

/** Rule settings keyed by id, whether they were written with ids or names. */
function byId(rules: LintOptions['rules']): Record<string, SeveritySetting> {
  return Object.fromEntries(Object.entries(rules ?? {}).map(([rule, setting]) => [ID_BY_NAME.get(rule) ?? rule, setting]));
}

/** `override` wins rule by rule and threshold by threshold (settings over the file), whether a rule is named by id or name. */
export function mergeOptions(base: LintOptions, override: LintOptions): LintOptions {
  return {
    ...base,
    ...override,
    rules: { ...byId(base.rules), ...byId(override.rules) },
    thresholds: { ...base.thresholds, ...override.thresholds },
  };
}
