// The engine's public surface. No `vscode` import anywhere under src/engine.
export * from './types';
export { lint, DEFAULT_THRESHOLDS, DEFAULT_DOCS_URL } from './lint';
export { RULE_METAS } from './rules';
export { SECTIONS, METRIC_KINDS, INTEGRATION_DIRECTIONS, keyInfoAt, keysAllowedAt, sectionInfo } from './sections';
export type { KeyInfo, ValueKind } from './sections';
export { renderKey, renderPlan } from './template';
export type { Rendered } from './template';
export { DIMENSION_TITLES, NOT_READY_CAP } from './score';
export { GATE_PATHS } from './gate';
export { isPlaceholderValue } from './document';
export { loadConfig, mergeOptions, checkRules, checkThresholds } from './config';
export type { ConfigResult } from './config';
export { locate } from './locate';
export type { Location } from './locate';
export { fixAllEdits, insertsOnly } from './fixAll';
export type { PlanPath, PathSegment } from './document';
export { planSnippets, PLAN_SNIPPET_PREFIX } from './snippets';
export type { Snippet } from './snippets';
