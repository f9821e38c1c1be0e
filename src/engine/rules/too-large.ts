import type { RuleMeta } from '../types';

export const tooLargeMeta: RuleMeta = {
  id: 'POC005',
  name: 'plan/too-large',
  title: 'Plans over the size limit get structural checks only',
  severity: 'info',
  structural: true,
  rationale:
    'A POC plan is a few pages. A file over the limit (1 MB by default, `maxBytes`) is checked for syntax and structure only, so the editor stays responsive; the readiness checks are skipped and the verdict is not ready.',
};
