import { Rule } from '../rule';

export const usersRealUser: Rule = {
  meta: {
    id: 'POC070',
    name: 'users/real-user',
    title: 'Real users take part',
    dimension: 'organizational_fit',
    severity: 'error',
    rationale:
      'Whether people will use it can only be learned from the people meant to use it. Name the user roles and how many of each take part.',
  },
  check(ctx) {
    const path = ['users', 'pilot_users'];
    if (!ctx.expect(path, 'name the user roles that use it during the POC, and how many.')) return;
    if (ctx.plan.items(path).length === 0) {
      ctx.report({ path, message: '`users.pilot_users` is an empty list: name the user roles that use it during the POC.' });
    }
  },
};
