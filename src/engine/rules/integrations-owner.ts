import { isMap } from 'yaml';
import { code, defineRule } from '../rule';

export const integrationsOwner = defineRule({
  meta: {
    id: 'POC061',
    name: 'integrations/owner',
    title: "Each integration names the system's owner",
    dimension: 'operational_viability',
    severity: 'warning',
    rationale: 'Each system belongs to a team whose agreement, access and change process the integration depends on. An integration without an owner is one nobody has asked yet.',
    messages: {
      advice: 'name the team that owns the system.',
      noOwner: 'Integration {{path}} "{{system}}" has no owner: write it as a mapping with system, direction, owner and in_poc.',
    },
  },
  check(ctx) {
    ctx.plan.items(['integrations']).forEach((item, i) => {
      const here = ['integrations', i];
      // An integration whose system is not written yet is one gap, not one per key.
      if (isMap(item) && ctx.plan.textAt([...here, 'system'])) {
        ctx.expect([...here, 'owner'], 'advice');
      } else {
        const system = ctx.plan.textAt(here);
        if (system) ctx.report({ path: here, messageId: 'noOwner', data: { path: code(here), system } });
      }
    });
  },
});
