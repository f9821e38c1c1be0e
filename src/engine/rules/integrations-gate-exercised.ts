import { code, Rule } from '../rule';
import { SYSTEM_NAME } from '../lexicon/systems';

export const integrationsGateExercised: Rule = {
  meta: {
    id: 'POC063',
    name: 'integrations/production-systems-exercised',
    title: 'The systems production connects to are exercised in the POC',
    dimension: 'operational_viability',
    severity: 'warning',
    rationale:
      'A system the production plan depends on but the POC never touches is integration work nobody has tried: its data, access and owner are still assumptions. List each system `production_plan.integration_points` names under `integrations`, and exercise it in the POC.',
  },
  check(ctx) {
    const points = ctx.plan.textAt(['production_plan', 'integration_points']);
    if (!points) return;
    const listed = ctx.plan.items(['integrations']).map((_, i) => ({
      i,
      text: `${ctx.plan.textAt(['integrations', i, 'system']) ?? ctx.plan.textAt(['integrations', i]) ?? ''}`.toLowerCase(),
      inPoc: ctx.plan.boolean(['integrations', i, 'in_poc']),
    }));
    const seen = new Set<string>();
    for (const name of SYSTEM_NAME.findAll(points)) {
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const match = listed.find((l) => SYSTEM_NAME.findAll(l.text).some((n) => n.toLowerCase() === key));
      if (!match) {
        ctx.report({ path: ['production_plan', 'integration_points'], message: `${code(['production_plan', 'integration_points'])} names ${name}, which is not under \`integrations\`: list it with its owner, and exercise it in the POC.` });
      } else if (match.inPoc === false) {
        const path = ['integrations', match.i, 'in_poc'];
        ctx.report({ path, message: `Production connects to ${name}, and ${code(path)} is false: exercise it in the POC, or the integration is still an assumption.` });
      }
    }
  },
};
