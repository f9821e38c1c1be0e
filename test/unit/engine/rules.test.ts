import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint, RULE_METAS } from '../../../src/engine';
import { BASE_OPTIONS, golden, ROOT, RULE_FIXTURES } from './support';

// Golden files are written with UPDATE_GOLDEN=1 and reviewed in the diff; a
// plain run only compares.
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function fixture(id: string, name: string): string {
  return fs.readFileSync(path.join(RULE_FIXTURES, id, name), 'utf8');
}

function optionsFor(id: string) {
  const file = path.join(RULE_FIXTURES, id, 'options.json');
  return fs.existsSync(file) ? { ...BASE_OPTIONS, ...JSON.parse(fs.readFileSync(file, 'utf8')) } : BASE_OPTIONS;
}

describe('rules against their fixtures', () => {
  for (const meta of RULE_METAS) {
    describe(`${meta.id} ${meta.name}`, () => {
      it('flags its "flags" fixture with exactly the golden findings', () => {
        const findings = lint(fixture(meta.id, 'flags.poc.yaml'), optionsFor(meta.id)).findings.filter((f) => f.ruleId === meta.id);
        const actual = findings.map(golden);
        const file = path.join(RULE_FIXTURES, meta.id, 'expected.json');
        if (UPDATE) fs.writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
        assert.ok(actual.length > 0, `${meta.id} reports nothing on its flags fixture`);
        assert.deepStrictEqual(actual, JSON.parse(fs.readFileSync(file, 'utf8')));
      });

      it('passes its "passes" fixture', () => {
        const findings = lint(fixture(meta.id, 'passes.poc.yaml'), BASE_OPTIONS).findings.filter((f) => f.ruleId === meta.id);
        assert.deepStrictEqual(findings.map(golden), []);
      });

      it('has docs', () => {
        const docs = fs.readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8');
        assert.ok(docs.includes(`<a id="${meta.id.toLowerCase()}"></a>`), `docs/rules.md has no anchor for ${meta.id}`);
        assert.ok(docs.includes(meta.rationale), `docs/rules.md does not carry ${meta.id}'s rationale (run npm run generate)`);
      });
    });
  }

  it('every fixture folder belongs to a rule', () => {
    const ids = new Set(RULE_METAS.map((m) => m.id));
    for (const dir of fs.readdirSync(RULE_FIXTURES)) assert.ok(ids.has(dir), `${dir} has fixtures but no rule`);
  });

  it('rule ids and names are unique, and every message-bearing rule has a rationale', () => {
    const ids = RULE_METAS.map((m) => m.id);
    const names = RULE_METAS.map((m) => m.name);
    assert.strictEqual(new Set(ids).size, ids.length);
    assert.strictEqual(new Set(names).size, names.length);
    for (const m of RULE_METAS) assert.ok(m.rationale.length > 40, `${m.id} needs a rationale`);
  });
});
