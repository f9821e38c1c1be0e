import { code, Rule } from '../rule';

export const dataCurated: Rule = {
  meta: {
    id: 'POC041',
    name: 'data/curated',
    title: 'The data is not assembled or cleaned by hand',
    dimension: 'technical_feasibility',
    severity: 'warning',
    rationale:
      'A hand-assembled test set is where POCs score 94% and production scores far less. Test on data as it arrives, or at least on a sample drawn at random from the live source.',
  },
  check(ctx) {
    const path = ['data', 'curated'];
    if (!ctx.expect(path, 'say (true or false) whether the data was assembled or cleaned by hand.')) return;
    if (ctx.plan.boolean(path) === true) {
      ctx.report({ path, message: `${code(path)} is true: hand-curated data hides the mess production will see. Test on data as it arrives from the source.` });
    }
  },
};
