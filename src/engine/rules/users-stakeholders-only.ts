import { isMap } from 'yaml';
import { Rule } from '../rule';

export const usersStakeholdersOnly: Rule = {
  meta: {
    id: 'POC071',
    name: 'users/stakeholders-only',
    title: 'Not every pilot user is a stakeholder',
    dimension: 'organizational_fit',
    severity: 'warning',
    rationale:
      'A stakeholder watching a demo is not a user. Adoption, workarounds and the unusual cases show up only when people who do the work use it themselves.',
  },
  check(ctx) {
    const path = ['users', 'pilot_users'];
    const items = ctx.plan.items(path);
    if (items.length === 0 || !items.every(isMap)) return;
    if (items.every((_, i) => ctx.plan.boolean([...path, i, 'stakeholder']) === true)) {
      ctx.report({ path, message: 'Every pilot user is a stakeholder: add people who do the work and will use it themselves.' });
    }
  },
};
