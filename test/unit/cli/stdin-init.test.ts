// `--stdin` (with `--stdin-filename`, as in ESLint) and `init`, end to end
// through the built CLI.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { renderPlan } from '../../../src/engine';
import { fixture, runCli, scratch } from './support';

const ALMOST = fixture('almost/almost-ready.poc.yaml');

describe('--stdin', () => {
  it('lints the plan on standard input exactly as the same file, under the name --stdin-filename gives', () => {
    const fromFile = runCli(['almost/almost-ready.poc.yaml', '-f', 'json']);
    const fromStdin = runCli(['--stdin', '--stdin-filename', 'almost/almost-ready.poc.yaml', '-f', 'json'], { input: ALMOST });
    assert.deepStrictEqual([fromStdin.code, fromStdin.stderr], [fromFile.code, '']);
    assert.deepStrictEqual(JSON.parse(fromStdin.stdout), JSON.parse(fromFile.stdout));
  });

  it('reports the plan as <stdin> without a name, and reads the working directory’s config', () => {
    const dir = scratch({ '.pocreadiness.yaml': 'rules:\n  POC124: off\n' });
    try {
      const run = runCli(['check', '--stdin'], { cwd: dir.dir, input: ALMOST });
      assert.strictEqual(run.code, 0);
      assert.match(run.stdout, /^<stdin>$/m);
      assert.doesNotMatch(run.stdout, /POC124/);
      assert.match(run.stdout, /POC072$/m);
    } finally {
      dir.remove();
    }
  });

  it('works with summary, and an empty input is an empty plan', () => {
    const rows = JSON.parse(runCli(['summary', '--stdin', '-f', 'json'], { input: ALMOST }).stdout).plans;
    assert.deepStrictEqual(
      rows.map((r: { file: string; overall: number }) => r.file),
      ['<stdin>'],
    );
    const empty = runCli(['--stdin', '-f', 'json'], { input: '' });
    assert.strictEqual(empty.code, 1);
    assert.strictEqual(JSON.parse(empty.stdout).results[0].verdict, 'not_ready');
  });

  it('refuses binary input, paths beside it, and --stdin-filename alone (exit 2)', () => {
    assert.deepStrictEqual(runCli(['--stdin'], { input: Buffer.from([0x50, 0x00, 0x4b]) }), { code: 2, stdout: '', stderr: 'poc-readiness: <stdin>: not a text file (binary content)\n' });
    assert.deepStrictEqual(runCli(['--stdin', 'plans']), { code: 2, stdout: '', stderr: 'poc-readiness: --stdin reads one plan from standard input: give no paths with it\n' });
    assert.deepStrictEqual(runCli(['--stdin-filename', 'x.poc.yaml', 'plans']), {
      code: 2,
      stdout: '',
      stderr: 'poc-readiness: --stdin-filename names the plan read with --stdin: give --stdin too\n',
    });
  });

  it('reads at most maxBytes + 1 of it: a larger plan is reported as too large', () => {
    const dir = scratch({ '.pocreadiness.yaml': 'thresholds:\n  maxBytes: 10000\n' });
    try {
      const run = runCli(['--stdin', '-f', 'json'], { cwd: dir.dir, input: ALMOST.repeat(20) });
      assert.match(JSON.parse(run.stdout).results[0].findings[0].message, /^This plan is 10 KB, over the 10 KB limit/);
    } finally {
      dir.remove();
    }
  });
});

describe('poc-readiness init', () => {
  it('writes a starter plan and a commented config that the CLI then reads without a config error', () => {
    const dir = scratch({});
    try {
      const run = runCli(['init'], { cwd: dir.dir });
      assert.deepStrictEqual(run, { code: 0, stdout: 'Wrote plan.poc.yaml and .pocreadiness.yaml. Fill in its TODOs, then run: poc-readiness check\n', stderr: '' });
      const plan = fs.readFileSync(path.join(dir.dir, 'plan.poc.yaml'), 'utf8');
      // The engine's template, the one "New POC Plan" inserts.
      assert.strictEqual(plan, `${renderPlan().text}\n`);
      assert.match(plan, /^poc: TODO/);
      const config = fs.readFileSync(path.join(dir.dir, '.pocreadiness.yaml'), 'utf8');
      assert.ok(
        config.split('\n').every((l) => l === '' || l.startsWith('#')),
        'every line of the starter config is a comment',
      );
      assert.match(config, /^# {3}minPilotWeeks: 2 +# a pilot shorter than this many weeks is flagged$/m);
      const check = runCli(['-f', 'json'], { cwd: dir.dir });
      // The untouched template is a form (one note per section), yet it fails the check as its errors would.
      assert.strictEqual(
        check.stderr,
        'poc-readiness: plan.poc.yaml: sections still as the template wrote them hide errors: Title, Hypothesis and decision, Data pipeline, Edge cases, Users, Production plan (the gate) (write into them to see each finding)\n',
      );
      const [result] = JSON.parse(check.stdout).results;
      assert.deepStrictEqual([check.code, result.file, result.verdict], [1, 'plan.poc.yaml', 'not_ready']);
    } finally {
      dir.remove();
    }
  });

  it('a commented line of the config, uncommented, is a working setting', () => {
    const dir = scratch({});
    try {
      runCli(['init'], { cwd: dir.dir });
      const file = path.join(dir.dir, '.pocreadiness.yaml');
      const config = fs
        .readFileSync(file, 'utf8')
        .replace('# rules:', 'rules:')
        .replace('#   POC072: info', '  POC072: info')
        .replace('# thresholds:', 'thresholds:')
        .replace('#   minPilotWeeks: 2', '  minPilotWeeks: 3');
      fs.writeFileSync(file, config);
      fs.writeFileSync(path.join(dir.dir, 'plan.poc.yaml'), ALMOST);
      const finding = JSON.parse(runCli(['-f', 'json'], { cwd: dir.dir }).stdout).results[0].findings.find((f: { ruleId: string }) => f.ruleId === 'POC072');
      // The threshold reaches the rule as its data (the wording is the rule's messages.json golden).
      assert.deepStrictEqual([finding.severity, finding.messageId, finding.data.min], ['info', 'short', 3]);
    } finally {
      dir.remove();
    }
  });

  it('never overwrites: an existing file is named on stderr and left byte for byte, the other one is still written', () => {
    const dir = scratch({ 'plan.poc.yaml': ALMOST });
    try {
      const run = runCli(['init'], { cwd: dir.dir });
      assert.deepStrictEqual(run, {
        code: 0,
        stdout: 'Wrote .pocreadiness.yaml.\n',
        stderr: 'poc-readiness: plan.poc.yaml already exists; left as it is\n',
      });
      assert.strictEqual(fs.readFileSync(path.join(dir.dir, 'plan.poc.yaml'), 'utf8'), ALMOST);
      const again = runCli(['init'], { cwd: dir.dir });
      assert.deepStrictEqual(again, { code: 0, stdout: '', stderr: 'poc-readiness: plan.poc.yaml already exists; left as it is\npoc-readiness: .pocreadiness.yaml already exists; left as it is\n' });
    } finally {
      dir.remove();
    }
  });

  it('takes another plan name, and refuses a name that is not a plan’s, or options', () => {
    const dir = scratch({});
    try {
      assert.strictEqual(runCli(['init', 'pilots/q3.poc.yml'], { cwd: dir.dir }).code, 2, 'pilots/ does not exist');
      fs.mkdirSync(path.join(dir.dir, 'pilots'));
      assert.strictEqual(runCli(['init', 'pilots/q3.poc.yml'], { cwd: dir.dir }).code, 0);
      assert.ok(fs.existsSync(path.join(dir.dir, 'pilots/q3.poc.yml')));
      assert.deepStrictEqual(runCli(['init', 'notes.md'], { cwd: dir.dir }), { code: 2, stdout: '', stderr: "poc-readiness: notes.md: a plan's name ends in .poc.yaml or .poc.yml\n" });
      assert.deepStrictEqual(runCli(['init', '-f', 'json'], { cwd: dir.dir }), { code: 2, stdout: '', stderr: 'poc-readiness: --format applies to check and summary, not init\n' });
    } finally {
      dir.remove();
    }
  });
});
