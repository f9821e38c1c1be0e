import * as assert from 'assert';
import * as fc from 'fast-check';
import type { IGrammar } from 'vscode-textmate';
import { parseDocument } from 'yaml';
import { isPlaceholderValue } from '../../../src/engine';
import { loadPlanGrammar, SCOPES, tokenize } from './support';

// The grammar paints a value as a placeholder exactly when the engine counts it as not written.
describe('placeholder highlighting agrees with the engine', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadPlanGrammar();
  });

  /** Whether every token of the value after `owner:` carries the placeholder scope. */
  function grammarSaysPlaceholder(value: string): boolean {
    const [tokens] = tokenize(grammar, `owner: ${value}`);
    const valueTokens = tokens.slice(2).filter((t) => !t.scopes.some((s) => s.startsWith('punctuation.definition.string')));
    return valueTokens.length > 0 && valueTokens.every((t) => t.scopes.includes(SCOPES.placeholder));
  }

  /** The engine's verdict, or undefined when `owner: value` is not a single valid scalar. */
  function engineSaysPlaceholder(value: string): boolean | undefined {
    const doc = parseDocument(`owner: ${value}`);
    if (doc.errors.length > 0) return undefined;
    const parsed: unknown = doc.toJS();
    if (typeof parsed !== 'object' || parsed === null || Object.keys(parsed).length !== 1) return undefined;
    const owner = (parsed as { owner: unknown }).owner;
    if (typeof owner === 'object' && owner !== null) return undefined;
    return isPlaceholderValue(owner);
  }

  const cases = [
    'TODO',
    'tbd',
    '"?"',
    '??',
    'n/a',
    '...',
    '\u2026',
    "'-'",
    'none yet',
    'To be confirmed',
    'TODO - later',
    'TBD (ops)',
    '"TODO"',
    "'tbd'",
    '" ? "',
    '""',
    "'  '",
    '~',
    'null',
    'Todos',
    'TODOs',
    'n/a (new)',
    'none',
    'to be seen',
    'Route to the TODO queue',
    '....',
    '--',
    'a TODO',
    '"TODO list"',
    '42',
    'true',
  ];
  for (const value of cases) {
    it(`agrees on ${JSON.stringify(value)}`, () => {
      const engine = engineSaysPlaceholder(value);
      assert.notStrictEqual(engine, undefined, `${value} should be a valid single scalar`);
      assert.strictEqual(grammarSaysPlaceholder(value), engine);
    });
  }

  it('agrees on generated values built from placeholder words and prose', () => {
    const word = fc.constantFrom('TODO', 'todo', 'TBD', 'tbd', 'n/a', '?', '...', '-', 'none', 'yet', 'to', 'be', 'decided', 'queue', 'list', 'x1', '(new)', ',');
    const value = fc.array(word, { minLength: 1, maxLength: 4 }).chain((words) => fc.constantFrom(words.join(' '), words.join(''), `"${words.join(' ')}"`, `'${words.join(' ')}'`));
    fc.assert(
      fc.property(value, (v) => {
        const engine = engineSaysPlaceholder(v);
        fc.pre(engine !== undefined);
        assert.strictEqual(grammarSaysPlaceholder(v), engine, `owner: ${v}`);
      }),
      { numRuns: Number(process.env.GRAMMAR_RUNS ?? 400) },
    );
  });
});
