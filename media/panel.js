// @ts-check
// The readiness summary's webview script. The extension renders the markup;
// this script only swaps it in, remembers which plan it shows (for the panel
// serializer), and turns clicks and keys into typed messages. Messages from
// the extension are checked before use; anything else is ignored.
(function () {
  // @ts-ignore acquireVsCodeApi is provided by the webview host.
  const vscode = acquireVsCodeApi();
  const main = /** @type {HTMLElement} */ (document.getElementById('summary'));

  /** @param {unknown} value @returns {value is { uri: string }} */
  function isState(value) {
    return typeof value === 'object' && value !== null && typeof (/** @type {any} */ (value).uri) === 'string';
  }

  /** @param {unknown} value @returns {value is { type: 'render', html: string, state: { uri: string } }} */
  function isRender(value) {
    const m = /** @type {any} */ (value);
    return typeof m === 'object' && m !== null && m.type === 'render' && typeof m.html === 'string' && isState(m.state);
  }

  /** @type {{ uri: string } | undefined} */
  let state;
  try {
    const initial = JSON.parse(main.dataset.state || 'null');
    if (isState(initial)) state = { uri: initial.uri };
  } catch {
    state = undefined;
  }
  if (state) vscode.setState(state);

  /** A key for the focused element, so focus survives a re-render. */
  function focusKey() {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || !main.contains(active)) return undefined;
    if (active.dataset.line !== undefined) return `[data-line="${active.dataset.line}"][data-character="${active.dataset.character}"]`;
    if (active.dataset.command) return `[data-command="${active.dataset.command}"]`;
    return undefined;
  }

  /** The gap groups the reader has closed. */
  function closedGroups() {
    return new Set(Array.from(main.querySelectorAll('details.gap-group:not([open])')).map((d) => /** @type {HTMLElement} */ (d).dataset.group));
  }

  window.addEventListener('message', (event) => {
    if (!isRender(event.data)) return;
    const key = focusKey();
    const closed = closedGroups();
    const scroll = window.scrollY;
    main.innerHTML = event.data.html;
    for (const group of main.querySelectorAll('details.gap-group')) {
      if (closed.has(/** @type {HTMLElement} */ (group).dataset.group)) group.removeAttribute('open');
    }
    const focus = key ? main.querySelector(key) : null;
    if (focus instanceof HTMLElement) focus.focus({ preventScroll: true });
    window.scrollTo(0, scroll);
    state = { uri: event.data.state.uri };
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
})();
