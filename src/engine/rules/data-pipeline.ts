import { code, defineRule } from '../rule';
import { BUILDS_THE_FEED, MANUAL_PIPELINE } from '../lexicon/data';
import { findAffirmed } from '../lexicon/lexicon';

export const dataPipeline = defineRule({
  meta: {
    id: 'POC042',
    name: 'data/pipeline',
    title: 'The plan says how data reaches the model',
    dimension: 'operational_viability',
    severity: 'warning',
    rationale: 'Data engineering is often larger than the model work. A POC fed by a one-off export proves nothing about the pipeline production needs; say how data reaches the model, continuously.',
    messages: {
      advice: 'say how data reaches the model, and whether it runs continuously.',
      byHand:
        '{{path}} says "{{quote}}": a person moving records by hand is not a pipeline production can run on. Say how data reaches the model without someone in between, or make building that feed part of the POC.',
    },
  },
  check(ctx) {
    const path = ['data', 'pipeline'];
    if (!ctx.expectAnswer(path, 'advice')) return;
    const text = ctx.plan.textAt(path) ?? '';
    const byHand = findAffirmed(MANUAL_PIPELINE, text);
    if (byHand && !BUILDS_THE_FEED.find(text)) ctx.report({ path, messageId: 'byHand', data: { path: code(path), quote: byHand } });
  },
});
