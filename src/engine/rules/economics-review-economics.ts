import { computeFigures } from '../figures';
import { defineRule } from '../rule';

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
/** A time per item in the unit that shows it: seconds under a minute ("3.6 s", not "0.1 min" beside "0.1 min"). */
const duration = (minutes: number) => (minutes < 1 ? `${fmt(Math.round(minutes * 600) / 10)} s` : `${fmt(minutes)} min`);

export const economicsReviewEconomics = defineRule({
  meta: {
    id: 'POC100',
    name: 'economics/review-economics',
    title: 'The AI path, review included, is faster than the manual one',
    dimension: 'operational_viability',
    severity: 'error',
    rationale:
      "Per item, the AI path costs the AI step plus any human review. When that is not faster than today's manual work, the POC cannot pay off however accurate the model is; a saving under `minSavingPercent` (20% by default) rarely survives production overheads, and one under half of it does not (an error).",
    messages: {
      manualAdvice: "give today's minutes per item without AI, as a number.",
      aiAdvice: 'give the seconds per item of the AI step, as a number.',
      notFaster: 'The AI path takes {{aiPath}} against {{manual}} by hand: it is not faster{{monthly}}. Shorten the review or limit it to risky items.',
      smallSaving: 'The AI path takes {{aiPath}} against {{manual}} by hand: a {{saving}}% saving, under {{minSaving}}%{{monthly}}. Check it survives production overheads.',
    },
  },
  check(ctx) {
    const haveManual = ctx.expect(['economics', 'manual_minutes_per_item'], 'manualAdvice', { severity: 'warning' });
    const haveAi = ctx.expect(['economics', 'ai_seconds_per_item'], 'aiAdvice', { severity: 'warning' });
    if (!haveManual || !haveAi) return;
    const e = computeFigures(ctx.plan).economics;
    if (e.manualMinutesPerItem === undefined || e.aiPathMinutesPerItem === undefined || e.aiSecondsPerItem === undefined) return;
    const review = e.reviewMinutesPerItem ? ` + ${duration(e.reviewMinutesPerItem)} review` : '';
    const aiPath = `${duration(e.aiPathMinutesPerItem)} per item (${fmt(e.aiSecondsPerItem)} s AI${review})`;
    const monthly = e.hoursSavedPerMonth !== undefined ? `, ${Math.abs(e.hoursSavedPerMonth)} hours a month ${e.hoursSavedPerMonth < 0 ? 'lost' : 'saved'}` : '';
    const data = { aiPath, manual: duration(e.manualMinutesPerItem), monthly };
    const savingPercent = e.savingPercent ?? 0;
    if (e.aiPathMinutesPerItem >= e.manualMinutesPerItem) {
      ctx.report({ path: ['economics'], messageId: 'notFaster', data });
    } else if (savingPercent < ctx.thresholds.minSavingPercent) {
      const saving = { saving: fmt(savingPercent), minSaving: ctx.thresholds.minSavingPercent };
      // Under half the threshold the saving does not survive production overheads: a reviewer sends it back.
      const severity = savingPercent < ctx.thresholds.minSavingPercent / 2 ? 'error' : 'warning';
      ctx.report({ path: ['economics'], severity, messageId: 'smallSaving', data: { ...data, ...saving } });
    }
  },
});
