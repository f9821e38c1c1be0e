import { code, Rule } from '../rule';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const parse = (date: string | undefined) => (date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(date + 'T00:00:00Z') : NaN);

export const hypothesisDecisionWindow: Rule = {
  meta: {
    id: 'POC024',
    name: 'hypothesis/decision-window',
    title: 'The decision date falls after the pilot can end',
    dimension: 'organizational_fit',
    severity: 'error',
    rationale:
      'A decision dated before the pilot ends is made without the evidence the POC exists to produce. Leave at least a week after the last day of real use (`users.start_date` plus `users.duration_weeks`) to read the results.',
  },
  check(ctx) {
    const start = parse(ctx.plan.textAt(['users', 'start_date']));
    const weeks = ctx.plan.number(['users', 'duration_weeks']);
    const decision = parse(ctx.plan.textAt(['hypothesis', 'decision_date']));
    if (Number.isNaN(start) || Number.isNaN(decision) || weeks === undefined || weeks <= 0) return;
    const end = start + Math.round(weeks * 7) * DAY;
    const path = ['hypothesis', 'decision_date'];
    const pilot = `the pilot runs from ${iso(start)} for ${weeks} week${weeks === 1 ? '' : 's'}, to ${iso(end)}`;
    if (decision < end) {
      ctx.report({ path, message: `${code(path)} ${iso(decision)} comes before the pilot ends (${pilot}): the decision would be made without its evidence. Move the date after ${iso(end)}, or shorten the pilot.` });
    } else if (decision - end < 7 * DAY) {
      ctx.report({ path, severity: 'warning', message: `${code(path)} ${iso(decision)} leaves ${Math.round((decision - end) / DAY)} day(s) after the pilot ends (${pilot}): allow at least a week to read the results.` });
    }
  },
};
