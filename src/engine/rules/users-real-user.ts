import { code, defineRule } from '../rule';

export const usersRealUser = defineRule({
  meta: {
    id: 'POC070',
    name: 'users/real-user',
    title: 'Real users take part',
    dimension: 'organizational_fit',
    severity: 'error',
    rationale:
      'Whether people will use it can only be learned from the people meant to use it. Name the user roles and how many of each take part.',
    messages: {
      advice: 'name the user roles that use it during the POC, and how many.',
      emptyList: '{{path}} is an empty list: name the user roles that use it during the POC.',
    },
  },
  check(ctx) {
    const path = ['users', 'pilot_users'];
    if (!ctx.expect(path, 'advice')) return;
    if (ctx.plan.items(path).length === 0) {
      ctx.report({ path, messageId: 'emptyList', data: { path: code(path) } });
    }
  },
});
