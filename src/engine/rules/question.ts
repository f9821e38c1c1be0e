// The three questions share one check: answered, and not deferred to later.
import { capitalize } from '../messages';
import { code, Rule } from '../rule';
import type { Dimension, RuleMeta } from '../types';
import { questionDeferralIn as deferralIn } from '../lexicon/deferral';

// Deferral means answering the question is pushed out of the POC: the words
// are the question-deferral lexicons (lexicon/deferral.ts).
export { deferralIn };

/** A question's rule: `advice` says how to answer it, and starts the sentence after a deferral. */
export function questionRule(meta: Omit<RuleMeta, 'messages'> & { dimension: Dimension }, advice: string): Rule<'advice' | 'defers'> {
  const path = ['questions', meta.dimension];
  const messages = { advice, defers: `{{path}} defers the question ("{{quote}}"): a POC that answers it later does not answer it. ${capitalize(advice)}` };
  return {
    meta: { ...meta, messages },
    check(ctx) {
      if (!ctx.expect(path, 'advice')) return;
      const deferred = deferralIn(ctx.plan.textAt(path) ?? '');
      if (deferred) ctx.report({ path, messageId: 'defers', data: { path: code(path), quote: deferred } });
    },
  };
}
