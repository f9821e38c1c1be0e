import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the module object itself, so the test can stand in for setFlagsFromString
import v8 = require('v8');
import { V8_FLAGS, v8FlagsFor, YOUNG_GENERATION_CAP_KIB, youngGenerationCap } from '../../../src/cli/v8Flags';
import { CLI, ROOT } from './support';

describe('the CLI sets its V8 flags unless switched off', () => {
  it('sets the interrupt budget by default, and nothing with POC_READINESS_V8_FLAGS=off', () => {
    assert.deepStrictEqual(v8FlagsFor({}), ['--interrupt-budget=270336']);
    assert.deepStrictEqual(v8FlagsFor({ POC_READINESS_V8_FLAGS: 'on' }), V8_FLAGS);
    assert.deepStrictEqual(v8FlagsFor({ POC_READINESS_V8_FLAGS: 'off' }), []);
  });

  it('caps the young generation once it has grown to two 4 MiB semi-spaces, once, and not with POC_READINESS_V8_FLAGS=off', () => {
    const set: string[] = [];
    const real = v8.setFlagsFromString;
    (v8 as { setFlagsFromString: (flag: string) => void }).setFlagsFromString = (flag) => void set.push(flag);
    try {
      const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.space_size;
      const off = youngGenerationCap({ POC_READINESS_V8_FLAGS: 'off' });
      off();
      assert.deepStrictEqual(set, []);
      const cap = youngGenerationCap({});
      cap();
      cap();
      assert.deepStrictEqual(set, young >= YOUNG_GENERATION_CAP_KIB * 1024 ? ['--semi-space-growth-factor=1'] : []);
    } finally {
      (v8 as { setFlagsFromString: (flag: string) => void }).setFlagsFromString = real;
    }
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

  // The condition for keeping a runtime V8 flag: a run much longer than the bench's, the same report.
  it('reports the same with and without them over 5,000 generated plans', function () {
    this.timeout(300_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-v8flags-'));
    try {
      const plans = path.join(dir, 'plans');
      const generate = `import(${JSON.stringify(path.join(ROOT, 'bench/generate-plans.mjs'))}).then((m) => m.generatePlans(${JSON.stringify(plans)}, 5000))`;
      assert.strictEqual(spawnSync(process.execPath, ['-e', generate], { encoding: 'utf8' }).status, 0);
      const check = (env: NodeJS.ProcessEnv) =>
        spawnSync(process.execPath, [CLI, 'check', plans, '-f', 'json', '--today', '2026-11-25'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1', ...env } });
      const tuned = check({});
      const plain = check({ POC_READINESS_V8_FLAGS: 'off' });
      assert.strictEqual(tuned.stderr, plain.stderr);
      assert.strictEqual(tuned.status, plain.status);
      assert.strictEqual(JSON.parse(tuned.stdout).totals.plans, 5000);
      assert.ok(tuned.stdout === plain.stdout, 'the reports differ');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
