// The Markdown front end's public surface (docs/markdown-plans.md), loaded on first use.
import type { PlanFormat } from '../types';

export {
  isConvertError,
  markdownLocate,
  markdownPlanSnippets,
  markdownPlansAvailable,
  markdownToYaml,
  missingSections,
  renderKeyLine,
  renderMarkdownPlan,
  renderSection,
  sectionKeys,
  yamlToMarkdown,
} from './lazy';
export type { MarkdownLocation } from './editor';

/** How a plan file is written, from its name: `*.poc.md` is Markdown, anything else YAML. */
export function planFormat(fileName: string): PlanFormat {
  return /\.md$/i.test(fileName) ? 'markdown' : 'yaml';
}
