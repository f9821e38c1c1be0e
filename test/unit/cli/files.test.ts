import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { globToRegExp } from '../../../src/cli/glob';
import { CLI, fixture, runCli, scratch } from './support';

const PLAN = fixture('plans/ready.poc.yaml');

function files(stylish: string): string[] {
  return stylish.split('\n').filter((l) => /\.poc\.ya?ml$/.test(l));
}

describe('which plans the CLI reads', () => {
  it('searches directories for *.poc.yaml and *.poc.yml, skipping node_modules and dot-directories', () => {
    const dir = scratch({
      'a/one.poc.yaml': PLAN,
      'a/deep/two.poc.yml': PLAN,
      'a/notes.yaml': 'not a plan',
      'a/node_modules/dep/three.poc.yaml': PLAN,
      'a/.cache/four.poc.yaml': PLAN,
    });
    try {
      assert.deepStrictEqual(files(runCli(['a'], { cwd: dir.dir }).stdout), ['a/deep/two.poc.yml', 'a/one.poc.yaml']);
    } finally {
      dir.remove();
    }
  });

  it('expands *, ** and ? itself, and deduplicates paths named twice', () => {
    assert.deepStrictEqual(files(runCli(['plans/*.poc.yaml', 'plans/bad.poc.yaml']).stdout), ['plans/bad.poc.yaml', 'plans/ready.poc.yaml']);
    assert.deepStrictEqual(files(runCli(['**/ready.poc.yaml']).stdout), ['plans/ready.poc.yaml']);
    assert.deepStrictEqual(files(runCli(['plans/ba?.poc.yaml']).stdout), ['plans/bad.poc.yaml']);
  });

  it('turns globs into anchored expressions where only ** crosses directories', () => {
    assert.ok(globToRegExp('plans/**/*.poc.yaml').test('plans/a/b/x.poc.yaml'));
    assert.ok(globToRegExp('plans/**/*.poc.yaml').test('plans/x.poc.yaml'));
    assert.ok(!globToRegExp('plans/*.poc.yaml').test('plans/a/x.poc.yaml'));
    assert.ok(!globToRegExp('p?.poc.yaml').test('p/.poc.yaml'));
    assert.ok(!globToRegExp('a.poc.yaml').test('abpoc.yaml'));
  });

  it('reads a file named explicitly whatever its extension', () => {
    const dir = scratch({ 'plan.yaml': PLAN });
    try {
      assert.strictEqual(JSON.parse(runCli(['plan.yaml', '-f', 'json'], { cwd: dir.dir }).stdout).results[0].file, 'plan.yaml');
    } finally {
      dir.remove();
    }
  });
});

describe('paths that cannot be checked (exit 2, one line each naming the path, no report)', () => {
  function assertFails(args: string[], stderr: string, cwd?: string) {
    const run = runCli(args, cwd ? { cwd } : {});
    assert.deepStrictEqual(run, { code: 2, stdout: '', stderr });
  }

  it('a missing file', () => {
    assertFails(['plans/gone.poc.yaml'], 'poc-readiness: plans/gone.poc.yaml: no such file or directory\n');
  });

  it('a directory without plans', () => {
    const dir = scratch({ 'empty/readme.md': '# nothing here' });
    try {
      assertFails(['empty'], 'poc-readiness: empty: no *.poc.yaml, *.poc.yml or *.poc.md files found\n', dir.dir);
    } finally {
      dir.remove();
    }
  });

  it('a glob that matches no plan', () => {
    assertFails(['plans/*.poc.yml'], 'poc-readiness: plans/*.poc.yml: no *.poc.yaml, *.poc.yml or *.poc.md files match\n');
  });

  it('a binary file', () => {
    const dir = scratch({ 'image.poc.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]) });
    try {
      assertFails(['image.poc.yaml'], 'poc-readiness: image.poc.yaml: not a text file (binary content)\n', dir.dir);
    } finally {
      dir.remove();
    }
  });

  it('a file it may not read', function () {
    // Root reads files whatever their mode, so as root the CLI runs as `nobody`.
    const runuser = ['/usr/sbin/runuser', '/sbin/runuser'].find((p) => fs.existsSync(p));
    const asRoot = process.getuid?.() === 0;
    if (asRoot && !runuser) this.skip();
    // `nobody` may not reach this checkout (a clone inside `mktemp -d` is mode 700), so the
    // bundle runs from a copy beside the plan, in a temporary directory everyone can enter.
    const dir = scratch({ 'secret.poc.yaml': PLAN, 'cli.js': fs.readFileSync(CLI) });
    try {
      fs.chmodSync(dir.dir, 0o755);
      fs.chmodSync(path.join(dir.dir, 'cli.js'), 0o644);
      fs.chmodSync(path.join(dir.dir, 'secret.poc.yaml'), 0o000);
      const cli = path.join(dir.dir, 'cli.js');
      const as = asRoot ? { as: [runuser!, '-u', 'nobody', '--'] } : {};
      // The same user reads a readable plan: only the mode makes the difference.
      fs.writeFileSync(path.join(dir.dir, 'open.poc.yaml'), PLAN, { mode: 0o644 });
      assert.strictEqual(runCli(['open.poc.yaml'], { cwd: dir.dir, cli, ...as }).code, 0);
      const run = runCli(['secret.poc.yaml'], { cwd: dir.dir, cli, ...as });
      assert.deepStrictEqual(run, { code: 2, stdout: '', stderr: 'poc-readiness: secret.poc.yaml: permission denied\n' });
    } finally {
      dir.remove();
    }
  });

  it('several at once, each on its own line', () => {
    const dir = scratch({ 'ok.poc.yaml': PLAN, 'bin.poc.yaml': Buffer.from('poc: x\0') });
    try {
      assertFails(
        ['ok.poc.yaml', 'missing.poc.yaml', 'bin.poc.yaml'],
        'poc-readiness: missing.poc.yaml: no such file or directory\npoc-readiness: bin.poc.yaml: not a text file (binary content)\n',
        dir.dir,
      );
    } finally {
      dir.remove();
    }
  });
});

describe('--output', () => {
  it('writes the report to the file and prints nothing', () => {
    const dir = scratch({});
    try {
      const out = path.join(dir.dir, 'report.sarif');
      const run = runCli(['plans', '-f', 'sarif', '-o', out]);
      assert.deepStrictEqual([run.code, run.stdout, run.stderr], [1, '', '']);
      assert.strictEqual(fs.readFileSync(out, 'utf8'), runCli(['plans', '-f', 'sarif']).stdout);
    } finally {
      dir.remove();
    }
  });

  it('is exit 2 when the file cannot be written', () => {
    const run = runCli(['plans', '--output', 'no/such/dir/report.json']);
    assert.deepStrictEqual(run, { code: 2, stdout: '', stderr: 'poc-readiness: no/such/dir/report.json: cannot write the report (its directory does not exist)\n' });
  });
});

describe('usage', () => {
  it('--help prints usage and exits 0', () => {
    const run = runCli(['--help']);
    assert.strictEqual(run.code, 0);
    assert.match(run.stdout, /^Usage:$/m);
    assert.match(run.stdout, /--format NAME/);
    assert.strictEqual(runCli(['summary', '-h']).stdout, run.stdout);
  });

  it('--version prints the package version', () => {
    const pkg = JSON.parse(fixture('../../../package.json'));
    assert.deepStrictEqual(runCli(['--version']), { code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    assert.strictEqual(runCli(['-v']).stdout, `${pkg.version}\n`);
  });

  for (const [args, message] of [
    [['--fix'], 'unknown option --fix (see --help)'],
    [['--format', 'xml'], 'unknown format "xml" for check (use stylish, json, sarif, markdown, junit, unix)'],
    [['--format'], '--format needs a value'],
    [['--max-warnings', 'many'], '--max-warnings must be a whole number of zero or more, not "many"'],
    [['--rule', 'POC072'], '--rule POC072: write it as RULE:SEVERITY, e.g. POC072:off'],
    [['-o', 'a.txt', '-o', 'b.txt'], '--output given more than once'],
  ] as const) {
    it(`${args.join(' ')} is a usage error (exit 2)`, () => {
      assert.deepStrictEqual(runCli([...args]), { code: 2, stdout: '', stderr: `poc-readiness: ${message}\n` });
    });
  }
});
