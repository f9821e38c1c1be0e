import type { RuleMeta } from '../types';

export const tooLargeMeta: RuleMeta = {
  id: 'POC005',
  name: 'plan/too-large',
  title: 'Plans over the size limit are not checked',
  severity: 'info',
  rationale:
    'A POC plan is a few pages. Parsing a file over the limit (1 MB by default, `maxBytes`) would take seconds on every edit, so it is not checked at all and the verdict is not ready. Split the plan, or raise the limit if it really is one plan.',
};
