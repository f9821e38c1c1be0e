// The messages between the summary panel and the extension. The webview is
// untrusted input: everything it posts goes through parsePanelMessage, and
// anything that is not exactly one of these shapes is dropped.

import type { Position, Range } from '../engine/types';

/** What the webview remembers (vscode.setState) so a reload restores the same plan. */
export interface PanelState {
  /** The plan's URI, as `Uri.toString()`. */
  uri: string;
}

export type PanelMessage = { type: 'ready' } | { type: 'reveal'; uri: string; range: Range } | { type: 'copyMarkdown' } | { type: 'exportReport' };

/**
 * The extension's one message to the webview: the summary's new body. The
 * webview keeps its scroll position, focus and closed groups while
 * `state.uri` stays the same plan, and starts at the top for another plan.
 */
export interface RenderMessage {
  type: 'render';
  html: string;
  state: PanelState;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Lines and characters are non-negative integers; anything bigger than any editor's document is refused. */
const isIndex = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) < 100_000_000;

function parsePosition(value: unknown): Position | undefined {
  if (!isRecord(value) || !isIndex(value.line) || !isIndex(value.character)) return undefined;
  return { line: value.line, character: value.character };
}

function parseRange(value: unknown): Range | undefined {
  if (!isRecord(value)) return undefined;
  const start = parsePosition(value.start);
  const end = parsePosition(value.end);
  if (!start || !end) return undefined;
  if (end.line < start.line || (end.line === start.line && end.character < start.character)) return undefined;
  return { start, end };
}

export function isPanelState(value: unknown): value is PanelState {
  return isRecord(value) && typeof value.uri === 'string' && value.uri.length > 0;
}

/** For the webview: a message from the extension, checked before its HTML is used. */
export function isRenderMessage(value: unknown): value is RenderMessage {
  return isRecord(value) && value.type === 'render' && typeof value.html === 'string' && isPanelState(value.state);
}

/** The message if it is a valid one, with only the fields we know; otherwise undefined. */
export function parsePanelMessage(value: unknown): PanelMessage | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'ready':
    case 'copyMarkdown':
    case 'exportReport':
      return { type: value.type };
    case 'reveal': {
      const range = parseRange(value.range);
      return typeof value.uri === 'string' && range ? { type: 'reveal', uri: value.uri, range } : undefined;
    }
    default:
      return undefined;
  }
}
