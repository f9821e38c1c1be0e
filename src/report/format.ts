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

/**
 * Escapes text for Markdown: the characters that could open emphasis, code,
 * a link, inline HTML, an entity or a table cell get a backslash (an
 * underscore inside a word cannot, so `failure_analysis` stays readable), and
 * line breaks become spaces so a value cannot start a new block. Values never
 * start a line here, so line-start markers (`#`, `-`, `1.`) need no escape.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/[\\`*[\]<>|~&]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, (c) => `\\${c}`);
}

/** A finding message as Markdown: its `code` spans kept, the rest escaped. */
export function messageMarkdown(message: string): string {
  return splitCode(message)
    .map((part, i) => (i % 2 === 1 ? `\`${part.replace(/\r?\n/g, ' ')}\`` : escapeMarkdown(part)))
    .join('');
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

/** The URL if it is a web link, else undefined: a `javascript:` link from a config file must never reach a page. */
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
