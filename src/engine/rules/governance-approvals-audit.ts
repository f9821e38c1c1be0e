import { code, defineRule } from '../rule';
import { NOTHING_LOGGED } from '../lexicon/governance';

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
      nothingLogged: '{{path}} says "{{quote}}": nothing records what the model produced beside each decision. Log each one with its input, output, model version and who acted on it.',
    },
  },
  check(ctx) {
    ctx.expectAnswer(['governance', 'approvals'], 'approvalsAdvice');
    const path = ['governance', 'audit_trail'];
    if (!ctx.expectAnswer(path, 'auditAdvice')) return;
    // Opening with "no logging" is a record of nothing; a later "no logging of health data in clear text" qualifies a record already named.
    const text = (ctx.plan.textAt(path) ?? '').trimStart();
    const none = NOTHING_LOGGED.matches(text).find((m) => m.index === 0);
    if (none) ctx.report({ path, messageId: 'nothingLogged', data: { path: code(path), quote: none.text } });
  },
});
