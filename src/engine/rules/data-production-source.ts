import { code, defineRule } from '../rule';
import { BUILDS_THE_FEED } from '../lexicon/data';
import { describedData, oneOffData } from './data-description';

export const dataProductionSource = defineRule({
  meta: {
    id: 'POC040',
    name: 'data/production-source',
    title: "The POC's data comes from the source production will use",
    dimension: 'technical_feasibility',
    severity: 'error',
    rationale:
      "Data drawn from production's own source carries its mess: missing fields, odd formats, drift. A one-off extract or a sample someone prepared says little about production, whatever the flag says. If the pipeline cannot supply the data yet, building that feed is part of the POC.",
    messages: {
      sourceAdvice: 'say where the data is drawn from.',
      advice: 'say (true or false) whether the data is drawn from the source production will use.',
      otherSource:
        "{{path}} is false: results on data from another source say little about production. Draw the POC's data from production's source, or make building that feed part of the POC (say so in `data.pipeline`).",
      oneOff:
        '{{path}} is true, but the data is described as "{{quote}}": a prepared or one-off set is not production\'s feed, and hides the mess production will see. Draw the data from the live source, or set the flag to false and plan the feed.',
    },
  },
  check(ctx) {
    // Where the data comes from is what the flag is about: ask for it too, as a warning (the flag carries the error).
    ctx.expect(['data', 'source'], 'sourceAdvice', { severity: 'warning' });
    const path = ['data', 'production_source'];
    if (!ctx.expect(path, 'advice')) return;
    const flag = ctx.plan.boolean(path);
    if (flag === false) {
      if (BUILDS_THE_FEED.find(describedData(ctx.plan))) return;
      ctx.report({ path, messageId: 'otherSource', data: { path: code(path) } });
    } else if (flag === true) {
      const oneOff = oneOffData(ctx.plan);
      if (oneOff) {
        ctx.report({ path, messageId: 'oneOff', data: { path: code(path), quote: oneOff } });
      }
    }
  },
});
