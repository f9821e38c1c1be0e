import { counted } from '../messages';
import { code, defineRule } from '../rule';
import { negated } from '../lexicon/lexicon';
import { inNotADeferral } from '../lexicon/deferral';
import { MONTH_WORDS, UNIT_WORDS, WEEKS_PER_MONTH } from '../lexicon/units';
import { COMPARISON, DATED, JUDGEMENT_CALL, NUMBER_WORD, PILOT_SPAN, POINT_IN_TIME, SOFT_REACTION, STOP, THRESHOLD_WORD } from '../lexicon/hypothesis';

const WEEK = UNIT_WORDS.weeks.join('|');
const MONTH = MONTH_WORDS.join('|');
// "week 12", "Woche 12", "semaine 12"; "after 12 weeks", "nach 12 Wochen"; "over 12 maanden".
const WEEK_NUMBER = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:${WEEK})\\s+(\\d{1,3})|(\\d{1,3})\\s*(?:${WEEK})|(\\d{1,2})\\s*(?:${MONTH}))(?![\\p{L}\\p{N}])`, 'giu');

/** A week the criterion is judged at that the pilot never reaches ("in week 12" of an 8-week pilot, "over 12 maanden" of a one-week one), with its words. */
function weekBeyondPilot(text: string, weeks: number): string | undefined {
  if (!(weeks > 0)) return undefined;
  for (const m of text.slice(0, 4000).matchAll(WEEK_NUMBER)) {
    const week = m[3] !== undefined ? Number(m[3]) * WEEKS_PER_MONTH : Number(m[1] ?? m[2]);
    if (week > weeks) return m[0];
  }
  return undefined;
}

export const hypothesisKillCriteria = defineRule({
  meta: {
    id: 'POC022',
    name: 'hypothesis/kill-criteria',
    title: 'The plan says what measured result, by when, stops the effort',
    dimension: 'organizational_fit',
    severity: 'error',
    rationale:
      'Kill criteria, agreed before the POC, are what let a team stop a weak POC instead of extending it. They must be able to fire: a threshold or a point in time ("stop if misroutes exceed 40 per 1,000 after week 3"). "Reconsider if results are poor" never fires, and neither does a criterion to be agreed later.',
    messages: {
      advice: 'write what result, by when, stops the effort.',
      cannotFire:
        '{{path}} cannot fire: it names no threshold and no point in time. Write the measured result, and by when, that stops the effort, e.g. "stop if misroutes exceed 40 per 1,000 after week 3".',
      soft: '{{path}} says "{{quote}}", not stop: a criterion that leads to a discussion never ends the effort. Write the result that stops it.',
      judged: '{{path}} turns on "{{quote}}", a judgement and not a measured result: write the result that stops the effort, e.g. "stop if fewer than 70% of suggestions are accepted after week 4".',
      noTime: '{{path}} names a threshold but not when it is judged: add the week or date at which that result stops the effort, e.g. "after week 3".',
      afterPilot: '{{path}} is judged at "{{quote}}", but the pilot runs {{duration}} (`users.duration_weeks`): it cannot fire before the pilot ends. Judge it at a week the pilot reaches.',
    },
  },
  check(ctx) {
    const path = ['hypothesis', 'kill_criteria'];
    if (!ctx.expectAnswer(path, 'advice')) return;
    const text = ctx.plan.textAt(path) ?? '';
    const times = POINT_IN_TIME.matches(text);
    const timed = times.length > 0 || DATED.test(text);
    const numberWords = NUMBER_WORD.matches(text);
    const numberWord = numberWords.length > 0;
    // "Nach acht Wochen" says when, not how much: a number word that counts weeks is no threshold.
    const countsSomething = numberWords.some((m) => !times.some((t) => t.index <= m.index + m.text.length + 1 && t.index + t.text.length >= m.index));
    const comparison = COMPARISON.find(text);
    const measurable = /\d/.test(text) || numberWord || timed || comparison;
    // "Il ne s'agit pas d'un seuil à rediscuter": a negated reaction is not one.
    const soft = SOFT_REACTION.matches(text).find((m) => !negated(text, m) && !inNotADeferral(text, m))?.text;
    // "If leadership is not comfortable at the end of the pilot": a time, and a feeling where the threshold should be.
    const judged = measurable ? JUDGEMENT_CALL.find(text) : undefined;
    const threshold = () => comparison || countsSomething || THRESHOLD_WORD.find(text) || /\d\s*(%|‰|\/)/.test(text);
    const weeks = ctx.plan.number(['users', 'duration_weeks']);
    const beyond = weeks === undefined ? undefined : weekBeyondPilot(text, weeks);
    if (beyond !== undefined && weeks !== undefined) {
      ctx.report({ path, messageId: 'afterPilot', data: { path: code(path), quote: beyond, duration: counted(weeks, 'week') } });
    } else if (!measurable) {
      ctx.report({ path, messageId: 'cannotFire', data: { path: code(path) } });
    } else if (judged && !threshold()) {
      ctx.report({ path, messageId: 'judged', data: { path: code(path), quote: judged } });
    } else if (soft && !STOP.find(text)) {
      ctx.report({ path, messageId: 'soft', data: { path: code(path), quote: soft } });
    } else if (!timed && !PILOT_SPAN.find(text)) {
      // A threshold with no point in time is judged whenever someone looks: a reviewer asks by when.
      ctx.report({ path, messageId: 'noTime', severity: 'warning', data: { path: code(path) } });
    }
  },
});
