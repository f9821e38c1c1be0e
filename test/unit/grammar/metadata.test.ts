import * as assert from 'assert';
import type { IGrammar } from 'vscode-textmate';
import { KeyInfo, SECTIONS } from '../../../src/engine';
import { assertScope, loadPlanGrammar, SCOPES, tokenize } from './support';

// The grammar is generated from SECTIONS; these tests fail when the two drift apart.
describe('plan grammar against the section metadata', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadPlanGrammar();
  });

  /** Every key below the top level with the path of keys leading to it. */
  function nestedKeys(infos: readonly KeyInfo[], parents: string[] = []): { info: KeyInfo; parents: string[] }[] {
    return infos.flatMap((info) => [...(parents.length ? [{ info, parents }] : []), ...nestedKeys(info.children ?? [], [...parents, info.key])]);
  }

  /** `info.key: value` written where it belongs, its parents as the lines before it; the key is on the last line. */
  function planLines(parents: string[], key: string, value: string): string[] {
    const lines = parents.map((p, depth) => `${'  '.repeat(depth)}${p}:`);
    return [...lines, `${'  '.repeat(parents.length)}${key}: ${value}`];
  }

  it('gives every top-level key in SECTIONS the section-key scope', () => {
    for (const section of SECTIONS) {
      assertScope(tokenize(grammar, `${section.key}: x`), 0, section.key, SCOPES.sectionKey);
    }
  });

  it('gives every nested key in SECTIONS the known-key scope where it belongs', () => {
    const keys = nestedKeys(SECTIONS);
    assert.ok(keys.length > 40, `expected the plan's nested keys, found ${keys.length}`);
    for (const { info, parents } of keys) {
      const lines = planLines(parents, info.key, 'x');
      assertScope(tokenize(grammar, lines.join('\n')), lines.length - 1, info.key, SCOPES.knownKey);
    }
  });

  it('gives every enum value in SECTIONS the enum scope under its key', () => {
    const enums = nestedKeys(SECTIONS).filter(({ info }) => info.kind === 'enum');
    assert.deepStrictEqual(enums.map(({ info }) => info.key).sort(), ['decision', 'direction', 'kind', 'status']);
    for (const { info, parents } of enums) {
      for (const value of info.values ?? []) {
        const lines = planLines(parents, info.key, value);
        assertScope(tokenize(grammar, lines.join('\n')), lines.length - 1, value, SCOPES.enumValue);
      }
    }
  });
  // Whether the committed grammar is what SECTIONS generates: test/unit/generated.test.ts.
});
