// The readiness summary's webview script, bundled by scripts/build.mjs into
// media/panel.js. The extension renders the markup; this script only swaps it
// in, remembers which plan it shows (for the panel serializer), and turns
// clicks and keys into the typed messages of src/report/messages.ts. Messages
// from the extension are checked before use; anything else is ignored.
import { isPanelState, isRenderMessage, type PanelMessage, type PanelState } from '../report/messages';

interface WebviewApi {
  postMessage(message: PanelMessage): void;
  getState(): unknown;
  setState(state: PanelState): void;
}

/** Provided by the webview host, once per page. */
declare function acquireVsCodeApi(): WebviewApi;

const vscode = acquireVsCodeApi();
const main = document.getElementById('summary') as HTMLElement;

function initialState(): PanelState | undefined {
  try {
    const value: unknown = JSON.parse(main.dataset.state ?? 'null');
    return isPanelState(value) ? { uri: value.uri } : undefined;
  } catch {
    return undefined;
  }
}

let state = initialState();
// VS Code gives a new page the scroll position of the page it replaces (on
// load, before ours runs): for another plan, start at the top.
const previous = vscode.getState();
if (isPanelState(previous) && previous.uri !== state?.uri) window.addEventListener('load', () => window.scrollTo(0, 0), { once: true });
if (state) vscode.setState(state);

/** A selector for the focused element, so focus survives a re-render. */
function focusKey(): string | undefined {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !main.contains(active)) return undefined;
  const { line, character, command } = active.dataset;
  if (line !== undefined) return `[data-line="${CSS.escape(line)}"][data-character="${CSS.escape(character ?? '')}"]`;
  if (command) return `[data-command="${CSS.escape(command)}"]`;
  return undefined;
}

/** The gap groups the reader has closed. */
function closedGroups(): Set<string> {
  const closed = main.querySelectorAll<HTMLElement>('details.gap-group:not([open])');
  return new Set(Array.from(closed, (d) => d.dataset.group ?? ''));
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (!isRenderMessage(message)) return;
  // Another plan starts at the top with every group open, as a fresh page would.
  const samePlan = message.state.uri === state?.uri;
  const key = samePlan ? focusKey() : undefined;
  const closed = samePlan ? closedGroups() : new Set<string>();
  const scroll = samePlan ? window.scrollY : 0;
  main.innerHTML = message.html;
  for (const group of main.querySelectorAll<HTMLElement>('details.gap-group')) {
    if (closed.has(group.dataset.group ?? '')) group.removeAttribute('open');
  }
  const focus = key ? main.querySelector(key) : null;
  if (focus instanceof HTMLElement) focus.focus({ preventScroll: true });
  window.scrollTo(0, scroll);
  state = { uri: message.state.uri };
  vscode.setState(state);
});

// Gaps are <button>s, so Enter and Space arrive here as clicks too.
main.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('button') : null;
  if (!target || !state) return;
  const { line, character, endLine, endCharacter, command } = target.dataset;
  if (command === 'copyMarkdown' || command === 'exportReport') {
    vscode.postMessage({ type: command });
  } else if (line !== undefined) {
    const range = {
      start: { line: Number(line), character: Number(character) },
      end: { line: Number(endLine), character: Number(endCharacter) },
    };
    vscode.postMessage({ type: 'reveal', uri: state.uri, range });
  }
});

vscode.postMessage({ type: 'ready' });
