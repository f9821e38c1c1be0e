import { code, defineRule } from '../rule';
import { saidNotExercised } from './integration-notes';

export const integrationsExercised = defineRule({
  meta: {
    id: 'POC062',
    name: 'integrations/exercised',
    title: 'At least one integration is exercised in the POC',
    dimension: 'operational_viability',
    severity: 'warning',
    // With none exercised, "this one is not exercised" on each listed system says the same thing again.
    supersedes: ['POC063'],
    rationale: 'Listing systems is a start; reading from or writing to one of them during the POC is what shows the integration works. Mark the ones exercised with `in_poc: true`.',
    messages: {
      noneExercised: 'No integration is exercised in the POC: set `in_poc: true` on the systems it will really read from or write to, starting with the most critical.',
      saidNone:
        'No integration is exercised in the POC: {{path}} is true, but the plan says "{{quote}}". Read from or write to at least one real system during the POC, starting with the most critical.',
    },
  },
  check(ctx) {
    const items = ctx.plan.items(['integrations']);
    // A list of placeholders is not written yet; POC060 says so.
    if (items.length === 0 || !ctx.plan.isWritten(['integrations'])) return;
    const flagged = items.slice(0, 100).flatMap((_, i) => (ctx.plan.boolean(['integrations', i, 'in_poc']) === true ? [i] : []));
    if (flagged.length === 0) {
      ctx.report({ path: ['integrations'], messageId: 'noneExercised' });
      return;
    }
    // Every flag the plan sets is undone by its own notes ("No connection during the pilot", "recopiés à la main"): none is exercised.
    let first: { i: number; quote: string } | undefined;
    for (const i of flagged) {
      const quote = saidNotExercised(ctx.plan, i);
      if (!quote) return;
      first ??= { i, quote };
    }
    if (first) {
      const path = ['integrations', first.i, 'in_poc'];
      ctx.report({ path, messageId: 'saidNone', data: { path: code(path), quote: first.quote } });
    }
  },
});
