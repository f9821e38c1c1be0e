// The Markdown front end's public surface (docs/markdown-plans.md).
import type { PlanFormat } from '../types';

export { markdownPlansAvailable } from './plan';
export { ConvertError, markdownToYaml, yamlToMarkdown } from './convert';
export { markdownPlanSnippets, renderMarkdownPlan, renderSection } from './fixes';
export { markdownLocate, missingSections, sectionKeys } from './editor';
export type { MarkdownLocation } from './editor';

/** How a plan file is written, from its name: `*.poc.md` is Markdown, anything else YAML. */
export function planFormat(fileName: string): PlanFormat {
  return /\.md$/i.test(fileName) ? 'markdown' : 'yaml';
}
