// Smoke test: the extension loads in a real VS Code and claims POC plan files.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, openFixture, screenshot, waitFor } from './helpers';

describe('smoke', () => {
  it('activates on a *.poc.yaml file and marks it as a POC plan', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);

    const document = await openFixture('smoke.poc.yaml');
    assert.strictEqual(document.languageId, 'poc-plan');
    await waitFor(() => extension.isActive, { message: `${EXTENSION_ID} to activate` });

    await screenshot('smoke-plan-open');
  });

  it('leaves an ordinary YAML file to the YAML language', async () => {
    const document = await openFixture('plain.yaml');
    assert.strictEqual(document.languageId, 'yaml');
  });
});
