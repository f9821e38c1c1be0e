import { defineRule } from '../rule';

export const integrationsExercised = defineRule({
  meta: {
    id: 'POC062',
    name: 'integrations/exercised',
    title: 'At least one integration is exercised in the POC',
    dimension: 'operational_viability',
    severity: 'warning',
    rationale: 'Listing systems is a start; reading from or writing to one of them during the POC is what shows the integration works. Mark the ones exercised with `in_poc: true`.',
    messages: {
      noneExercised: 'No integration is exercised in the POC: set `in_poc: true` on the systems it will really read from or write to, starting with the most critical.',
    },
  },
  check(ctx) {
    const items = ctx.plan.items(['integrations']);
    // A list of placeholders is not written yet; POC060 says so.
    if (items.length === 0 || !ctx.plan.isWritten(['integrations'])) return;
    const exercised = items.some((_, i) => ctx.plan.boolean(['integrations', i, 'in_poc']) === true);
    if (!exercised) {
      ctx.report({ path: ['integrations'], messageId: 'noneExercised' });
    }
  },
});
