// Issue 12's CLI defects, each reproduced: a report written over a plan,
// output that grows with the square of a key, a full disk, a device as a
// plan, terminal controls and line breaks from plan text or file names,
// unencoded SARIF URIs and a dangling symbolic link stopping a run.
import { spawnSync } from 'child_process';
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { CLI, FIXTURES, fixture, runCli, scratch } from './support';
import { parseXml } from './xml';

const PLAN = fixture('plans/ready.poc.yaml');
/** What must never reach a terminal: ESC and the other C0/C1 controls but the line feeds between rows, and bidi controls. */
// eslint-disable-next-line no-control-regex -- an ANSI colour code starts with ESC
const ANSI_COLOR = /\u001b\[\d+m/g;
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('the CLI never overwrites an input with its report', () => {
  function assertRefused(args: string[], files: Record<string, string>, stderr: string) {
    const dir = scratch(files);
    try {
      const run = runCli(args, { cwd: dir.dir });
      assert.deepStrictEqual(run, { code: 2, stdout: '', stderr });
      for (const [name, text] of Object.entries(files)) assert.strictEqual(fs.readFileSync(path.join(dir.dir, name), 'utf8'), text, `${name} changed`);
      assert.deepStrictEqual(fs.readdirSync(dir.dir).sort(), Object.keys(files).sort(), 'a file was created');
    } finally {
      dir.remove();
    }
  }

  it('refuses -o onto the plan it checks', () => {
    assertRefused(
      ['check', 'plan.poc.yaml', '-o', 'plan.poc.yaml'],
      { 'plan.poc.yaml': PLAN },
      'poc-readiness: --output plan.poc.yaml: a report is never written to a plan file (*.poc.yaml, *.poc.yml, *.poc.md); choose another name\n',
    );
  });

  it('refuses -o onto any *.poc.yaml or *.poc.yml, even a new one the next run would lint as a plan', () => {
    assertRefused(
      ['plan.poc.yaml', '-f', 'json', '-o', 'report.POC.yml'],
      { 'plan.poc.yaml': PLAN },
      'poc-readiness: --output report.POC.yml: a report is never written to a plan file (*.poc.yaml, *.poc.yml, *.poc.md); choose another name\n',
    );
  });

  it('refuses -o onto a plan named otherwise, or onto the config', () => {
    assertRefused(['plan.yaml', '-o', './plan.yaml'], { 'plan.yaml': PLAN }, 'poc-readiness: --output ./plan.yaml: that is a plan being checked; the report would replace it\n');
    assertRefused(
      ['p.poc.yaml', '-o', '.pocreadiness.yaml'],
      { 'p.poc.yaml': PLAN, '.pocreadiness.yaml': 'rules: {}\n' },
      'poc-readiness: --output .pocreadiness.yaml: that is the config file; the report would replace it\n',
    );
  });
});

describe('stylish with absurd keys', () => {
  const KEY = 'k'.repeat(50_000);
  const dir = scratch({ 'wide.poc.yaml': `${PLAN}${KEY}: 1\n` });
  after(() => dir.remove());

  it('stays small: the 50,000-character key is clipped and the column is capped, not padded to it', () => {
    const run = runCli(['wide.poc.yaml'], { cwd: dir.dir });
    assert.strictEqual(run.code, 1);
    const rows = run.stdout.split('\n').filter((l) => /POC\d{3}$/.test(l));
    const unknown = rows.find((l) => l.includes('Unknown key `kkkk'));
    assert.match(unknown ?? '', /k… {2}POC003$/, run.stdout.slice(0, 2000));
    assert.ok(run.stdout.length < 2_000, `stylish printed ${run.stdout.length} characters`);
    assert.ok(Math.max(...rows.map((l) => l.length)) < 400, 'a row is wider than the capped columns allow');
  });

  it('keeps the whole message in the machine formats', () => {
    const findings = JSON.parse(runCli(['wide.poc.yaml', '-f', 'json'], { cwd: dir.dir }).stdout).results[0].findings;
    assert.ok(findings.some((f: { message: string }) => f.message.includes(KEY)));
  });
});

describe('standard output that cannot be written', () => {
  it('a full device is one line on stderr and exit 2, not a stack trace and exit 1', function () {
    if (!fs.existsSync('/dev/full')) this.skip();
    const run = spawnSync('sh', ['-c', `exec "${process.execPath}" "${CLI}" check plans > /dev/full`], { cwd: FIXTURES, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.deepStrictEqual([run.status, run.stderr], [2, 'poc-readiness: standard output: cannot write the report (no space left on the device)\n']);
  });

  it('-o onto a full device is exit 2 as well', function () {
    if (!fs.existsSync('/dev/full')) this.skip();
    assert.deepStrictEqual(runCli(['plans', '-o', '/dev/full']), { code: 2, stdout: '', stderr: 'poc-readiness: /dev/full: cannot write the report (no space left on the device)\n' });
  });

  it('a reader that stops early (| head) is no error', () => {
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" check plans --rule POC112:off | head -c 10 > /dev/null; echo "exit $?"`], { cwd: FIXTURES, encoding: 'utf8' });
    assert.strictEqual(run.stderr, '');
  });
});

describe('paths that are not regular files', () => {
  it('refuses a device instead of reading it forever', function () {
    if (!fs.existsSync('/dev/zero')) this.skip();
    const run = spawnSync(process.execPath, [CLI, 'check', '/dev/zero'], { cwd: FIXTURES, encoding: 'utf8', timeout: 60_000 });
    assert.deepStrictEqual([run.status, run.stdout, run.stderr], [2, '', 'poc-readiness: /dev/zero: not a regular file\n']);
  });

  it('refuses a FIFO without opening it (an open would wait for a writer)', function () {
    const dir = scratch({});
    try {
      const fifo = spawnSync('mkfifo', [path.join(dir.dir, 'pipe.poc.yaml')]);
      if (fifo.status !== 0) this.skip();
      const run = spawnSync(process.execPath, [CLI, 'pipe.poc.yaml'], { cwd: dir.dir, encoding: 'utf8', timeout: 60_000 });
      assert.deepStrictEqual([run.status, run.stderr], [2, 'poc-readiness: pipe.poc.yaml: not a regular file\n']);
    } finally {
      dir.remove();
    }
  });

  it('reads no more than maxBytes + 1 of a huge file: it is reported as too large, not read whole', function () {
    // 3 GB, sparse: more than Node can read into one buffer, so reading it whole fails.
    const dir = scratch({ '.pocreadiness.yaml': 'thresholds:\n  maxBytes: 10000\n' });
    try {
      const file = path.join(dir.dir, 'huge.poc.yaml');
      fs.writeFileSync(file, PLAN.repeat(10));
      try {
        fs.truncateSync(file, 3 * 1024 ** 3);
      } catch {
        this.skip();
      }
      const run = runCli(['huge.poc.yaml', '-f', 'json'], { cwd: dir.dir });
      assert.strictEqual(run.stderr, '');
      const [finding] = JSON.parse(run.stdout).results[0].findings;
      assert.match(finding.message, /over the 10 KB limit \(`maxBytes`\): it was not checked/);
    } finally {
      dir.remove();
    }
  });
});

describe('plan text and file names that would act on the terminal', () => {
  // An escape sequence in a key, a bidi override in the owner and in a value, a line break in a key and in the file name.
  const HOSTILE = PLAN.replace('owner: Head of operations analytics', 'owner: "Head \\u202Eof\\u202C operations"') + '"\\e[31mred\\e[0m": 1\n"p95\\nlatency": 2\n"\\u009b2J": 3\n';
  const NAME = 'a\u001b[2Jb\nc.poc.yaml';
  // Unknown keys are only notes by default: as warnings, every format shows them.
  const dir = scratch({ [NAME]: HOSTILE, 'plain.poc.yaml': HOSTILE, '.pocreadiness.yaml': 'rules:\n  POC003: warning\n' });
  after(() => dir.remove());

  for (const args of [[], ['--no-color'], ['--color'], ['-f', 'unix'], ['summary'], ['-f', 'markdown']]) {
    it(`shows them escaped in ${args.join(' ') || 'stylish'}, one row per finding`, () => {
      const run = runCli([...args, '.'], { cwd: dir.dir });
      const text = args.includes('--color') ? run.stdout.replace(ANSI_COLOR, '') : run.stdout;
      assert.doesNotMatch(text, CONTROLS);
      if (args[0] !== 'summary') assert.ok(text.includes('\\u001b[31mred\\u001b[0m'), text);
      // Markdown turns the line break into a space itself.
      assert.ok(text.includes(args[1] === 'markdown' ? 'a\\u001b\\[2Jb c.poc.yaml' : 'a\\u001b[2Jb\\u000ac.poc.yaml'), 'the file name, escaped');
    });
  }

  it('writes them as escapes in the JSON and SARIF text and as references in JUnit, the same data to a reader', () => {
    const original = (JSON.parse(runCli(['plain.poc.yaml', '-f', 'json'], { cwd: dir.dir }).stdout).results[0].findings as { message: string }[]).map((f) => f.message);
    assert.ok(original.some((m) => m.includes('\u001b[31mred')) && original.some((m) => m.includes('\u009b2J')), 'the report keeps the keys as they are');
    for (const args of [
      ['-f', 'json'],
      ['-f', 'sarif'],
      ['-f', 'junit'],
      ['summary', '-f', 'json'],
    ]) {
      const run = runCli([...args, '.'], { cwd: dir.dir });
      assert.doesNotMatch(run.stdout, CONTROLS, args.join(' '));
    }
    const sarif = JSON.parse(runCli(['plain.poc.yaml', '-f', 'sarif'], { cwd: dir.dir }).stdout).runs[0].results.map((r: { message: { text: string } }) => r.message.text);
    assert.deepStrictEqual(sarif, original);
    const junit = parseXml(runCli(['plain.poc.yaml', '-f', 'junit'], { cwd: dir.dir }).stdout).children[0].children.slice(1);
    const messages = junit.map((c) => c.children[0].attributes.message ?? c.children[0].text.split('\n')[0].replace(/^[^ ]+ /, ''));
    assert.deepStrictEqual(
      messages,
      original.map((m) => m.replaceAll('\u001b', '\\u001b')),
    );
  });

  it('keeps each stylish finding and each summary row on one line', () => {
    const stylish = runCli(['plain.poc.yaml'], { cwd: dir.dir }).stdout.split('\n');
    assert.strictEqual(stylish.filter((l) => /^ +\d+:\d+ /.test(l)).length, stylish.filter((l) => /POC\d{3}$/.test(l)).length);
    assert.ok(stylish.some((l) => /Unknown key `p95\\u000alatency`/.test(l)));
    const summary = runCli(['summary', '.'], { cwd: dir.dir }).stdout.split('\n');
    assert.strictEqual(summary.filter((l) => / (not )?ready +\d+ /.test(l)).length, 2, summary.join('\n'));
  });

  it('escapes a file name in the errors on stderr too', () => {
    const run = runCli(['gone\u001b]0;pwned\u0007.poc.yaml']);
    assert.deepStrictEqual(run, { code: 2, stdout: '', stderr: 'poc-readiness: gone\\u001b]0;pwned\\u0007.poc.yaml: no such file or directory\n' });
  });
});

describe('SARIF file locations', () => {
  it('are relative URIs with #, ?, % and spaces encoded, resolving to the file', () => {
    const name = 'odd #1 ?50%.poc.yaml';
    const dir = scratch({ [`sub dir/${name}`]: PLAN });
    try {
      const log = JSON.parse(runCli(['.', '-f', 'sarif'], { cwd: dir.dir }).stdout);
      const uri = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
      assert.strictEqual(uri, 'sub%20dir/odd%20%231%20%3F50%25.poc.yaml');
      const base = log.runs[0].originalUriBaseIds['%SRCROOT%'].uri;
      assert.strictEqual(fileURLToPath(new URL(uri, base)), path.join(fs.realpathSync(dir.dir), 'sub dir', name));
    } finally {
      dir.remove();
    }
  });
});

describe('plans outside the working directory', () => {
  it('named by an absolute path, are reported under it, and SARIF gives them an absolute file URI', () => {
    const dir = scratch({ 'far away/p#1.poc.yaml': PLAN });
    try {
      const file = path.join(fs.realpathSync(dir.dir), 'far away/p#1.poc.yaml');
      const [result] = JSON.parse(runCli([file, '-f', 'json']).stdout).results;
      assert.strictEqual(result.file, file.split(path.sep).join('/'));
      const location = JSON.parse(runCli([file, '-f', 'sarif']).stdout).runs[0].results[0].locations[0].physicalLocation.artifactLocation;
      assert.deepStrictEqual(Object.keys(location), ['uri']);
      assert.strictEqual(fileURLToPath(location.uri), file);
    } finally {
      dir.remove();
    }
  });

  it('named by a relative path, stay relative', () => {
    const run = runCli(['../almost/almost-ready.poc.yaml', '-f', 'json'], { cwd: path.join(FIXTURES, 'plans') });
    assert.strictEqual(JSON.parse(run.stdout).results[0].file, '../almost/almost-ready.poc.yaml');
  });
});

describe('symbolic links in a searched directory', () => {
  it('skips one that leads nowhere with a warning and checks the rest', () => {
    const dir = scratch({ 'plans/ok.poc.yaml': PLAN });
    try {
      fs.symlinkSync('missing.poc.yaml', path.join(dir.dir, 'plans/gone.poc.yaml'));
      fs.symlinkSync('ok.poc.yaml', path.join(dir.dir, 'plans/alias.poc.yaml'));
      const run = runCli(['plans', '-f', 'json'], { cwd: dir.dir });
      assert.strictEqual(run.code, 0);
      assert.strictEqual(run.stderr, 'poc-readiness: warning: plans/gone.poc.yaml: a symbolic link that leads nowhere, skipped\n');
      assert.deepStrictEqual(
        JSON.parse(run.stdout).results.map((r: { file: string }) => r.file),
        ['plans/alias.poc.yaml', 'plans/ok.poc.yaml'],
      );
    } finally {
      dir.remove();
    }
  });

  it('still stops on one named on the command line', () => {
    const dir = scratch({});
    try {
      fs.symlinkSync('missing.poc.yaml', path.join(dir.dir, 'gone.poc.yaml'));
      assert.deepStrictEqual(runCli(['gone.poc.yaml'], { cwd: dir.dir }), { code: 2, stdout: '', stderr: 'poc-readiness: gone.poc.yaml: no such file or directory\n' });
    } finally {
      dir.remove();
    }
  });
});
