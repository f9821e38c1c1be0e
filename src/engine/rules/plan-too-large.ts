// POC005: the engine runs it before parsing (lint.ts, `unchecked`): a plan over
// `maxBytes` gets this one finding and nothing else.
import { renderMessage } from '../messages';
import type { Finding, RuleMeta, Severity } from '../types';

export const tooLargeMeta = {
  id: 'POC005',
  name: 'plan/too-large',
  title: 'Plans over the size limit are not checked',
  severity: 'info',
  rationale:
    'A POC plan is a few pages. Parsing a file over the limit (1 MB by default, `maxBytes`) would take seconds on every edit, so it is not checked at all and the verdict is not ready. Split the plan, or raise the limit if it really is one plan.',
  messages: {
    tooLarge: 'This plan is {{size}}, over the {{limit}} limit (`maxBytes`): it was not checked. Split it or raise the limit.',
  },
} as const satisfies RuleMeta;

const size = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : n >= 1e4 ? `${Math.round(n / 1e3)} KB` : `${n} bytes`);

/** The finding for a plan of `bytes` over `maxBytes`, on its first line. */
export function tooLargeFinding(text: string, bytes: number, maxBytes: number, setting: Severity | undefined, docsBase: string): Finding {
  const meta = tooLargeMeta;
  const firstLineEnd = text.search(/\r?\n/);
  const data = { size: size(bytes), limit: size(maxBytes) };
  return {
    ruleId: meta.id,
    name: meta.name,
    severity: setting ?? meta.severity,
    message: renderMessage(meta.messages.tooLarge, data),
    messageId: 'tooLarge',
    data,
    path: '',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLineEnd < 0 ? text.length : firstLineEnd } },
    docs: `${docsBase}#${meta.id.toLowerCase()}`,
  };
}
