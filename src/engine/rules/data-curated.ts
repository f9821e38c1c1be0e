import { code, defineRule } from '../rule';
import { HAND_CURATED } from '../lexicon/data';
import { findAffirmed } from '../lexicon/lexicon';
import { describedData } from './data-description';

export const dataCurated = defineRule({
  meta: {
    id: 'POC041',
    name: 'data/curated',
    title: 'The data is not assembled or cleaned by hand',
    dimension: 'technical_feasibility',
    severity: 'warning',
    rationale:
      'A hand-assembled test set is where POCs score 94% and production scores far less. Test on data as it arrives, or at least on a sample drawn at random from the live source; data cleaned, relabelled or picked by hand is curated whatever the flag says.',
    messages: {
      advice: 'say (true or false) whether the data was assembled or cleaned by hand.',
      curated: '{{path}} is true: hand-curated data hides the mess production will see. Test on data as it arrives from the source.',
      describedByHand:
        '{{path}} is false, but the data is described as "{{quote}}": data worked on by hand is curated, and hides the mess production will see. Test on data as it arrives, or set the flag to true.',
    },
  },
  check(ctx) {
    const path = ['data', 'curated'];
    if (!ctx.expect(path, 'advice')) return;
    const flag = ctx.plan.boolean(path);
    if (flag === true) {
      ctx.report({ path, messageId: 'curated', data: { path: code(path) } });
    } else if (flag === false) {
      const byHand = findAffirmed(HAND_CURATED, describedData(ctx.plan));
      if (byHand) {
        ctx.report({ path, messageId: 'describedByHand', data: { path: code(path), quote: byHand } });
      }
    }
  },
});
