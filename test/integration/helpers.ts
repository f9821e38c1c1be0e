// Small helpers for integration suites. They run inside the extension host,
// next to the extension under test, and only use the public `vscode` API.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'poc-readiness.poc-readiness';

/**
 * Screenshot protocol with scripts/vscode-web-test.mjs, which drives the
 * browser the workbench runs in: the harness starts the server with this
 * variable set to the folder it writes into (the extension host inherits the
 * server's environment), watches the browser console for
 * `SCREENSHOT_MARKER {"name", "selector"?}` and writes `<name>.png` there
 * (atomically, by rename) once the UI has settled, or `<name>.png.error`.
 * Without the variable nobody is listening.
 */
const SCREENSHOT_DIR_ENV = 'POC_READINESS_SCREENSHOT_DIR';
const SCREENSHOT_MARKER = '[poc-readiness:screenshot]';

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `check` until it returns a truthy value, which is returned; throws `message` after `timeout` ms. */
export async function waitFor<T>(
  check: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  { timeout = 10_000, interval = 50, message = 'condition' }: { timeout?: number; interval?: number; message?: string } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${message}.`);
    await sleep(interval);
  }
}

/** A file of the test workspace (test/integration/workspace/), which every harness opens as the folder. */
export function workspaceUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('No workspace folder is open: the harness must open test/integration/workspace.');
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

/** Opens a workspace file in an editor and returns its document. */
export async function openFixture(relativePath: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
  await vscode.window.showTextDocument(document);
  return document;
}

/** Resolves with the diagnostics of `uri` once `accept` holds for them (by default: there is at least one). */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean = (diagnostics) => diagnostics.length > 0,
  timeout = 20_000,
): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const finish = (error?: Error) => {
      clearTimeout(timer);
      subscription.dispose();
      if (error) reject(error);
      else resolve(vscode.languages.getDiagnostics(uri));
    };
    const check = () => {
      if (accept(vscode.languages.getDiagnostics(uri))) finish();
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      const current = vscode.languages.getDiagnostics(uri).map((d) => `${d.code ?? ''} ${d.message}`);
      finish(new Error(`Timed out after ${timeout} ms waiting for diagnostics on ${uri.path}; current: ${JSON.stringify(current)}`));
    }, timeout);
    check();
  });
}

/** Opens a workspace file and waits for its diagnostics (see waitForDiagnostics). */
export async function openAndWaitForDiagnostics(
  relativePath: string,
  accept?: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
): Promise<{ document: vscode.TextDocument; diagnostics: readonly vscode.Diagnostic[] }> {
  const document = await openFixture(relativePath);
  const diagnostics = await waitForDiagnostics(document.uri, accept);
  return { document, diagnostics };
}

/**
 * Asks the harness for a screenshot, saved as
 * `test-results/screenshots/<name>.png`, and waits until it is written: of the
 * whole workbench, or of the first element matching the CSS `selector` (e.g.
 * `.monaco-hover`, `.editor-instance`). Returns the file's path, or undefined
 * under a harness that takes no screenshots (e.g. test-electron), so suites
 * can call it unconditionally.
 */
export async function screenshot(name: string, selector?: string): Promise<string | undefined> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`Screenshot name "${name}" may only contain letters, digits, '.', '_' and '-'.`);
  const dir = process.env[SCREENSHOT_DIR_ENV];
  if (!dir) return undefined;
  const file = path.join(dir, `${name}.png`);
  const failure = `${file}.error`;
  // Files left by an earlier call with the same name must not count as done.
  fs.rmSync(file, { force: true });
  fs.rmSync(failure, { force: true });
  // Let pending edits, decorations and hovers reach the renderer; the harness
  // additionally waits for the DOM to stop changing before it shoots.
  await sleep(300);
  console.log(`${SCREENSHOT_MARKER} ${JSON.stringify({ name, selector })}`);
  await waitFor(() => fs.existsSync(file) || fs.existsSync(failure), { timeout: 30_000, interval: 100, message: `screenshot ${file}` });
  if (fs.existsSync(failure)) throw new Error(`Screenshot ${name} failed: ${fs.readFileSync(failure, 'utf8')}`);
  return file;
}
