import { defineRule } from '../rule';

export const usersRealUser = defineRule({
  meta: {
    id: 'POC070',
    name: 'users/real-user',
    title: 'Real users take part',
    dimension: 'organizational_fit',
    severity: 'error',
    rationale: 'Whether people will use it can only be learned from the people meant to use it. Name the user roles and how many of each take part.',
    messages: {
      advice: 'name the user roles that use it during the POC, and how many.',
    },
  },
  // An empty list is not written (`[]` reads as a placeholder): `expect` says so.
  check: (ctx) => void ctx.expect(['users', 'pilot_users'], 'advice'),
});
