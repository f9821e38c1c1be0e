// The bundles ship the lexicons' phrases as numbers in one deflated table
// (scripts/bundles.mjs, src/engine/lexicon/packed.ts); the tests of the rules
// run the compiled sources, which keep them inline. This checks that the two
// read every corpus plan alike: the same findings, ids and words.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../../src/engine';
import { ROOT, runCli } from './support';

const CORPUS = path.join(ROOT, 'test/corpus');

interface Reported {
  file: string;
  findings: Array<{ ruleId: string; messageId: string; message: string }>;
}

describe('the bundle with packed lexicons', function () {
  this.timeout(120_000);

  it('does not carry the phrases as text', () => {
    const bundle = fs.readFileSync(path.join(ROOT, 'dist/cli.js'), 'utf8');
    // A phrase of the deferral lexicon, and an example sentence, as written in the source.
    assert.ok(!bundle.includes('(follows|will follow|comes) after the (pilot|poc|trial)'), 'a phrase is inline in dist/cli.js');
    assert.ok(!bundle.includes('Change management follows after the pilot'), 'an example sentence is in dist/cli.js');
  });

  it('finds in every corpus plan what the compiled sources find', () => {
    const plans = fs
      .readdirSync(CORPUS)
      .filter((f) => f.endsWith('.poc.yaml'))
      .sort();
    const today = new Date().toISOString().slice(0, 10);
    const run = runCli(['-f', 'json', '--today', today, ...plans.map((f) => path.join(CORPUS, f))]);
    const results = (JSON.parse(run.stdout) as { results: Reported[] }).results;
    assert.strictEqual(results.length, plans.length);
    const key = (f: { ruleId: string; messageId: string; message: string }) => `${f.ruleId} ${f.messageId} ${f.message}`;
    for (const result of results) {
      const own = lint(fs.readFileSync(result.file, 'utf8'), { today }).findings.map(key).sort();
      assert.deepStrictEqual(result.findings.map(key).sort(), own, result.file);
    }
  });
});
