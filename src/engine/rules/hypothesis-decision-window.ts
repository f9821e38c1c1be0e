import { counted } from '../messages';
import { leadingIsoDate } from '../document';
import { code, defineRule } from '../rule';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
function parse(text: string | undefined): number {
  const date = leadingIsoDate(text);
  return date ? Date.parse(date + 'T00:00:00Z') : NaN;
}

export const hypothesisDecisionWindow = defineRule({
  meta: {
    id: 'POC024',
    name: 'hypothesis/decision-window',
    title: 'The decision date falls after the pilot can end',
    dimension: 'organizational_fit',
    severity: 'error',
    rationale:
      'A decision dated before the pilot ends is made without the evidence the POC exists to produce. Leave at least a week after the last day of real use (`users.start_date` plus `users.duration_weeks`) to read the results.',
    messages: {
      beforeEnd:
        '{{path}} {{decision}} comes before the pilot ends (the pilot runs from {{start}} for {{weeks}}, to {{end}}): the decision would be made without its evidence. Move the date after {{end}}, or shorten the pilot.',
      tooClose: '{{path}} {{decision}} leaves {{days}} day(s) after the pilot ends (the pilot runs from {{start}} for {{weeks}}, to {{end}}): allow at least a week to read the results.',
    },
  },
  check(ctx) {
    const start = parse(ctx.plan.textAt(['users', 'start_date']));
    const weeks = ctx.plan.number(['users', 'duration_weeks']);
    const decision = parse(ctx.plan.textAt(['hypothesis', 'decision_date']));
    if (Number.isNaN(start) || Number.isNaN(decision) || weeks === undefined || weeks <= 0) return;
    const end = start + Math.round(weeks * 7) * DAY;
    const path = ['hypothesis', 'decision_date'];
    const data = { path: code(path), decision: iso(decision), start: iso(start), weeks: counted(weeks, 'week'), end: iso(end) };
    if (decision < end) {
      ctx.report({ path, messageId: 'beforeEnd', data });
    } else if (decision - end < 7 * DAY) {
      ctx.report({ path, severity: 'warning', messageId: 'tooClose', data: { ...data, days: Math.round((decision - end) / DAY) } });
    }
  },
});
