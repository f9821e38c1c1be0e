// Messages by id, as ESLint has them: each rule's `meta.messages` maps an id
// to a template with `{{name}}` placeholders, a finding carries the id and
// the data, and the engine renders the text. Rewording a message is one edit
// in its rule file; tests and tools compare ids and data, not sentences.
import type { MessageData } from './types';

/** How a key a rule expects is not written: the engine's frame around the rule's advice. */
export type Gap = 'missing' | 'empty' | 'placeholder' | 'defers' | 'decides-nothing';

/**
 * What `ctx.expect` and `ctx.expectAnswer` say around a rule's advice (the
 * message the rule names), with the key as `{{path}}` and the words that
 * defer as `{{quote}}`. The finding's `messageId` is the advice's and
 * `data.gap` says which frame it wears.
 */
export const GAP_FRAMES: Readonly<Record<Gap, string>> = {
  missing: '{{path}} is missing: {{advice}}',
  empty: '{{path}} is empty: {{advice}}',
  placeholder: '{{path}} is still a placeholder: {{advice}}',
  defers: '{{path}} defers ("{{quote}}"): an answer that waits for the results, or for someone else, is not written yet. {{advice}}',
  'decides-nothing': '{{path}} decides nothing ("{{quote}}"): {{advice}}',
};

/** Messages the engine says on any rule's behalf. No rule may use these ids. */
export const ENGINE_MESSAGES = {
  ruleFailed: "Rule {{ruleId}} ({{name}}) failed on this plan and checked nothing: {{error}}. The other rules' findings stand; please report this with the plan.",
} as const satisfies Record<string, string>;

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w]*)\s*\}\}/g;

// Each template split once at its placeholders: literal text at even
// indexes, placeholder names at odd ones. Templates are the rules' own
// constants, so the cache holds a few hundred entries at most.
const SPLIT = /\{\{\s*([A-Za-z_][\w]*)\s*\}\}/;
const partsByTemplate = new Map<string, readonly string[]>();
const partsOf = (template: string): readonly string[] => {
  let parts = partsByTemplate.get(template);
  if (!parts) partsByTemplate.set(template, (parts = template.split(SPLIT)));
  return parts;
};

function render(template: string, data: MessageData, extra?: string, extraValue?: string): string {
  const parts = partsOf(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    const value = name === extra ? extraValue : data[name];
    if (value === undefined) throw new Error(`message placeholder {{${name}}} has no data`);
    out += String(value) + parts[i + 1];
  }
  return out;
}

/**
 * The template with each `{{name}}` replaced by `data[name]`, in one pass, so
 * a plan value that itself contains `{{...}}` is inserted as written. A name
 * the data lacks is an engine bug: it throws, and the rule's isolation turns
 * that into a finding naming the rule.
 */
export function renderMessage(template: string, data: MessageData = {}): string {
  return render(template, data);
}

/** The placeholder names a template uses, in order of first use. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

/** Sentence case for advice that starts a sentence (after "is not written yet."). */
export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A count with its noun, singular for one: "1 week", "8 weeks", "3 errors". */
export const counted = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * A finding's text from its rule's messages, its id and its data: the
 * template of `messageId` (the rule's, else the engine's), inside the gap's
 * frame when `data.gap` names one. Ids and data say everything the text does.
 */
export function messageText(messages: Readonly<Record<string, string>>, messageId: string, data: MessageData = {}): string {
  const template = Object.hasOwn(messages, messageId) ? messages[messageId] : (ENGINE_MESSAGES as Record<string, string>)[messageId];
  if (template === undefined) throw new Error(`no message "${messageId}"`);
  const text = render(template, data);
  const gap = data.gap;
  if (typeof gap !== 'string' || !Object.hasOwn(GAP_FRAMES, gap)) return text;
  return render(GAP_FRAMES[gap as Gap], data, 'advice', gap === 'defers' ? capitalize(text) : text);
}
