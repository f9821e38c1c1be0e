import { isSeq } from 'yaml';
import { code, defineRule } from '../rule';

export const integrationsNone = defineRule({
  meta: {
    id: 'POC060',
    name: 'integrations/none',
    title: 'The systems it must connect to are listed',
    dimension: 'operational_viability',
    severity: 'warning',
    rationale:
      'Almost nothing runs in production without reading from or writing to existing systems (CRM, ERP, ticketing). A standalone POC leaves that work, and its owners\' agreement, unscoped.',
    messages: {
      advice: 'list the systems it reads from or writes to, with their owners.',
      emptyList: '{{path}} is an empty list: a standalone POC says nothing about integration. List the systems it reads from or writes to.',
    },
  },
  check(ctx) {
    const path = ['integrations'];
    if (!ctx.expect(path, 'advice')) return;
    const node = ctx.plan.node(path);
    if (isSeq(node) && ctx.plan.items(path).length === 0) {
      ctx.report({ path, messageId: 'emptyList', data: { path: code(path) } });
    }
  },
});
