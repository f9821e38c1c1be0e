// The portfolio panel's webview script, bundled by scripts/build.mjs into
// media/portfolio.js. The extension renders the markup; this script swaps in
// new bodies (keeping the scroll position) and turns a click on a plan into
// an `openPlan` message. Messages from the extension are checked before use.
import { isPortfolioRenderMessage, type PortfolioMessage } from '../report/portfolioMessages';

interface WebviewApi {
  postMessage(message: PortfolioMessage): void;
}

declare function acquireVsCodeApi(): WebviewApi;

const vscode = acquireVsCodeApi();
const main = document.getElementById('portfolio') as HTMLElement;

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (!isPortfolioRenderMessage(message)) return;
  const scroll = window.scrollY;
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.plan : undefined;
  main.innerHTML = message.html;
  if (focused !== undefined) main.querySelector<HTMLElement>(`[data-plan="${CSS.escape(focused)}"]`)?.focus({ preventScroll: true });
  window.scrollTo(0, scroll);
});

// Plans are <button>s, so Enter and Space arrive here as clicks too.
main.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('button[data-plan]') : null;
  if (target instanceof HTMLElement && target.dataset.plan) vscode.postMessage({ type: 'openPlan', uri: target.dataset.plan });
});

vscode.postMessage({ type: 'ready' });
