import { PlanPath } from '../document';
import { code, defineRule } from '../rule';
import { findAffirmed, negated, SENTENCE_END, sentenceAt } from '../lexicon/lexicon';
import { BESIDE_THE_WORK, LIVE_PHASE, PARALLEL_RUN, PRE_PILOT_TEST, REPLAYED_TO_USERS, THE_PILOT } from '../lexicon/workflow';
import { describedData } from './data-description';

/** Where the text says it is used beside the work; not a test environment named where the plan says the integration was tested there before the pilot. */
function besideIn(text: string): string | undefined {
  return BESIDE_THE_WORK.matches(text).find((m) => !negated(text, m) && !PRE_PILOT_TEST.find(sentenceAt(text, m.index)))?.text;
}

export const usersInWorkflow = defineRule({
  meta: {
    id: 'POC073',
    name: 'users/in-workflow',
    title: 'It is used inside the real workflow',
    dimension: 'organizational_fit',
    severity: 'warning',
    rationale: 'Used beside the work, in a separate tool or a session, it tests nothing about the work. Put it in, or close to, the workflow it is meant to change.',
    messages: {
      advice: 'say (true or false) whether it is used inside the real workflow.',
      outside: "{{path}} is false: used outside the real workflow, the pilot cannot show adoption. Put it in, or close to, the users' own tools.",
      beside: '{{path}} is true, but {{fit}} says "{{quote}}": tried beside the work, the pilot shows nothing about adoption. Put it in the users\' own tools, on live work.',
      replayed: '{{path}} is true, but the data is "{{quote}}": past cases worked in a copy of the workflow show nothing about adoption. Give the pilot users their live work, in their own tools.',
    },
  },
  check(ctx) {
    const path = ['users', 'in_workflow'];
    if (!ctx.expect(path, 'advice')) return;
    const flag = ctx.plan.boolean(path);
    if (flag === false) {
      ctx.report({ path, messageId: 'outside', data: { path: code(path) } });
    } else if (flag === true) {
      // The flag is what the plan claims; how people use it is what it says.
      const fit = ['questions', 'organizational_fit'];
      const fitText = ctx.plan.textAt(fit) ?? '';
      const usersText = ctx.plan.textUnder(['users']);
      // Where the plan says how people use it: the question, or the users' own notes ("in een aparte demo-omgeving").
      let [where, beside]: [PlanPath, string | undefined] = [fit, besideIn(fitText)];
      if (!beside) [where, beside] = [['users'], besideIn(usersText)];
      // The free-form keys a plan tells its schedule in ("timeline: Pilot in der Testumgebung …"): only what they say of the pilot
      // itself ("de koppeling in de testomgeving staat sinds november" is set-up, not how people work).
      for (const key of ['timeline', 'notes']) {
        const aboutThePilot = ctx.plan
          .textUnder([key])
          .split(SENTENCE_END)
          .filter((sentence) => THE_PILOT.find(sentence) !== undefined)
          .join('. ');
        if (!beside && aboutThePilot) [where, beside] = [[key], besideIn(aboutThePilot)];
      }
      // Output that runs beside the work for the whole pilot, wherever the plan says how it is used; a first phase before going live is in the work.
      for (const [at, text] of [
        [fit, fitText],
        [['users'], usersText],
      ] as const) {
        if (beside) break;
        const parallel = findAffirmed(PARALLEL_RUN, text);
        if (parallel && !LIVE_PHASE.find(text)) [where, beside] = [[...at], parallel];
      }
      const replayed = beside ? undefined : findAffirmed(REPLAYED_TO_USERS, describedData(ctx.plan));
      if (beside) ctx.report({ path, messageId: 'beside', data: { path: code(path), fit: code(where), quote: beside } });
      else if (replayed) ctx.report({ path, messageId: 'replayed', data: { path: code(path), quote: replayed } });
    }
  },
});
