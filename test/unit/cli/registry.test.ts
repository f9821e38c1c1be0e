// The formatter seam: every format is registered once, --format and --help
// read the registry, and the two formats added through it (junit, unix)
// hold their structure on real and hostile plans.
import { spawnSync } from 'child_process';
import * as assert from 'assert';
import * as path from 'path';
import { FORMATTERS } from '../../../src/cli/formatters';
import { CLI, FIXTURES, fixture, runCli, scratch } from './support';
import { parseXml, type XmlElement } from './xml';

interface JsonFinding {
  ruleId: string;
  name: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
}
interface JsonResult {
  file: string;
  verdict: string;
  score: { overall: number };
  findings: JsonFinding[];
}

function jsonResults(args: string[], cwd = FIXTURES): JsonResult[] {
  return JSON.parse(runCli([...args, '-f', 'json'], { cwd }).stdout).results;
}

describe('the formatter registry', () => {
  it('names every format once per command, the default first', () => {
    assert.deepStrictEqual(
      FORMATTERS.check.map((f) => f.name),
      ['stylish', 'json', 'sarif', 'markdown', 'junit', 'unix'],
    );
    assert.deepStrictEqual(
      FORMATTERS.summary.map((f) => f.name),
      ['table', 'json', 'markdown', 'html'],
    );
  });

  it('is what --help lists, with each format’s description', () => {
    const help = runCli(['--help']).stdout;
    assert.match(help, /^ {2}-f, --format NAME {5}check: stylish \(default\), json, sarif, markdown, junit, unix$/m);
    assert.match(help, /^ {24}summary: table \(default\), json, markdown, html$/m);
    assert.match(help, /^ {2}poc-readiness init \[FILE\.poc\.yaml\] /m);
    assert.match(help, /^ {6}--stdin {11}read one plan from standard input/m);
    assert.match(help, /^ {6}--stdin-filename NAME$/m);
    for (const command of ['check', 'summary'] as const) {
      for (const f of FORMATTERS[command]) assert.match(help, new RegExp(`^ {2}${command} -f ${f.name} +${f.description.replace(/[().*+?[\]|\\]/g, '\\$&')}$`, 'm'));
    }
  });

  it('is what --format accepts', () => {
    for (const f of FORMATTERS.check) assert.notStrictEqual(runCli(['plans', '-f', f.name]).code, 2, f.name);
    for (const f of FORMATTERS.summary) assert.notStrictEqual(runCli(['summary', 'plans', '-f', f.name]).code, 2, f.name);
  });

  it('loads crypto only when SARIF is asked for', () => {
    const dir = scratch({ 'hook.js': "process.on('exit', () => require('fs').writeSync(2, JSON.stringify(process.moduleLoadList.includes('NativeModule crypto'))));\n" });
    try {
      const cryptoLoaded = (format: string) => spawnSync(process.execPath, ['-r', path.join(dir.dir, 'hook.js'), CLI, 'plans', '-f', format], { cwd: FIXTURES, encoding: 'utf8' }).stderr;
      assert.deepStrictEqual(
        FORMATTERS.check.map((f) => [f.name, cryptoLoaded(f.name)]),
        FORMATTERS.check.map((f) => [f.name, String(f.name === 'sarif')]),
      );
    } finally {
      dir.remove();
    }
  });
});

describe('--format junit', () => {
  let run: ReturnType<typeof runCli>;
  let root: XmlElement;
  let results: JsonResult[];
  let suites: XmlElement[];
  before(() => {
    run = runCli(['plans', 'almost', '-f', 'junit']);
    root = parseXml(run.stdout);
    results = jsonResults(['plans', 'almost']);
    suites = root.children;
  });

  it('exits as check does', () => {
    assert.deepStrictEqual([run.code, run.stderr], [1, '']);
  });

  it('is one <testsuites> holding one <testsuite> per plan, in the report’s order', () => {
    assert.strictEqual(root.name, 'testsuites');
    assert.strictEqual(root.attributes.name, 'poc-readiness');
    assert.deepStrictEqual(
      suites.map((s) => [s.name, s.attributes.name]),
      results.map((r) => ['testsuite', r.file]),
    );
  });

  it('has a readiness case per plan, failing when it is not ready, then a case per finding', () => {
    suites.forEach((suite, i) => {
      const result = results[i];
      const [readiness, ...cases] = suite.children;
      assert.strictEqual(readiness.attributes.name, 'readiness');
      assert.deepStrictEqual(
        readiness.children.map((c) => c.name),
        result.verdict === 'ready' ? [] : ['failure'],
      );
      assert.deepStrictEqual(
        cases.map((c) => c.attributes.name),
        result.findings.map((f) => `${f.ruleId} ${f.name} at ${f.line}:${f.column}`),
      );
      cases.forEach((c, j) => {
        const f = result.findings[j];
        const [body] = c.children;
        assert.strictEqual(body.name, f.severity === 'info' ? 'system-out' : 'failure');
        if (body.name === 'failure') assert.deepStrictEqual([body.attributes.type, body.attributes.message], [f.severity, f.message]);
        assert.ok(body.text.startsWith(`${result.file}:${f.line}:${f.column}: ${f.message}\n`));
      });
    });
  });

  it('counts tests and failures per suite and in total', () => {
    const count = (s: XmlElement) => ({ tests: s.children.length, failures: s.children.filter((c) => c.children.some((b) => b.name === 'failure')).length });
    let tests = 0;
    let failures = 0;
    suites.forEach((suite, i) => {
      const expected = {
        tests: 1 + results[i].findings.length,
        failures: (results[i].verdict === 'ready' ? 0 : 1) + results[i].findings.filter((f) => f.severity !== 'info').length,
      };
      assert.deepStrictEqual(count(suite), expected);
      assert.deepStrictEqual([suite.attributes.tests, suite.attributes.failures, suite.attributes.errors], [String(expected.tests), String(expected.failures), '0']);
      tests += expected.tests;
      failures += expected.failures;
    });
    assert.deepStrictEqual([root.attributes.tests, root.attributes.failures], [String(tests), String(failures)]);
    // Not vacuous: the fixtures have failures, and infos and a ready plan that are not.
    assert.ok(failures > 0 && tests > failures, `${tests} tests, ${failures} failures`);
  });

  it('escapes plan text and file names: markup, quotes and characters XML cannot hold', () => {
    const hostile = `${fixture('plans/ready.poc.yaml')}"</failure><x a='1'> & \\u0001 \\"q\\"": 1\n`;
    const name = `a&b <c> "d" 'e'.poc.yaml`;
    // An unknown key is a note by default, which JUnit leaves out: as a warning it becomes a failure.
    const dir = scratch({ [name]: hostile, '.pocreadiness.yaml': 'rules:\n  POC003: warning\n' });
    try {
      const xml = runCli(['.', '-f', 'junit'], { cwd: dir.dir }).stdout;
      const suite = parseXml(xml).children[0];
      assert.strictEqual(suite.attributes.name, name);
      const unknown = suite.children.find((c) => c.attributes.name.startsWith('POC003'))!.children[0];
      assert.strictEqual(
        unknown.attributes.message,
        jsonResults(['.'], dir.dir)[0]
          .findings.find((f) => f.ruleId === 'POC003')!
          .message.replace('\u0001', '\\u0001'),
      );
      assert.ok(unknown.attributes.message.includes(`</failure><x a='1'> & \\u0001 "q"`));
    } finally {
      dir.remove();
    }
  });
});

describe('--format unix', () => {
  // The expression the `$poc-readiness` problem matcher uses (package.json).
  const LINE = /^(.+?):(\d+):(\d+): (error|warning|info): (.*) \[(POC\d{3})\]$/;

  it('prints each finding on one line the problem matcher reads, then each plan’s readiness and the totals', () => {
    const run = runCli(['plans', 'almost', '-f', 'unix']);
    const results = jsonResults(['plans', 'almost']);
    const totals = JSON.parse(runCli(['plans', 'almost', '-f', 'json']).stdout).totals;
    const lines = run.stdout.split('\n');
    const findings = lines.filter((l) => LINE.test(l)).map((l) => LINE.exec(l)!.slice(1));
    assert.deepStrictEqual(
      findings,
      results.flatMap((r) => r.findings.map((f) => [r.file, String(f.line), String(f.column), f.severity, f.message, f.ruleId])),
    );
    assert.deepStrictEqual(
      lines.filter((l) => !LINE.test(l)),
      [
        ...results.map((r) => `${r.file}: ${r.verdict === 'ready' ? 'ready' : 'not ready'}, overall ${r.score.overall}`),
        `1 of 3 plans ready for approval, ${totals.errors} errors, ${totals.warnings} warnings, ${totals.infos} infos`,
        '',
      ],
    );
    assert.strictEqual(run.code, 1);
  });

  it('keeps a file name with colons and spaces whole', () => {
    const dir = scratch({ 'q3: a b.poc.yaml': fixture('almost/almost-ready.poc.yaml') });
    try {
      const [first] = runCli(['.', '-f', 'unix'], { cwd: dir.dir }).stdout.split('\n');
      assert.deepStrictEqual(LINE.exec(first)!.slice(1, 4), ['q3: a b.poc.yaml', '38', '1']);
    } finally {
      dir.remove();
    }
  });
});
