// Plan text, keys and file names reach a terminal through the human formats
// and stderr. Escape sequences (ESC), other C0/C1 controls, line breaks and
// bidi controls would act on the terminal or split and reorder rows, so they
// are shown escaped (`\u001b`) instead, whatever the colour setting.
// eslint-disable-next-line no-control-regex -- control characters are what this strips
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function visible(s: string): string {
  return s.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** At most `max` characters, the cut marked with `…`; never splits a surrogate pair. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max - 1;
  const last = s.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${s.slice(0, end)}…`;
}

/** A plan's message as one safe terminal line: escaped, then clipped so an absurd key cannot flood the output. */
export const MESSAGE_MAX = 300;
export function messageLine(s: string): string {
  return clip(visible(s), MESSAGE_MAX);
}

/** Controls JSON.stringify leaves raw (DEL, C1, bidi, line separators): what a terminal could still act on. */
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text with those controls written as `\uXXXX` escapes: the same data
 * for any JSON reader, and nothing a terminal acts on when it is printed.
 * They can only occur inside strings, where the escape is equivalent.
 */
export function jsonSafe(json: string): string {
  return json.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
