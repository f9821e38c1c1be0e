// Entry point VS Code loads as `extensionTestsPath`: runs every compiled
// `*.test.js` under this folder with mocha inside the extension host.
// Harness-agnostic: scripts/vscode-web-test.mjs (VS Code server + browser) and
// scripts/electron-test.mjs (@vscode/test-electron) both load this module and
// read the outcome from the returned promise.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    // Output reaches the harness as console messages (web) or a captured
    // stdout (electron); escape codes would only clutter both.
    color: false,
    // A real editor is slow to open documents and compute diagnostics on a
    // 2-core CI machine.
    timeout: 60_000,
  });

  const files = fs
    .readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .sort();
  for (const file of files) mocha.addFile(path.join(__dirname, file));

  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // A suite that found nothing to run must not pass as green.
      if (runner.stats?.tests === 0) reject(new Error(`No integration tests ran (looked for *.test.js under ${__dirname}).`));
      else if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
      else resolve();
    });
  });
}
