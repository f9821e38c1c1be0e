import { code, Rule } from '../rule';

export const usersPilotDuration: Rule = {
  meta: {
    id: 'POC072',
    name: 'users/pilot-duration',
    title: 'The pilot lasts long enough to meet unusual situations',
    dimension: 'organizational_fit',
    severity: 'warning',
    rationale:
      'A thirty-minute session shows a demo, not adoption. Users need weeks to meet the unusual cases and settle into (or abandon) a new way of working. The minimum is `minPilotWeeks` (2 by default); under a week is an error.',
  },
  check(ctx) {
    const path = ['users', 'duration_weeks'];
    const min = ctx.thresholds.minPilotWeeks;
    if (!ctx.expect(path, `give the pilot's length in weeks (at least ${min}).`)) return;
    const weeks = ctx.plan.number(path);
    if (weeks !== undefined && weeks < 1) {
      ctx.report({ path, severity: 'error', message: `${code(path)} is ${weeks}: under a week of use is a session, not a pilot; it shows a demo, not adoption. Plan at least ${min} weeks of real use.` });
    } else if (weeks !== undefined && weeks < min) {
      ctx.report({ path, message: `${code(path)} is ${weeks}: a pilot shorter than ${min} weeks rarely meets the unusual cases. Plan at least ${min} weeks of real use.` });
    }
  },
};
