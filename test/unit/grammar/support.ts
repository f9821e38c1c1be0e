// Tokenizes plan text with the shipped grammar through vscode-textmate and
// Oniguruma, the same engine VS Code uses, so tests see the scopes a theme sees.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadWASM, OnigScanner, OnigString } from 'vscode-oniguruma';
import { INITIAL, IGrammar, parseRawGrammar, Registry } from 'vscode-textmate';

export const ROOT = path.resolve(__dirname, '../../../..');
export const GRAMMAR_FILE = path.join(ROOT, 'syntaxes/poc-plan.tmLanguage.json');
export const PLAN_SCOPE = 'source.poc-plan';

// Scopes the tests assert on, named once.
export const SCOPES = {
  sectionKey: 'entity.name.tag.section.poc-plan',
  knownKey: 'entity.name.tag.known.poc-plan',
  otherKey: 'entity.name.tag.other.poc-plan',
  yamlKey: 'entity.name.tag.yaml',
  placeholder: 'invalid.deprecated.placeholder.poc-plan',
  enumValue: 'constant.language.enum.poc-plan',
  plain: 'string.unquoted.plain.out.yaml',
  comment: 'comment.line.number-sign.yaml',
  suppression: 'keyword.control.directive.suppression.poc-plan',
  ruleId: 'constant.other.rule-id.poc-plan',
  blockBody: 'string.unquoted.block.yaml',
  dash: 'punctuation.definition.block.sequence.item.yaml',
} as const;

let wasm: Promise<void> | undefined;

/** The plan grammar; `hosts` maps other scope names (e.g. `source.yaml`) to grammar files. None by default: standalone. */
export async function loadPlanGrammar(hosts: Record<string, string> = {}): Promise<IGrammar> {
  wasm ??= loadWASM(fs.readFileSync(path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm')));
  await wasm;
  const files: Record<string, string> = { [PLAN_SCOPE]: GRAMMAR_FILE, ...hosts };
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new OnigScanner(patterns),
      createOnigString: (text: string) => new OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      const file = files[scopeName];
      return file ? parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
  });
  const grammar = await registry.loadGrammar(PLAN_SCOPE);
  assert.ok(grammar, 'the plan grammar did not load');
  return grammar;
}

export interface Token {
  text: string;
  /** Scopes below the root `source.poc-plan`, outermost first. */
  scopes: string[];
}

/** Tokens of each line, whitespace-only tokens left out. */
export function tokenize(grammar: IGrammar, text: string): Token[][] {
  let state = INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes.slice(1) })).filter((t) => t.text.trim() !== '');
  });
}

const show = (tokens: Token[]) => tokens.map((t) => `${JSON.stringify(t.text)} ${t.scopes.join(' ')}`).join('\n  ');

/** The scopes of the token on `line` (0-based) whose text is exactly `text`. */
export function scopesOf(lines: Token[][], line: number, text: string): string[] {
  const token = lines[line].find((t) => t.text.trim() === text);
  assert.ok(token, `no token ${JSON.stringify(text)} on line ${line + 1}; tokens:\n  ${show(lines[line])}`);
  return token.scopes;
}

/** Asserts that the token `text` on `line` carries `scope`. */
export function assertScope(lines: Token[][], line: number, text: string, scope: string): void {
  const scopes = scopesOf(lines, line, text);
  assert.ok(scopes.includes(scope), `${JSON.stringify(text)} on line ${line + 1} has [${scopes.join(', ')}], expected ${scope}`);
}

/** Asserts that the token `text` on `line` does not carry `scope`. */
export function assertNoScope(lines: Token[][], line: number, text: string, scope: string): void {
  const scopes = scopesOf(lines, line, text);
  assert.ok(!scopes.includes(scope), `${JSON.stringify(text)} on line ${line + 1} should not have ${scope}: [${scopes.join(', ')}]`);
}
