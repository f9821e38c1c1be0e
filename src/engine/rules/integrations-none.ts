import { defineRule } from '../rule';

export const integrationsNone = defineRule({
  meta: {
    id: 'POC060',
    name: 'integrations/none',
    title: 'The systems it must connect to are listed',
    dimension: 'operational_viability',
    severity: 'warning',
    rationale: "Almost nothing runs in production without reading from or writing to existing systems (CRM, ERP, ticketing). A standalone POC leaves that work, and its owners' agreement, unscoped.",
    messages: {
      advice: 'list the systems it reads from or writes to, with their owners.',
    },
  },
  // An empty list is not written (`[]` reads as a placeholder): `expect` says so.
  check: (ctx) => void ctx.expect(['integrations'], 'advice'),
});
