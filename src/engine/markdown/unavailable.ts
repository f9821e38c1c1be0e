// What the browser bundle has in place of ./frontEnd: VS Code for the Web
// runs the extension as one file and cannot load the Markdown chunk, and
// inlining it would take the bundle over its size ceiling. Markdown plans are
// not treated as plans there; the desktop app and the CLI read them.
import { YAMLParseError } from 'yaml';
import { PlanDocument } from '../document';
import type * as FrontEnd from './frontEnd';

const WHY = 'Markdown plans (*.poc.md) are read by the desktop VS Code and the CLI, not by this build.';

function unavailable(): never {
  throw new Error(WHY);
}

export const markdownPlansAvailable: typeof FrontEnd.markdownPlansAvailable = () => false;
export const parseMarkdownPlan: typeof FrontEnd.parseMarkdownPlan = () => {
  const plan = new PlanDocument('');
  plan.doc.errors.push(new YAMLParseError([0, 0], 'IMPOSSIBLE', WHY));
  return plan;
};
export const markdownInsertionFix: typeof FrontEnd.markdownInsertionFix = () => undefined;
export const markdownFillSectionFix: typeof FrontEnd.markdownFillSectionFix = () => undefined;
export const markdownLocate: typeof FrontEnd.markdownLocate = () => ({ heading: false, present: [] });
export const missingSections: typeof FrontEnd.missingSections = () => [];
export const sectionKeys: typeof FrontEnd.sectionKeys = () => [];
export const renderSection: typeof FrontEnd.renderSection = unavailable;
export const renderKeyLine: typeof FrontEnd.renderKeyLine = unavailable;
export const renderMarkdownPlan: typeof FrontEnd.renderMarkdownPlan = unavailable;
export const markdownPlanSnippets: typeof FrontEnd.markdownPlanSnippets = unavailable;
export const yamlToMarkdown: typeof FrontEnd.yamlToMarkdown = unavailable;
export const markdownToYaml: typeof FrontEnd.markdownToYaml = unavailable;
