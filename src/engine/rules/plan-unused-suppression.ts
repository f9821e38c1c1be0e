// POC006: the engine runs it after suppressions are applied (lint.ts): each
// suppression comment that silenced nothing becomes one finding at the comment.
import type { Report } from '../rule';
import type { Suppression } from '../suppressions';
import type { RuleMeta } from '../types';

export const unusedSuppressionMeta = {
  id: 'POC006',
  name: 'plan/unused-suppression',
  title: 'Suppression comments silence something',
  severity: 'warning',
  rationale:
    '`# poc-readiness-disable-next-line POC072` silences one finding on the next line, `# poc-readiness-disable POC111` one rule in the whole file (ids or names; none means every rule). A suppression that silences nothing is stale and misleads the next reviewer.',
  messages: {
    nextLine: 'Unused suppression: no {{rules}} finding on the next line to silence. Remove the comment.',
    nextLineAll: 'Unused suppression: no finding on the next line to silence. Remove the comment.',
    file: 'Unused suppression: no {{rules}} finding in this file to silence. Remove the comment.',
    fileAll: 'Unused suppression: no finding in this file to silence. Remove the comment.',
  },
} as const satisfies RuleMeta;

type UnusedMessage = keyof typeof unusedSuppressionMeta.messages;

/** The finding for a suppression that silenced nothing, on the comment itself. */
export function unusedSuppressionReport(s: Suppression): Report<UnusedMessage> {
  const scope = s.nextLine ? 'nextLine' : 'file';
  return {
    path: [],
    range: { start: { line: s.line, character: s.start }, end: { line: s.line, character: s.end } },
    ...(s.rules.length ? { messageId: scope, data: { rules: s.rules.join(', ') } } : { messageId: `${scope}All` }),
    tags: ['unnecessary'],
  };
}
