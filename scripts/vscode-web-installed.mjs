// `npm run test:installed`: what a user gets, in the real VS Code 1.139 of
// the integration harness (vscode-web.mjs), driven from the outside through
// the workbench's DOM only: no development extension, no test code inside.
//
// 1. The packaged .vsix (`npm run package`), installed into a fresh server
//    with `server-main.js --install-extension`, workspace trust ON: a new
//    folder opens in Restricted Mode; the plan is opened from the Explorer;
//    its language, its problems (the same counts as the CLI's) and the
//    status item must show. Then the Extensions view must show the README
//    and the icon from the installed package, and the README's pictures.
//    VS Code shows README images from https URLs only (its sanitizer drops
//    relative and data: sources), so vsce points them at the repository
//    (<repository>/raw/HEAD/docs/images/...); this machine is offline, so
//    the browser is answered for exactly that prefix from the checkout,
//    standing in for GitHub once the repository is public.
// 2. The same package's browser bundle as a web extension (payload
//    extensionDevelopmentKind=web), with `main` removed from its manifest so
//    only the browser (web worker) extension host can run it: diagnostics,
//    the status item, a hover, completion, a quick fix and the summary panel.
//
// Screenshots go to test-results/screenshots/installed-*.png and web-*.png.
//
// Environment:
//   POC_READINESS_TEST_TIMEOUT_S  the whole run, in seconds (default 600)
//   POC_READINESS_SKIP_PACKAGE=1  use dist/poc-readiness-<version>.vsix as it is
//   CHROMIUM_PATH                 browser to drive (default /usr/bin/chromium)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { delay, ensureVsCode, freePort, launchChromium, root, startServer, waitForQuietDom, workbenchUrl } from './vscode-web.mjs';

const SCREENSHOT_DIR = join(root, 'test-results/screenshots');
const PLAN = 'shipping-exceptions-bad.poc.yaml';
const TIMEOUT_S = Number(process.env.POC_READINESS_TEST_TIMEOUT_S || 600);
/** Each bundle's budget: activation reads the whole file before anything shows. */
// The target is 300 KiB (npm run bench reports the ratio against it), and the
// bundles are over it: the multilingual lexicons, the editor features, the
// portfolio view and panel and the CST path took dist/extension.js to about
// 385 KiB on 2026-12-02 (the Markdown front end is a chunk of its own, loaded
// on the first Markdown plan), and the phrases learnt from six more blind plan
// sets the same day to about 423 KiB; twelve more sets (holdout14-25, the
// lexicons now 130 KB of it) took it to 453 KiB on 2026-12-02, and the
// phrases from four more (holdout35-39, five languages each) to 470.1 KiB the
// same day, and those from ten more (holdout41-50: 70 plans, each class in five
// languages) to 492.3 KiB on 2026-12-02, of which about 194 KiB are the
// lexicons' phrase strings, and three more (holdout51-53) the same day to
// 496.9 KiB (dist/web/extension.js 500.1 KiB, over 500), and on 2026-12-03
// the phrases a probe of 250 sentences written blind in five languages showed
// missing (benefit, credit, insurance, triage and grading decisions; demo
// environments, second screens, spare time; synthetic and frozen data) took
// it to 525.8 KiB; on 2026-12-04 the phrases three more blind rounds (72 plans,
// holdout62-73, each class in five languages) showed missing took it to
// 552 KiB (1,709 lexicon entries, 182 KB of phrases), and six more rounds
// (holdout92-107) to 582 KiB (2,002 entries, 211 KB). On 2026-12-04 the
// bundles began to ship the phrases as one deflated table (scripts/bundles.mjs,
// src/engine/lexicon/packed.ts): dist/web/extension.js went from 598,886 to
// 487,907 bytes. This ceiling keeps it from growing unnoticed while the gap
// is worked on; it is not the target, and raising it again needs the same
// kind of reason written here.
const MAX_BUNDLE_BYTES = 520 * 1024;
/** The extension's status bar item, found by its accessible label (statusBar.ts). */
const STATUS_ITEM = '.statusbar-item[aria-label^="POC readiness:"]';

const log = (message) => console.log(`[installed] ${message}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

class Failure extends Error {}

const results = [];
/** The page the checks drive now: a failing check leaves a screenshot of it. */
let activePage;
/** Runs one named check and prints its outcome; a failure (with a screenshot) ends the run. */
async function check(name, body) {
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`  ✔ ${name} (${seconds(Date.now() - started)})`);
  } catch (error) {
    results.push({ name, ok: false });
    if (activePage) await shoot(activePage, `failed-${results.length}`).catch(() => {});
    console.log(`  ✖ ${name}\n    ${(error instanceof Failure ? error.message : error.stack || String(error)).replace(/\n/g, '\n    ')}`);
    throw error;
  }
}

function assert(condition, message) {
  if (!condition) throw new Failure(message);
}

async function main() {
  if (!(TIMEOUT_S > 0)) throw new Failure(`POC_READINESS_TEST_TIMEOUT_S must be a number of seconds, not "${process.env.POC_READINESS_TEST_TIMEOUT_S}".`);
  const started = Date.now();
  const vsix = packageVsix();
  const vscode = await ensureVsCode();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });

  // A folder the user just cloned: one plan, never trusted.
  const temp = mkdtempSync(join(tmpdir(), 'poc-readiness-installed-'));
  const folder = join(temp, 'plans');
  mkdirSync(folder);
  cpSync(join(root, 'examples', PLAN), join(folder, PLAN));
  const expected = cliVerdict(join(folder, PLAN));
  log(`The CLI on ${PLAN}: ${expected.errors} error(s), ${expected.warnings} warning(s), score ${expected.overall}.`);

  const resources = [() => rmSync(temp, { recursive: true, force: true })];
  let stopped;
  const cleanup = () =>
    (stopped ??= (async () => {
      for (const stop of resources.reverse())
        await Promise.resolve()
          .then(stop)
          .catch(() => {});
    })());
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => cleanup().then(() => process.exit(130)));
  const deadline = delay(TIMEOUT_S * 1000).then(() => {
    throw new Failure(`Timed out after ${TIMEOUT_S} s (set POC_READINESS_TEST_TIMEOUT_S to change).`);
  });
  try {
    await Promise.race([
      (async () => {
        const webExtension = join(temp, 'web-extension');
        await installedScenario(vscode, vsix, folder, expected, resources, webExtension);
        await webScenario(vscode, webExtension, folder, expected, resources);
      })(),
      deadline,
    ]);
  } finally {
    await cleanup();
    log(`Total ${seconds(Date.now() - started)}.`);
  }
}

/** `npm run package`, as a release does; returns the .vsix and reports its size and the bundles'. */
function packageVsix() {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const vsix = join(root, `dist/poc-readiness-${version}.vsix`);
  if (process.env.POC_READINESS_SKIP_PACKAGE !== '1') {
    const started = Date.now();
    const npm = spawnSync('npm', ['run', '--silent', 'package'], { cwd: root, encoding: 'utf8' });
    if (npm.status !== 0) throw new Failure(`npm run package failed (${npm.status ?? npm.signal}):\n${npm.stdout}\n${npm.stderr}`);
    log(`Packaged in ${seconds(Date.now() - started)}.`);
  }
  assert(existsSync(vsix), `${vsix} is missing: run \`npm run package\`.`);
  log(`${vsix}: ${statSync(vsix).size} bytes.`);
  return vsix;
}

/** What the CLI says of the plan: the numbers the editor must show too. */
function cliVerdict(file) {
  const cli = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'check', '--format', 'json', file], { encoding: 'utf8' });
  assert(cli.stdout, `the CLI printed nothing (${cli.status}): ${cli.stderr}`);
  const [result] = JSON.parse(cli.stdout).results;
  const count = (severity) => result.findings.filter((f) => f.severity === severity).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info'), overall: result.score.overall, ready: result.verdict === 'ready' };
}

async function installedScenario(vscode, vsix, folder, expected, resources, webExtension) {
  log('1. The packaged .vsix installed with --install-extension, workspace trust on.');
  const server = await startServer({ ...vscode, port: await freePort(), trust: true, vsix });
  resources.push(() => server.stop());
  const installed = readdirSync(server.dirs.extensions).find((name) => name.startsWith('poc-readiness.poc-readiness-'));
  assert(installed, `the extension is not in ${server.dirs.extensions}: ${readdirSync(server.dirs.extensions).join(', ')}`);
  const extensionDir = join(server.dirs.extensions, installed);
  await check(`each bundle in the installed package is under ${MAX_BUNDLE_BYTES / 1024} KiB`, () => {
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8'));
    for (const entry of [manifest.main, manifest.browser]) {
      const size = statSync(join(extensionDir, entry)).size;
      log(`${entry}: ${size} bytes (${(size / 1024).toFixed(1)} KiB).`);
      assert(size < MAX_BUNDLE_BYTES, `${entry} is ${size} bytes, over ${MAX_BUNDLE_BYTES}`);
    }
  });
  // Scenario 2 runs this very package's browser bundle.
  cpSync(extensionDir, webExtension, { recursive: true });

  const { browser, page } = await launchChromium();
  resources.push(() => browser.close());
  watchPage(page);
  activePage = page;
  const served = await serveRepositoryFiles(page);
  await page.goto(workbenchUrl(server, folder, [], { developmentPath: null }));

  await check('a new folder opens in Restricted Mode', async () => {
    await waitForText(page, '#status\\.workspaceTrust', /Restricted Mode/, 'the Restricted Mode status item');
  });
  await reviewsPlan(page, expected);
  await shoot(page, 'installed-restricted-mode');

  await check('the Extensions view shows the installed README with its pictures and the icon', async () => {
    await page.keyboard.press('Control+Shift+X');
    const item = page.locator('.extensions-viewlet .extension-list-item', { hasText: 'POC Readiness' }).first();
    await item.waitFor({ timeout: 30_000 });
    await item.click();
    const icon = page.locator('.extension-editor .header img.icon').first();
    await icon.waitFor({ timeout: 30_000 });
    await waitUntil(() => icon.evaluate((img) => img.complete && img.naturalWidth), 'the icon to load');
    const size = await icon.evaluate((img) => [img.naturalWidth, img.naturalHeight]);
    assert(size[0] === 128 && size[1] === 128, `the icon is ${size.join(' x ')}, not 128 x 128`);
    // The README is a webview: a frame whose document has the README's title.
    const readme = await waitUntil(() => frameWith(page, () => document.querySelector('h1')?.textContent?.includes('POC Readiness')), 'the README');
    const images = await waitUntil(
      async () => {
        const found = await readme.evaluate(() => [...document.images].map((img) => ({ src: img.getAttribute('src'), loaded: img.complete && img.naturalWidth > 0 })));
        return found.length > 0 && found.every((image) => image.loaded) && found;
      },
      'the README images to load',
      20_000,
    ).catch(async (error) => {
      const found = await readme.evaluate(() => [...document.images].map((img) => `${img.outerHTML} loaded=${img.complete && img.naturalWidth > 0}`));
      throw new Failure(`${error.message} Images: ${found.join(', ') || 'none'}`);
    });
    const notFromRepository = images.filter((image) => !served.has(image.src));
    assert(notFromRepository.length === 0, `README images not from the repository: ${notFromRepository.map((image) => image.src).join(', ')}`);
    log(`README images shown: ${images.map((image) => image.src).join(', ')}`);
    // The screenshot shows the first picture, without the Problems view.
    await page.keyboard.press('Control+J');
    await readme.evaluate(() => document.images[0].scrollIntoView({ block: 'center' }));
  });
  await shoot(page, 'installed-extensions-view');
  await browser.close();
  await server.stop();
}

async function webScenario(vscode, extensionDir, folder, expected, resources) {
  log('2. The browser bundle as a web extension (extension host in the browser), workspace trust on.');
  const manifestFile = join(extensionDir, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  // Without `main` only the browser extension host can run it: what works below is the web build.
  delete manifest.main;
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));

  const server = await startServer({ ...vscode, port: await freePort(), trust: true });
  resources.push(() => server.stop());
  const { browser, page } = await launchChromium();
  resources.push(() => browser.close());
  watchPage(page);
  activePage = page;
  await page.goto(workbenchUrl(server, folder, [['extensionDevelopmentKind', 'web']], { developmentPath: extensionDir }));

  await reviewsPlan(page, expected);
  await check('a hover explains a key of the plan', async () => {
    const line = page.locator('.editor-instance .view-line', { hasText: /^\s*hypothesis:/ }).first();
    await line.waitFor({ timeout: 10_000 });
    await line.locator('span', { hasText: 'hypothesis' }).first().hover();
    // The key's title and why it matters, from the engine's section metadata.
    await waitForText(page, '.monaco-hover', /Hypothesis and decision.*what the organization does if the criteria are met/s, 'the hover of `hypothesis`', 20_000);
  });
  await shoot(page, 'web-extension-hover');
  await page.mouse.move(700, 880);
  await check('completion offers the missing top-level sections', async () => {
    await page.locator('.editor-instance .view-line', { hasText: /^poc:/ }).first().click();
    // Line 5 is blank, at the top level: a place for a section.
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Control+Space');
    await waitForText(page, '.suggest-widget .monaco-list-row', /^\s*economics\s*Review economics\s*$/, 'the section `economics` (its label, then its title) among the completions', 20_000);
    await page.keyboard.press('Escape');
  });
  await check('a quick fix offers to insert the missing sections', async () => {
    await page.keyboard.press('ArrowDown'); // line 6, `hypothesis:`, which misses keys
    await page.keyboard.press('Control+Period');
    await waitForText(page, '.action-widget', /Insert all missing sections/, 'the quick fix "Insert all missing sections"', 20_000);
    await page.keyboard.press('Escape');
  });
  await check('the status item opens the readiness summary panel', async () => {
    await page.locator(STATUS_ITEM).first().click();
    const panel = await waitUntil(() => frameWith(page, () => document.querySelector('.verdict .overall-score')?.textContent), 'the summary panel', 30_000);
    const overall = await panel.evaluate(() => document.querySelector('.verdict .overall-score').textContent);
    assert(overall === String(expected.overall), `the panel shows ${overall}/100, the CLI ${expected.overall}/100`);
  });
  await shoot(page, 'web-extension-panel');
  await check('closing the plan without saving shows its problems as on disk again', async () => {
    const problems = problemCounts(expected);
    await page.locator('.editor-instance .view-line', { hasText: /^poc:/ }).first().click();
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Control+Period');
    await page.locator('.action-widget .monaco-list-row', { hasText: 'Insert all missing sections' }).first().click();
    await waitForText(page, '#status\\.problems', new RegExp(`^(?!\\s*${problems}\\s*$)`), 'the problems to change after inserting the sections');
    await page.locator('.tabs-container .tab', { hasText: PLAN }).first().locator('.tab-actions .action-label').click();
    await page.locator('.monaco-dialog-box .monaco-button', { hasText: /^Don't Save$/ }).click();
    await waitForText(page, '#status\\.problems', new RegExp(`^\\s*${problems}\\s*$`), `${expected.errors} errors and ${expected.warnings} warnings again, from the file`);
  });
  await browser.close();
  await server.stop();
}

/** The status bar's problem counts as a pattern: errors, warnings, and the infos when there are any. */
function problemCounts(expected) {
  return `${expected.errors}\\s+${expected.warnings}${expected.infos ? `\\s+${expected.infos}` : ''}`;
}

/** Opens the plan from the Explorer and checks what a user sees first: its language, its problems and the status item. */
async function reviewsPlan(page, expected) {
  await check(`opening ${PLAN} from the Explorer gives it the POC Plan language`, async () => {
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: PLAN }).first();
    await row.waitFor({ timeout: 60_000 });
    await row.click();
    await waitForText(page, '#status\\.editor\\.mode', /^\s*POC Plan\s*$/, 'the language status "POC Plan"', 30_000);
  });
  await check("its problems are the CLI's: the same numbers of errors and warnings", async () => {
    const want = new RegExp(`^\\s*${problemCounts(expected)}\\s*$`);
    await waitForText(page, '#status\\.problems', want, `${expected.errors} errors and ${expected.warnings} warnings`, 30_000);
    // The Problems view lists them with their rule ids.
    await page.locator('#status\\.problems').click();
    await waitForText(page, '.markers-panel .monaco-list-row', /POC\d{3}/, 'a finding with its rule id in the Problems view');
  });
  await check('the status item shows the verdict and the score', async () => {
    const text = `${expected.ready ? 'Ready' : 'Not ready'} ${expected.overall}/100`;
    await waitForText(page, STATUS_ITEM, new RegExp(`^\\s*${text.replace('/', '\\/')}\\s*$`), `the status item "${text}"`);
  });
}

/**
 * Answers the browser's requests for `<repository>/raw/HEAD/<file>` with the
 * file from this checkout (404 if it is not there). Returns the set of URLs
 * answered with a file.
 */
async function serveRepositoryFiles(page) {
  const { repository } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const base = `${repository.url.replace(/\.git$/, '')}/raw/HEAD/`;
  const served = new Set();
  await page.context().route(`${base}**`, (route) => {
    const url = route.request().url();
    const file = join(root, decodeURIComponent(url.slice(base.length).split(/[?#]/)[0]));
    if (!file.startsWith(join(root, 'docs/')) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not in the repository' });
    served.add(url);
    return route.fulfill({ status: 200, contentType: 'image/png', body: readFileSync(file) });
  });
  return served;
}

function watchPage(page) {
  page.on('pageerror', (error) => console.log(`[browser] uncaught ${error.stack || error}`));
}

/** Polls `probe` until it returns a truthy value; throws after `timeout` ms. */
async function waitUntil(probe, what, timeout = 30_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await Promise.resolve()
      .then(probe)
      .catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Failure(`Timed out after ${timeout / 1000} s waiting for ${what}.`);
    await delay(200);
  }
}

/** Waits until some element matching `selector` has text matching `pattern`. */
async function waitForText(page, selector, pattern, what, timeout = 30_000) {
  const texts = () => page.locator(selector).allTextContents();
  await waitUntil(async () => (await texts()).some((text) => pattern.test(text)), what, timeout).catch(async (error) => {
    throw new Failure(`${error.message} Found: ${JSON.stringify(await texts().catch(() => []))}`);
  });
}

/** The first frame (webviews are nested iframes) in which `predicate` holds. */
async function frameWith(page, predicate) {
  for (const frame of page.frames()) {
    if (await frame.evaluate(predicate).catch(() => false)) return frame;
  }
  return undefined;
}

async function shoot(page, name) {
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  await waitForQuietDom(page);
  await page.screenshot({ path: file });
  log(`Screenshot ${file}`);
}

main().then(
  () => {
    log(`${results.filter((r) => r.ok).length} passing.`);
    process.exit(0);
  },
  (error) => {
    const passed = results.filter((r) => r.ok).length;
    console.error(`[installed] FAILED (${passed} passing before it): ${error instanceof Failure ? error.message : error.stack || error}`);
    process.exit(1);
  },
);
