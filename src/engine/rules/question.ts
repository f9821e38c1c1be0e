// The three questions share one check: answered, and not deferred to later.
import { capitalize } from '../messages';
import { code, Rule } from '../rule';
import type { Dimension, RuleMeta } from '../types';

// Deferral means answering the question is pushed out of the POC, so each
// pattern is anchored: "later" and "in production" alone are ordinary words
// ("the agents who later process it", "measured in production systems"). They
// count only as the whole answer ("Later.") or after a verb of answering that
// ends the clause ("tested later", "checked in production once it is live").

/** Where a deferral stops: the end, a full stop, or a condition ("once it is live"). */
const END = String.raw`(?=\s*(?:$|[.;!?)]|,?\s*(?:once|when|after|if|until)\b))`;
const ANSWERING = String.raw`(?:answered|tested|checked|assessed|addressed|handled|looked at|dealt with|covered|evaluated|validated|verified|revisited|decided|determined|worked out|figured out)`;
const LATER_PHASE = String.raw`(?:in|for|until|to) (?:a |the )?(?:later|next|future|second|subsequent) (?:phase|stage|iteration|release)|(?:in|for|until|to) phase (?:2|two|ii)\b`;
const NOT_OF_THE_POC = String.raw`(?! of (?:the |this )?(?:poc|pilot))`;
const OUT_OF_POC = String.raw`(?:later(?: on)?|in production|after (?:the |this )?(?:poc|pilot|go-?live|rollout|launch)|${LATER_PHASE})`;

const DEFERRALS: readonly RegExp[] = [
  /\bafter (?:the |this )?poc\b/i,
  /\bpost[- ]?poc\b/i,
  /\bout of (?:the )?scope\b/i,
  /\b(?:not (?:in|part of|covered (?:in|by)) (?:the |this )?poc|outside (?:the |this )?poc)\b/i,
  new RegExp(String.raw`\b(?:${LATER_PHASE})${NOT_OF_THE_POC}`, 'i'),
  /\bfuture work\b/i,
  /\btbd later\b/i,
  /\b(?:deferred|postponed)\b(?=\s*(?:$|[.;!?,]|to\b|until\b))/i,
  // "tested later", "to be checked in production.", "answered only after the pilot"
  new RegExp(String.raw`\b${ANSWERING}\s+(?:only\s+)?${OUT_OF_POC}${NOT_OF_THE_POC}${END}`, 'i'),
  // "to be decided later", "we will see later", "we'll figure it out later"
  new RegExp(
    String.raw`\b(?:to be|will(?: be)?|\w+['’]ll(?: be)?|shall|can)\s+(?:see|decided?|determined?|figured?|work(?:ed)?|sort(?:ed)?|look(?:ed)?|revisit(?:ed)?)\b(?:\s+[\w'’-]+){0,4}?\s+later(?: on)?${END}`,
    'i',
  ),
  // The whole answer, or all of it before a condition: "Later.", "In production, once it is live.", "To follow."
  new RegExp(String.raw`^\s*(?:later(?: on)?|(?:only )?in production|to follow|next phase)${END}`, 'i'),
  /\b(?:details|answer|plan|specifics|more) to follow\b/i,
];

/** The words that push the question out of the POC, e.g. "tested later", or undefined. */
export function deferralIn(answer: string): string | undefined {
  let first: RegExpExecArray | undefined;
  for (const pattern of DEFERRALS) {
    const m = pattern.exec(answer);
    if (m && (!first || m.index < first.index)) first = m;
  }
  return first?.[0].trim();
}

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
