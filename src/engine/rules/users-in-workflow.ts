import { code, defineRule } from '../rule';

export const usersInWorkflow = defineRule({
  meta: {
    id: 'POC073',
    name: 'users/in-workflow',
    title: 'It is used inside the real workflow',
    dimension: 'organizational_fit',
    severity: 'warning',
    rationale:
      'Used beside the work, in a separate tool or a session, it tests nothing about the work. Put it in, or close to, the workflow it is meant to change.',
    messages: {
      advice: 'say (true or false) whether it is used inside the real workflow.',
      outside: "{{path}} is false: used outside the real workflow, the pilot cannot show adoption. Put it in, or close to, the users' own tools.",
    },
  },
  check(ctx) {
    const path = ['users', 'in_workflow'];
    if (!ctx.expect(path, 'advice')) return;
    if (ctx.plan.boolean(path) === false) {
      ctx.report({ path, messageId: 'outside', data: { path: code(path) } });
    }
  },
});
