// The three questions share one check: answered, and not deferred to later.
import { code, Rule } from '../rule';
import type { Dimension, RuleMeta } from '../types';

const DEFERRED = /\b(after the poc|later|out of scope|post[- ]poc|next phase|phase 2|in production|to follow|future work|not (?:in|part of) (?:the |this )?poc)\b/i;

export function deferralIn(answer: string): string | undefined {
  return DEFERRED.exec(answer)?.[0];
}

export function questionRule(meta: RuleMeta & { dimension: Dimension }, advice: string): Rule {
  const path = ['questions', meta.dimension];
  return {
    meta,
    check(ctx) {
      if (!ctx.expect(path, advice)) return;
      const deferred = deferralIn(ctx.plan.textAt(path) ?? '');
      if (deferred) {
        ctx.report({ path, message: `${code(path)} defers the question ("${deferred}"): a POC that answers it later does not answer it. ${advice[0].toUpperCase()}${advice.slice(1)}` });
      }
    },
  };
}
