import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runCli, scratch } from '../cli/support';
import { ROOT } from '../engine/support';

// The CLI reads *.poc.md wherever it reads *.poc.yaml, and `convert` turns
// one format into the other beside the plan, never over an existing file.

const example = (name: string) => fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8');

describe('CLI: Markdown plans', () => {
  it('a folder with a Markdown plan is checked, with findings at Markdown lines', () => {
    const { dir } = scratch({});
    fs.writeFileSync(path.join(dir, 'bad.poc.md'), example('shipping-exceptions-bad.poc.md'));
    const run = runCli(['--format', 'json', '.'], { cwd: dir });
    assert.strictEqual(run.code, 1, run.stderr);
    const [report] = (JSON.parse(run.stdout) as { results: Array<{ file: string; verdict: string; findings: unknown[] }> }).results;
    assert.strictEqual(report.file, 'bad.poc.md');
    assert.strictEqual(report.verdict, 'not_ready');
    const unix = runCli(['--format', 'unix', 'bad.poc.md'], { cwd: dir }).stdout;
    // The statement's finding is on its key line (line 12 of the Markdown, 1-based).
    assert.match(unix, /^bad\.poc\.md:12:\d+: \w+: .*hypothesis\.statement/m);
  });

  it('summary puts YAML and Markdown plans in one portfolio', () => {
    const { dir } = scratch({});
    fs.writeFileSync(path.join(dir, 'good.poc.yaml'), example('shipping-exceptions-good.poc.yaml'));
    fs.writeFileSync(path.join(dir, 'bad.poc.md'), example('shipping-exceptions-bad.poc.md'));
    const run = runCli(['summary', '.'], { cwd: dir });
    assert.match(run.stdout, /bad\.poc\.md/);
    assert.match(run.stdout, /good\.poc\.yaml/);
  });

  it('convert writes the Markdown beside the YAML plan, and back, and the reviews agree', () => {
    const { dir } = scratch({});
    fs.writeFileSync(path.join(dir, 'plan.poc.yaml'), example('shipping-exceptions-bad.poc.yaml'));
    const toMd = runCli(['convert', 'plan.poc.yaml'], { cwd: dir });
    assert.strictEqual(toMd.code, 0, toMd.stderr);
    assert.strictEqual(toMd.stdout, 'Wrote plan.poc.md.\n');
    assert.strictEqual(fs.readFileSync(path.join(dir, 'plan.poc.md'), 'utf8'), example('shipping-exceptions-bad.poc.md'));
    const back = runCli(['convert', 'plan.poc.md', '-o', 'again.poc.yaml'], { cwd: dir });
    assert.strictEqual(back.code, 0, back.stderr);
    const check = (file: string) => runCli(['--format', 'json', file], { cwd: dir });
    const findings = (file: string) =>
      (JSON.parse(check(file).stdout) as { results: Array<{ findings: Array<{ ruleId: string; path: string; message: string }> }> }).results[0].findings
        .map((m) => `${m.ruleId} ${m.path} ${m.message}`)
        .sort();
    assert.deepStrictEqual(findings('again.poc.yaml'), findings('plan.poc.yaml'));
    assert.deepStrictEqual(findings('plan.poc.md'), findings('plan.poc.yaml'));
  });

  it('convert never replaces an existing file, prints with -o -, and names a broken plan', () => {
    const { dir } = scratch({});
    fs.writeFileSync(path.join(dir, 'plan.poc.yaml'), example('shipping-exceptions-bad.poc.yaml'));
    fs.writeFileSync(path.join(dir, 'plan.poc.md'), 'mine\n');
    const refused = runCli(['convert', 'plan.poc.yaml'], { cwd: dir });
    assert.strictEqual(refused.code, 2);
    assert.match(refused.stderr, /plan\.poc\.md already exists; left as it is/);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'plan.poc.md'), 'utf8'), 'mine\n');
    const printed = runCli(['convert', 'plan.poc.yaml', '-o', '-'], { cwd: dir });
    assert.strictEqual(printed.stdout, example('shipping-exceptions-bad.poc.md'));
    fs.writeFileSync(path.join(dir, 'broken.poc.yaml'), 'poc: [unclosed\n');
    const broken = runCli(['convert', 'broken.poc.yaml'], { cwd: dir });
    assert.strictEqual(broken.code, 2);
    assert.match(broken.stderr, /^poc-readiness: broken\.poc\.yaml: the plan is not valid YAML \(line \d+, column \d+\): fix it first/);
    assert.ok(!fs.existsSync(path.join(dir, 'broken.poc.md')));
  });
});
