// Text helpers shared by the panel, the Markdown summary and the HTML report.
// Every value that comes from a plan passes through one of the escapes here.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for HTML element content and for attribute values, which are always double-quoted here. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]);
}

/** A finding message as HTML: escaped, with its `code` spans kept as <code>. */
export function messageHtml(message: string): string {
  return splitCode(message)
    .map((part, i) => (i % 2 === 1 ? `<code>${escapeHtml(part)}</code>` : escapeHtml(part)))
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
  return text
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
  const flat = text.replace(/\r\n?|\n/g, ' ');
  if (flat === '') return '` `';
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // CommonMark strips one space from each end when both ends have one (and the text is not all spaces): pad to keep them.
  const pad = longest > 0 || (/^ [^]* $/.test(flat) && /[^ ]/.test(flat)) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A finding message as Markdown: its `code` spans kept as code, the rest escaped. */
export function messageMarkdown(message: string): string {
  return splitCode(message)
    .map((part, i) => (i % 2 === 1 ? codeSpan(part) : i === 0 ? escapeLineStart(escapeInline(part)) : escapeInline(part)))
    .join('');
}

/** `[POC072](docs)`, or the rule id alone when the docs URL is not a web link. */
export function ruleLinkMarkdown(ruleId: string, docs: string): string {
  const url = webUrl(docs);
  return url ? `[${escapeMarkdown(ruleId)}](${url.replace(/[()<>]/g, encodeURIComponent)})` : escapeMarkdown(ruleId);
}

/** Splits on backticks: odd parts were inside `code`. An unpaired backtick is kept as text. */
function splitCode(message: string): string[] {
  const parts = message.split('`');
  if (parts.length % 2 === 0) {
    const last = parts.pop() as string;
    parts[parts.length - 1] += '`' + last;
  }
  return parts;
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

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** 2000000 -> "2,000,000"; 1.5 -> "1.5". */
export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** "50,000 USD", or "50,000" without a currency. */
export function formatAmount(value: number, currency: string): string {
  return currency ? `${formatNumber(value)} ${currency}` : formatNumber(value);
}

/** "1 gap", "3 gaps". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : pluralForm}`;
}
