// Text helpers shared by the panel, the Markdown summary and the HTML report.
// Every value that comes from a plan passes through one of the escapes here.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * The bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069).
 * One U+202E in an owner would reverse the text after it, so a reviewer could
 * read another value than the plan holds: every escape below shows them
 * instead, as `⟨U+202E⟩`. Marks (LRM, RLM) cannot reorder letters and stay.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Plan text with its bidi controls made visible (see BIDI_CONTROLS). */
export function showBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase()}⟩`);
}

/** Escapes text for HTML element content and for attribute values, which are always double-quoted here. */
export function escapeHtml(text: string): string {
  return showBidiControls(text).replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]);
}

/**
 * A plan value (a title, an owner, a file name, a metric kind...) as HTML:
 * escaped and in a <bdi>, so right-to-left text in it cannot reorder the
 * words around it.
 */
export function planTextHtml(text: string): string {
  return `<bdi>${escapeHtml(text)}</bdi>`;
}

/** A finding message as HTML: escaped, with its `code` spans kept as <code> (isolated by the stylesheet, as plan text). */
export function messageHtml(message: string): string {
  return messageParts(message)
    .map((part) => (part.code ? `<code>${escapeHtml(part.text)}</code>` : escapeHtml(part.text)))
    .join('');
}

// Markdown. Every plan value that reaches Markdown (the panel's copy/export
// and the CLI's PR comment) goes through escapeMarkdown, codeSpan or
// messageMarkdown; nothing else in src/ escapes Markdown.

const MARKDOWN_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** `_` is escaped unless a letter or digit is on both sides: such an underscore cannot open or close emphasis. */
const INLINE_MARKUP = /[\\`*[\]|~]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;

/** Line breaks, with the indentation around them: inside a table cell, a list item or a heading they would end it. */
const LINE_BREAKS = /[ \t]*(?:\r\n?|\n)\s*/g;

/** Plain text as inline Markdown, for any position but the start of a line. */
function escapeInline(text: string): string {
  return showBidiControls(text)
    .replace(LINE_BREAKS, ' ')
    .replace(/[&<>]/g, (c) => MARKDOWN_ENTITIES[c])
    .replace(INLINE_MARKUP, '\\$&');
}

/**
 * Escapes plan text (a title, an owner, a path, a currency...) for Markdown,
 * so it reads as the same text and cannot add structure or HTML:
 * - `<`, `>` and `&` become entities, so no tag, comment or entity survives;
 * - backslash, `` ` ``, `*`, `[`, `]`, `|` and `~` get a backslash, as does `_`
 *   unless it is inside a word, where it cannot open emphasis (so
 *   `production_plan.executive_sponsor` stays readable); `|` is always escaped,
 *   so the result is safe in a table cell;
 * - a `#`, `-`, `+`, `=` or `1.` / `1)` at the start that would open a
 *   heading, list or rule if the value began a line gets a backslash too, as
 *   does a closing ` #` that a heading would drop;
 * - line breaks become one space, so the value stays in its cell, item or line.
 */
export function escapeMarkdown(text: string): string {
  return escapeLineEnd(escapeLineStart(escapeInline(text)));
}

/** A marker that would open a heading, list, rule or setext underline at the start of a line: `# `, `- `, `+ `, `--`, `==`, `1. `, `1) `. */
function escapeLineStart(text: string): string {
  return text.replace(/^(\s*)(?:([#+=-])(?=\s|$|\2)|(\d{1,9})([.)])(?=\s|$))/, (_, space: string, marker?: string, digits?: string, dot?: string) =>
    marker ? `${space}\\${marker}` : `${space}${digits}\\${dot}`,
  );
}

/** `## Title #` drops the closing `#`s: keep them as text. */
function escapeLineEnd(text: string): string {
  return text.replace(/(\s)(#+\s*)$/, '$1\\$2');
}

/**
 * Text as a Markdown code span, shown verbatim (a renderer escapes its HTML).
 * Line breaks become spaces; text with backticks gets a fence one backtick
 * longer than its longest run, and a space inside each end, which CommonMark
 * strips again, so a backtick at either end cannot merge with the fence. Not
 * for table cells, where `|` would still end the cell.
 */
export function codeSpan(text: string): string {
  const flat = showBidiControls(text).replace(/\r\n?|\n/g, ' ');
  if (flat === '') return '` `';
  // reduce, not Math.max(...runs): a huge key would overflow the argument list.
  const longest = (flat.match(/`+/g) ?? []).reduce((max, run) => Math.max(max, run.length), 0);
  const fence = '`'.repeat(longest + 1);
  // CommonMark strips one space from each end when both ends have one (and the text is not all spaces): pad to keep them.
  const pad = longest > 0 || (/^ [^]* $/.test(flat) && /[^ ]/.test(flat)) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A finding message as Markdown: its `code` spans kept as code, the rest escaped. */
export function messageMarkdown(message: string): string {
  return messageParts(message)
    .map((part, i) => (part.code ? codeSpan(part.text) : i === 0 ? escapeLineStart(escapeInline(part.text)) : escapeInline(part.text)))
    .join('');
}

/** `[POC072](docs)`, or the rule id alone when the docs URL is not a web link. */
export function ruleLinkMarkdown(ruleId: string, docs: string): string {
  const url = webUrl(docs);
  return url ? `[${escapeMarkdown(ruleId)}](${url.replace(/[()<>]/g, encodeURIComponent)})` : escapeMarkdown(ruleId);
}

interface MessagePart {
  code: boolean;
  text: string;
}

/**
 * A message's text and code spans, read as CommonMark reads them: a run of n
 * backticks opens a span that the next run of exactly n closes, so a key with
 * backticks in it comes fenced by a longer run (see the engine's `code()`); a
 * run that nothing closes is text. One pass: each run length's list of runs is
 * walked once, forward.
 */
function messageParts(message: string): MessagePart[] {
  const runs = [...message.matchAll(/`+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const byLength = new Map<number, number[]>();
  runs.forEach((run, k) => {
    const length = run.end - run.start;
    const list = byLength.get(length);
    if (list) list.push(k);
    else byLength.set(length, [k]);
  });
  const cursors = new Map<number, number>();
  const parts: MessagePart[] = [];
  let textStart = 0;
  for (let k = 0; k < runs.length;) {
    const open = runs[k];
    const length = open.end - open.start;
    const list = byLength.get(length) as number[];
    let c = cursors.get(length) ?? 0;
    while (c < list.length && list[c] <= k) c++;
    cursors.set(length, c);
    if (c === list.length) {
      k++;
      continue;
    }
    const close = runs[list[c]];
    if (open.start > textStart) parts.push({ code: false, text: message.slice(textStart, open.start) });
    parts.push({ code: true, text: codeContent(message.slice(open.end, close.start)) });
    textStart = close.end;
    k = list[c] + 1;
  }
  if (textStart < message.length || parts.length === 0) parts.push({ code: false, text: message.slice(textStart) });
  return parts;
}

/** CommonMark: line endings become spaces; one space is stripped from each end when both have one and the span is not all spaces. */
function codeContent(raw: string): string {
  const flat = raw.replace(/\r\n?|\n/g, ' ');
  return /^ [^]* $/.test(flat) && /[^ ]/.test(flat) ? flat.slice(1, -1) : flat;
}

/**
 * The URL if it is a web link, else undefined. Rule docs URLs are built from
 * the engine's `docsBaseUrl` lint option, which any caller of the engine can
 * set (the `.pocreadiness.yaml` config cannot), so a `javascript:` link must
 * never reach a page.
 */
export function webUrl(url: string): string | undefined {
  return /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined;
}

// Made on first use: Intl starts ICU (6.7 MiB, milliseconds), which a CLI run that prints no figure never needs.
let NUMBER: Intl.NumberFormat | undefined;
let HUGE_NUMBER: Intl.NumberFormat | undefined;
/** From here on digits stop meaning anything (past 2^53) and would run for hundreds of columns. */
const HUGE = 1e15;

/** 2000000 -> "2,000,000"; 1.5 -> "1.5"; 1e300 -> "1E300". */
export function formatNumber(value: number): string {
  return Math.abs(value) >= HUGE
    ? (HUGE_NUMBER ??= new Intl.NumberFormat('en-US', { notation: 'scientific', maximumFractionDigits: 2 })).format(value)
    : (NUMBER ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })).format(value);
}

/** "50,000 USD", or "50,000" without a currency. */
export function formatAmount(value: number, currency: string): string {
  return currency ? `${formatNumber(value)} ${currency}` : formatNumber(value);
}

/** "1 gap", "3 gaps". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : pluralForm}`;
}
