import type { RuleMeta } from '../types';

export const missingSectionMeta: RuleMeta = {
  id: 'POC007',
  name: 'plan/missing-section',
  title: 'Every production-readiness section is present',
  severity: 'error',
  rationale:
    'When a whole section (data, users, production_plan, ...) is absent or empty, it is reported once, where the section would be inserted (or at its key when it is there but empty), instead of once per key inside it. Its severity is that of the most severe check it stands for, and the quick fix inserts the section with placeholders to fill in.',
};
