import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { GRAMMAR_FILE, PLAN_SCOPE, ROOT } from './support';

interface OnEnterRule {
  beforeText: string;
  action: { indent: 'none' | 'indent' | 'outdent' | 'indentOutdent'; appendText?: string };
}

interface LanguageConfiguration {
  comments: { lineComment: string };
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string; notIn?: string[] }[];
  surroundingPairs: [string, string][];
  folding: { offSide: boolean; markers: { start: string; end: string } };
  wordPattern: string;
  indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
  onEnterRules: OnEnterRule[];
}

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as T;

describe('language configuration', () => {
  // Plain JSON: JSON.parse fails on comments or trailing commas.
  const config = readJson<LanguageConfiguration>('language-configuration.json');

  /** What VS Code does on Enter after `line`: the first onEnterRule whose beforeText matches. */
  function onEnter(line: string): OnEnterRule['action'] | undefined {
    return config.onEnterRules.find((rule) => new RegExp(rule.beforeText).test(line))?.action;
  }

  it('comments with #, pairs brackets and quotes like YAML, and folds by indentation', () => {
    assert.strictEqual(config.comments.lineComment, '#');
    assert.deepStrictEqual(config.brackets, [
      ['{', '}'],
      ['[', ']'],
      ['(', ')'],
    ]);
    assert.deepStrictEqual(
      config.autoClosingPairs.map((p) => p.open + p.close),
      ['{}', '[]', '()', '""', "''"],
    );
    assert.deepStrictEqual(
      config.surroundingPairs.map((p) => p.join('')),
      ['{}', '[]', '()', '""', "''"],
    );
    assert.strictEqual(config.folding.offSide, true);
  });

  it('does not auto-close an apostrophe typed in prose or a comment', () => {
    const apostrophe = config.autoClosingPairs.find((p) => p.open === "'");
    assert.deepStrictEqual(apostrophe?.notIn, ['string', 'comment']);
  });

  it('has regular expressions that compile as JavaScript RegExp', () => {
    const patterns = [
      config.wordPattern,
      config.folding.markers.start,
      config.folding.markers.end,
      config.indentationRules.increaseIndentPattern,
      config.indentationRules.decreaseIndentPattern,
      ...config.onEnterRules.map((r) => r.beforeText),
    ];
    for (const p of patterns) assert.doesNotThrow(() => new RegExp(p), `does not compile: ${p}`);
  });

  it('indents after a key that opens a mapping, list or block scalar, and nowhere else', () => {
    const increase = new RegExp(config.indentationRules.increaseIndentPattern);
    for (const line of ['hypothesis:', '  success_criteria:  # list', '  - role:', '  statement: |', '  fallback: >-', '  known: [', '-']) {
      assert.ok(increase.test(line), `should indent after ${JSON.stringify(line)}`);
    }
    for (const line of ['poc: Shipping exception triage', '# note:', '  - Multi-parcel shipments', '  target: "[x"', '  known: [a, b]']) {
      assert.ok(!increase.test(line), `should not indent after ${JSON.stringify(line)}`);
    }
    assert.ok(new RegExp(config.indentationRules.decreaseIndentPattern).test('  ]'));
  });

  it("on Enter, indents under a key, aligns under a list item's key and keeps a plain list item's indentation", () => {
    assert.deepStrictEqual(onEnter('hypothesis:'), { indent: 'indent' });
    assert.deepStrictEqual(onEnter('  statement: |'), { indent: 'indent' });
    assert.deepStrictEqual(onEnter('  - human_review:'), { indent: 'indent', appendText: '  ' });
    assert.deepStrictEqual(onEnter('  - role: Exception desk agent'), { indent: 'none', appendText: '  ' });
    assert.deepStrictEqual(onEnter('    - Multi-parcel shipments'), { indent: 'none' });
    assert.strictEqual(onEnter('poc: Shipping exception triage'), undefined);
    assert.strictEqual(onEnter('# a comment ending in a colon:'), undefined);
  });

  it('takes snake_case keys, dates, decimals and rule names as whole words', () => {
    const words = (line: string) => line.match(new RegExp(config.wordPattern, 'g'));
    assert.deepStrictEqual(words('  - success_criteria: 2027-03-01'), ['success_criteria', '2027-03-01']);
    assert.deepStrictEqual(words('cost_target: 0.04 USD'), ['cost_target', '0.04', 'USD']);
    assert.deepStrictEqual(words('# poc-readiness-disable users/in-workflow POC072'), ['poc-readiness-disable', 'users', 'in-workflow', 'POC072']);
  });
});

describe('manifest wiring for the poc-plan language', () => {
  interface Manifest {
    contributes: {
      languages: { id: string; configuration: string; icon: { light: string; dark: string } }[];
      grammars: { language: string; scopeName: string; path: string }[];
    };
  }
  const manifest = readJson<Manifest>('package.json');
  const language = manifest.contributes.languages.find((l) => l.id === 'poc-plan');
  const grammar = manifest.contributes.grammars.find((g) => g.language === 'poc-plan');

  it('points the grammar contribution at the grammar file and its scope name', () => {
    assert.ok(grammar, 'package.json contributes no grammar for poc-plan');
    assert.strictEqual(path.join(ROOT, grammar.path), GRAMMAR_FILE);
    assert.strictEqual(grammar.scopeName, PLAN_SCOPE);
    assert.strictEqual(readJson<{ scopeName: string }>(grammar.path).scopeName, PLAN_SCOPE);
  });

  it('points the language at this configuration and at two small 16x16 icons that differ', () => {
    assert.ok(language, 'package.json contributes no poc-plan language');
    assert.ok(fs.existsSync(path.join(ROOT, language.configuration)));
    const icons = [language.icon.light, language.icon.dark].map((file) => fs.readFileSync(path.join(ROOT, file), 'utf8'));
    for (const svg of icons) {
      assert.ok(Buffer.byteLength(svg) < 1024, `icon is ${Buffer.byteLength(svg)} bytes`);
      assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="0 0 16 16"/);
      assert.match(svg, /<\/svg>\s*$/);
    }
    assert.notStrictEqual(icons[0], icons[1], 'the light and dark icons should use different colours');
  });
});
