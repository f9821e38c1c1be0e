import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { V8_FLAGS, v8FlagsFor } from '../../../src/cli/v8Flags';
import { CLI, ROOT } from './support';

describe('the CLI sets its V8 flags unless switched off', () => {
  it('sets the interrupt budget by default, and nothing with POC_READINESS_V8_FLAGS=off', () => {
    assert.deepStrictEqual(v8FlagsFor({}), ['--interrupt-budget=270336']);
    assert.deepStrictEqual(v8FlagsFor({ POC_READINESS_V8_FLAGS: 'on' }), V8_FLAGS);
    assert.deepStrictEqual(v8FlagsFor({ POC_READINESS_V8_FLAGS: 'off' }), []);
  });

  it('reports the same with and without them', () => {
    const check = (env: NodeJS.ProcessEnv) =>
      spawnSync(process.execPath, [CLI, 'check', path.join(ROOT, 'examples'), '-f', 'json'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
    const tuned = check({});
    const plain = check({ POC_READINESS_V8_FLAGS: 'off' });
    assert.strictEqual(tuned.stderr, '');
    assert.strictEqual(tuned.status, plain.status);
    assert.ok(JSON.parse(tuned.stdout).totals.plans > 0);
    assert.strictEqual(tuned.stdout, plain.stdout);
  });
});
