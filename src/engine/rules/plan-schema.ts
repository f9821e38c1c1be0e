import type { ErrorObject } from 'ajv';
import { isPlaceholderValue, leadingIsoDate, PathSegment, quotedNumber } from '../document';
import { code, defineRule } from '../rule';
import { keyInfoAt, KeyLevel, keyLevelBelow, ROOT_LEVEL } from '../sections';
import validatePlan = require('../schema/validatePlan.generated');
import { suggest } from './suggest';
import { UNIT_WORDS, unitOfKey } from '../lexicon/units';

/**
 * The data as the checks read it. Placeholders and empty values are reported
 * as unwritten by other rules, not as type errors; a number written in quotes
 * (`count: "10"`) is that number, and only noted (in `quoted`); a list of
 * sentences where text is expected is that text.
 */
function asRead(value: unknown, path: PathSegment[], quoted: PathSegment[][], at: KeyLevel | undefined = ROOT_LEVEL, depth = 0): unknown {
  if (depth > 64) return value;
  // The key at `path`, walked down with the value instead of looked up from the top for each one.
  const kind = at?.info?.kind;
  const below = (segment: PathSegment) => at && keyLevelBelow(at, segment);
  if (Array.isArray(value)) {
    // Where one sentence is expected, a list of sentences is that text (as PlanDocument.textAt reads it).
    // A bullet with a colon in it ("- shadow mode: 2 weeks") is a one-pair mapping to YAML, and a sentence to its writer.
    const sentence = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : oneLine(v));
    if (kind === 'text' && value.every((v) => sentence(v) !== undefined)) return value.map(sentence).join('; ');
    // In a list of sentences, a bullet with a colon ("Travailleur handicapé (RATH) : pièces lues par le médecin") is one of them.
    if (kind === 'text-list') return value.map((v, i) => oneLine(v) ?? asRead(v, [...path, i], quoted, below(i), depth + 1));
    return value.map((v, i) => asRead(v, [...path, i], quoted, below(i), depth + 1));
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (!isPlaceholderValue(v) && !notApplicable(v, below(k))) out[k] = asRead(v, [...path, k], quoted, below(k), depth + 1);
    return out;
  }
  // A date with prose beside it ("2027-03-12 (au conseil de printemps)") is that date.
  if (typeof value === 'string' && kind === 'date') return leadingIsoDate(value) ?? value;
  if (typeof value === 'string' && kind === 'number') {
    const n = quotedNumber(value, unitOfKey(path[path.length - 1]));
    if (n !== undefined) {
      quoted.push(path);
      return n;
    }
  }
  return value;
}

/**
 * `n/a` with its reason where a number is expected ("n/a (no manual task is
 * replaced)"): an answer, not a wrong type. Whether the number is needed is
 * the rules' question (POC100 reads the economics).
 */
function notApplicable(value: unknown, at: KeyLevel | undefined): boolean {
  return at?.info?.kind === 'number' && typeof value === 'string' && /^n\/a\b[\s(:,;–—-]*\S/i.test(value.trim());
}

/** A one-pair mapping of scalars as the `key: value` sentence it was written as. */
function oneLine(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length !== 1) return undefined;
  const [k, v] = entries[0];
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? `${k}: ${String(v)}` : undefined;
}

function pathOf(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => (s.includes('~') ? s.replace(/~1/g, '/').replace(/~0/g, '~') : s))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function at(root: unknown, path: PathSegment[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k as string] : undefined), root);
}

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return typeof value === 'string' ? `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"` : String(value);
}

const TYPE_WORDS: Record<string, string> = {
  number: 'a number',
  boolean: 'true or false',
  string: 'text',
  'string,number': 'text',
  array: 'a list',
  object: 'a mapping',
};

/** `/metrics/30/kind` -> `/metrics/30`, `/metrics`, `` (every enclosing instance path, nearest first). */
function* enclosing(pointer: string): Generator<string> {
  for (let end = pointer.lastIndexOf('/'); end >= 0; end = pointer.lastIndexOf('/', end - 1)) {
    yield pointer.slice(0, end);
    if (end === 0) return;
  }
}

/**
 * One error per place. A list item may be text or a mapping (`anyOf`): for a
 * mapping item keep the errors inside it, for anything else keep the one
 * "text or a mapping" error, and drop ajv's branch-by-branch noise either way.
 * The `anyOf` errors are indexed by instance path, and each error looks up
 * only its own path and the paths enclosing it, segment by segment: linear in
 * the errors, and `/metrics/3` never claims the errors of `/metrics/30`.
 */
function relevant(errors: ErrorObject[], data: unknown): ErrorObject[] {
  const drop = new Set<ErrorObject>();
  const branchesAt = new Map<string, string[]>();
  for (const a of errors) {
    if (a.keyword !== 'anyOf') continue;
    const item = at(data, pathOf(a.instancePath));
    const isMapping = !!item && typeof item === 'object' && !Array.isArray(item);
    if (isMapping) drop.add(a);
    const prefixes = branchesAt.get(a.instancePath) ?? [];
    prefixes.push(isMapping ? `${a.schemaPath}/0/` : `${a.schemaPath}/`);
    branchesAt.set(a.instancePath, prefixes);
  }
  if (branchesAt.size > 0) {
    const inDroppedBranch = (e: ErrorObject, path: string) => branchesAt.get(path)?.some((prefix) => e.schemaPath.startsWith(prefix)) ?? false;
    const dropped = (e: ErrorObject) => {
      if (inDroppedBranch(e, e.instancePath)) return true;
      for (const path of enclosing(e.instancePath)) if (inDroppedBranch(e, path)) return true;
      return false;
    };
    for (const e of errors) if (dropped(e)) drop.add(e);
  }
  // A missing title is the title rule's to report.
  return errors.filter((e) => !drop.has(e) && e.keyword !== 'required');
}

export const schema = defineRule({
  meta: {
    id: 'POC002',
    name: 'plan/schema',
    title: 'Values have the types the format expects',
    severity: 'warning',
    rationale:
      'Numbers where numbers are due (budgets, minutes, weeks), true or false for yes/no keys, ISO dates (YYYY-MM-DD), and the listed values for metric kinds and integration directions. Checks that compute figures can only use well-typed values. A number in quotes (`"10"`) is read as that number and only noted.',
    messages: {
      notAMapping: 'A POC plan is a mapping of sections (`poc:`, `hypothesis:`, ...), not {{actual}}.',
      quotedNumber: '{{path}} is a number written in quotes ({{written}}): it is read as {{value}}. Drop the quotes to keep the plan tidy.',
      numberWithUnit: '{{path}} is a number written with its unit ({{written}}): it is read as {{value}}{{unit}}. Write the number alone to keep the plan tidy.',
      numberInWords: '{{path}} is a number written with words around it ({{written}}): it is read as {{value}}. Write the number alone to keep the plan tidy.',
      enum: '{{path}} must be one of {{allowed}}, not {{actual}}.',
      enumNear: '{{path}} must be one of {{allowed}}, not {{actual}}. Did you mean `{{near}}`?',
      date: '{{path}} must be an ISO date (YYYY-MM-DD), not {{actual}}.',
      textOrMapping: '{{path}} must be text or a mapping with {{keys}}, not {{actual}}.',
      type: '{{path}} must be {{type}}, not {{actual}}.',
      typeWithHint: '{{path}} must be {{type}} ({{hint}}), not {{actual}}.',
    },
  },
  check({ plan, report }) {
    const { value, error } = plan.json();
    if (error || value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
      if (!error && !plan.doc.errors.length && plan.text.trim() !== '' && value !== null && value !== undefined) {
        report({ path: [], messageId: 'notAMapping', data: { actual: describe(value) } });
      }
      return;
    }
    const quoted: PathSegment[][] = [];
    const data = asRead(value, [], quoted);
    for (const path of quoted) {
      const written = at(value, path);
      // "9 min" carries its unit; "10" only quotes.
      const unitName = unitOfKey(path[path.length - 1]);
      const words = typeof written === 'string' ? (written.toLowerCase().match(/\p{L}[\p{L}.']*/gu) ?? []) : [];
      if (words.some((w) => !unitName || !UNIT_WORDS[unitName].includes(w))) {
        // "about 150 alerts expected": an estimate and what it counts, around the number.
        report({ path, severity: 'info', messageId: 'numberInWords', data: { path: code(path), written: describe(written), value: String(at(data, path)) } });
      } else if (typeof written === 'string' && /[^\d\s.,'_+-]/u.test(written)) {
        const unit = unitName && unitName !== 'money' ? ` ${unitName}` : '';
        report({ path, severity: 'info', messageId: 'numberWithUnit', data: { path: code(path), written: describe(written), value: String(at(data, path)), unit } });
      } else report({ path, severity: 'info', messageId: 'quotedNumber', data: { path: code(path), written: describe(written), value: String(at(data, path)) } });
    }
    if (validatePlan(data)) return;
    for (const e of relevant(validatePlan.errors ?? [], data)) {
      const path = pathOf(e.instancePath);
      const said = { path: code(path), actual: describe(at(data, path)) };
      const info = keyInfoAt(path);
      if (e.keyword === 'enum') {
        const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
        const near = typeof at(data, path) === 'string' ? suggest(String(at(data, path)), allowed) : undefined;
        const values = { ...said, allowed: allowed.join(', ') };
        report(near ? { path, messageId: 'enumNear', data: { ...values, near } } : { path, messageId: 'enum', data: values });
      } else if (e.keyword === 'format') {
        report({ path, messageId: 'date', data: said });
      } else if (e.keyword === 'anyOf') {
        const keys = (info?.children ?? []).map((c) => c.key).join(', ');
        // Only lists of mappings take text or a mapping (planSchema.ts), and a mapping has keys.
        report({ path, messageId: 'textOrMapping', data: { ...said, keys } });
      } else if (e.keyword === 'type') {
        const type = TYPE_WORDS[String((e.params as { type: unknown }).type)] ?? String((e.params as { type: unknown }).type);
        const hint = info?.hint && type !== 'text' ? info.hint : undefined;
        report(hint ? { path, messageId: 'typeWithHint', data: { ...said, type, hint } } : { path, messageId: 'type', data: { ...said, type } });
      } else {
        // planSchema.ts uses only the keywords above: a new one needs its message here.
        throw new Error(`no message for the schema keyword "${e.keyword}"`);
      }
    }
  },
});
