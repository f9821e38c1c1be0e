// The messages between the portfolio panel and the extension. As for the
// summary panel, the webview is untrusted: what it posts goes through
// parsePortfolioMessage, and the extension opens a plan only if it is one the
// portfolio lists.

export type PortfolioMessage = { type: 'ready' } | { type: 'openPlan'; uri: string };

/** The extension's message to the webview: the portfolio's new body. */
export interface PortfolioRenderMessage {
  type: 'render';
  html: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function isPortfolioRenderMessage(value: unknown): value is PortfolioRenderMessage {
  return isRecord(value) && value.type === 'render' && typeof value.html === 'string';
}

export function parsePortfolioMessage(value: unknown): PortfolioMessage | undefined {
  if (!isRecord(value)) return undefined;
  if (value.type === 'ready') return { type: 'ready' };
  if (value.type === 'openPlan' && typeof value.uri === 'string' && value.uri.length > 0 && value.uri.length < 10_000) return { type: 'openPlan', uri: value.uri };
  return undefined;
}
