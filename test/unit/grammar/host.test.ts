import * as assert from 'assert';
import * as path from 'path';
import type { IGrammar } from 'vscode-textmate';
import { assertScope, loadPlanGrammar, ROOT, SCOPES, scopesOf, tokenize } from './support';

// With a host YAML grammar registered as source.yaml, the plan grammar hands
// it only what its own patterns leave, and the host never takes over the file.
describe('plan grammar with a host YAML grammar', () => {
  const ANCHOR = 'variable.other.anchor.yaml';
  let hosted: IGrammar;
  let standalone: IGrammar;
  before(async () => {
    hosted = await loadPlanGrammar({ 'source.yaml': path.join(ROOT, 'test/unit/grammar/fixtures/host-yaml.tmLanguage.json') });
    standalone = await loadPlanGrammar();
  });

  it('lets the host scope what the plan grammar does not cover (an anchor)', () => {
    const lines = tokenize(hosted, 'owner: &lead Head of operations');
    assertScope(lines, 0, 'owner', SCOPES.sectionKey);
    assertScope(lines, 0, 'lead', ANCHOR);
  });

  it('leaves that text unscoped without a host, keeping the rest of the line', () => {
    const lines = tokenize(standalone, 'owner: &lead Head of operations # who decides');
    assert.deepStrictEqual(scopesOf(lines, 0, '&'), []);
    assertScope(lines, 0, 'who decides', SCOPES.comment);
  });

  it('keeps plan scopes on the lines after a hand-off', () => {
    const lines = tokenize(hosted, ['owner: &lead Head of operations', 'hypothesis:', '  statement: TODO'].join('\n'));
    assertScope(lines, 1, 'hypothesis', SCOPES.sectionKey);
    assertScope(lines, 2, 'TODO', SCOPES.placeholder);
  });

  it('never lets the host claim the document from its first character', () => {
    for (const text of ['&top\npoc: Triage\n  statement: TODO', '\npoc: Triage\n  statement: TODO']) {
      const lines = tokenize(hosted, text);
      for (const token of lines.flat()) assert.ok(!token.scopes.includes('meta.claimed-by-host.yaml'), `host claimed ${JSON.stringify(text)}`);
      assertScope(lines, 1, 'poc', SCOPES.sectionKey);
      assertScope(lines, 2, 'TODO', SCOPES.placeholder);
    }
  });
});
