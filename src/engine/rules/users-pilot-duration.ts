import { code, defineRule } from '../rule';

export const usersPilotDuration = defineRule({
  meta: {
    id: 'POC072',
    name: 'users/pilot-duration',
    title: 'The pilot lasts long enough to meet unusual situations',
    dimension: 'organizational_fit',
    severity: 'warning',
    rationale:
      'A thirty-minute session shows a demo, not adoption. Users need weeks to meet the unusual cases and settle into (or abandon) a new way of working. The minimum is `minPilotWeeks` (2 by default); under a week is an error.',
    messages: {
      advice: "give the pilot's length in weeks (at least {{min}}).",
      session: '{{path}} is {{weeks}}: under a week of use is a session, not a pilot; it shows a demo, not adoption. Plan at least {{min}} weeks of real use.',
      short: '{{path}} is {{weeks}}: a pilot shorter than {{min}} weeks rarely meets the unusual cases. Plan at least {{min}} weeks of real use.',
    },
  },
  check(ctx) {
    const path = ['users', 'duration_weeks'];
    const min = ctx.thresholds.minPilotWeeks;
    if (!ctx.expect(path, 'advice', { data: { min } })) return;
    const weeks = ctx.plan.number(path);
    if (weeks === undefined) return;
    const data = { path: code(path), weeks, min };
    if (weeks < 1) ctx.report({ path, severity: 'error', messageId: 'session', data });
    else if (weeks < min) ctx.report({ path, messageId: 'short', data });
  },
});
