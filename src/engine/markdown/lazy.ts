// The Markdown front end, loaded on first use (./frontEnd says why).
import type { PlanDocument, PlanPath } from '../document';
import type { KeyInfo } from '../sections';
import type { Fix, Position } from '../types';
import type { MarkdownLocation } from './editor';

type FrontEnd = typeof import('./frontEnd');
let loaded: FrontEnd | undefined;

function frontEnd(): FrontEnd {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('./frontEnd') as FrontEnd;
  return loaded;
}

export const parseMarkdownPlan = (text: string): PlanDocument => frontEnd().parseMarkdownPlan(text);
/** Whether this build reads Markdown plans (the browser bundle does not). */
export const markdownPlansAvailable = (): boolean => frontEnd().markdownPlansAvailable();
export const markdownInsertionFix = (plan: PlanDocument, path: PlanPath): Fix | undefined => frontEnd().markdownInsertionFix(plan, path);
export const markdownFillSectionFix = (plan: PlanDocument, section: KeyInfo): Fix | undefined => frontEnd().markdownFillSectionFix(plan, section);
export const markdownLocate = (text: string, position: Position): MarkdownLocation => frontEnd().markdownLocate(text, position);
export const missingSections = (text: string): KeyInfo[] => frontEnd().missingSections(text);
export const sectionKeys = (section: string, present: readonly string[]): readonly KeyInfo[] => frontEnd().sectionKeys(section, present);
export const renderSection = (info: KeyInfo): { text: string; snippet: string } => frontEnd().renderSection(info);
export const renderKeyLine = (section: string, info: KeyInfo, marker: string): string => frontEnd().renderKeyLine(section, info, marker);
export const renderMarkdownPlan = (): { text: string; snippet: string } => frontEnd().renderMarkdownPlan();
export const markdownPlanSnippets = (): ReturnType<FrontEnd['markdownPlanSnippets']> => frontEnd().markdownPlanSnippets();
export const yamlToMarkdown = (yaml: string): string => frontEnd().yamlToMarkdown(yaml);
export const markdownToYaml = (markdown: string): string => frontEnd().markdownToYaml(markdown);

/** A plan convert cannot turn into the other format (thrown by the chunk's own copy of the class, so known by name). */
export function isConvertError(error: unknown): error is Error {
  return error instanceof Error && error.name === 'ConvertError';
}
