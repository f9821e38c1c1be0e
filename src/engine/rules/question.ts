// The three questions share one check: answered, and not deferred to later.
import { capitalize } from '../messages';
import { code, Rule, RuleContext } from '../rule';
import type { Dimension, RuleMeta } from '../types';
import { questionDeferralIn as deferralIn } from '../lexicon/deferral';

// Deferral means answering the question is pushed out of the POC: the words
// are the question-deferral lexicons (lexicon/deferral.ts).
export { deferralIn };

/** What a question's rule checks in an answer that is written and not deferred, with the messages it says. */
export interface AnswerCheck<M extends string> {
  messages: Record<M, string>;
  check(ctx: RuleContext<'advice' | 'defers' | M>, path: string[], text: string): void;
}

/** A question's rule: `advice` says how to answer it, and starts the sentence after a deferral. */
export function questionRule<M extends string = never>(meta: Omit<RuleMeta, 'messages'> & { dimension: Dimension }, advice: string, answer?: AnswerCheck<M>): Rule<'advice' | 'defers' | M> {
  const path = ['questions', meta.dimension];
  const messages = { advice, defers: `{{path}} defers the question ("{{quote}}"): a POC that answers it later does not answer it. ${capitalize(advice)}`, ...answer?.messages } as Record<
    'advice' | 'defers' | M,
    string
  >;
  return {
    meta: { ...meta, messages },
    check(ctx) {
      if (!ctx.expect(path, 'advice')) return;
      const text = ctx.plan.textAt(path) ?? '';
      const deferred = deferralIn(text);
      if (deferred) ctx.report({ path, messageId: 'defers', data: { path: code(path), quote: deferred } });
      else answer?.check(ctx, path, text);
    },
  };
}
