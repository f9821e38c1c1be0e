import { defineRule } from '../rule';

export const governanceApprovalsAudit = defineRule({
  meta: {
    id: 'POC090',
    name: 'governance/approvals-audit',
    title: 'Approvals and an audit trail are defined',
    dimension: 'organizational_fit',
    severity: 'warning',
    rationale: 'Production needs someone who signs off changes and a record of what the system decided and why. Defining them in the POC surfaces the compliance work early.',
    messages: {
      approvalsAdvice: 'say who signs off the pilot and changes to it.',
      auditAdvice: 'say what is logged for each decision.',
    },
  },
  check(ctx) {
    ctx.expectAnswer(['governance', 'approvals'], 'approvalsAdvice');
    ctx.expectAnswer(['governance', 'audit_trail'], 'auditAdvice');
  },
});
