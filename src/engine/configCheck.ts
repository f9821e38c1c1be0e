// `.pocreadiness.yaml` checked in its own editor: each problem the engine's
// loadConfig would report, at the key or value it is about, with a "did you
// mean" for near misses. The messages are the engine's own (checkRules and
// checkThresholds), so the editor and the CLI say the same thing.

import { isMap, isPair, isScalar, LineCounter, Node, parseDocument } from 'yaml';
import { checkRules, checkThresholds } from './config';
import { DEFAULT_THRESHOLDS } from './thresholds';
import { RULE_METAS } from './rules';
import { suggest } from './rules/suggest';
import type { Range, Severity } from './types';

export interface ConfigProblem {
  range: Range;
  message: string;
  severity: Severity;
  /** The replacement a quick fix can offer for a near miss. */
  suggestion?: string;
}

const TOP_KEYS = ['rules', 'thresholds'];
const RULE_KEYS = RULE_METAS.flatMap((m) => [m.id, m.name]);

/** The closest candidate, compared case-insensitively (`suggest` would not match `poc072` to `POC072`). */
function near(word: string, candidates: readonly string[]): string | undefined {
  const lower = candidates.map((c) => c.toLowerCase());
  const hit = suggest(word.toLowerCase(), lower);
  return hit === undefined ? undefined : candidates[lower.indexOf(hit)];
}

export function configProblems(text: string): ConfigProblem[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, logLevel: 'silent', uniqueKeys: true });
  const pos = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line - 1, character: col - 1 };
  };
  const rangeOf = (node: Node | null | undefined, fallback: number): Range => {
    const [start, end] = node?.range ?? [fallback, fallback];
    return { start: pos(start), end: pos(Math.max(start, end)) };
  };
  const problems: ConfigProblem[] = doc.errors.map((e) => ({
    range: { start: pos(e.pos[0]), end: pos(Math.max(e.pos[0], e.pos[1])) },
    message: e.code === 'DUPLICATE_KEY' ? 'Duplicate key: only one value can count. Remove one.' : `YAML syntax error: ${e.message.split('\n')[0]}`,
    severity: 'error',
  }));
  if (problems.length > 0) return problems;
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return [];
  if (!isMap(root)) return [{ range: rangeOf(root as Node, 0), message: 'The config must be a mapping with `rules` and `thresholds`.', severity: 'error' }];

  for (const pair of root.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const keyNode = pair.key as Node;
    const value = pair.value as Node | null;
    if (!TOP_KEYS.includes(key)) {
      const suggestion = near(key, TOP_KEYS);
      problems.push({
        range: rangeOf(keyNode, 0),
        message: `${key}: unknown option (known: rules, thresholds)${suggestion ? `. Did you mean \`${suggestion}\`?` : ''}`,
        severity: 'warning',
        suggestion,
      });
      continue;
    }
    if (value === null || (isScalar(value) && value.value === null)) continue;
    if (!isMap(value)) {
      const errors: string[] = [];
      (key === 'rules' ? checkRules : checkThresholds)(value.toJSON(), key, errors);
      for (const message of errors) problems.push({ range: rangeOf(value, keyNode.range?.[0] ?? 0), message, severity: 'error' });
      continue;
    }
    for (const entry of value.items) {
      if (!isPair(entry) || !isScalar(entry.key)) continue;
      const name = String(entry.key.value);
      const entryValue = entry.value as Node | null;
      const errors: string[] = [];
      const plain = isScalar(entryValue) ? entryValue.value : entryValue?.toJSON();
      if (key === 'rules') checkRules({ [name]: plain }, key, errors);
      else checkThresholds({ [name]: plain }, key, errors);
      for (const message of errors) {
        const unknown = / unknown (?:rule|threshold)/.test(message);
        const suggestion = unknown
          ? // A rule id off by a digit is another rule, not a typo: only names and case get a suggestion.
            /^poc\d+$/i.test(name)
            ? RULE_KEYS.find((k) => k.toLowerCase() === name.toLowerCase())
            : near(name, key === 'rules' ? RULE_KEYS : Object.keys(DEFAULT_THRESHOLDS))
          : key === 'rules' && typeof plain === 'string'
            ? near(plain, ['off', 'info', 'warning', 'error'])
            : undefined;
        problems.push({
          range: unknown || !entryValue ? rangeOf(entry.key as Node, 0) : rangeOf(entryValue, 0),
          message: `${message}${suggestion ? `. Did you mean \`${suggestion}\`?` : ''}`,
          severity: unknown ? 'warning' : 'error',
          suggestion,
        });
      }
    }
  }
  return problems;
}
