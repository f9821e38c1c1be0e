import * as assert from 'assert';
import { assertGolden } from '../golden';
import { fixture, runCli, scratch } from './support';

// test/fixtures/cli/almost/almost-ready.poc.yaml is the ready plan with three
// gaps: no users.in_workflow, a one-week pilot, no production budget. Its whole
// report (wording, scores) is the golden test/golden/cli/almost.stylish.txt.
const ALMOST_GOLDEN = 'cli/almost.stylish.txt';

/** How many warnings `check` counts for these arguments, read from its own JSON report. */
function warnings(args: readonly string[]): number {
  return JSON.parse(runCli([...args, '--format', 'json']).stdout).totals.warnings;
}

describe('poc-readiness check (stylish)', () => {
  it('prints findings grouped by file, 1-based and aligned, with the readiness line and totals, and exits 1 on an error', () => {
    const run = runCli(['check', 'almost']);
    assertGolden(ALMOST_GOLDEN, run.stdout);
    // The shape, whatever the rules say: file heading, `line:column  severity  message  id` rows, the readiness line and the totals.
    const lines = run.stdout.split('\n');
    assert.strictEqual(lines[0], 'almost/almost-ready.poc.yaml');
    const rows = lines.slice(
      1,
      lines.findIndex((l) => /^ {2}[✔✖] /.test(l)),
    );
    assert.ok(rows.length > 0 && rows.every((l) => /^ +\d+:\d+ {2}(error|warning|info) +\S.* {2}POC\d{3}$/.test(l)), rows.join('\n'));
    assert.strictEqual(new Set(rows.map((l) => l.lastIndexOf(' POC'))).size, 1, 'the rule ids line up');
    assert.match(
      run.stdout,
      /^ {2}✖ not ready {2}overall \d+ · technical \d+ · operational \d+ · organizational \d+\n\n✖ \d+ problems \(1 error, \d+ warnings, \d+ infos?\)\n0 of 1 plan ready for approval\n$/m,
    );
    assert.strictEqual(run.stderr, '');
    assert.strictEqual(run.code, 1);
  });

  it('treats a bare path like `check <path>` and searches the current directory when given none', () => {
    assert.strictEqual(runCli(['almost']).stdout, runCli(['check', 'almost']).stdout);
    const all = runCli([]);
    assert.match(all.stdout, /^almost\/almost-ready\.poc\.yaml$/m);
    assert.match(all.stdout, /^plans\/bad\.poc\.yaml$/m);
    assert.match(all.stdout, /^plans\/ready\.poc\.yaml$/m);
    assert.match(all.stdout, /^1 of 3 plans ready for approval$/m);
  });

  it('exits 0 on a ready plan whose only finding is an info', () => {
    const run = runCli(['plans/ready.poc.yaml']);
    assert.strictEqual(run.code, 0);
    assert.match(run.stdout, /^ {2}✔ ready {2}overall \d+ · technical \d+ · operational \d+ · organizational \d+$/m);
    assert.match(run.stdout, /^✖ \d+ problems? \(0 errors, \d+ warnings?, \d+ infos?\)$/m);
    assertGolden('cli/ready.stylish.txt', run.stdout);
  });

  it('reports a plan that is not valid YAML as an error finding (exit 1), not as a usage error', () => {
    const dir = scratch({ 'broken.poc.yaml': 'poc: [unclosed\n' });
    try {
      const run = runCli(['broken.poc.yaml'], { cwd: dir.dir });
      assert.strictEqual(run.code, 1);
      assert.match(run.stdout, /error .*POC001$/m);
    } finally {
      dir.remove();
    }
  });

  it('--quiet keeps only the errors', () => {
    const rows = runCli(['almost', '--quiet'])
      .stdout.split('\n')
      .filter((l) => /POC\d{3}$/.test(l));
    const errors = JSON.parse(runCli(['almost', '--format', 'json']).stdout)
      .results[0].findings.filter((f: { severity: string }) => f.severity === 'error')
      .map((f: { ruleId: string }) => f.ruleId);
    assert.ok(errors.length > 0, 'the almost-ready plan has an error');
    assert.deepStrictEqual(
      rows.map((l) => l.slice(-6)),
      errors,
    );
  });

  it('--rule changes a severity on the command line', () => {
    const run = runCli(['almost', '--rule', 'POC124:off', '--rule=users/pilot-duration:error']);
    assert.strictEqual(run.code, 1);
    assert.doesNotMatch(run.stdout, /POC124/);
    assert.match(run.stdout, /^ {2}43:19 {2}error {4}`users\.duration_weeks` is 1/m);
  });

  it('exits 0 with warnings alone, and 1 once they exceed --max-warnings, saying why on stderr', () => {
    const base = ['almost', '--rule', 'POC124:off'];
    const n = warnings(base);
    assert.ok(n >= 1, 'the almost-ready plan has warnings');
    assert.strictEqual(runCli(base).code, 0);
    assert.strictEqual(runCli([...base, '--max-warnings', String(n)]).code, 0);
    const over = runCli([...base, '--max-warnings', String(n - 1)]);
    assert.strictEqual(over.code, 1);
    assert.strictEqual(over.stderr, `poc-readiness: too many warnings: ${n}, the maximum is ${n - 1} (--max-warnings)\n`);
  });

  it('--quiet hides the warnings but they still count for --max-warnings, as in ESLint', () => {
    const n = warnings(['almost', '--rule', 'POC124:off']);
    const run = runCli(['almost', '--rule', 'POC124:off', '--quiet', '--max-warnings', '0']);
    assert.strictEqual(run.code, 1);
    assert.strictEqual(run.stderr, `poc-readiness: too many warnings: ${n}, the maximum is 0 (--max-warnings)\n`);
    assert.doesNotMatch(run.stdout, /warning|POC07[23]/);
    assert.strictEqual(runCli(['almost', '--rule', 'POC124:off', '--quiet', '--max-warnings', String(n)]).code, 0);
    const json = runCli(['almost', '--rule', 'POC124:off', '--quiet', '--max-warnings', String(n - 1), '--format', 'json']);
    assert.strictEqual(json.code, 1);
    assert.deepStrictEqual(JSON.parse(json.stdout).results[0].findings, []);
  });

  it('--require-ready exits 1 when a plan is not ready even without errors', () => {
    const run = runCli(['almost', '--rule', 'POC124:off', '--require-ready']);
    assert.strictEqual(run.code, 1);
    assert.strictEqual(run.stderr, 'poc-readiness: 1 plan not ready for approval (--require-ready)\n');
    assert.strictEqual(runCli(['plans/ready.poc.yaml', '--require-ready']).code, 0);
  });

  describe('colour', () => {
    const RED = '\u001b[31m';
    it('is off with NO_COLOR even when FORCE_COLOR is set', () => {
      assert.ok(!runCli(['almost'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout.includes('\u001b['));
    });
    it('is on with FORCE_COLOR when stdout is not a terminal', () => {
      assert.ok(runCli(['almost'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout.includes(`${RED}error`));
    });
    it('is off by default when stdout is a pipe', () => {
      assert.ok(!runCli(['almost'], { env: { NO_COLOR: '' } }).stdout.includes('\u001b['));
    });
    it('follows --color and --no-color over the environment', () => {
      assert.ok(runCli(['almost', '--color']).stdout.includes(`${RED}error`));
      assert.ok(!runCli(['almost', '--no-color'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout.includes('\u001b['));
    });
  });
});

describe('the shared .pocreadiness.yaml', () => {
  const plan = fixture('almost/almost-ready.poc.yaml');

  it('is read from the working directory', () => {
    const dir = scratch({ 'p.poc.yaml': plan, '.pocreadiness.yaml': 'rules:\n  POC073: off\n' });
    try {
      const run = runCli(['p.poc.yaml'], { cwd: dir.dir });
      assert.doesNotMatch(run.stdout, /POC073/);
      assert.match(run.stdout, /POC072/);
    } finally {
      dir.remove();
    }
  });

  it('--config names another file, and --rule wins over it', () => {
    const dir = scratch({ 'p.poc.yaml': plan, 'ci/strict.yaml': 'rules:\n  users/pilot-duration: error\n  POC073: off\n' });
    try {
      const run = runCli(['p.poc.yaml', '--config', 'ci/strict.yaml', '--rule', 'POC073:info'], { cwd: dir.dir });
      assert.match(run.stdout, /^ +43:19 +error +`users\.duration_weeks`/m);
      assert.match(run.stdout, /^ +38:1 +info +`users\.in_workflow`/m);
    } finally {
      dir.remove();
    }
  });

  it('a bad config is exit 2 with one line per problem naming the file, and no report', () => {
    const dir = scratch({ 'p.poc.yaml': plan, '.pocreadiness.yaml': 'rules:\n  POC999: off\nthresholds:\n  minPilotWeeks: soon\n' });
    try {
      const run = runCli(['p.poc.yaml'], { cwd: dir.dir });
      assert.strictEqual(run.code, 2);
      assert.strictEqual(run.stdout, '');
      assert.strictEqual(
        run.stderr,
        'poc-readiness: .pocreadiness.yaml: rules.POC999: unknown rule\n' + 'poc-readiness: .pocreadiness.yaml: thresholds.minPilotWeeks: must be a number of 0 or more\n',
      );
    } finally {
      dir.remove();
    }
  });

  it('a --config file that does not exist is exit 2', () => {
    const run = runCli(['almost', '--config', 'nowhere.yaml']);
    assert.strictEqual(run.code, 2);
    assert.strictEqual(run.stderr, 'poc-readiness: nowhere.yaml: no such file or directory\n');
  });

  it('an unknown rule or severity in --rule is exit 2', () => {
    const run = runCli(['almost', '--rule', 'POC999:off', '--rule', 'users/pilot-duration:sometimes']);
    assert.strictEqual(run.code, 2);
    assert.strictEqual(run.stderr, 'poc-readiness: --rule POC999: unknown rule\n' + 'poc-readiness: --rule users/pilot-duration: must be off, info, warning or error, not "sometimes"\n');
  });
});
