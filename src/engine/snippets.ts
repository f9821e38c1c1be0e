// The editor's snippets, from the same section metadata and renderer as the
// engine's quick-fix insertions. scripts/generate.mjs writes them to
// snippets/poc-plan.code-snippets; a unit test fails if that file drifts.

import { SECTIONS } from './sections';
import { renderKey, renderPlan } from './template';

export interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

export const PLAN_SNIPPET_PREFIX = 'poc-plan';

/** `poc-plan` for a whole plan, then `poc-<section>` for every section, in the format's order. */
export function planSnippets(): Record<string, Snippet> {
  const snippets: Record<string, Snippet> = {
    'POC plan': {
      prefix: PLAN_SNIPPET_PREFIX,
      description: 'A whole POC plan: every production-readiness section with placeholders to fill in.',
      body: renderPlan().snippet.split('\n'),
    },
  };
  for (const section of SECTIONS) {
    if (section.key === 'schema_version') continue;
    snippets[`Section: ${section.title}`] = {
      prefix: `poc-${section.key.replace(/_/g, '-')}`,
      description: `${section.title}: ${section.description}`,
      body: renderKey(section).snippet.split('\n'),
    };
  }
  return snippets;
}
