import type { RuleMeta } from '../types';

export const unusedSuppressionMeta: RuleMeta = {
  id: 'POC006',
  name: 'plan/unused-suppression',
  title: 'Suppression comments silence something',
  severity: 'warning',
  rationale:
    '`# poc-readiness-disable-next-line POC072` silences one finding on the next line, `# poc-readiness-disable POC111` one rule in the whole file (ids or names; none means every rule). A suppression that silences nothing is stale and misleads the next reviewer.',
};
