// POC007: the engine runs it over the other rules' findings (lint.ts,
// `collapseMissingSections`): an absent or empty section's findings become one.
import type { MessageData, RuleMeta } from '../types';
import { renderMessage } from '../messages';

export const missingSectionMeta = {
  id: 'POC007',
  name: 'plan/missing-section',
  title: 'Every production-readiness section is present',
  severity: 'error',
  rationale:
    'When a whole section (data, users, production_plan, ...) is absent or empty, it is reported once, where the section would be inserted (or at its key when it is there but empty), instead of once per key inside it. Its severity is that of the most severe check it stands for, and the quick fix inserts the section with placeholders to fill in.',
  messages: {
    missing: 'Section `{{section}}` ({{title}}) is missing: add {{keys}}.',
    empty: 'Section `{{section}}` ({{title}}) is empty: add {{keys}}.',
  },
} as const satisfies RuleMeta;

/** The collapsed finding's message, id and data for section `key`. */
export function missingSectionMessage(key: string, title: string, absent: boolean, keys: string): { message: string; messageId: string; data: MessageData } {
  const messageId = absent ? 'missing' : 'empty';
  const data = { section: key, title, keys };
  return { message: renderMessage(missingSectionMeta.messages[messageId], data), messageId, data };
}
