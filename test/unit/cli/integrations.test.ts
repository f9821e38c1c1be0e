// The CI integrations: the GitHub Action (action.yml), the pre-commit hook
// (.pre-commit-hooks.yaml) and the VS Code problem matcher (package.json).
// Their files are parsed as their hosts parse them, and what they run is
// run: the action's scripts with bash, the hook's entry on real plans, the
// matcher's expression over the CLI's real output.
import { spawnSync } from 'child_process';
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { formatterNames } from '../../../src/cli/formatters';
import { FIXTURES, ROOT, runCli, scratch } from './support';

interface ActionStep {
  name: string;
  if?: string;
  uses?: string;
  shell?: string;
  env?: Record<string, string>;
  run?: string;
  with?: Record<string, string>;
}
interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required: boolean; default: string }>;
  runs: { using: string; steps: ActionStep[] };
}

const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;
const step = (name: string) => action.runs.steps.find((s) => s.name === name)!;

/** The step's script as the runner runs it: bash, with its env's `${{ inputs.* }}` and `${{ github.action_path }}` filled in. */
function runStep(s: ActionStep, inputs: Record<string, string>, cwd: string) {
  const values: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) values[`inputs.${name}`] = inputs[name] ?? input.default;
  values['github.action_path'] = ROOT;
  const env: Record<string, string> = { ...(process.env as Record<string, string>), NO_COLOR: '1' };
  for (const [name, expression] of Object.entries(s.env ?? {})) {
    env[name] = expression.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, key: string) => {
      assert.ok(key in values, `${s.name}: unknown expression ${key}`);
      return values[key];
    });
  }
  const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', s.run!], { cwd, env, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the GitHub Action (action.yml)', () => {
  it('is a composite action with inputs for paths, format, --require-ready and SARIF', () => {
    assert.strictEqual(action.runs.using, 'composite');
    assert.deepStrictEqual(Object.keys(action.inputs), ['paths', 'format', 'require-ready', 'max-warnings', 'config', 'sarif-file', 'upload-sarif', 'node-version']);
    assert.deepStrictEqual(Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default])), {
      paths: '.',
      format: 'stylish',
      'require-ready': 'false',
      'max-warnings': '',
      config: '',
      'sarif-file': '',
      'upload-sarif': 'false',
      'node-version': '20',
    });
    for (const [name, input] of Object.entries(action.inputs)) assert.ok(input.description.length > 20, `${name} has no description`);
  });

  it('never puts an expression inside a script, and runs every script in bash', () => {
    for (const s of action.runs.steps.filter((s) => s.run)) {
      assert.doesNotMatch(s.run!, /\$\{\{/, `${s.name}: inputs must reach the script through env`);
      assert.strictEqual(s.shell, 'bash', s.name);
    }
  });

  it('writes SARIF only when asked, then uploads it to code scanning only when asked', () => {
    assert.strictEqual(step('Write the SARIF report').if, "inputs.sarif-file != ''");
    const upload = step('Upload the SARIF report');
    assert.strictEqual(upload.if, "inputs.sarif-file != '' && inputs.upload-sarif == 'true'");
    assert.match(upload.uses!, /^github\/codeql-action\/upload-sarif@v\d+$/);
    assert.strictEqual(upload.with!.sarif_file, '${{ inputs.sarif-file }}');
    const names = action.runs.steps.map((s) => s.name);
    assert.ok(names.indexOf('Upload the SARIF report') < names.indexOf('Check the plans'), 'the upload must come before the step that fails the job');
  });

  it('checks the plans with the given paths (globs left to the checker), format and --require-ready', () => {
    const check = step('Check the plans');
    const run = runStep(check, { paths: 'plans/*.poc.yaml\nalmost', format: 'json', 'require-ready': 'true' }, FIXTURES);
    const direct = runCli(['check', 'plans/*.poc.yaml', 'almost', '--format', 'json', '--require-ready']);
    assert.deepStrictEqual(run, direct);
    assert.strictEqual(JSON.parse(run.stdout).results.length, 3);
  });

  it('passes exit 0 on a ready plan, 1 on a plan not ready with --require-ready, and --max-warnings and --config through', () => {
    const check = step('Check the plans');
    assert.strictEqual(runStep(check, { paths: 'plans/ready.poc.yaml', 'require-ready': 'true' }, FIXTURES).code, 0);
    const notReady = runStep(check, { paths: 'almost', 'require-ready': 'true', config: 'lenient.yaml' }, scratchWith({ 'lenient.yaml': 'rules:\n  POC124: off\n' }));
    assert.deepStrictEqual([notReady.code, notReady.stderr], [1, 'poc-readiness: 1 plan not ready for approval (--require-ready)\n']);
    const tooMany = runStep(check, { paths: 'almost', 'max-warnings': '0', config: 'lenient.yaml' }, scratchWith({ 'lenient.yaml': 'rules:\n  POC124: off\n' }));
    const warnings = JSON.parse(runCli(['almost', '--rule', 'POC124:off', '--format', 'json']).stdout).totals.warnings;
    assert.deepStrictEqual([tooMany.code, tooMany.stderr], [1, `poc-readiness: too many warnings: ${warnings}, the maximum is 0 (--max-warnings)\n`]);
  });

  it('writes the SARIF report despite findings, and fails that step only when nothing could be checked', () => {
    const dir = scratchWith({});
    const sarif = step('Write the SARIF report');
    const run = runStep(sarif, { paths: 'plans almost', 'sarif-file': 'out/results.sarif' }, dir);
    assert.strictEqual(run.code, 2, 'out/ does not exist yet');
    fs.mkdirSync(path.join(dir, 'out'));
    assert.deepStrictEqual(runStep(sarif, { paths: 'plans almost', 'sarif-file': 'out/results.sarif' }, dir), { code: 0, stdout: '', stderr: '' });
    const log = JSON.parse(fs.readFileSync(path.join(dir, 'out/results.sarif'), 'utf8'));
    assert.strictEqual(log.version, '2.1.0');
    assert.ok(log.runs[0].results.length > 0);
    assert.strictEqual(runStep(sarif, { paths: 'nowhere', 'sarif-file': 'out/x.sarif' }, dir).code, 2);
  });

  // Scratch copies of the fixtures, removed after the suite.
  const scratches: Array<{ remove(): void }> = [];
  function scratchWith(files: Record<string, string>): string {
    const plans = Object.fromEntries(['plans/ready.poc.yaml', 'plans/bad.poc.yaml', 'almost/almost-ready.poc.yaml'].map((f) => [f, fs.readFileSync(path.join(FIXTURES, f), 'utf8')]));
    const dir = scratch({ ...plans, ...files });
    scratches.push(dir);
    return dir.dir;
  }
  after(() => scratches.forEach((s) => s.remove()));
});

describe('the pre-commit hook (.pre-commit-hooks.yaml)', () => {
  const [hook] = parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>;

  it('is a node hook that passes the staged plans to the checker', () => {
    assert.strictEqual(hook.id, 'poc-readiness');
    assert.strictEqual(hook.language, 'node');
    assert.strictEqual(hook.pass_filenames, true);
    const [command, ...args] = String(hook.entry).split(' ');
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.ok(command in manifest.bin, `${command} is not a bin of the package`);
    assert.deepStrictEqual(args, ['check']);
  });

  it('selects plan files in any case and nothing else (its files expression, as Python reads it)', () => {
    const source = String(hook.files);
    assert.ok(source.startsWith('(?i)'));
    const files = new RegExp(source.slice(4), 'i');
    const names = ['plans/a.poc.yaml', 'b.poc.yml', 'C.POC.YAML', 'notes.yaml', 'a.poc.yaml.bak', 'apoc.yaml'];
    assert.deepStrictEqual(
      names.filter((n) => files.test(n)),
      ['plans/a.poc.yaml', 'b.poc.yml', 'C.POC.YAML'],
    );
  });

  it('fails on a staged plan with errors and passes on a clean one, as its entry runs', () => {
    const [, ...args] = String(hook.entry).split(' ');
    assert.strictEqual(runCli([...args, 'plans/ready.poc.yaml']).code, 0);
    assert.strictEqual(runCli([...args, 'plans/ready.poc.yaml', 'plans/bad.poc.yaml']).code, 1);
  });
});

describe('the $poc-readiness problem matcher (package.json)', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const [matcher] = manifest.contributes.problemMatchers;
  const { pattern } = matcher;
  const regexp = new RegExp(pattern.regexp);

  it('is named poc-readiness, reads paths relative to the workspace folder, and a task type uses it', () => {
    assert.deepStrictEqual([matcher.name, matcher.owner, matcher.fileLocation], ['poc-readiness', 'poc-readiness', ['relative', '${workspaceFolder}']]);
    assert.deepStrictEqual(
      manifest.contributes.taskDefinitions.map((t: { type: string }) => t.type),
      ['poc-readiness'],
    );
  });

  it('captures file, line, column, severity, message and rule of every finding in the CLI’s unix output', () => {
    const unix = runCli(['plans', 'almost', '-f', 'unix']).stdout.split('\n');
    const json = JSON.parse(runCli(['plans', 'almost', '-f', 'json']).stdout);
    const captured = unix.flatMap((line) => {
      const m = regexp.exec(line);
      return m ? [{ file: m[pattern.file], line: Number(m[pattern.line]), column: Number(m[pattern.column]), severity: m[pattern.severity], message: m[pattern.message], code: m[pattern.code] }] : [];
    });
    const expected = json.results.flatMap((r: { file: string; findings: Array<{ line: number; column: number; severity: string; message: string; ruleId: string }> }) =>
      r.findings.map((f) => ({ file: r.file, line: f.line, column: f.column, severity: f.severity, message: f.message, code: f.ruleId })),
    );
    assert.ok(expected.length > 10);
    assert.deepStrictEqual(captured, expected);
    // Each captured file is a real path relative to the folder the task runs in.
    for (const c of captured) assert.ok(fs.existsSync(path.join(FIXTURES, c.file)), c.file);
    // VS Code reads these severities; nothing else may reach it.
    assert.deepStrictEqual([...new Set(captured.map((c) => c.severity))].sort(), ['error', 'info', 'warning']);
  });
});

describe('docs/ci.md', () => {
  const doc = fs.readFileSync(path.join(ROOT, 'docs/ci.md'), 'utf8');
  const tableRows = (heading: string) => {
    const start = doc.indexOf(heading);
    assert.ok(start >= 0, heading);
    const rows: string[] = [];
    for (const line of doc.slice(start).split('\n').slice(1)) {
      if (line.startsWith('| `')) rows.push(/^\| `([^`]+)`/.exec(line)![1]);
      else if (rows.length && !line.startsWith('|')) break;
    }
    return rows;
  };

  it('documents every input of the action', () => {
    assert.deepStrictEqual(tableRows('Inputs:'), Object.keys(action.inputs));
  });

  it('documents every check format, as the registry has them', () => {
    assert.deepStrictEqual(tableRows('| `--format` | For |'), formatterNames('check'));
  });

  it('uses the hook id and the matcher name that exist', () => {
    assert.match(doc, /- id: poc-readiness\n/);
    assert.match(doc, /"problemMatcher": "\$poc-readiness"/);
  });
});
