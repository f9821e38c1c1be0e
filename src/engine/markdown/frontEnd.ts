// The Markdown front end as one module: the Node bundles load it, with the
// CommonMark parser, from a chunk of its own (dist/markdown.js) the first
// time a Markdown plan is read, so reviewing YAML plans never loads it. The
// rest of the product reaches it through ./lazy.
export { markdownPlansAvailable, parseMarkdownPlan } from './plan';
export { markdownFillSectionFix, markdownInsertionFix, markdownPlanSnippets, renderKeyLine, renderMarkdownPlan, renderSection } from './fixes';
export { markdownLocate, missingSections, sectionKeys } from './editor';
export { markdownToYaml, yamlToMarkdown } from './convert';
