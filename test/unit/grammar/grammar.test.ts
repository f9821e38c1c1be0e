import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { IGrammar } from 'vscode-textmate';
import { assertNoScope, assertScope, loadPlanGrammar, ROOT, SCOPES, scopesOf, tokenize, Token } from './support';

/** Every plan file under `dir`, recursively. */
function plansUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return plansUnder(file);
    return /\.poc\.ya?ml$/.test(entry.name) ? [file] : [];
  });
}

// Standalone: no `source.yaml` is registered, as in a host without a YAML grammar.
describe('plan grammar, standalone', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadPlanGrammar();
  });
  const tok = (...lines: string[]): Token[][] => tokenize(grammar, lines.join('\n'));

  describe('keys', () => {
    it('scopes a top-level section key as a section and as a YAML key', () => {
      const lines = tok('hypothesis:', 'poc: Shipping exception triage');
      assertScope(lines, 0, 'hypothesis', SCOPES.sectionKey);
      assertScope(lines, 0, 'hypothesis', SCOPES.yamlKey);
      assertScope(lines, 1, 'poc', SCOPES.sectionKey);
      assertScope(lines, 1, ':', 'punctuation.separator.key-value.mapping.yaml');
    });

    it('scopes a known key nested under a section, also in a list item', () => {
      const lines = tok('hypothesis:', '  statement: Routes exceptions', 'metrics:', '  - name: Time to resolve');
      assertScope(lines, 1, 'statement', SCOPES.knownKey);
      assertScope(lines, 3, 'name', SCOPES.knownKey);
      assertScope(lines, 3, '-', SCOPES.dash);
    });

    it('scopes a section key that is also a child key (budget.poc) as known when nested', () => {
      const lines = tok('budget:', '  poc: 50000');
      assertScope(lines, 1, 'poc', SCOPES.knownKey);
      assertNoScope(lines, 1, 'poc', SCOPES.sectionKey);
    });

    it('scopes keys the plan format does not know as other keys', () => {
      const lines = tok('notes: free text', 'data:', '  vendor: Acme', 'statement: at the top level');
      assertScope(lines, 0, 'notes', SCOPES.otherKey);
      assertScope(lines, 2, 'vendor', SCOPES.otherKey);
      assertScope(lines, 3, 'statement', SCOPES.otherKey);
      assertScope(lines, 0, 'notes', SCOPES.yamlKey);
    });
  });

  describe('placeholder values', () => {
    const variants = ['TODO', 'todo', 'TBD', '?', '???', 'n/a', 'N/A', '...', '\u2026', '-', 'none yet', 'to be decided', 'TODO something', 'TBD, ask ops', 'TODO2'];
    for (const value of variants) {
      it(`marks \`${value}\` as a placeholder`, () => {
        assert.deepStrictEqual(scopesOf(tok(`owner: ${value}`), 0, value), [SCOPES.placeholder]);
      });
    }

    it('marks a placeholder followed by a comment, leaving the comment a comment', () => {
      const lines = tok('  fallback: TBD # ask the desk');
      assertScope(lines, 0, 'TBD', SCOPES.placeholder);
      assertScope(lines, 0, 'ask the desk', SCOPES.comment);
    });

    it('marks quoted, list-item and flow placeholders', () => {
      const lines = tok('owner: "TODO"', "owner: ' n/a '", '  - TODO', 'known: [TBD, Multi-parcel]', '- {metric: "?", target: TODO}');
      assertScope(lines, 0, 'TODO', SCOPES.placeholder);
      assertScope(lines, 0, 'TODO', 'string.quoted.double.yaml');
      assertScope(lines, 1, 'n/a', SCOPES.placeholder);
      assertScope(lines, 2, 'TODO', SCOPES.placeholder);
      assertScope(lines, 3, 'TBD', SCOPES.placeholder);
      assertNoScope(lines, 3, 'Multi-parcel', SCOPES.placeholder);
      assertScope(lines, 4, '?', SCOPES.placeholder);
      assertScope(lines, 4, 'TODO', SCOPES.placeholder);
    });

    it('marks an explicit null, which the engine also counts as not written', () => {
      assertScope(tok('owner: ~'), 0, '~', SCOPES.placeholder);
      assertScope(tok('owner: null'), 0, 'null', 'constant.language.null.yaml');
    });

    it('leaves text that merely mentions TODO mid-sentence a plain string, as the engine does', () => {
      const lines = tok('  fallback: Items go to the TODO queue', '  pipeline: Todos are exported nightly', '  source: n/a (new)');
      assert.deepStrictEqual(scopesOf(lines, 0, 'Items go to the TODO queue'), [SCOPES.plain]);
      assert.deepStrictEqual(scopesOf(lines, 1, 'Todos are exported nightly'), [SCOPES.plain]);
      assert.deepStrictEqual(scopesOf(lines, 2, 'n/a (new)'), [SCOPES.plain]);
    });
  });

  describe('comments', () => {
    it('scopes a full-line and a trailing comment', () => {
      const lines = tok('# Shipping exception triage', 'poc: Triage # the title');
      assertScope(lines, 0, 'Shipping exception triage', SCOPES.comment);
      assertScope(lines, 0, '#', 'punctuation.definition.comment.yaml');
      assertScope(lines, 1, 'the title', SCOPES.comment);
      assert.deepStrictEqual(scopesOf(lines, 1, 'Triage'), [SCOPES.plain]);
    });

    it('scopes the suppression directives and their rule ids inside the comment', () => {
      const lines = tok('# poc-readiness-disable-next-line POC012', '#poc-readiness-disable POC072, users/in-workflow', '  in_workflow: false  # poc-readiness-disable-next-line');
      assert.deepStrictEqual(scopesOf(lines, 0, 'poc-readiness-disable-next-line'), [SCOPES.comment, SCOPES.suppression]);
      assert.deepStrictEqual(scopesOf(lines, 0, 'POC012'), [SCOPES.comment, SCOPES.ruleId]);
      assertScope(lines, 1, 'poc-readiness-disable', SCOPES.suppression);
      assertScope(lines, 1, 'POC072', SCOPES.ruleId);
      assertScope(lines, 1, 'users/in-workflow', SCOPES.ruleId);
      assertScope(lines, 2, 'poc-readiness-disable-next-line', SCOPES.suppression);
    });

    it('does not treat a near-miss as a directive', () => {
      const lines = tok('# poc-readiness-disabled POC012');
      assert.deepStrictEqual(scopesOf(lines, 0, 'poc-readiness-disabled POC012'), [SCOPES.comment]);
    });

    it('keeps a # inside a quoted string or glued to a word out of comments', () => {
      const lines = tok('    target: "< 20 # per 1,000"', '  system: C#-based router');
      assert.deepStrictEqual(scopesOf(lines, 0, '< 20 # per 1,000'), ['string.quoted.double.yaml']);
      assert.deepStrictEqual(scopesOf(lines, 1, 'C#-based router'), [SCOPES.plain]);
    });
  });

  describe('values', () => {
    it('scopes enum values only where the plan format defines them', () => {
      const lines = tok('  - kind: time_to_completion', '    direction: read_write', '    kind: speed', '    name: accuracy');
      assertScope(lines, 0, 'time_to_completion', SCOPES.enumValue);
      assertScope(lines, 1, 'read_write', SCOPES.enumValue);
      assertScope(lines, 2, 'speed', SCOPES.plain);
      assertScope(lines, 3, 'accuracy', SCOPES.plain);
    });

    it('scopes booleans, numbers and dates only when they are the whole value', () => {
      const lines = tok('  in_poc: true', '  count: 4', '  scoping: 1.5e3', '  decision_date: 2027-03-01', '  volume: 40000 exceptions a month', '  curated: true-ish');
      assertScope(lines, 0, 'true', 'constant.language.boolean.yaml');
      assertScope(lines, 1, '4', 'constant.numeric.integer.yaml');
      assertScope(lines, 2, '1.5e3', 'constant.numeric.float.yaml');
      assertScope(lines, 3, '2027-03-01', 'constant.numeric.date.poc-plan');
      assertScope(lines, 4, '40000 exceptions a month', SCOPES.plain);
      assertScope(lines, 5, 'true-ish', SCOPES.plain);
    });

    it("scopes a block scalar body up to the first line back at the key's indentation", () => {
      const lines = tok(
        'questions:',
        '  technical_feasibility: |-',
        '    Route the live feed for four weeks.',
        '    # not a comment inside a block scalar',
        '',
        '      deeper: still text',
        '  operational_viability: TODO',
      );
      assertScope(lines, 1, '|', 'keyword.control.flow.block-scalar.yaml');
      assertScope(lines, 1, '-', 'storage.modifier.chomping-indicator.yaml');
      assert.deepStrictEqual(scopesOf(lines, 2, 'Route the live feed for four weeks.'), [SCOPES.blockBody]);
      assert.deepStrictEqual(scopesOf(lines, 3, '# not a comment inside a block scalar'), [SCOPES.blockBody]);
      assert.deepStrictEqual(scopesOf(lines, 5, 'deeper: still text'), [SCOPES.blockBody]);
      assertScope(lines, 6, 'operational_viability', SCOPES.knownKey);
      assertScope(lines, 6, 'TODO', SCOPES.placeholder);
    });

    it('ends a block scalar in a list item at the next key of the same item', () => {
      const lines = tok('integrations:', '  - system: >', '      Ticketing', '      (ServiceNow)', '    owner: IT service management');
      assertScope(lines, 1, 'system', SCOPES.knownKey);
      assertScope(lines, 2, 'Ticketing', SCOPES.blockBody);
      assertScope(lines, 3, '(ServiceNow)', SCOPES.blockBody);
      assertScope(lines, 4, 'owner', SCOPES.knownKey);
    });

    it('scopes list items: the dash and the item', () => {
      const lines = tok('  known:', '    - Multi-parcel shipments', '    - "Raised twice: by two carriers"');
      assertScope(lines, 1, '-', SCOPES.dash);
      assert.deepStrictEqual(scopesOf(lines, 1, 'Multi-parcel shipments'), [SCOPES.plain]);
      assertScope(lines, 2, 'Raised twice: by two carriers', 'string.quoted.double.yaml');
    });

    it('scopes a flow map with its keys, separators and values', () => {
      const lines = tok('  success_criteria: [{metric: misroutes per 1,000, target: "< 20"}, {metric: TODO}]');
      assertScope(lines, 0, '[', 'punctuation.definition.sequence.begin.yaml');
      assertScope(lines, 0, '{', 'punctuation.definition.mapping.begin.yaml');
      assertScope(lines, 0, 'metric', SCOPES.knownKey);
      assertScope(lines, 0, 'metric', 'meta.flow-mapping.yaml');
      assertScope(lines, 0, 'misroutes per 1', 'string.unquoted.plain.in.yaml');
      assertScope(lines, 0, ',', 'punctuation.separator.mapping.yaml');
      assertScope(lines, 0, '< 20', 'string.quoted.double.yaml');
      assertScope(lines, 0, 'TODO', SCOPES.placeholder);
      assertScope(lines, 0, ']', 'punctuation.definition.sequence.end.yaml');
    });

    it('continues a multi-line plain scalar as a string, not as keys', () => {
      const lines = tok('  statement: A classifier routes', '    shipping exceptions to the right queue.');
      assert.deepStrictEqual(scopesOf(lines, 1, 'shipping exceptions to the right queue.'), [SCOPES.plain]);
    });
  });

  it('gives every non-blank character of the example and fixture plans a scope', () => {
    const files = [...plansUnder(path.join(ROOT, 'examples')), ...plansUnder(path.join(ROOT, 'test/fixtures'))];
    assert.ok(files.length > 40, `found only ${files.length} plans`);
    for (const file of files) {
      tokenize(grammar, fs.readFileSync(file, 'utf8')).forEach((tokens, line) => {
        const bare = tokens.find((t) => t.scopes.length === 0);
        assert.ok(!bare, `${path.relative(ROOT, file)}:${line + 1}: ${JSON.stringify(bare?.text)} has no scope`);
      });
    }
  });
});
