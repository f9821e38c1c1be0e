// Where a rule's section is in docs/rules.md, for VS Code's Markdown preview:
// it scrolls to a heading by the id it gives it (GitHub's rule: lower case,
// blanks to dashes, punctuation dropped), not to the `<a id>` anchors.

import type { RuleMeta } from './types';

export function headingSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-')
    .replace(/[\][!/'"#$%&()*+,./:;<=>?@\\^{|}~`]/g, '')
    .replace(/^-+|-+$/g, '');
}

/** `## POC020 \`hypothesis/decision\`` is `poc020-hypothesisdecision`. */
export function ruleDocsSlug(meta: Pick<RuleMeta, 'id' | 'name'>): string {
  return headingSlug(`${meta.id} ${meta.name}`);
}
