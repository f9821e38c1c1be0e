// Smoke test: the extension loads in a real VS Code and claims POC plan files,
// and the harness's screenshots work.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { EXTENSION_ID, openFixture, screenshot, waitFor } from './helpers';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A harness without screenshots (test-electron) returns no file; one with them must return a PNG. */
function assertPngOrNone(file: string | undefined): void {
  if (file === undefined) return;
  assert.deepStrictEqual(fs.readFileSync(file).subarray(0, 8), PNG_SIGNATURE, `${file} is not a PNG`);
}

describe('smoke', () => {
  it('activates on a *.poc.yaml file and marks it as a POC plan', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);

    const document = await openFixture('smoke.poc.yaml');
    assert.strictEqual(document.languageId, 'poc-plan');
    await waitFor(() => extension.isActive, { message: `${EXTENSION_ID} to activate` });

    assertPngOrNone(await screenshot('smoke-plan-open'));
    assertPngOrNone(await screenshot('smoke-plan-editor', '.editor-instance'));
  });

  it('leaves an ordinary YAML file to the YAML language', async () => {
    const document = await openFixture('plain.yaml');
    assert.strictEqual(document.languageId, 'yaml');
  });
});
