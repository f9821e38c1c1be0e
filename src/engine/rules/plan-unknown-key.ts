import { isMap, isPair, isScalar, isSeq, Node } from 'yaml';
import { PlanPath } from '../document';
import { code, defineRule, RuleContext } from '../rule';
import { isFreeFormKey, KeyInfo, SECTIONS } from '../sections';
import { suggest } from './suggest';

function checkMap(ctx: RuleContext<UnknownKeyMessage>, node: unknown, allowed: readonly KeyInfo[], path: PlanPath, depth: number): void {
  const map = ctx.plan.resolve(node);
  if (!isMap(map) || depth > 8) return;
  const allowedKeys = allowed.map((k) => k.key);
  for (const pair of map.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const info = allowed.find((k) => k.key === key);
    if (info) {
      checkValue(ctx, pair.value, info, [...path, key], depth + 1);
      continue;
    }
    if (isFreeFormKey(key)) continue;
    const keyNode = pair.key as Node;
    const near = suggest(key, allowedKeys);
    // Renaming to a key the mapping already has would write a duplicate key.
    const taken = near !== undefined && ctx.plan.pair(map, near) !== undefined;
    const where = path.length ? `in ${code(path)}` : 'at the top level';
    const range = keyNode.range ? ctx.plan.rangeOf(keyNode.range[0], keyNode.range[1]) : undefined;
    ctx.report({
      path: [...path, key],
      range,
      messageId: !near ? 'unknown' : taken ? 'unknownTaken' : 'unknownNear',
      data: { key: code([key]), where, ...(near ? { near } : {}) },
      fix: near && !taken && range ? { title: `Rename to \`${near}\``, kind: 'repair', edits: [{ range, newText: near }] } : undefined,
    });
  }
}

function checkValue(ctx: RuleContext<UnknownKeyMessage>, node: unknown, info: KeyInfo, path: PlanPath, depth: number): void {
  const value = ctx.plan.resolve(node);
  if (info.kind === 'map') checkMap(ctx, value, info.children ?? [], path, depth);
  if (info.kind === 'map-list' && isSeq(value)) {
    value.items.forEach((item, i) => checkMap(ctx, item, info.children ?? [], [...path, i], depth + 1));
  }
}

type UnknownKeyMessage = 'unknown' | 'unknownTaken' | 'unknownNear';

export const unknownKey = defineRule<UnknownKeyMessage>({
  meta: {
    id: 'POC003',
    name: 'plan/unknown-key',
    title: 'Keys are ones the plan format knows',
    severity: 'info',
    rationale:
      'A misspelt key (`prodution_plan`) is as good as missing: no check reads it, and the plan looks complete when it is not. Near misses get a suggestion and a one-click rename. Keys people add for themselves (`notes`, `risks`, `assumptions`, `contacts`, `links`, `references`, `timeline`, `x-*`) are welcome anywhere.',
    messages: {
      unknown: 'Unknown key {{key}} {{where}}: the plan format does not use it, so no check reads it.',
      unknownTaken: 'Unknown key {{key}} {{where}}, and `{{near}}` is already there: no check reads {{key}}. Merge it into `{{near}}` or remove it.',
      unknownNear: 'Unknown key {{key}} {{where}}. Did you mean `{{near}}`?',
    },
  },
  check(ctx) {
    checkMap(ctx, ctx.plan.doc.contents, SECTIONS, [], 0);
  },
});
